package server

import (
	"encoding/json"
	"mime"
	"net/http"
)

// writeError answers a request refused before GraphQL saw it, in the shape of
// a GraphQL error response, so clients read every refusal the same way.
func writeError(w http.ResponseWriter, status int, code, message string) {
	writeErrorExt(w, status, code, message, nil)
}

// writeErrorExt is writeError with more extensions (retryAfterSeconds).
func writeErrorExt(w http.ResponseWriter, status int, code, message string, ext map[string]any) {
	e := map[string]any{"code": code}
	for k, v := range ext {
		e[k] = v
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": e}},
	})
}

func isMultipart(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mt == "multipart/form-data"
}
