package files

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// The Store contract, run on every implementation: DirStore on a temporary
// directory, S3Store on a real S3 protocol server (s3fake).

// storeUnderTest is a store and a way to list everything it holds:
// objects, temporary objects and unfinished uploads.
type storeUnderTest struct {
	Store
	everything func(t *testing.T) []string
}

var stores = map[string]func(t *testing.T) storeUnderTest{
	"dir": func(t *testing.T) storeUnderTest {
		s := newStore(t)
		return storeUnderTest{s, func(t *testing.T) []string { return listFiles(t, s.Dir()) }}
	},
	"s3": func(t *testing.T) storeUnderTest {
		s, _ := newS3(t, "")
		return storeUnderTest{s, func(t *testing.T) []string { return listS3(t, s) }}
	},
}

func forEachStore(t *testing.T, test func(t *testing.T, s storeUnderTest)) {
	for name, mk := range stores {
		t.Run(name, func(t *testing.T) { test(t, mk(t)) })
	}
}

func TestContractRoundTrip(t *testing.T) {
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
		ctx := context.Background()
		obj, err := s.Put(ctx, strings.NewReader("hello"), 1<<20)
		const want = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
		if err != nil || obj.Sum != want || obj.Size != 5 {
			t.Fatalf("Put = %+v, %v", obj, err)
		}
		if got := s.everything(t); len(got) != 1 || !strings.HasSuffix(got[0], "2c/f2/"+want) {
			t.Fatalf("stored: %v", got)
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
		if err != nil || string(b) != "hello" {
			t.Fatalf("content = %q, %v", b, err)
		}
		if _, err := rc.Seek(1, io.SeekStart); err != nil {
			t.Fatal(err)
		}
		if b, _ = io.ReadAll(rc); string(b) != "ello" {
			t.Errorf("after seek: %q", b)
		}
		if end, err := rc.Seek(-2, io.SeekEnd); err != nil || end != 3 {
			t.Fatalf("Seek end = %d, %v", end, err)
		}
		if b, _ = io.ReadAll(rc); string(b) != "lo" {
			t.Errorf("after seek from the end: %q", b)
		}
		if ok, err := s.Exists(ctx, want); err != nil || !ok {
			t.Errorf("Exists = %v, %v", ok, err)
		}
	})
}

func TestContractSizesAndLimits(t *testing.T) {
	// Around the S3 store's switch from one PUT to a multipart upload.
	sizes := []int{0, 100_000, singlePutMax, singlePutMax + 1}
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
		ctx := context.Background()
		for _, n := range sizes {
			content := bytes.Repeat([]byte{byte(n)}, n)
			obj, err := s.Put(ctx, bytes.NewReader(content), int64(max(n, 1)))
			if err != nil || obj.Size != int64(n) || obj.Sum != sumOf(content) {
				t.Fatalf("Put of %d bytes at its limit = %+v, %v", n, obj, err)
			}
			rc, _, err := s.Open(ctx, obj.Sum)
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			_ = rc.Close()
			if err != nil || !bytes.Equal(b, content) {
				t.Fatalf("%d bytes read back as %d, %v", n, len(b), err)
			}
		}
		if got := s.everything(t); len(got) != len(sizes) {
			t.Errorf("stored: %v", got)
		}
	})
}

func TestContractSecondIdenticalPut(t *testing.T) {
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
		ctx := context.Background()
		for _, content := range [][]byte{[]byte("same bytes"), bytes.Repeat([]byte("L"), singlePutMax+10)} {
			first, err := s.Put(ctx, bytes.NewReader(content), 1<<30)
			if err != nil {
				t.Fatal(err)
			}
			second, err := s.Put(ctx, bytes.NewReader(content), 1<<30)
			if err != nil || second != first {
				t.Fatalf("second Put = %+v, %v; want %+v", second, err, first)
			}
		}
		if got := s.everything(t); len(got) != 2 {
			t.Errorf("stored: %v", got)
		}
	})
}

func TestContractTooLargeLeavesNothing(t *testing.T) {
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
		ctx := context.Background()
		for _, tc := range []struct{ size, limit int }{
			{11, 10}, {100_000, 10}, {singlePutMax + 1, singlePutMax},
			// Found too large in the middle of a multipart upload.
			{7 << 20, 6 << 20},
		} {
			r := &countingReader{r: bytes.NewReader(bytes.Repeat([]byte("y"), tc.size))}
			_, err := s.Put(ctx, r, int64(tc.limit))
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("%d bytes over a limit of %d: err = %v, want ErrTooLarge", tc.size, tc.limit, err)
			}
			if got := s.everything(t); len(got) != 0 {
				t.Errorf("%d bytes: left behind: %v", tc.size, got)
			}
			// It stops reading at the limit instead of draining the body.
			if r.n > tc.limit+64*1024 {
				t.Errorf("%d bytes: read %d for a limit of %d", tc.size, r.n, tc.limit)
			}
		}
	})
}

