package server

import (
	"errors"
	"net/http"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/viewer"
)

// FileKind is the purpose a signed URL is bound to, from the file's record.
func FileKind(f *ent.StoredFile) string { return string(f.Kind) }

// serveFile answers GET /files/{id}?exp&v&sig: a photo or a material, through
// a short-lived URL the API signed for one viewer. Any fault answers 404, so
// a guessed or altered URL learns nothing, not even whether the file exists.
func serveFile(client *ent.Client, store files.Store, signer *files.Signer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		// The signature is the authorization: it was issued to a viewer who
		// could see the file, minutes ago.
		ctx := viewer.SystemContext(r.Context())
		notFound := func() { writeError(w, http.StatusNotFound, apperr.NotFound, "文件不存在或链接已失效") }
		id := pulid.ID(r.PathValue("id"))
		rec, err := client.StoredFile.Get(ctx, id)
		if err != nil {
			if !ent.IsNotFound(err) {
				writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(ctx)+"）")
				return
			}
			notFound()
			return
		}
		if _, err := signer.VerifyQuery(FileKind(rec), string(rec.ID), r.URL.Query(), clock.Now(ctx)); err != nil {
			notFound()
			return
		}
		content, obj, err := store.Open(ctx, rec.Sha256)
		if errors.Is(err, files.ErrNotFound) {
			notFound()
			return
		}
		if err != nil {
			writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(ctx)+"）")
			return
		}
		defer content.Close()
		files.Serve(w, r, content, obj, files.ServeOptions{
			ContentType: rec.ContentType,
			Filename:    rec.OriginalName,
			Attachment:  rec.Kind == "MATERIAL",
		})
	}
}
