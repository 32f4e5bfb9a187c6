// Package files stores photos and review materials and hands them out.
//
// Everything goes through [Store]: objects are content-addressed by their
// SHA-256 checksum, so the same bytes are stored once, a key can never point
// at other bytes, and several server instances can later share one object
// store behind the same interface. [DirStore] keeps them in a directory,
// [S3Store] in an S3-compatible bucket that several instances share.
//
// Browsers fetch files through short-lived URLs signed by [Signer] (an
// <img src> cannot send a bearer token) and receive them through [Serve],
// which sets the content type found by [Sniff] at upload time, never the one
// the client declared.
package files

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Object describes stored bytes.
type Object struct {
	// Sum is the SHA-256 of the content, 64 lowercase hex digits; it is the key.
	Sum string
	// Size is the length of the content in bytes.
	Size int64
}

// Store is the one storage interface for photos and materials.
//
// Implementations are safe for concurrent use. Objects are immutable: Put of
// bytes already stored changes nothing and returns the same Object.
type Store interface {
	// Put reads r to its end and stores what it read. It stops reading as
	// soon as more than maxBytes have arrived (without draining r): longer
	// content fails with ErrTooLarge and leaves nothing behind. maxBytes must
	// be positive.
	Put(ctx context.Context, r io.Reader, maxBytes int64) (Object, error)
	// Open returns the object's content; the caller closes it. A sum that is
	// not 64 lowercase hex digits is ErrInvalidSum, an absent object
	// ErrNotFound.
	Open(ctx context.Context, sum string) (io.ReadSeekCloser, Object, error)
	// Exists tells whether the object is stored. An invalid sum is ErrInvalidSum.
	Exists(ctx context.Context, sum string) (bool, error)
}

var (
	// ErrTooLarge is returned by Put when the content exceeds maxBytes.
	ErrTooLarge = errors.New("files: content exceeds the size limit")
	// ErrNotFound is returned by Open for an object that is not stored.
	ErrNotFound = errors.New("files: object not found")
	// ErrInvalidSum is returned for a key that is not 64 lowercase hex digits.
	ErrInvalidSum = errors.New("files: invalid checksum")
	// ErrUnavailable (wrapped, with the cause) is returned when the storage
	// back end cannot be used for now: an object store that cannot be
	// reached, answers 5xx or times out; a directory whose device fails,
	// is full or went away (a lost network mount). Callers tell the client
	// to retry later (STORAGE_UNAVAILABLE, HTTP 503) and never show the
	// cause; nothing half-written is left under an object's key.
	ErrUnavailable = errors.New("files: storage unavailable")
)

