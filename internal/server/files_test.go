package server_test

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/storedfile"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/testenv"
	"github.com/ruankao/ruankao/internal/viewer"
)

// storeFile saves bytes as a candidate's file, as the photo and materials
// mutations will, and returns its record.
func storeFile(t *testing.T, env *testenv.Env, kind storedfile.Kind, content []byte, ctype, name string) *ent.StoredFile {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	obj, err := env.Files.Put(ctx, bytes.NewReader(content), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	c := env.DB.Client
	cand := c.Candidate.Create().SetProvider("sim").SetSubject("sub-" + name).SetName("张三").
		SetIDType(enum.IDResident).SetIDNumberEnc([]byte{1}).SetIDNumberHash("h-" + name).
		SetIDNumberMasked("2101**********123X").SaveX(ctx)
	return c.StoredFile.Create().SetOwnerID(cand.ID).SetKind(kind).SetContentType(ctype).
		SetSizeBytes(obj.Size).SetSha256(obj.Sum).SetOriginalName(name).SaveX(ctx)
}

func get(t *testing.T, env *testenv.Env, u string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, env.Server.URL+u, nil)
	return env.Raw(t, req)
}

func TestSignedFileURLs(t *testing.T) {
	env := testenv.Start(t, now)
	jpeg := append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, bytes.Repeat([]byte{7}, 4000)...)
	photo := storeFile(t, env, storedfile.KindPHOTO, jpeg, "image/jpeg", "photo.jpg")
	signed, err := env.Signer.Sign(string(photo.Kind), string(photo.ID), "CAviewer", env.Clock.Now())
	if err != nil {
		t.Fatal(err)
	}

	res, body := get(t, env, signed.URL)
	if res.StatusCode != 200 || !bytes.Equal(body, jpeg) {
		t.Fatalf("signed URL: %d, %d bytes", res.StatusCode, len(body))
	}
	if res.Header.Get("Content-Type") != "image/jpeg" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("headers: %v", res.Header)
	}

	u, _ := url.Parse(signed.URL)
	q := u.Query()
	altered := map[string]func(url.Values){
		"viewer": func(v url.Values) { v.Set("v", "CAsomeoneelse") },
		"expiry": func(v url.Values) { v.Set("exp", "9999999999") },
		"sig":    func(v url.Values) { v.Set("sig", strings.Repeat("A", len(v.Get("sig")))) },
	}
	for name, alter := range altered {
		v := url.Values{}
		for k, vals := range q {
			v[k] = append([]string(nil), vals...)
		}
		alter(v)
		if res, body := get(t, env, u.Path+"?"+v.Encode()); res.StatusCode != 404 || !strings.Contains(string(body), "NOT_FOUND") {
			t.Errorf("altered %s: %d %s", name, res.StatusCode, body)
		}
	}
	// Another file's id under this signature.
	other := storeFile(t, env, storedfile.KindPHOTO, append(jpeg, 1), "image/jpeg", "other.jpg")
	if res, _ := get(t, env, strings.Replace(signed.URL, string(photo.ID), string(other.ID), 1)); res.StatusCode != 404 {
		t.Errorf("signature reused for another file: %d", res.StatusCode)
	}

	env.Clock.Advance(env.Signer.TTL() + time.Second)
	if res, _ := get(t, env, signed.URL); res.StatusCode != 404 {
		t.Errorf("expired URL: %d", res.StatusCode)
	}
}

func TestMaterialsAreServedAsAttachments(t *testing.T) {
	env := testenv.Start(t, now)
	pdf := append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte("x"), 500)...)
	m := storeFile(t, env, storedfile.KindMATERIAL, pdf, "application/pdf", "居住证.pdf")
	signed, _ := env.Signer.Sign(string(m.Kind), string(m.ID), "SFreviewer", env.Clock.Now())
	res, body := get(t, env, signed.URL)
	if res.StatusCode != 200 || !bytes.Equal(body, pdf) {
		t.Fatalf("material: %d", res.StatusCode)
	}
	if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") {
		t.Errorf("Content-Disposition = %q", cd)
	}
	// Signed as a photo, the material is not served.
	asPhoto, _ := env.Signer.Sign("PHOTO", string(m.ID), "SFreviewer", env.Clock.Now())
	if res, _ := get(t, env, asPhoto.URL); res.StatusCode != 404 {
		t.Errorf("kind not bound: %d", res.StatusCode)
	}
}

func TestUploadSizeEnforcedWhileReading(t *testing.T) {
	env := testenv.Start(t, now)
	var body bytes.Buffer
	boundary := "xyzBOUNDARY"
	body.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n")
	body.WriteString(`{"query":"mutation($f: Upload!) { x(f: $f) }","variables":{"f":null}}` + "\r\n")
	body.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n")
	body.WriteString(`{"0":["variables.f"]}` + "\r\n")
	body.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"0\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
	body.Write(bytes.Repeat([]byte("J"), 12<<20))
	body.WriteString("\r\n--" + boundary + "--\r\n")
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", &body)
	req.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
	// No Content-Length: the limit must hold while the body streams in.
	req.ContentLength = -1
	res, out := env.Raw(t, req)
	if res.StatusCode < 400 || !strings.Contains(string(out), "BAD_REQUEST") {
		t.Fatalf("12 MiB upload: %d %s", res.StatusCode, out)
	}
	if bytes.Contains(out, []byte("JJJJ")) {
		t.Error("the refusal repeats the body")
	}
}

func TestSmallMultipartRequestIsServed(t *testing.T) {
	env := testenv.Start(t, now)
	var body bytes.Buffer
	boundary := "b0undary"
	body.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n")
	body.WriteString(`{"query":"{ region(code: \"210000\") { name } }"}` + "\r\n")
	body.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{}\r\n")
	body.WriteString("--" + boundary + "--\r\n")
	req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", &body)
	req.Header.Set("Content-Type", "multipart/form-data; boundary="+boundary)
	res, out := env.Raw(t, req)
	if res.StatusCode != 200 || !strings.Contains(string(out), "辽宁省") {
		t.Fatalf("multipart query: %d %s", res.StatusCode, out)
	}
}
