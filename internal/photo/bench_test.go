package photo

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"testing"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

// BenchmarkSources are the generated sources of the benchmarks: sharp
// portraits, quality 95.
var BenchmarkSources = [][2]int{{413, 579}, {600, 800}, {1200, 1600}}

func benchSource(w, h int) []byte {
	return phototest.Encode(phototest.Portrait(phototest.Options{Width: w, Height: h, Seed: 1}), 95)
}

func decodeBench(b []byte) image.Image {
	m, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		panic(err)
	}
	return m
}

// BenchmarkValidateAndNormalize is the work of one upload: Normalize
// validates (one decode) and produces the 295×413 photo.
func BenchmarkValidateAndNormalize(b *testing.B) {
	for _, sz := range BenchmarkSources {
		data := benchSource(sz[0], sz[1])
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Normalize(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkValidate is a check without saving.
func BenchmarkValidate(b *testing.B) {
	for _, sz := range BenchmarkSources {
		data := benchSource(sz[0], sz[1])
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if !Validate(data).Passed {
					b.Fatal("refused")
				}
			}
		})
	}
	b.Run("bomb-60000x60000", func(b *testing.B) {
		data := phototest.Bomb(60000, 60000)
		b.ReportAllocs()
		for b.Loop() {
			Validate(data)
		}
	})
}