// ValidSum reports whether s is a well-formed key: exactly 64 lowercase hex
// digits. Only such keys ever reach the file system, so no key can name a
// path outside the store.
func ValidSum(s string) bool {
	if len(s) != sha256.Size*2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// tmpDirName is where DirStore writes objects before they are complete. It
// lies inside the store's directory (so on the same file system, and rename
// is atomic) and cannot collide with a two-hex-digit shard directory.
const tmpDirName = ".tmp"

// Permissions: the content is sensitive personal information (PIPL), so only
// the server's own user may read it.
const (
	dirPerm  fs.FileMode = 0o700
	filePerm fs.FileMode = 0o600
)

// DirStore is a Store in a local directory. An object with checksum
// abcdef… is the file DIR/ab/cd/abcdef…; objects are written to DIR/.tmp,
// fsynced, renamed into place, and the directory is fsynced, so an
// acknowledged Put survives a crash or a power loss and a reader never sees a
// partial object.
type DirStore struct {
	dir string
}

var _ Store = (*DirStore)(nil)

// NewDirStore opens (creating it if needed) a store in dir.
func NewDirStore(dir string) (*DirStore, error) {
	if dir == "" {
		return nil, errors.New("files: no storage directory configured")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("files: storage directory: %w", err)
	}
	if err := os.MkdirAll(filepath.Join(abs, tmpDirName), dirPerm); err != nil {
		return nil, fmt.Errorf("files: create storage directory: %w", err)
	}
	return &DirStore{dir: abs}, nil
}

// Dir is the store's directory (absolute).
func (s *DirStore) Dir() string { return s.dir }

// path is where the object with a valid sum lives.
func (s *DirStore) path(sum string) string {
	return filepath.Join(s.dir, sum[0:2], sum[2:4], sum)
}

// Put implements Store.
func (s *DirStore) Put(ctx context.Context, r io.Reader, maxBytes int64) (obj Object, err error) {
	if maxBytes <= 0 {
		return Object{}, fmt.Errorf("files: maxBytes must be positive, got %d", maxBytes)
	}
	if err := ctx.Err(); err != nil {
		return Object{}, err
	}
	tmp, err := os.CreateTemp(filepath.Join(s.dir, tmpDirName), "put-*")
	if err != nil {
		return Object{}, dirUnavailable(fmt.Errorf("files: create temporary file: %w", err))
	}
	tmpName := tmp.Name()
	closed := false
	defer func() {
		if !closed {
			_ = tmp.Close()
		}
		// After a successful rename the name is gone and this is a no-op.
		if rmErr := os.Remove(tmpName); rmErr != nil && !errors.Is(rmErr, fs.ErrNotExist) && err == nil {
			err = fmt.Errorf("files: remove temporary file: %w", rmErr)
		}
	}()

	h := sha256.New()
	n, err := copyLimited(ctx, io.MultiWriter(tmp, h), r, maxBytes)
	if err != nil {
		return Object{}, err
	}
	if err := tmp.Sync(); err != nil {
		return Object{}, dirUnavailable(fmt.Errorf("files: sync: %w", err))
	}
	closed = true
	if err := tmp.Close(); err != nil {
		return Object{}, dirUnavailable(fmt.Errorf("files: close: %w", err))
	}
	obj = Object{Sum: hex.EncodeToString(h.Sum(nil)), Size: n}

	final := s.path(obj.Sum)
	if fi, err := os.Stat(final); err == nil && fi.Mode().IsRegular() && fi.Size() == n {
		// Already stored: the same key means the same bytes. (A file of the
		// wrong size can only be damage; it is replaced below.)
		return obj, nil
	}
	created, err := mkdirs(s.dir, obj.Sum[0:2], obj.Sum[2:4])
	if err != nil {
		return Object{}, err
	}
	if err := os.Rename(tmpName, final); err != nil {
		return Object{}, dirUnavailable(fmt.Errorf("files: rename into place: %w", err))
	}
	// Make the new name durable: the shard directory's entry, and the entries
	// of any directory created just now in their parents.
	toSync := []string{filepath.Dir(final)}
	switch created {
	case 2:
		toSync = append(toSync, filepath.Join(s.dir, obj.Sum[0:2]), s.dir)
	case 1:
		toSync = append(toSync, filepath.Join(s.dir, obj.Sum[0:2]))
	}
	for _, d := range toSync {
		if err := syncDir(d); err != nil {
			return Object{}, err
		}
	}
	return obj, nil
}

// copyLimited copies src to dst and fails with ErrTooLarge as soon as more
// than limit bytes have been read, without writing them; it checks ctx
// between reads.
func copyLimited(ctx context.Context, dst io.Writer, src io.Reader, limit int64) (int64, error) {
	buf := make([]byte, 32*1024)
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		n, rerr := src.Read(buf)
		if n > 0 {
			if total+int64(n) > limit {
				return total, fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit)
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				// Only the store's side: a read error of src (a client's
				// connection) is never the store's unavailability.
				return total, dirUnavailable(fmt.Errorf("files: write: %w", werr))
			}
			total += int64(n)
		}
		if rerr == io.EOF {
			return total, nil
		}
		if rerr != nil {
			return total, fmt.Errorf("files: read: %w", rerr)
		}
	}
}

