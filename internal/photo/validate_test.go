package photo

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

func TestPassingPortrait(t *testing.T) {
	data := passing413()
	if len(data) <= MinFileSize {
		t.Fatalf("generated portrait is %d bytes, want > 30 KB", len(data))
	}
	r := Validate(data)
	wantFailed(t, r)
	if r.Width != 413 || r.Height != 579 || r.Orientation != 1 {
		t.Errorf("dims %d×%d orientation %d", r.Width, r.Height, r.Orientation)
	}
	want := map[string]string{
		CheckFormat: "格式", CheckFileSize: "文件大小", CheckDimensions: "尺寸", CheckAspectRatio: "比例",
		CheckColor: "彩色", CheckBackground: "白色背景", CheckSharpness: "清晰度", CheckIntegrity: "完整性",
	}
	for _, c := range r.Checks {
		if want[c.Name] != c.Label {
			t.Errorf("%s labelled %q, want %q", c.Name, c.Label, want[c.Name])
		}
	}
	if m := check(t, r, CheckDimensions).Measured; m != "413×579 像素" {
		t.Errorf("dimensions measured %q", m)
	}
	if m := check(t, r, CheckFileSize).Measured; !strings.HasSuffix(m, fmt.Sprintf("（%d 字节）", len(data))) {
		t.Errorf("file size measured %q", m)
	}
	t.Log("\n" + dump(r))
}

func TestStandardSizeItselfPasses(t *testing.T) {
	data := portrait(295, 413)
	if len(data) <= MinFileSize {
		t.Fatalf("generated 295×413 portrait is %d bytes", len(data))
	}
	wantFailed(t, Validate(data))
}

// The file size rule is on the uploaded bytes: more than 30,720, at most 5 MB.
func TestFileSizeBoundaries(t *testing.T) {
	// A 295×413 portrait small enough to pad: lower the quality until it is.
	var base []byte
	for q := 90; q > 40; q -= 5 {
		base = portrait(295, 413, func(o *phototest.Options) { o.Texture = 6 })
		base = phototest.Encode(decode(t, base), q)
		if len(base) < MinFileSize-4 {
			break
		}
	}
	if len(base) >= MinFileSize-4 {
		t.Fatalf("could not make a small base JPEG (%d bytes)", len(base))
	}
	wantFailed(t, Validate(base), CheckFileSize)

	at := phototest.PadTo(base, MinFileSize)
	r := Validate(at)
	wantFailed(t, r, CheckFileSize)
	if m := check(t, r, CheckFileSize).Measured; m != "30.0 KB（30720 字节）" {
		t.Errorf("measured %q", m)
	}
	wantFailed(t, Validate(phototest.PadTo(base, MinFileSize+1)))

	// The upper bound: exactly 5 MB passes, one byte more is refused and not
	// decoded at all.
	wantFailed(t, Validate(phototest.PadTo(base, MaxFileSize)))
	r = Validate(phototest.PadTo(base, MaxFileSize+1))
	wantFailed(t, r, CheckFileSize, CheckColor, CheckBackground, CheckSharpness, CheckIntegrity)
	for _, name := range []string{CheckColor, CheckBackground, CheckSharpness, CheckIntegrity} {
		if c := check(t, r, name); c.Measured != NotChecked || !strings.Contains(c.Advice, "文件大小") {
			t.Errorf("%s: %+v", name, c)
		}
	}
	if m := check(t, r, CheckFileSize).Measured; m != "5.0 MB（5242881 字节）" {
		t.Errorf("measured %q", m)
	}
}

