package photo

import (
	"bytes"
	"image"
	"image/jpeg"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

var allChecks = []string{CheckFormat, CheckFileSize, CheckDimensions, CheckAspectRatio,
	CheckColor, CheckBackground, CheckSharpness, CheckIntegrity}

// portrait encodes a generated portrait at quality 95.
func portrait(w, h int, opts ...func(*phototest.Options)) []byte {
	o := phototest.Options{Width: w, Height: h, Seed: uint64(w*7919 + h)}
	for _, f := range opts {
		f(&o)
	}
	return phototest.Encode(phototest.Portrait(o), 95)
}

var cache sync.Map

// passing413 is a cached 413×579 passing portrait (≈ 75 KB).
func passing413() []byte {
	if v, ok := cache.Load("413"); ok {
		return v.([]byte)
	}
	b := portrait(413, 579)
	cache.Store("413", b)
	return b
}

// passing1200 is a cached 1200×1600 passing portrait (≈ 500 KB).
func passing1200() []byte {
	if v, ok := cache.Load("1200"); ok {
		return v.([]byte)
	}
	b := portrait(1200, 1600)
	cache.Store("1200", b)
	return b
}

func check(t *testing.T, r Report, name string) Check {
	t.Helper()
	c, ok := r.Check(name)
	if !ok {
		t.Fatalf("no check %q in %+v", name, r)
	}
	return c
}

// wantFailed asserts that exactly the named checks failed (and that the
// report is well-formed: eight checks in order, labels, required texts,
// advice exactly on failures).
func wantFailed(t *testing.T, r Report, failed ...string) {
	t.Helper()
	var names, got []string
	for _, c := range r.Checks {
		names = append(names, c.Name)
		if c.Label != labels[c.Name] || c.Label == "" {
			t.Errorf("%s: label %q", c.Name, c.Label)
		}
		if c.Required == "" || c.Measured == "" {
			t.Errorf("%s: empty Required or Measured: %+v", c.Name, c)
		}
		if c.Passed != (c.Advice == "") {
			t.Errorf("%s: passed=%v with advice %q", c.Name, c.Passed, c.Advice)
		}
		if !c.Passed {
			got = append(got, c.Name)
		}
	}
	if !slices.Equal(names, allChecks) {
		t.Errorf("checks %v, want %v", names, allChecks)
	}
	sort.Strings(got)
	want := slices.Clone(failed)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("failed checks %v, want %v\n%s", got, want, dump(r))
	}
	if r.Passed != (len(failed) == 0) {
		t.Errorf("Passed = %v with failures %v", r.Passed, got)
	}
}

func dump(r Report) string {
	var b strings.Builder
	for _, c := range r.Checks {
		mark := "ok  "
		if !c.Passed {
			mark = "FAIL"
		}
		b.WriteString("  " + mark + " " + c.Name + ": " + c.Measured + " | " + c.Required + " | " + c.Advice + "\n")
	}
	return b.String()
}

func decode(t *testing.T, b []byte) image.Image {
	t.Helper()
	m, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return m
}

// markers lists the top-level markers of a JPEG.
func markers(t *testing.T, b []byte) []byte {
	t.Helper()
	segs, _, err := scanJPEG(b)
	if err != nil {
		t.Fatalf("scan: %v", err)
	}
	var out []byte
	for _, s := range segs {
		out = append(out, s.marker)
	}
	return out
}

// hasMarker reports whether any of the markers occurs in ms.
func hasMarker(ms []byte, any ...byte) bool {
	for _, m := range ms {
		if bytes.IndexByte(any, m) >= 0 {
			return true
		}
	}
	return false
}

// atLeast pads a JPEG with a COM segment to n bytes when it is shorter (to
// test a rule other than the file size on a small generated photo).
func atLeast(b []byte, n int) []byte {
	if len(b) >= n {
		return b
	}
	return phototest.PadTo(b, n)
}