// mkdirs creates root/a and root/a/b as needed and tells how many of the two
// it created.
func mkdirs(root, a, b string) (int, error) {
	created := 0
	for _, d := range []string{filepath.Join(root, a), filepath.Join(root, a, b)} {
		err := os.Mkdir(d, dirPerm)
		switch {
		case err == nil:
			created++
		case errors.Is(err, fs.ErrExist):
		default:
			return created, dirUnavailable(fmt.Errorf("files: create directory: %w", err))
		}
	}
	return created, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return dirUnavailable(fmt.Errorf("files: open directory for sync: %w", err))
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return dirUnavailable(fmt.Errorf("files: sync directory: %w", err))
	}
	return nil
}

// Open implements Store. The returned reader is an *os.File.
func (s *DirStore) Open(ctx context.Context, sum string) (io.ReadSeekCloser, Object, error) {
	if !ValidSum(sum) {
		return nil, Object{}, ErrInvalidSum
	}
	if err := ctx.Err(); err != nil {
		return nil, Object{}, err
	}
	f, err := os.Open(s.path(sum))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, Object{}, fmt.Errorf("%w: %s", ErrNotFound, sum)
	}
	if err != nil {
		return nil, Object{}, dirUnavailable(fmt.Errorf("files: open: %w", err))
	}
	fi, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, Object{}, dirUnavailable(fmt.Errorf("files: stat: %w", err))
	}
	if !fi.Mode().IsRegular() {
		_ = f.Close()
		return nil, Object{}, fmt.Errorf("files: %s is not a regular file", sum)
	}
	return f, Object{Sum: sum, Size: fi.Size()}, nil
}

// Exists implements Store.
func (s *DirStore) Exists(ctx context.Context, sum string) (bool, error) {
	if !ValidSum(sum) {
		return false, ErrInvalidSum
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	fi, err := os.Stat(s.path(sum))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, dirUnavailable(fmt.Errorf("files: stat: %w", err))
	}
	return fi.Mode().IsRegular(), nil
}

// unavailableErrnos are the file system's ways of saying "not now": a failing
// or full device, a read-only remount after errors, a network mount that went
// away. Anything else (permissions, a file where a directory should be) is a
// configuration fault and stays an internal error.
var unavailableErrnos = []error{
	syscall.EIO, syscall.ENOSPC, syscall.EDQUOT, syscall.EROFS, syscall.ESTALE,
	syscall.ENOTCONN, syscall.ETIMEDOUT, syscall.EHOSTDOWN, syscall.EHOSTUNREACH,
	syscall.ENODEV, syscall.ENXIO,
}

// dirUnavailable marks an error of the store's own file system as
// ErrUnavailable when it is one of unavailableErrnos.
func dirUnavailable(err error) error {
	if err == nil || errors.Is(err, ErrUnavailable) {
		return err
	}
	for _, e := range unavailableErrnos {
		if errors.Is(err, e) {
			return fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
	}
	return err
}

// RemoveStaleTemp deletes temporary files last modified before cutoff: what a
// Put interrupted by a crash left behind. Pass a cutoff well in the past
// (e.g. now minus an hour) so that no running Put loses its file; several
// instances sharing the directory may all call it. It returns how many files
// it removed.
func (s *DirStore) RemoveStaleTemp(ctx context.Context, cutoff time.Time) (int, error) {
	dir := filepath.Join(s.dir, tmpDirName)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, dirUnavailable(fmt.Errorf("files: read temporary directory: %w", err))
	}
	removed := 0
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return removed, err
		}
		if !e.Type().IsRegular() || !strings.HasPrefix(e.Name(), "put-") {
			continue
		}
		info, err := e.Info()
		if errors.Is(err, fs.ErrNotExist) {
			continue // finished or removed meanwhile
		}
		if err != nil {
			return removed, fmt.Errorf("files: stat temporary file: %w", err)
		}
		if !info.ModTime().Before(cutoff) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return removed, fmt.Errorf("files: remove temporary file: %w", err)
		}
		removed++
	}
	return removed, nil
}