func TestDimensions(t *testing.T) {
	for _, tc := range []struct {
		w, h   int
		failed []string
	}{
		{295, 413, nil},
		{294, 413, []string{CheckDimensions}},
		{295, 412, []string{CheckDimensions}},
		{200, 280, []string{CheckDimensions}},
		{354, 496, nil},
	} {
		t.Run(fmt.Sprintf("%dx%d", tc.w, tc.h), func(t *testing.T) {
			data := portrait(tc.w, tc.h)
			data = atLeast(data, MinFileSize+1) // the size rule is tested apart
			r := Validate(data)
			wantFailed(t, r, tc.failed...)
			if r.Width != tc.w || r.Height != tc.h {
				t.Errorf("reported %d×%d", r.Width, r.Height)
			}
		})
	}
}

func TestAspectRatio(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		pass bool
	}{
		{"standard", 413, 579, true},
		{"3:4 is the upper bound", 450, 600, true}, // |450·413 − 600·295| = 8850 = 5% of 177000
		{"just above 3:4", 451, 600, false},        // 9263 > 8850
		{"lower bound", 408, 600, true},            // 8496 ≤ 8850
		{"just below the lower bound", 407, 600, false},
		{"33×48 mm passport", 330, 480, true}, // −3.75%
		{"2:3", 400, 600, false},              // −6.7%
		{"square", 600, 600, false},
		{"landscape", 579, 413, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Validate(atLeast(portrait(tc.w, tc.h), 200_000))
			if tc.pass {
				wantFailed(t, r)
			} else {
				wantFailed(t, r, CheckAspectRatio)
			}
		})
	}
	// A landscape advice says so.
	r := Validate(atLeast(portrait(579, 413), 200_000))
	if a := check(t, r, CheckAspectRatio).Advice; !strings.Contains(a, "横幅") {
		t.Errorf("landscape advice %q", a)
	}
}

func TestColor(t *testing.T) {
	t.Run("grey stored as a colour JPEG", func(t *testing.T) {
		data := portrait(413, 579, func(o *phototest.Options) { o.Gray = true })
		r := Validate(data)
		wantFailed(t, r, CheckColor)
		t.Log(check(t, r, CheckColor).Measured)
	})
	t.Run("one-component JPEG", func(t *testing.T) {
		rgba := phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 5})
		g := image.NewGray(rgba.Bounds())
		for i := range g.Pix {
			r, gg, b := rgba.Pix[4*i], rgba.Pix[4*i+1], rgba.Pix[4*i+2]
			g.Pix[i], _, _ = color.RGBToYCbCr(r, gg, b)
		}
		data := phototest.Encode(g, 95)
		if n := data[bytes.Index(data, []byte{0xFF, 0xC0})+9]; n != 1 {
			t.Fatalf("the encoder wrote %d components", n)
		}
		r := Validate(data)
		wantFailed(t, r, CheckColor)
		if m := check(t, r, CheckColor).Measured; !strings.Contains(m, "单通道") {
			t.Errorf("measured %q", m)
		}
	})
	t.Run("faint tint", func(t *testing.T) {
		// Sepia-like toning of chroma ~4 is still grey.
		rgba := phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 5, Gray: true})
		for i := 0; i < len(rgba.Pix); i += 4 {
			rgba.Pix[i] = clampAdd(rgba.Pix[i], 3)
			rgba.Pix[i+2] = clampAdd(rgba.Pix[i+2], -3)
		}
		wantFailed(t, Validate(phototest.Encode(rgba, 95)), CheckColor)
	})
}

func clampAdd(v byte, d int) byte {
	return byte(min(max(int(v)+d, 0), 255))
}

