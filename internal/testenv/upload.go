package testenv

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"testing"
)

// Upload sends a GraphQL multipart request (the upload spec) with one file
// bound to the variable fileVar.
func (e *Env) Upload(t testing.TB, token, query string, vars map[string]any, fileVar, filename string, content []byte) *Response {
	t.Helper()
	if vars == nil {
		vars = map[string]any{}
	}
	vars[fileVar] = nil
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0":["variables.`+fileVar+`"]}`)
	part, _ := w.CreateFormFile("0", filename)
	_, _ = part.Write(content)
	_ = w.Close()
	req, _ := http.NewRequest(http.MethodPost, e.Server.URL+"/graphql", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return e.do(t, req)
}
