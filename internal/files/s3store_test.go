package files

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"

	"github.com/ruankao/ruankao/internal/files/s3fake"
)

const testBucket = "ruankao-test"

// newS3 starts a fake S3 server with a bucket and a store on it.
func newS3(t *testing.T, prefix string) (*S3Store, *s3fake.Server) {
	t.Helper()
	srv := s3fake.Start()
	t.Cleanup(srv.Close)
	s := s3On(t, srv.Endpoint, prefix)
	if err := s.CheckBucket(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	return s, srv
}

// s3On is a store on an endpoint: two attempts per request, so that
// unavailability is found quickly; the smallest part size S3 allows.
func s3On(t *testing.T, endpoint, prefix string) *S3Store {
	t.Helper()
	s, err := NewS3Store(S3Config{Endpoint: endpoint, Bucket: testBucket, AccessKey: "test", SecretKey: "test-secret",
		Region: "us-east-1", Prefix: prefix, PartSize: minPartSize, MaxAttempts: 2, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// listS3 lists every object of the bucket and every unfinished multipart
// upload (as "upload:KEY").
func listS3(t *testing.T, s *S3Store) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	for o := range s.client.ListObjects(ctx, s.bucket, minio.ListObjectsOptions{Recursive: true}) {
		if o.Err != nil {
			t.Fatal(o.Err)
		}
		out = append(out, o.Key)
	}
	for u := range s.client.ListIncompleteUploads(ctx, s.bucket, "", true) {
		if noUploads(u.Err) {
			break
		}
		if u.Err != nil {
			t.Fatal(u.Err)
		}
		out = append(out, "upload:"+u.Key)
	}
	return out
}

func TestS3Layout(t *testing.T) {
	s, _ := newS3(t, "ruankao")
	if s.Prefix() != "ruankao/" {
		t.Fatalf("prefix %q", s.Prefix())
	}
	ctx := context.Background()
	small, err := s.Put(ctx, strings.NewReader("hello"), 100)
	if err != nil {
		t.Fatal(err)
	}
	large := bytes.Repeat([]byte("z"), singlePutMax+1)
	big, err := s.Put(ctx, bytes.NewReader(large), 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	got := listS3(t, s)
	slices.Sort(got)
	want := []string{s.key(small.Sum), s.key(big.Sum)}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("keys %v, want %v (no temporary object left)", got, want)
	}
	if k := s.key(small.Sum); k != "ruankao/2c/f2/"+small.Sum {
		t.Errorf("key %q", k)
	}
}

// Same bytes twice: one object, and the second Put writes nothing under it.
func TestS3DedupeWritesOnce(t *testing.T) {
	s, srv := newS3(t, "")
	ctx := context.Background()
	first, err := s.Put(ctx, strings.NewReader("a photo"), 100)
	if err != nil {
		t.Fatal(err)
	}
	srv.ResetCounts()
	second, err := s.Put(ctx, strings.NewReader("a photo"), 100)
	if err != nil || second != first {
		t.Fatalf("second Put = %+v, %v", second, err)
	}
	if n := srv.Count("PUT"); n != 0 {
		t.Errorf("the second small Put sent %d PUTs", n)
	}
	large := bytes.Repeat([]byte("q"), 6<<20)
	if _, err := s.Put(ctx, bytes.NewReader(large), 1<<30); err != nil {
		t.Fatal(err)
	}
	srv.ResetCounts()
	if _, err := s.Put(ctx, bytes.NewReader(large), 1<<30); err != nil {
		t.Fatal(err)
	}
	if n := srv.Count("COPY"); n != 0 {
		t.Errorf("the second large Put copied %d times", n)
	}
	if got := listS3(t, s); len(got) != 2 {
		t.Errorf("stored: %v", got)
	}
}

// generator produces n pseudo-random bytes without holding them, and checks
// that the store never gets far ahead of what the server has received: the
// upload streams instead of buffering the content.
type generator struct {
	n, produced int64
	state       uint64
	h           io.Writer
	received    func() int64
	maxAhead    int64
}

func (g *generator) Read(p []byte) (int, error) {
	if g.produced >= g.n {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), g.n-g.produced)]
	for i := range p {
		g.state = g.state*6364136223846793005 + 1442695040888963407
		p[i] = byte(g.state >> 56)
	}
	g.produced += int64(len(p))
	g.h.Write(p)
	if ahead := g.produced - g.received(); ahead > g.maxAhead {
		g.maxAhead = ahead
	}
	return len(p), nil
}

func TestS3LargeStreamingPut(t *testing.T) {
	s, srv := newS3(t, "")
	const size = 40 << 20
	h := sha256.New()
	gen := &generator{n: size, state: 1, h: h, received: srv.Received}
	obj, err := s.Put(context.Background(), gen, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	want := hex.EncodeToString(h.Sum(nil))
	if obj.Sum != want || obj.Size != size {
		t.Fatalf("Put = %+v, want %s", obj, want)
	}
	// Bounded: a part being filled, the first bytes read ahead, and slack
	// for what is in the connection's buffers.
	if limit := int64(minPartSize + singlePutMax + 1<<20); gen.maxAhead > limit {
		t.Errorf("the store held up to %d bytes not yet sent (limit %d)", gen.maxAhead, limit)
	}
	if n := srv.Count("PUT"); n < size/minPartSize {
		t.Errorf("%d PUTs: not a multipart upload", n)
	}
	rc, got, err := s.Open(context.Background(), obj.Sum)
	if err != nil || got != obj {
		t.Fatalf("Open = %+v, %v", got, err)
	}
	defer rc.Close()
	rh := sha256.New()
	if n, err := io.Copy(rh, rc); err != nil || n != size || hex.EncodeToString(rh.Sum(nil)) != want {
		t.Fatalf("read back %d bytes, %v", n, err)
	}
	if keys := listS3(t, s); len(keys) != 1 {
		t.Errorf("stored: %v", keys)
	}
}

func TestS3Unavailable(t *testing.T) {
	for _, mode := range []s3fake.Mode{s3fake.Unavailable, s3fake.Dropping} {
		name := map[s3fake.Mode]string{s3fake.Unavailable: "503", s3fake.Dropping: "dropped connections"}[mode]
		t.Run(name, func(t *testing.T) {
			s, srv := newS3(t, "")
			ctx := context.Background()
			kept, err := s.Put(ctx, strings.NewReader("stored before"), 100)
			if err != nil {
				t.Fatal(err)
			}
			srv.Set(mode)
			if _, err := s.Put(ctx, strings.NewReader("a photo"), 100); !errors.Is(err, ErrUnavailable) {
				t.Errorf("small Put: %v, want ErrUnavailable", err)
			}
			if _, err := s.Put(ctx, bytes.NewReader(bytes.Repeat([]byte("m"), 6<<20)), 1<<30); !errors.Is(err, ErrUnavailable) {
				t.Errorf("large Put: %v, want ErrUnavailable", err)
			}
			if _, _, err := s.Open(ctx, kept.Sum); !errors.Is(err, ErrUnavailable) || errors.Is(err, ErrNotFound) {
				t.Errorf("Open: %v, want ErrUnavailable", err)
			}
			if _, err := s.Exists(ctx, kept.Sum); !errors.Is(err, ErrUnavailable) {
				t.Errorf("Exists: %v, want ErrUnavailable", err)
			}
			if err := s.CheckBucket(ctx, false); !errors.Is(err, ErrUnavailable) {
				t.Errorf("CheckBucket: %v, want ErrUnavailable", err)
			}

			// Down in the middle of a long upload: after two of its parts.
			srv.Set(s3fake.Up)
			srv.SetAfter(2*minPartSize+1, mode)
			gen := &generator{n: 24 << 20, state: 2, h: io.Discard, received: srv.Received}
			if _, err := s.Put(ctx, gen, 1<<30); !errors.Is(err, ErrUnavailable) {
				t.Errorf("Put interrupted mid-upload: %v, want ErrUnavailable", err)
			}
			if gen.produced >= gen.n {
				t.Errorf("the interrupted upload read all its content")
			}

			// Back: only the object stored before; the interrupted upload left
			// at most an unfinished multipart upload, no object, and
			// RemoveStaleTemp clears it.
			srv.Set(s3fake.Up)
			unfinished := 0
			for _, k := range listS3(t, s) {
				switch {
				case strings.HasPrefix(k, "upload:"+s3TmpPrefix):
					unfinished++
				case k != s.key(kept.Sum):
					t.Errorf("left behind: %s", k)
				}
			}
			if n, err := s.RemoveStaleTemp(ctx, time.Now().Add(time.Minute)); err != nil || n != unfinished {
				t.Fatalf("RemoveStaleTemp = %d, %v; want %d", n, err, unfinished)
			}
			if got := listS3(t, s); len(got) != 1 || got[0] != s.key(kept.Sum) {
				t.Errorf("after RemoveStaleTemp: %v", got)
			}
			// And it works again.
			if _, err := s.Put(ctx, strings.NewReader("a photo"), 100); err != nil {
				t.Errorf("Put once back: %v", err)
			}
		})
	}
}

func TestS3ClosedPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	s := s3On(t, addr, "")
	ctx := context.Background()
	if err := s.CheckBucket(ctx, false); !errors.Is(err, ErrUnavailable) {
		t.Errorf("CheckBucket: %v", err)
	}
	if _, err := s.Put(ctx, strings.NewReader("x"), 10); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Put: %v", err)
	}
	if _, _, err := s.Open(ctx, sumOf([]byte("x"))); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Open: %v", err)
	}
}

