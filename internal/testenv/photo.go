package testenv

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"sync"
	"testing"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/enum"
)

// SavedPhoto stores a file as a candidate's saved photo, standing in for the
// photo tool where a test is about something else.
func (e *Env) SavedPhoto(t testing.TB, owner pulid.ID) pulid.ID {
	t.Helper()
	// A real JPEG (printed tickets embed it), made distinct per owner by a
	// comment segment after the SOI marker.
	base := samplePhoto()
	com := []byte{0xFF, 0xFE, byte((len(owner) + 2) >> 8), byte(len(owner) + 2)}
	content := append(append(append([]byte{}, base[:2]...), append(com, owner...)...), base[2:]...)
	obj, err := e.Files.Put(System(), bytes.NewReader(content), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	return e.DB.Client.StoredFile.Create().SetOwnerID(owner).SetKind(storedfile.KindPHOTO).
		SetContentType("image/jpeg").SetSizeBytes(obj.Size).SetSha256(obj.Sum).
		SetWidth(295).SetHeight(413).SaveX(System()).ID
}

var samplePhoto = sync.OnceValue(func() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 295, 413))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.RGBA{240, 240, 250, 255}}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(90, 80, 205, 330), &image.Uniform{color.RGBA{60, 60, 80, 255}}, image.Point{}, draw.Src)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// Material attaches an uploaded material of a kind to an application.
func (e *Env) Material(t testing.TB, owner, app pulid.ID, kind enum.MaterialKind) pulid.ID {
	t.Helper()
	content := []byte("%PDF-1.7 " + string(app) + string(kind))
	obj, err := e.Files.Put(System(), bytes.NewReader(content), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	return e.DB.Client.StoredFile.Create().SetOwnerID(owner).SetKind(storedfile.KindMATERIAL).
		SetMaterialKind(kind).SetApplicationID(app).SetContentType("application/pdf").
		SetSizeBytes(obj.Size).SetSha256(obj.Sum).SaveX(System()).ID
}
