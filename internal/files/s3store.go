package files

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/minio/minio-go/v7/pkg/s3utils"
)

// S3Store is a Store in a bucket of any S3-compatible object store (AWS S3,
// MinIO, Ceph RGW, the clouds' OSS/COS/OBS), so that several server
// instances share one set of files. An object with checksum abcdef… is the
// key PREFIXab/cd/abcdef…, as in DirStore.
//
// The client library is github.com/minio/minio-go/v7: one well-kept module
// that speaks the S3 protocol to any compatible server (multipart uploads of
// unknown length, server-side copy, listings), chosen over gocloud.dev/blob's
// s3blob, which pulls in the whole AWS SDK module tree for the same few calls.
//
// Put streams: it never holds more than one upload part (PartSize) of the
// content in memory, however long the content is. Content up to
// singlePutMax bytes is read whole, its checksum known, and stored with one
// PUT straight under its key (a PUT is atomic: the key holds all the bytes or
// none). Longer content is uploaded as a multipart upload of unknown length
// to a temporary key PREFIX.tmp/RANDOM while it is hashed and counted; then,
// unless the final key already holds it, copied server-side under its key,
// and the temporary object removed. A failure removes the temporary object
// and aborts the multipart upload (best effort, under a context of its own);
// what a crash leaves under PREFIX.tmp/ is removed by RemoveStaleTemp and by
// a bucket lifecycle rule (README "Object storage"). Final keys only ever
// hold complete content.
type S3Store struct {
	client   *minio.Client
	core     minio.Core
	bucket   string
	prefix   string
	region   string
	endpoint string // for messages
	partSize uint64
	timeout  time.Duration
}

var _ Store = (*S3Store)(nil)

// S3Config says which bucket an S3Store uses and how to reach it.
type S3Config struct {
	// Endpoint is the S3 API's host[:port], without scheme.
	Endpoint string
	// Secure is https; false is plain http (a test server, a store on the
	// same private network).
	Secure bool
	// Bucket must exist (see CheckBucket).
	Bucket string
	// AccessKey and SecretKey are the static credentials (both required).
	AccessKey, SecretKey string
	// Region; empty lets the client ask the server (once per bucket).
	Region string
	// Prefix is put before every key, e.g. "ruankao/" to share a bucket; a
	// missing final slash is added. Empty keeps objects at the bucket's root.
	Prefix string
	// PartSize is the part size of multipart uploads, DefaultPartSize when
	// 0, at least 5 MiB (S3's minimum): the memory one long Put holds.
	PartSize uint64
	// MaxAttempts is how often a request is tried (the client retries
	// 5xx answers and network errors with a short backoff); 0 means 3.
	MaxAttempts int
	// Timeout bounds each short operation (a stat, a PUT of a small
	// object, a removal); past it the store counts as unavailable. 0 means
	// 20 s, under the 30 s a request may take. Long uploads and copies are
	// bounded by the caller's context and the transport's timeouts only.
	Timeout time.Duration
	// Transport; nil means minio's default transport with a 5 s connect timeout.
	Transport http.RoundTripper
}

// DefaultPartSize is the part size of multipart uploads: 16 MiB × S3's
// 10,000 parts is 160 GiB, far above the largest file (an export, MaxBytes
// of internal/exports), while one upload holds only 16 MiB.
const DefaultPartSize = 16 << 20

const (
	// minPartSize is S3's smallest part (but the last).
	minPartSize = 5 << 20
	// singlePutMax: content up to this size (photos, receipts, most
	// materials) is read into memory and stored with one PUT under its key.
	singlePutMax = 5 << 20
	// maxCopySize is the largest object one CopyObject can copy; longer
	// ones are copied part by part (ComposeObject).
	maxCopySize = 5 << 30
	// s3TmpPrefix is where long content is uploaded before its checksum is
	// known; it cannot collide with a two-hex-digit shard.
	s3TmpPrefix = tmpDirName + "/"
	// cleanupTimeout bounds the best-effort removal after a failed Put.
	cleanupTimeout = 10 * time.Second
)