// failAfter sends n bytes, then fails like a broken client connection.
type failAfter struct{ n int }

func (f *failAfter) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("connection reset")
	}
	k := min(len(p), f.n)
	f.n -= k
	return k, nil
}

func TestContractReadErrorLeavesNothing(t *testing.T) {
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
		for _, n := range []int{7, 7 << 20} {
			_, err := s.Put(context.Background(), &failAfter{n: n}, 1<<30)
			if err == nil || !strings.Contains(err.Error(), "connection reset") || errors.Is(err, ErrUnavailable) {
				t.Fatalf("%d bytes then a read error: err = %v", n, err)
			}
			if got := s.everything(t); len(got) != 0 {
				t.Errorf("%d bytes: left behind: %v", n, got)
			}
		}
	})
}

func TestContractContextCancelled(t *testing.T) {
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
		ctx, cancel := context.WithCancel(context.Background())
		_, err := s.Put(ctx, &cancelReader{cancel: cancel}, 1<<20)
		if !errors.Is(err, context.Canceled) || errors.Is(err, ErrUnavailable) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
		if got := s.everything(t); len(got) != 0 {
			t.Errorf("left behind: %v", got)
		}
		if _, _, err := s.Open(ctx, sumOf(nil)); !errors.Is(err, context.Canceled) {
			t.Errorf("Open with a cancelled context: %v", err)
		}
	})
}

func TestContractConcurrentIdentical(t *testing.T) {
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
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
		if got := s.everything(t); len(got) != 1 {
			t.Errorf("stored: %v", got)
		}
	})
}

func TestContractMissingAndInvalid(t *testing.T) {
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
		ctx := context.Background()
		sum := sumOf([]byte("never stored"))
		if _, _, err := s.Open(ctx, sum); !errors.Is(err, ErrNotFound) {
			t.Errorf("Open = %v, want ErrNotFound", err)
		}
		if ok, err := s.Exists(ctx, sum); ok || err != nil {
			t.Errorf("Exists = %v, %v", ok, err)
		}
		valid := sumOf([]byte("a"))
		for _, bad := range []string{"", "../secret", strings.ToUpper(valid), valid[:63], valid + "0", valid[:62] + "/a", ".tmp"} {
			if _, _, err := s.Open(ctx, bad); !errors.Is(err, ErrInvalidSum) {
				t.Errorf("Open(%q) = %v, want ErrInvalidSum", bad, err)
			}
			if _, err := s.Exists(ctx, bad); !errors.Is(err, ErrInvalidSum) {
				t.Errorf("Exists(%q) = %v, want ErrInvalidSum", bad, err)
			}
		}
	})
}

// The download path: http.ServeContent seeks to learn the size and to
// answer ranges.
func TestContractServeRanges(t *testing.T) {
	forEachStore(t, func(t *testing.T, s storeUnderTest) {
		ctx := context.Background()
		body := "0123456789"
		obj, err := s.Put(ctx, strings.NewReader(body), 100)
		if err != nil {
			t.Fatal(err)
		}
		get := func(rng string) *httptest.ResponseRecorder {
			rc, o, err := s.Open(ctx, obj.Sum)
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			req := httptest.NewRequest("GET", "/f", nil)
			if rng != "" {
				req.Header.Set("Range", rng)
			}
			w := httptest.NewRecorder()
			Serve(w, req, rc, o, ServeOptions{ContentType: "image/png"})
			return w
		}
		if w := get(""); w.Code != http.StatusOK || w.Body.String() != body || w.Header().Get("Content-Length") != "10" {
			t.Errorf("whole: %d %q", w.Code, w.Body.String())
		}
		if w := get("bytes=2-5"); w.Code != http.StatusPartialContent || w.Body.String() != "2345" {
			t.Errorf("range: %d %q", w.Code, w.Body.String())
		}
		if w := get("bytes=-3"); w.Code != http.StatusPartialContent || w.Body.String() != "789" {
			t.Errorf("suffix range: %d %q", w.Code, w.Body.String())
		}
	})
}