// The colour fraction counts chroma samples at or above ColorChromaMin and
// passes at ColorFractionMin.
func TestColorFractionThreshold(t *testing.T) {
	m := image.NewYCbCr(image.Rect(0, 0, 100, 100), image.YCbCrSubsampleRatio444)
	for i := range m.Cb {
		m.Y[i], m.Cb[i], m.Cr[i] = 128, 128, 128
	}
	set := func(n int, cb byte) {
		for i := range m.Cb {
			m.Cb[i] = 128
			if i < n {
				m.Cb[i] = cb
			}
		}
	}
	set(200, 128+ColorChromaMin) // 2.00% at chroma 8
	if f := colorFraction(m); f != 0.02 || f < ColorFractionMin {
		t.Errorf("fraction %v", f)
	}
	set(199, 128+ColorChromaMin)
	if f := colorFraction(m); f >= ColorFractionMin {
		t.Errorf("1.99%% counted as colour: %v", f)
	}
	set(5000, 128+ColorChromaMin-1) // chroma 7 does not count
	if f := colorFraction(m); f != 0 {
		t.Errorf("chroma 7 counted: %v", f)
	}
	// Subsampled chroma: samples, not pixels.
	s := image.NewYCbCr(image.Rect(0, 0, 101, 99), image.YCbCrSubsampleRatio420)
	for i := range s.Cb {
		s.Cb[i], s.Cr[i] = 128, 128
	}
	s.Cr[0] = 200
	if f, want := colorFraction(s), 1.0/float64(51*50); f != want {
		t.Errorf("420 fraction %v, want %v", f, want)
	}
}

func TestBackground(t *testing.T) {
	for _, tc := range []struct {
		name string
		bg   color.RGBA
		pass bool
	}{
		{"white", color.RGBA{250, 250, 250, 255}, true},
		{"pure white", color.RGBA{255, 255, 255, 255}, true},
		{"slightly grey white", color.RGBA{228, 228, 228, 255}, true},
		{"blue", color.RGBA{67, 142, 219, 255}, false},
		{"light blue", color.RGBA{200, 222, 255, 255}, false},
		{"red", color.RGBA{200, 30, 45, 255}, false},
		{"cream", color.RGBA{255, 240, 205, 255}, false},
		{"light grey", color.RGBA{195, 195, 195, 255}, false},
		{"dark grey", color.RGBA{90, 90, 90, 255}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := portrait(413, 579, func(o *phototest.Options) { o.Background = tc.bg })
			r := Validate(data)
			if tc.pass {
				wantFailed(t, r)
			} else {
				wantFailed(t, r, CheckBackground)
			}
			t.Log(check(t, r, CheckBackground).Measured)
		})
	}
}

// The background is measured on the upright top, left and right, not on the
// bottom where the shoulders are, whatever the stored orientation.
func TestBackgroundStripsAreUpright(t *testing.T) {
	paint := func(img *image.RGBA, r image.Rectangle) {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				img.SetRGBA(x, y, color.RGBA{40, 90, 200, 255})
			}
		}
	}
	bottom := phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 9})
	paint(bottom, image.Rect(0, 579*4/5, 413, 579)) // a blue band low down
	top := phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 9})
	paint(top, image.Rect(0, 0, 413, 30)) // a blue band along the top
	for _, o := range []int{1, 3, 6, 8} {
		t.Run(fmt.Sprint("orientation ", o), func(t *testing.T) {
			tag := func(img image.Image) []byte {
				return phototest.WithEXIFOrientation(phototest.Encode(phototest.Stored(img, o), 95), o, false)
			}
			wantFailed(t, Validate(tag(bottom)))
			wantFailed(t, Validate(tag(top)), CheckBackground)
		})
	}
}

func TestBorderStrips(t *testing.T) {
	got := borderStrips(295, 413)
	want := []image.Rectangle{
		image.Rect(0, 0, 295, 29),  // 7% of 413 = 28.9
		image.Rect(0, 29, 21, 248), // 7% of 295 = 20.65; 60% of 413 = 247.8
		image.Rect(274, 29, 295, 248),
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("strips %v, want %v", got, want)
	}
}

