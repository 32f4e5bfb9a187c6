package server

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/viewer"
)

// FileKind is the purpose a signed URL is bound to, from the file's record.
func FileKind(f *ent.StoredFile) string { return string(f.Kind) }

// serveFile answers GET /files/{id}: a photo or a material. Any fault answers
// 404, so a guessed or altered URL learns nothing, not even whether the file
// exists. Three ways in (conventions "Files"):
//
//   - a signed URL (?exp&v&sig) without a bearer token: a capability for its
//     few minutes, for a browser's <img src>, which cannot send a token;
//   - a signed URL with the bearer token of the viewer it was signed for; any
//     other Authorization header (another viewer's token, a stale one) is
//     refused, so a URL that leaks to another account is useless there;
//   - the bearer token alone, no signature: the file is read under the
//     viewer's privacy policy (its owner; staff who may see it, the read
//     audited under the file's regions as a StoredFile.view).
func serveFile(client *ent.Client, store files.Store, signer *files.Signer, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		notFound := func() { writeError(w, http.StatusNotFound, apperr.NotFound, "文件不存在或链接已失效") }
		internal := func() {
			writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(r.Context())+"）")
		}
		id := pulid.ID(r.PathValue("id"))
		bearer := viewer.From(r.Context())
		hasToken := r.Header.Get("Authorization") != ""
		q := r.URL.Query()
		signed := q.Has("sig") || q.Has("v") || q.Has("exp")
		if !signed {
			if !hasToken || bearer.ID == "" {
				notFound()
				return
			}
			// Read as the viewer: a file they may not see is not found.
			rec, err := client.StoredFile.Get(r.Context(), id)
			if ent.IsNotFound(err) {
				notFound()
				return
			}
			if err != nil {
				internal()
				return
			}
			if bearer.Kind == viewer.Staff {
				if err := audit.Read(r.Context(), client, audit.Entry{Action: "StoredFile.view",
					RecordType: "StoredFile", RecordID: string(rec.ID)}, rec); err != nil {
					internal()
					return
				}
			}
			sendFile(w, r, store, log, rec, internal, notFound)
			return
		}
		// The signature is the authorization: it was issued to a viewer who
		// could see the file, minutes ago.
		ctx := viewer.SystemContext(r.Context())
		rec, err := client.StoredFile.Get(ctx, id)
		if err != nil {
			if !ent.IsNotFound(err) {
				internal()
				return
			}
			notFound()
			return
		}
		signedFor, err := signer.VerifyQuery(FileKind(rec), string(rec.ID), q, clock.Now(ctx))
		if err != nil {
			notFound()
			return
		}
		if hasToken && (bearer.ID == "" || string(bearer.ID) != signedFor) {
			notFound()
			return
		}
		sendFile(w, r, store, log, rec, internal, notFound)
	}
}

func sendFile(w http.ResponseWriter, r *http.Request, store files.Store, log *slog.Logger, rec *ent.StoredFile, internal, notFound func()) {
	content, obj, err := store.Open(r.Context(), rec.Sha256)
	if errors.Is(err, files.ErrNotFound) {
		notFound()
		return
	}
	if storageUnavailable(w, r, log, err) {
		return
	}
	if err != nil {
		log.ErrorContext(r.Context(), "file", "request_id", RequestID(r.Context()), "err", err.Error())
		internal()
		return
	}
	defer content.Close()
	files.Serve(w, r, content, obj, files.ServeOptions{
		ContentType: rec.ContentType,
		Filename:    rec.OriginalName,
		Attachment:  rec.Kind == "MATERIAL",
	})
}
