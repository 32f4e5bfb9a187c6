package main

import (
	"context"
	"fmt"
	"os"

	"github.com/ruankao/ruankao/internal/photo/phototest"
)

// ruankao sample-photo FILE
//
// Writes a generated ID photo (white background, colour, sharp, 413×579)
// that passes the photo tool, so the demo can be tried without a real photo.
func init() {
	commands["sample-photo"] = samplePhoto
}

func samplePhoto(_ context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: ruankao sample-photo FILE.jpg")
	}
	img := phototest.Portrait(phototest.Options{Width: 413, Height: 579, Seed: 2026})
	return os.WriteFile(args[0], phototest.Encode(img, 95), 0o644)
}