// The near-white fraction passes at 85%: hair reaching into the border is
// tolerated up to there.
func TestBackgroundNearWhiteFraction(t *testing.T) {
	const w, h = 300, 400
	strips := borderStrips(w, h)
	total := 0
	for _, r := range strips {
		total += r.Dx() * r.Dy()
	}
	make := func(dark int) *image.YCbCr {
		m := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio444)
		for i := range m.Y {
			m.Y[i], m.Cb[i], m.Cr[i] = 250, 128, 128
		}
		n := 0
		for _, r := range strips {
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					if n < dark {
						m.Y[m.YOffset(x, y)] = 180 // not near-white, mean stays above 200
					}
					n++
				}
			}
		}
		return m
	}
	limit := int(float64(total) * (1 - NearWhiteFractionMin)) // pixels that may be off-white
	if b := measureBackground(make(limit)); !b.passed() {
		t.Errorf("%d of %d off-white refused: %+v", limit, total, b)
	}
	if b := measureBackground(make(limit + 1)); b.passed() {
		t.Errorf("%d of %d off-white accepted: %+v", limit+1, total, b)
	}
}

func TestSharpness(t *testing.T) {
	t.Run("blurred", func(t *testing.T) {
		// σ = 2 px at the standard size; padded so that only sharpness fails.
		data := portrait(413, 579, func(o *phototest.Options) { o.BlurSigma = 2 * 413.0 / 295 })
		r := Validate(atLeast(data, 40_000))
		wantFailed(t, r, CheckSharpness)
		t.Log(check(t, r, CheckSharpness).Measured)
	})
	t.Run("enlarged from a thumbnail", func(t *testing.T) {
		// A 100×140 thumbnail (with the softness of a camera picture, σ =
		// 0.7 px) enlarged bilinearly to 413×579, as an image editor does.
		small := phototest.Portrait(phototest.Options{Width: 100, Height: 140, Seed: 2, BlurSigma: 0.7})
		r := Validate(atLeast(phototest.Encode(enlarge(small, 413, 579), 95), 40_000))
		wantFailed(t, r, CheckSharpness)
		t.Log(check(t, r, CheckSharpness).Measured)
	})
}

// enlarge scales small up to W×H bilinearly.
func enlarge(small *image.RGBA, W, H int) *image.RGBA {
	sw, sh := small.Bounds().Dx(), small.Bounds().Dy()
	big := image.NewRGBA(image.Rect(0, 0, W, H))
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			fx := (float64(x)+0.5)*float64(sw)/float64(W) - 0.5
			fy := (float64(y)+0.5)*float64(sh)/float64(H) - 0.5
			x0, y0 := max(int(fx), 0), max(int(fy), 0)
			x1, y1 := min(x0+1, sw-1), min(y0+1, sh-1)
			ax, ay := max(fx-float64(x0), 0), max(fy-float64(y0), 0)
			for c := 0; c < 3; c++ {
				p := func(x, y int) float64 { return float64(small.Pix[small.PixOffset(x, y)+c]) }
				v := (1-ay)*((1-ax)*p(x0, y0)+ax*p(x1, y0)) + ay*((1-ax)*p(x0, y1)+ax*p(x1, y1))
				big.Pix[big.PixOffset(x, y)+c] = byte(v + 0.5)
			}
			big.Pix[big.PixOffset(x, y)+3] = 255
		}
	}
	return big
}

// TestSharpnessCalibration measures generated portraits of three sizes,
// sharp and blurred (σ given at the standard size), and checks that the
// threshold separates them with a margin; run with -v for the table.
func TestSharpnessCalibration(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	sigmas := []float64{0, 0.7, 1, 1.5, 2, 3}
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s", "source")
	for _, s := range sigmas {
		fmt.Fprintf(&b, " σ=%-5.1f", s)
	}
	b.WriteString("\n")
	for _, sz := range [][2]int{{413, 579}, {600, 800}, {1200, 1600}} {
		fmt.Fprintf(&b, "%-10s", fmt.Sprintf("%d×%d", sz[0], sz[1]))
		for _, sigma := range sigmas {
			img := phototest.Portrait(phototest.Options{Width: sz[0], Height: sz[1], Seed: 1,
				BlurSigma: sigma * float64(sz[0]) / StandardWidth})
			s := sharpness(decode(t, phototest.Encode(img, 95)))
			fmt.Fprintf(&b, " %7.0f", s)
			switch {
			case sigma <= 0.7 && s < 2*SharpnessMin:
				t.Errorf("%v σ=%v: %.0f, want ≥ %d", sz, sigma, s, 2*SharpnessMin)
			case sigma >= 1.5 && s >= SharpnessMin:
				t.Errorf("%v σ=%v: %.0f, want < %d", sz, sigma, s, SharpnessMin)
			case sigma >= 2 && s >= SharpnessMin/2:
				t.Errorf("%v σ=%v: %.0f, want < %d", sz, sigma, s, SharpnessMin/2)
			}
		}
		b.WriteString("\n")
	}
	t.Log("variance of the Laplacian at 295×413:\n" + b.String())
}