// NewS3Store makes a store on the bucket. It sends nothing; call
// CheckBucket at start to learn whether the bucket can be used.
func NewS3Store(cfg S3Config) (*S3Store, error) {
	if cfg.Endpoint == "" {
		return nil, errors.New("files: S3 endpoint missing")
	}
	if strings.Contains(cfg.Endpoint, "/") {
		return nil, fmt.Errorf("files: S3 endpoint %q must be host[:port], without scheme or path", cfg.Endpoint)
	}
	if cfg.Bucket == "" {
		return nil, errors.New("files: S3 bucket missing")
	}
	if err := s3utils.CheckValidBucketName(cfg.Bucket); err != nil {
		return nil, fmt.Errorf("files: S3 bucket %q: %w", cfg.Bucket, err)
	}
	if cfg.AccessKey == "" || cfg.SecretKey == "" {
		return nil, errors.New("files: S3 access key and secret key are both required")
	}
	prefix, err := cleanPrefix(cfg.Prefix)
	if err != nil {
		return nil, err
	}
	partSize := cfg.PartSize
	if partSize == 0 {
		partSize = DefaultPartSize
	}
	if partSize < minPartSize {
		return nil, fmt.Errorf("files: S3 part size %d is below the minimum of 5 MiB", partSize)
	}
	attempts := cfg.MaxAttempts
	if attempts <= 0 {
		attempts = 3
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = 20 * time.Second
	}
	tr := cfg.Transport
	if tr == nil {
		t, err := minio.DefaultTransport(cfg.Secure)
		if err != nil {
			return nil, fmt.Errorf("files: S3 transport: %w", err)
		}
		// A store that cannot be reached is reported in seconds, not after
		// the 30 s default; answers may take long (a copy of a big export).
		t.DialContext = (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext
		t.TLSHandshakeTimeout = 5 * time.Second
		t.ResponseHeaderTimeout = 2 * time.Minute
		tr = t
	}
	client, err := minio.New(cfg.Endpoint, &minio.Options{
		Creds:      credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure:     cfg.Secure,
		Region:     cfg.Region,
		Transport:  tr,
		MaxRetries: attempts,
	})
	if err != nil {
		return nil, fmt.Errorf("files: S3 client: %w", err)
	}
	return &S3Store{client: client, core: minio.Core{Client: client}, bucket: cfg.Bucket, prefix: prefix,
		region: cfg.Region, endpoint: cfg.Endpoint, partSize: partSize, timeout: timeout}, nil
}

// cleanPrefix checks a key prefix and gives it its final slash.
func cleanPrefix(p string) (string, error) {
	if p == "" {
		return "", nil
	}
	if strings.HasPrefix(p, "/") || strings.Contains(p, "//") {
		return "", fmt.Errorf("files: S3 prefix %q must not begin with / or contain //", p)
	}
	for _, part := range strings.Split(strings.TrimSuffix(p, "/"), "/") {
		if part == "." || part == ".." {
			return "", fmt.Errorf("files: S3 prefix %q must not contain . or .. segments", p)
		}
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c < 0x21 || c > 0x7e || c == '\\' {
			return "", fmt.Errorf("files: S3 prefix %q may hold printable ASCII only, no spaces or backslashes", p)
		}
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p, nil
}

// Bucket is the store's bucket; Prefix its key prefix ("" or ending in /).
func (s *S3Store) Bucket() string { return s.bucket }
func (s *S3Store) Prefix() string { return s.prefix }

// CheckBucket makes sure the bucket exists and the credentials work. A
// missing bucket is an error unless create is set (tests and demos); in
// production the bucket, its access policy and its lifecycle rule are the
// operator's.
func (s *S3Store) CheckBucket(ctx context.Context, create bool) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	ok, err := s.client.BucketExists(ctx, s.bucket)
	if err != nil {
		return s.wrap(ctx, "check bucket "+s.bucket+" at "+s.endpoint, err)
	}
	if ok {
		return nil
	}
	if !create {
		return fmt.Errorf("files: bucket %q does not exist at %s (create it, or set RUANKAO_S3_CREATE_BUCKET=1 in tests and demos)", s.bucket, s.endpoint)
	}
	err = s.client.MakeBucket(ctx, s.bucket, minio.MakeBucketOptions{Region: s.region})
	if err != nil && minio.ToErrorResponse(err).Code != minio.BucketAlreadyOwnedByYou {
		// Two instances starting at once both find it missing; the loser
		// may hear BucketAlreadyExists (gofakes3, some stores) for a bucket
		// that is in fact there now.
		if again, aerr := s.client.BucketExists(ctx, s.bucket); aerr == nil && again {
			return nil
		}
		return s.wrap(ctx, "create bucket "+s.bucket+" at "+s.endpoint, err)
	}
	return nil
}

// key is where the object with a valid sum lives.
func (s *S3Store) key(sum string) string {
	return s.prefix + sum[0:2] + "/" + sum[2:4] + "/" + sum
}

// Put implements Store.
func (s *S3Store) Put(ctx context.Context, r io.Reader, maxBytes int64) (Object, error) {
	if maxBytes <= 0 {
		return Object{}, fmt.Errorf("files: maxBytes must be positive, got %d", maxBytes)
	}
	if err := ctx.Err(); err != nil {
		return Object{}, err
	}
	src := &hashingLimitReader{ctx: ctx, r: r, limit: maxBytes, h: sha256.New()}
	// One byte more than a single PUT takes (or than maxBytes, when that is
	// less) tells short content from long.
	head := make([]byte, min(maxBytes, singlePutMax)+1)
	n, err := io.ReadFull(src, head)
	switch {
	case src.err != nil:
		return Object{}, src.err
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return s.putSmall(ctx, head[:n], src.sum())
	case err != nil:
		return Object{}, fmt.Errorf("files: read: %w", err)
	}
	return s.putLarge(ctx, io.MultiReader(bytes.NewReader(head), src), src)
}

// putSmall stores content whose checksum is known with one PUT under its key.
func (s *S3Store) putSmall(ctx context.Context, data []byte, sum string) (Object, error) {
	obj := Object{Sum: sum, Size: int64(len(data))}
	key := s.key(sum)
	octx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	if ok, err := s.present(octx, key, obj.Size); err != nil {
		return Object{}, s.wrap(ctx, "put", err)
	} else if ok {
		return obj, nil // already stored: the same key means the same bytes
	}
	opts := putOptions()
	opts.DisableMultipart = true
	_, err := s.client.PutObject(octx, s.bucket, key, bytes.NewReader(data), obj.Size, opts)
	if err != nil {
		return Object{}, s.wrap(ctx, "put", err)
	}
	return obj, nil
}

// putLarge uploads to a temporary key while hashing, then copies the object
// under its key unless that holds it already.
func (s *S3Store) putLarge(ctx context.Context, body io.Reader, src *hashingLimitReader) (obj Object, err error) {
	tmp := s.prefix + s3TmpPrefix + randomName()
	uploaded := false
	defer func() {
		// The temporary object goes in every case; after a failure the
		// multipart upload too (the client aborts it, but not when the
		// failure was the caller's context). Best effort: what remains is
		// RemoveStaleTemp's and the lifecycle rule's.
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
		defer cancel()
		_ = s.client.RemoveObject(cctx, s.bucket, tmp, minio.RemoveObjectOptions{})
		if !uploaded {
			_ = s.client.RemoveIncompleteUpload(cctx, s.bucket, tmp)
		}
	}()
	opts := putOptions()
	opts.PartSize = s.partSize
	_, err = s.client.PutObject(ctx, s.bucket, tmp, body, -1, opts)
	if src.err != nil {
		// The content's fault (too large, a broken client connection) or
		// the caller's context, not the store's.
		return Object{}, src.err
	}
	if err != nil {
		return Object{}, s.wrap(ctx, "upload", err)
	}
	if !src.eof {
		return Object{}, errors.New("files: s3 upload ended before the content did")
	}
	uploaded = true
	obj = Object{Sum: src.sum(), Size: src.n}
	key := s.key(obj.Sum)
	octx, cancel := context.WithTimeout(ctx, s.timeout)
	ok, err := s.present(octx, key, obj.Size)
	cancel()
	if err != nil {
		return Object{}, s.wrap(ctx, "put", err)
	}
	if ok {
		return obj, nil
	}
	dst := minio.CopyDestOptions{Bucket: s.bucket, Object: key}
	from := minio.CopySrcOptions{Bucket: s.bucket, Object: tmp}
	if obj.Size <= maxCopySize {
		_, err = s.client.CopyObject(ctx, dst, from)
	} else {
		_, err = s.client.ComposeObject(ctx, dst, from)
	}
	if err != nil {
		return Object{}, s.wrap(ctx, "copy", err)
	}
	return obj, nil
}

// putOptions: every request body is checked by the server against its
// Content-MD5 and sent as it is, the same over http and https. (The
// alternative, SHA-256 payload signatures, makes the client sign plain-http
// bodies in aws-chunked framing, which some S3-compatible servers mishandle,
// and an empty one with no Content-Length at all; over https the client signs
// no payload anyway.) The content's own SHA-256 is the key.
func putOptions() minio.PutObjectOptions {
	return minio.PutObjectOptions{ContentType: "application/octet-stream", SendContentMd5: true, DisableContentSha256: true}
}

// present tells whether key holds an object of the size. One of another
// size can only be damage; Put then replaces it.
func (s *S3Store) present(ctx context.Context, key string, size int64) (bool, error) {
	info, err := s.client.StatObject(ctx, s.bucket, key, minio.StatObjectOptions{})
	if isNoSuchKey(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return info.Size == size, nil
}

// Open implements Store. The content is read with ranged GETs as it is read
// (the first Read, and the first after a Seek, start one), under ctx.
func (s *S3Store) Open(ctx context.Context, sum string) (io.ReadSeekCloser, Object, error) {
	if !ValidSum(sum) {
		return nil, Object{}, ErrInvalidSum
	}
	if err := ctx.Err(); err != nil {
		return nil, Object{}, err
	}
	key := s.key(sum)
	octx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	info, err := s.client.StatObject(octx, s.bucket, key, minio.StatObjectOptions{})
	if isNoSuchKey(err) {
		return nil, Object{}, fmt.Errorf("%w: %s", ErrNotFound, sum)
	}
	if err != nil {
		return nil, Object{}, s.wrap(ctx, "stat", err)
	}
	return &s3Reader{ctx: ctx, s: s, key: key, size: info.Size}, Object{Sum: sum, Size: info.Size}, nil
}

// Exists implements Store.
func (s *S3Store) Exists(ctx context.Context, sum string) (bool, error) {
	if !ValidSum(sum) {
		return false, ErrInvalidSum
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	octx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	_, err := s.client.StatObject(octx, s.bucket, s.key(sum), minio.StatObjectOptions{})
	if isNoSuchKey(err) {
		return false, nil
	}
	if err != nil {
		return false, s.wrap(ctx, "stat", err)
	}
	return true, nil
}

// RemoveStaleTemp deletes what interrupted Puts left under PREFIX.tmp/:
// temporary objects last modified before cutoff and multipart uploads begun
// before it. Pass a cutoff well in the past (a day: an export's upload can
// run long); several instances may all call it. It returns how many objects
// and uploads it removed.
func (s *S3Store) RemoveStaleTemp(ctx context.Context, cutoff time.Time) (int, error) {
	ctx, cancel := context.WithCancel(ctx) // stops the listings when we return early
	defer cancel()
	prefix := s.prefix + s3TmpPrefix
	removed := 0
	for o := range s.client.ListObjects(ctx, s.bucket, minio.ListObjectsOptions{Prefix: prefix, Recursive: true}) {
		if o.Err != nil {
			return removed, s.wrap(ctx, "list temporary objects", o.Err)
		}
		if !o.LastModified.Before(cutoff) {
			continue
		}
		if err := s.client.RemoveObject(ctx, s.bucket, o.Key, minio.RemoveObjectOptions{}); err != nil && !isNoSuchKey(err) {
			return removed, s.wrap(ctx, "remove temporary object", err)
		}
		removed++
	}
	for u := range s.client.ListIncompleteUploads(ctx, s.bucket, prefix, true) {
		if noUploads(u.Err) {
			break
		}
		if u.Err != nil {
			return removed, s.wrap(ctx, "list multipart uploads", u.Err)
		}
		if !u.Initiated.Before(cutoff) {
			continue
		}
		if err := s.client.RemoveIncompleteUpload(ctx, s.bucket, u.Key); err != nil {
			return removed, s.wrap(ctx, "abort multipart upload", err)
		}
		removed++
	}
	return removed, nil
}

// randomName is a temporary key's last segment.
func randomName() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return "put-" + hex.EncodeToString(b)
}

// hashingLimitReader hashes and counts what it passes on and fails with
// ErrTooLarge as soon as more than limit bytes arrive, without passing them
// on or reading further; it checks ctx between reads. err keeps the first
// failure that is the content's or the caller's, never the store's, so Put
// can tell them apart whatever the client library made of it.
type hashingLimitReader struct {
	ctx   context.Context
	r     io.Reader
	limit int64
	n     int64
	h     hash.Hash
	err   error
	eof   bool
}

func (l *hashingLimitReader) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	if err := l.ctx.Err(); err != nil {
		l.err = err
		return 0, err
	}
	// Never more than one byte past the limit.
	if room := l.limit - l.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.r.Read(p)
	if l.n+int64(n) > l.limit {
		l.err = fmt.Errorf("%w (%d bytes)", ErrTooLarge, l.limit)
		return 0, l.err
	}
	l.n += int64(n)
	l.h.Write(p[:n])
	switch {
	case err == io.EOF:
		l.eof = true
		return n, err
	case err == nil:
		return n, nil
	default:
		l.err = fmt.Errorf("files: read: %w", err)
		return n, l.err
	}
}

func (l *hashingLimitReader) sum() string { return hex.EncodeToString(l.h.Sum(nil)) }

// s3Reader reads an object of known size, seeking without a request: a
// Read after a Seek starts a ranged GET at the new offset.
type s3Reader struct {
	ctx       context.Context
	s         *S3Store
	key       string
	size, off int64
	body      io.ReadCloser
}

func (r *s3Reader) Read(p []byte) (int, error) {
	if r.off >= r.size {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	if r.body == nil {
		var opts minio.GetObjectOptions
		if r.off > 0 {
			if err := opts.SetRange(r.off, 0); err != nil {
				return 0, fmt.Errorf("files: s3 range: %w", err)
			}
		}
		body, _, _, err := r.s.core.GetObject(r.ctx, r.s.bucket, r.key, opts)
		if err != nil {
			return 0, r.s.wrap(r.ctx, "get", err)
		}
		r.body = body
	}
	n, err := r.body.Read(p)
	r.off += int64(n)
	switch {
	case err == io.EOF && r.off < r.size:
		err = r.s.wrap(r.ctx, "get", io.ErrUnexpectedEOF)
	case err != nil && err != io.EOF:
		err = r.s.wrap(r.ctx, "get", err)
	}
	return n, err
}

func (r *s3Reader) Seek(offset int64, whence int) (int64, error) {
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.off + offset
	case io.SeekEnd:
		abs = r.size + offset
	default:
		return 0, fmt.Errorf("files: seek: invalid whence %d", whence)
	}
	if abs < 0 {
		return 0, errors.New("files: seek: negative position")
	}
	if abs != r.off && r.body != nil {
		_ = r.body.Close()
		r.body = nil
	}
	r.off = abs
	return abs, nil
}

func (r *s3Reader) Close() error {
	if r.body == nil {
		return nil
	}
	err := r.body.Close()
	r.body = nil
	return err
}

var _ Deleter = (*S3Store)(nil)

// Delete implements Deleter (the retention job); S3 answers a delete of an
// absent key with success too.
func (s *S3Store) Delete(ctx context.Context, sum string) error {
	if !ValidSum(sum) {
		return ErrInvalidSum
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	octx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	if err := s.client.RemoveObject(octx, s.bucket, s.key(sum), minio.RemoveObjectOptions{}); err != nil && !isNoSuchKey(err) {
		return s.wrap(ctx, "remove", err)
	}
	return nil
}