// A server that stops answering: the operation's own timeout makes it
// unavailable, while the caller's ended context stays a context error.
func TestS3Timeouts(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() { // accepts and never answers
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	s, err := NewS3Store(S3Config{Endpoint: ln.Addr().String(), Bucket: testBucket, AccessKey: "a", SecretKey: "b",
		Region: "us-east-1", MaxAttempts: 1, Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Exists(context.Background(), sumOf(nil)); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Exists on a silent server: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = s.Put(ctx, strings.NewReader("x"), 10)
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrUnavailable) {
		t.Errorf("Put past the caller's deadline: %v", err)
	}
}

func TestS3RemoveStaleTemp(t *testing.T) {
	s, _ := newS3(t, "p/")
	ctx := context.Background()
	kept, err := s.Put(ctx, strings.NewReader("kept"), 100)
	if err != nil {
		t.Fatal(err)
	}
	put := func(key string) {
		if _, err := s.client.PutObject(ctx, s.bucket, key, strings.NewReader("x"), 1, minio.PutObjectOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	put("p/.tmp/put-stale")
	put("other/.tmp/put-not-ours")
	if _, err := s.core.NewMultipartUpload(ctx, s.bucket, "p/.tmp/put-unfinished", minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	// Nothing is older than an hour ago.
	if n, err := s.RemoveStaleTemp(ctx, time.Now().Add(-time.Hour)); err != nil || n != 0 {
		t.Fatalf("RemoveStaleTemp(an hour ago) = %d, %v", n, err)
	}
	if n, err := s.RemoveStaleTemp(ctx, time.Now().Add(time.Minute)); err != nil || n != 2 {
		t.Fatalf("RemoveStaleTemp(now) = %d, %v; want 2", n, err)
	}
	got := strings.Join(listS3(t, s), " ")
	if got != "other/.tmp/put-not-ours "+s.key(kept.Sum) && got != s.key(kept.Sum)+" other/.tmp/put-not-ours" {
		t.Errorf("left: %s", got)
	}
}

func TestS3CheckBucket(t *testing.T) {
	srv := s3fake.Start()
	defer srv.Close()
	s := s3On(t, srv.Endpoint, "")
	ctx := context.Background()
	err := s.CheckBucket(ctx, false)
	if err == nil || !strings.Contains(err.Error(), `bucket "ruankao-test" does not exist`) || !strings.Contains(err.Error(), "RUANKAO_S3_CREATE_BUCKET") {
		t.Fatalf("missing bucket: %v", err)
	}
	if _, err := s.Put(ctx, strings.NewReader("x"), 10); err == nil || errors.Is(err, ErrUnavailable) {
		t.Errorf("Put into a missing bucket: %v (a configuration fault, not unavailability)", err)
	}
	if err := s.CheckBucket(ctx, true); err != nil {
		t.Fatal(err)
	}
	if err := s.CheckBucket(ctx, true); err != nil {
		t.Fatalf("again: %v", err)
	}
	if err := s.CheckBucket(ctx, false); err != nil {
		t.Fatalf("existing: %v", err)
	}
}

func TestS3Config(t *testing.T) {
	ok := S3Config{Endpoint: "s3.example.com", Bucket: "bucket", AccessKey: "a", SecretKey: "s"}
	if _, err := NewS3Store(ok); err != nil {
		t.Fatal(err)
	}
	for name, change := range map[string]func(*S3Config){
		"no endpoint":  func(c *S3Config) { c.Endpoint = "" },
		"scheme":       func(c *S3Config) { c.Endpoint = "https://s3.example.com" },
		"no bucket":    func(c *S3Config) { c.Bucket = "" },
		"no secret":    func(c *S3Config) { c.SecretKey = "" },
		"small parts":  func(c *S3Config) { c.PartSize = 1 << 20 },
		"prefix /":     func(c *S3Config) { c.Prefix = "/files" },
		"prefix ..":    func(c *S3Config) { c.Prefix = "a/../b" },
		"prefix //":    func(c *S3Config) { c.Prefix = "a//b" },
		"prefix space": func(c *S3Config) { c.Prefix = "a b" },
		"prefix 中文":    func(c *S3Config) { c.Prefix = "文件" },
	} {
		c := ok
		change(&c)
		if _, err := NewS3Store(c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	for in, want := range map[string]string{"": "", "a": "a/", "a/b/": "a/b/", "ruankao-prod/files": "ruankao-prod/files/"} {
		if got, err := cleanPrefix(in); err != nil || got != want {
			t.Errorf("cleanPrefix(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

// The directory store says "unavailable" for a failing or full device, and
// only then.
func TestDirUnavailable(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.EIO, syscall.ENOSPC, syscall.EROFS, syscall.ESTALE} {
		err := dirUnavailable(&fs.PathError{Op: "write", Path: "/x", Err: errno})
		if !errors.Is(err, ErrUnavailable) || !errors.Is(err, errno) {
			t.Errorf("%v: %v", errno, err)
		}
	}
	for _, err := range []error{&fs.PathError{Op: "open", Path: "/x", Err: syscall.EACCES}, os.ErrNotExist, errors.New("other")} {
		if errors.Is(dirUnavailable(err), ErrUnavailable) {
			t.Errorf("%v counted as unavailable", err)
		}
	}
	// A full disk on Put is unavailable; the same errno from the client's
	// side (the reader) is not.
	s := newStore(t)
	_, err := s.Put(context.Background(), &errnoReader{syscall.ETIMEDOUT}, 100)
	if err == nil || errors.Is(err, ErrUnavailable) {
		t.Errorf("a client read timing out: %v", err)
	}
}

type errnoReader struct{ errno syscall.Errno }

func (e *errnoReader) Read([]byte) (int, error) { return 0, e.errno }

// Instances starting at once with RUANKAO_S3_CREATE_BUCKET=1 all find the
// bucket missing and all create it; every one must start.
func TestCheckBucketCreatedByManyAtOnce(t *testing.T) {
	for round := 0; round < 20; round++ {
		srv := s3fake.Start()
		errs := make(chan error, 4)
		for i := 0; i < 4; i++ {
			s := s3On(t, srv.Endpoint, "")
			go func() { errs <- s.CheckBucket(context.Background(), true) }()
		}
		for i := 0; i < 4; i++ {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		srv.Close()
	}
}

func TestS3DeleteRemovesTheObject(t *testing.T) {
	s, _ := newS3(t, "p/")
	ctx := context.Background()
	obj, err := s.Put(ctx, strings.NewReader("to be forgotten"), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, obj.Sum); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.Exists(ctx, obj.Sum); err != nil || ok {
		t.Fatalf("after Delete: exists %v, %v", ok, err)
	}
	if err := s.Delete(ctx, obj.Sum); err != nil {
		t.Errorf("deleting an absent object: %v", err)
	}
	if err := s.Delete(ctx, "../x"); !errors.Is(err, ErrInvalidSum) {
		t.Errorf("invalid sum: %v", err)
	}
}