func TestIntegrity(t *testing.T) {
	data := passing1200()
	n := len(data)
	if data[n-2] != 0xFF || data[n-1] != 0xD9 {
		t.Fatal("no EOI at the end")
	}
	for _, tc := range []struct {
		name string
		cut  int // bytes removed from the end
	}{
		{"half the EOI marker", 1},
		{"the EOI marker", 2},
		{"the last 100 bytes", 100},
		{"the last tenth", n / 10},
		{"half", n / 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Validate(data[:n-tc.cut])
			c := check(t, r, CheckIntegrity)
			if c.Passed || r.Passed {
				t.Fatalf("truncated JPEG accepted:\n%s", dump(r))
			}
			if !strings.Contains(c.Measured, "不完整") {
				t.Errorf("measured %q", c.Measured)
			}
			// Only integrity, and what could not be measured because of it.
			for _, o := range r.Checks {
				if !o.Passed && o.Name != CheckIntegrity && o.Measured != NotChecked && o.Name != CheckSharpness {
					t.Errorf("%s failed too: %+v", o.Name, o)
				}
			}
			t.Log(c.Measured)
		})
	}
	t.Run("cut inside the header", func(t *testing.T) {
		r := Validate(data[:100])
		wantFailed(t, r, CheckFormat, CheckFileSize, CheckDimensions, CheckAspectRatio,
			CheckColor, CheckBackground, CheckSharpness, CheckIntegrity)
	})
	t.Run("extraneous bytes between segments are tolerated", func(t *testing.T) {
		// As by libjpeg (a warning) and image/jpeg: the picture is whole.
		src := passing413()
		i := bytes.Index(src, []byte{0xFF, 0xC0})
		odd := append(append(bytes.Clone(src[:i]), 0x00, 0x00, 0x17), src[i:]...)
		wantFailed(t, Validate(odd))
		n, _, err := Normalize(odd)
		if err != nil || !n.Reencoded {
			t.Fatal(err)
		}
	})
	t.Run("a segment length below 2", func(t *testing.T) {
		src := passing413()
		bad := append([]byte{0xFF, 0xD8, 0xFF, 0xE5, 0x00, 0x01}, src[2:]...)
		r := Validate(bad)
		if c := check(t, r, CheckIntegrity); c.Passed {
			t.Errorf("accepted:\n%s", dump(r))
		}
	})
	t.Run("data after EOI is ignored", func(t *testing.T) {
		extra := append(bytes.Clone(passing413()), bytes.Repeat([]byte("trailing video"), 100)...)
		wantFailed(t, Validate(extra))
	})
	t.Run("corrupt entropy data", func(t *testing.T) {
		bad := bytes.Clone(passing413())
		i := bytes.Index(bad, []byte{0xFF, 0xDA})
		copy(bad[i+200:], []byte{0xFF, 0xD3, 0xFF, 0xC4, 0x00, 0x02}) // a wrong restart marker and a bogus DHT
		r := Validate(bad)
		if c := check(t, r, CheckIntegrity); c.Passed {
			t.Errorf("corrupt JPEG passed integrity:\n%s", dump(r))
		}
	})
}

