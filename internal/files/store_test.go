package files

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func newStore(t *testing.T) *DirStore {
	t.Helper()
	s, err := NewDirStore(filepath.Join(t.TempDir(), "files"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func sumOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// listFiles returns every regular file under dir, relative to it.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPutOpenRoundTrip(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	content := []byte("hello")
	obj, err := s.Put(ctx, bytes.NewReader(content), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	// The SHA-256 of "hello", known independently.
	const want = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
	if obj.Sum != want || obj.Size != 5 {
		t.Fatalf("Put = %+v, want sum %s size 5", obj, want)
	}
	// Layout: DIR/ab/cd/abcd…, and nothing else left (temp directory empty).
	if got := listFiles(t, s.Dir()); len(got) != 1 || got[0] != filepath.Join("2c", "f2", want) {
		t.Fatalf("files in store = %v", got)
	}
	fi, err := os.Stat(filepath.Join(s.Dir(), "2c", "f2", want))
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("object permissions %v readable by others", perm)
	}

	rc, got, err := s.Open(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if got != obj {
		t.Errorf("Open object = %+v, want %+v", got, obj)
	}
	b, err := io.ReadAll(rc)
	if err != nil || !bytes.Equal(b, content) {
		t.Fatalf("content = %q, %v", b, err)
	}
	if _, err := rc.Seek(1, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(rc)
	if string(b) != "ello" {
		t.Errorf("after seek: %q", b)
	}

	ok, err := s.Exists(ctx, want)
	if err != nil || !ok {
		t.Errorf("Exists = %v, %v", ok, err)
	}
}

func TestPutEmptyAndExactLimit(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	obj, err := s.Put(ctx, strings.NewReader(""), 1)
	if err != nil || obj.Size != 0 || obj.Sum != sumOf(nil) {
		t.Fatalf("empty Put = %+v, %v", obj, err)
	}
	content := bytes.Repeat([]byte("x"), 100_000) // several read buffers
	obj, err = s.Put(ctx, bytes.NewReader(content), int64(len(content)))
	if err != nil || obj.Size != int64(len(content)) || obj.Sum != sumOf(content) {
		t.Fatalf("Put of exactly maxBytes = %+v, %v", obj, err)
	}
}

func TestPutSecondIdenticalIsNoOp(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	content := []byte("same bytes")
	first, err := s.Put(ctx, bytes.NewReader(content), 100)
	if err != nil {
		t.Fatal(err)
	}
	path := s.path(first.Sum)
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.Put(ctx, bytes.NewReader(content), 100)
	if err != nil {
		t.Fatal(err)
	}
	if second != first {
		t.Errorf("second Put = %+v, want %+v", second, first)
	}
	after, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) {
		t.Error("second identical Put replaced the stored file")
	}
	if got := listFiles(t, s.Dir()); len(got) != 1 {
		t.Errorf("files in store = %v", got)
	}
}

func TestPutReplacesDamagedObject(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	content := []byte("the real content")
	obj, err := s.Put(ctx, bytes.NewReader(content), 100)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.path(obj.Sum), []byte("trunc"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, bytes.NewReader(content), 100); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(s.path(obj.Sum))
	if err != nil || !bytes.Equal(b, content) {
		t.Errorf("after re-Put: %q, %v", b, err)
	}
}

func TestPutTooLargeLeavesNothing(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	for _, size := range []int{11, 100_000} {
		r := &countingReader{r: bytes.NewReader(bytes.Repeat([]byte("y"), size))}
		_, err := s.Put(ctx, r, 10)
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("size %d: err = %v, want ErrTooLarge", size, err)
		}
		if got := listFiles(t, s.Dir()); len(got) != 0 {
			t.Errorf("size %d: files left behind: %v", size, got)
		}
		// It stops reading soon after the limit instead of draining the body.
		if r.n > 64*1024 {
			t.Errorf("size %d: read %d bytes for a 10-byte limit", size, r.n)
		}
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestPutBadLimit(t *testing.T) {
	s := newStore(t)
	for _, max := range []int64{0, -1} {
		if _, err := s.Put(context.Background(), strings.NewReader("a"), max); err == nil {
			t.Errorf("maxBytes %d accepted", max)
		}
	}
}

type failingReader struct{ sent bool }

func (f *failingReader) Read(p []byte) (int, error) {
	if !f.sent {
		f.sent = true
		return copy(p, "partial"), nil
	}
	return 0, errors.New("connection reset")
}

func TestPutReadErrorLeavesNothing(t *testing.T) {
	s := newStore(t)
	_, err := s.Put(context.Background(), &failingReader{}, 100)
	if err == nil || !strings.Contains(err.Error(), "connection reset") {
		t.Fatalf("err = %v", err)
	}
	if got := listFiles(t, s.Dir()); len(got) != 0 {
		t.Errorf("files left behind: %v", got)
	}
}

// cancelReader cancels the context after its first read.
type cancelReader struct {
	cancel context.CancelFunc
}

func (c *cancelReader) Read(p []byte) (int, error) {
	c.cancel()
	return copy(p, "data"), nil
}

func TestPutContextCancelled(t *testing.T) {
	s := newStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	_, err := s.Put(ctx, &cancelReader{cancel: cancel}, 1<<20)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if got := listFiles(t, s.Dir()); len(got) != 0 {
		t.Errorf("files left behind: %v", got)
	}
	if _, _, err := s.Open(ctx, sumOf(nil)); !errors.Is(err, context.Canceled) {
		t.Errorf("Open with cancelled context: %v", err)
	}
}

func TestPutConcurrentIdentical(t *testing.T) {
	s := newStore(t)
	content := bytes.Repeat([]byte("photo"), 10_000)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			obj, err := s.Put(context.Background(), bytes.NewReader(content), 1<<20)
			if err == nil && obj.Sum != sumOf(content) {
				err = errors.New("wrong sum " + obj.Sum)
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if got := listFiles(t, s.Dir()); len(got) != 1 {
		t.Errorf("files in store = %v", got)
	}
	b, err := os.ReadFile(s.path(sumOf(content)))
	if err != nil || !bytes.Equal(b, content) {
		t.Errorf("stored content wrong: %d bytes, %v", len(b), err)
	}
}

func TestOpenMissing(t *testing.T) {
	s := newStore(t)
	sum := sumOf([]byte("never stored"))
	if _, _, err := s.Open(context.Background(), sum); !errors.Is(err, ErrNotFound) {
		t.Errorf("Open = %v, want ErrNotFound", err)
	}
	ok, err := s.Exists(context.Background(), sum)
	if ok || err != nil {
		t.Errorf("Exists = %v, %v", ok, err)
	}
}

func TestInvalidSums(t *testing.T) {
	s := newStore(t)
	// A file the store must never hand out, reachable by traversal.
	if err := os.WriteFile(filepath.Join(filepath.Dir(s.Dir()), "secret"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	valid := sumOf([]byte("a"))
	bad := []string{
		"",
		"../secret",
		"../../../../etc/passwd",
		strings.ToUpper(valid),
		valid[:63],
		valid + "0",
		valid[:63] + "g",
		valid[:62] + "/a",
		valid[:60] + "/../",
		".tmp",
		" " + valid[1:],
	}
	for _, sum := range bad {
		if ValidSum(sum) {
			t.Errorf("ValidSum(%q) = true", sum)
		}
		if _, _, err := s.Open(context.Background(), sum); !errors.Is(err, ErrInvalidSum) {
			t.Errorf("Open(%q) = %v, want ErrInvalidSum", sum, err)
		}
		if _, err := s.Exists(context.Background(), sum); !errors.Is(err, ErrInvalidSum) {
			t.Errorf("Exists(%q) = %v, want ErrInvalidSum", sum, err)
		}
	}
	if !ValidSum(valid) {
		t.Errorf("ValidSum(%q) = false", valid)
	}
}

func TestNewDirStoreNeedsDir(t *testing.T) {
	if _, err := NewDirStore(""); err == nil {
		t.Error("empty directory accepted")
	}
	// A file where the directory should be.
	f := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(f, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := NewDirStore(f); err == nil {
		t.Error("a regular file accepted as the directory")
	}
}

func TestRemoveStaleTemp(t *testing.T) {
	s := newStore(t)
	tmp := filepath.Join(s.Dir(), tmpDirName)
	old := filepath.Join(tmp, "put-old")
	fresh := filepath.Join(tmp, "put-fresh")
	other := filepath.Join(tmp, "unrelated")
	for _, p := range []string{old, fresh, other} {
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	if err := os.Chtimes(old, now.Add(-2*time.Hour), now.Add(-2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(other, now.Add(-2*time.Hour), now.Add(-2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	n, err := s.RemoveStaleTemp(context.Background(), now.Add(-time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("RemoveStaleTemp = %d, %v; want 1", n, err)
	}
	if _, err := os.Stat(old); !errors.Is(err, fs.ErrNotExist) {
		t.Error("stale temp file kept")
	}
	for _, p := range []string{fresh, other} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed: %v", filepath.Base(p), err)
		}
	}
}
