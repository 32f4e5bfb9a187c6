package graph_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/demo"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/files/s3fake"
	"github.com/ruankao/ruankao/internal/server"
	"github.com/ruankao/ruankao/internal/testenv"
)

// The server's files in object storage (a real S3 protocol server) that
// goes down: an upload is refused with STORAGE_UNAVAILABLE and records
// nothing; a download is 503 with a generic body; once the storage is back
// both work.
func TestUploadsWhileStorageIsDown(t *testing.T) {
	s3 := s3fake.Start()
	defer s3.Close()
	store, err := files.NewS3Store(files.S3Config{Endpoint: s3.Endpoint, Bucket: "ruankao-files", AccessKey: "test",
		SecretKey: "test-secret", Region: "us-east-1", MaxAttempts: 1, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.CheckBucket(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	env := testenv.StartWith(t, march, func(o *server.Options) { o.Dev = true; o.Files = store })
	zhang := env.LoginCandidate(t, demo.Identities[0])
	zhangID := env.CandidateID(t, demo.Identities[0])
	app := env.Draft(t, zhangID, "210000")
	photos := func() int {
		return env.DB.Client.StoredFile.Query().Where(storedfile.OwnerID(zhangID), storedfile.KindEQ(storedfile.KindPHOTO)).CountX(testenv.System())
	}

	s3.Set(s3fake.Unavailable)
	res := env.Upload(t, zhang, savePhotoQ, nil, "f", "me.jpg", portrait(600, 840))
	refused := decodePhoto(t, res, "savePhoto")
	if refused.Photo != nil || len(refused.UserErrors) != 1 || refused.UserErrors[0].Code != "STORAGE_UNAVAILABLE" ||
		strings.Join(refused.UserErrors[0].Field, ".") != "file" || !strings.Contains(refused.UserErrors[0].Message, "照片未保存") {
		t.Fatalf("savePhoto while the storage is down: %+v", refused)
	}
	if strings.Contains(string(res.Data), "fake S3") || strings.Contains(string(res.Data), "ServiceUnavailable") {
		t.Errorf("the library's message reached the client: %s", res.Data)
	}
	if n := photos(); n != 0 {
		t.Errorf("%d photos recorded while the storage was down", n)
	}
	if got := env.DB.Client.Application.GetX(testenv.System(), app.ID); got.PhotoID != nil {
		t.Errorf("the application has a photo: %v", *got.PhotoID)
	}

	const materialQ = `mutation($id: ID!, $f: Upload!) { uploadMaterial(applicationId: $id, kind: RESIDENCE_PERMIT, file: $f) {
		material { id } userErrors { code field message } } }`
	res = env.Upload(t, zhang, materialQ, map[string]any{"id": string(app.ID)}, "f", "居住证.pdf", []byte("%PDF-1.7\n%%EOF"))
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), `"code":"STORAGE_UNAVAILABLE"`) || !strings.Contains(string(res.Data), `"material":null`) {
		t.Errorf("uploadMaterial while the storage is down: %s %+v", res.Data, res.Errors)
	}
	if n := env.DB.Client.StoredFile.Query().Where(storedfile.OwnerID(zhangID)).CountX(testenv.System()); n != 0 {
		t.Errorf("%d files recorded while the storage was down", n)
	}

	// Back: the same photo saves, and is served.
	s3.Set(s3fake.Up)
	saved := decodePhoto(t, env.Upload(t, zhang, savePhotoQ, nil, "f", "me.jpg", portrait(600, 840)), "savePhoto")
	if saved.Photo == nil || len(saved.UserErrors) != 0 || photos() != 1 {
		t.Fatalf("savePhoto once the storage is back: %+v", saved)
	}
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+saved.Photo.URL, nil)
	if r, body := env.Raw(t, req); r.StatusCode != http.StatusOK || len(body) < 1000 {
		t.Fatalf("photo URL: %d", r.StatusCode)
	}

	// Down again: the download is 503, generic, with a hint when to retry.
	s3.Set(s3fake.Unavailable)
	r, body := env.Raw(t, req)
	if r.StatusCode != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "" ||
		!strings.Contains(string(body), "STORAGE_UNAVAILABLE") || strings.Contains(string(body), "fake S3") {
		t.Errorf("download while the storage is down: %d %q %s", r.StatusCode, r.Header.Get("Retry-After"), body)
	}
}
