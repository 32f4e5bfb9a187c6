package testenv

import (
	"bytes"
	"testing"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/enum"
)

// SavedPhoto stores a file as a candidate's saved photo, standing in for the
// photo tool where a test is about something else.
func (e *Env) SavedPhoto(t testing.TB, owner pulid.ID) pulid.ID {
	t.Helper()
	content := append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, bytes.Repeat([]byte(owner), 100)...)
	obj, err := e.Files.Put(System(), bytes.NewReader(content), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	return e.DB.Client.StoredFile.Create().SetOwnerID(owner).SetKind(storedfile.KindPHOTO).
		SetContentType("image/jpeg").SetSizeBytes(obj.Size).SetSha256(obj.Sum).
		SetWidth(295).SetHeight(413).SaveX(System()).ID
}

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
