package server_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/ruankao/ruankao/internal/testenv"
)

func decodeErrors(t *testing.T, body []byte) []testenv.GQLError {
	t.Helper()
	var out struct{ Errors []testenv.GQLError }
	if err := json.Unmarshal(body, &out); err != nil {
		t.Fatalf("not the project's JSON error shape: %v: %s", err, body)
	}
	return out.Errors
}

// A POST no transport serves gets the project's error shape, whatever its type.
func TestUnsupportedContentTypeAnswersInJSON(t *testing.T) {
	env := testenv.Start(t, now)
	for _, ct := range []string{"text/plain", "application/x-www-form-urlencoded", "application/graphql", "application/xml"} {
		req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", strings.NewReader(`query=%7B__typename%7D`))
		req.Header.Set("Content-Type", ct)
		r, body := env.Raw(t, req)
		if r.StatusCode != http.StatusUnsupportedMediaType || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/") {
			t.Errorf("%s: %d %s %s", ct, r.StatusCode, r.Header.Get("Content-Type"), body)
			continue
		}
		if errs := decodeErrors(t, body); len(errs) != 1 || errs[0].Extensions["code"] != "BAD_REQUEST" {
			t.Errorf("%s: %s", ct, body)
		}
	}
}

// An upload whose declared length is over the limit is refused with 413
// before its body is read, like one that streams past it.
func TestDeclaredUploadOverLimitIs413(t *testing.T) {
	env := testenv.Start(t, now)
	const boundary = "xyz"
	head := "--" + boundary + "\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" +
		`{"query":"mutation($f: Upload!) { checkPhoto(file: $f) { userErrors { code } } }","variables":{"f":null}}` + "\r\n"
	// Declared, never sent: the client speaks raw HTTP so the length can lie.
	conn, err := net.Dial("tcp", strings.TrimPrefix(env.Server.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: multipart/form-data; boundary=%s\r\n"+
		"Content-Length: %d\r\n\r\n%s", boundary, 12<<20, head)
	r, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(r.Body)
	if r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("declared 12 MiB: %d %s", r.StatusCode, got)
	}
	if errs := decodeErrors(t, got); len(errs) != 1 || errs[0].Extensions["code"] != "BAD_REQUEST" {
		t.Errorf("body: %s", got)
	}
}