func TestFormat(t *testing.T) {
	rgba := phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 3})
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, rgba); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, measured string
		data           []byte
	}{
		{"PNG renamed .jpg", "PNG", pngBuf.Bytes()},
		{"GIF", "GIF", append([]byte("GIF89a"), make([]byte, 40000)...)},
		{"WebP", "WebP", append([]byte("RIFF\x00\x00\x00\x00WEBPVP8 "), make([]byte, 40000)...)},
		{"HEIC", "HEIC", append([]byte("\x00\x00\x00\x18ftypheic"), make([]byte, 40000)...)},
		{"empty", "空文件", nil},
		{"text", "不是 JPEG", bytes.Repeat([]byte("not a photo "), 4000)},
		{"JPEG magic, garbage after", "文件头损坏", append([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0}, make([]byte, 40000)...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Validate(tc.data)
			failed := []string{CheckFormat, CheckDimensions, CheckAspectRatio, CheckColor,
				CheckBackground, CheckSharpness, CheckIntegrity}
			if len(tc.data) <= MinFileSize {
				failed = append(failed, CheckFileSize)
			}
			wantFailed(t, r, failed...)
			if m := check(t, r, CheckFormat).Measured; !strings.Contains(m, tc.measured) {
				t.Errorf("format measured %q, want it to mention %q", m, tc.measured)
			}
			for _, name := range failed[1:7] {
				if c := check(t, r, name); c.Measured != NotChecked || !strings.Contains(c.Advice, "格式") {
					t.Errorf("%s: %+v", name, c)
				}
			}
			if r.Width != 0 || r.Height != 0 || r.Orientation != 0 {
				t.Errorf("dims %d×%d orientation %d for a non-JPEG", r.Width, r.Height, r.Orientation)
			}
		})
	}
}

// A small file whose frame header claims 60000×60000 pixels is refused from
// the header, without decoding: little memory and time.
func TestDecompressionBomb(t *testing.T) {
	bomb := phototest.Bomb(60000, 60000)
	if len(bomb) > 2000 {
		t.Fatalf("bomb is %d bytes", len(bomb))
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	r := Validate(bomb)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc // every byte allocated in between: ≥ the peak
	t.Logf("%d-byte file claiming 60000×60000: %d bytes allocated, %v", len(bomb), alloc, elapsed)
	if alloc > 16<<20 {
		t.Errorf("allocated %d bytes", alloc)
	}
	if elapsed > time.Second {
		t.Errorf("took %v", elapsed)
	}
	wantFailed(t, r, CheckFileSize, CheckDimensions, CheckAspectRatio,
		CheckColor, CheckBackground, CheckSharpness, CheckIntegrity)
	if c := check(t, r, CheckDimensions); c.Measured != "60000×60000 像素" || !strings.Contains(c.Advice, "过大") {
		t.Errorf("dimensions %+v", c)
	}
	for _, name := range []string{CheckColor, CheckBackground, CheckSharpness, CheckIntegrity} {
		if c := check(t, r, name); c.Measured != NotChecked || !strings.Contains(c.Advice, "尺寸") {
			t.Errorf("%s: %+v", name, c)
		}
	}

	// The limits: a side above 6000, or more than 24 megapixels.
	for _, tc := range []struct {
		w, h    int
		refused bool
	}{
		{3000, 6001, true}, // 18 MP, but a side above 6000
		{4200, 5880, true}, // 24.7 MP
		{4100, 5740, false},
	} {
		r := Validate(phototest.Bomb(tc.w, tc.h))
		dims := check(t, r, CheckDimensions)
		integ := check(t, r, CheckIntegrity)
		if tc.refused != !dims.Passed || tc.refused != (integ.Measured == NotChecked) {
			t.Errorf("%d×%d: dimensions %+v, integrity %+v", tc.w, tc.h, dims, integ)
		}
	}
}
