package server

import (
	"net/http"

	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/viewer"
)

// documentAccess decides how a document route (a receipt, a ticket) may be
// read, the /files/ way (conventions "Files"): without a signature, by the
// bearer token alone (the caller then reads as the viewer, privacy deciding);
// with one, for the viewer it was signed for — alone, as a capability for
// its minutes, or with that viewer's own token, never another's. ok false
// means the answer is a 404 that tells nothing.
func documentAccess(r *http.Request, signer *files.Signer, kind, id string) (signedFor string, signed, ok bool) {
	bearer := viewer.From(r.Context())
	hasToken := r.Header.Get("Authorization") != ""
	q := r.URL.Query()
	if !(q.Has("sig") || q.Has("v") || q.Has("exp")) {
		return "", false, hasToken && bearer.ID != ""
	}
	signedFor, err := signer.VerifyQuery(kind, id, q, clock.Now(r.Context()))
	if err != nil || (hasToken && (bearer.ID == "" || string(bearer.ID) != signedFor)) {
		return "", true, false
	}
	return signedFor, true, true
}
