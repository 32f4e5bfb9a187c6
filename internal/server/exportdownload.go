package server

import (
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/exports"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/viewer"
)

// exportWriteTime is how long one download may take to send: a country's
// file is hundreds of megabytes, past the server's WriteTimeout.
const exportWriteTime = 2 * time.Hour

// serveExport answers GET /exports/{id} like /tickets/{id}: a signed URL
// alone, a signed URL with its viewer's own token, or the token alone. The
// export is read as that viewer (so a signed URL opens nothing its viewer
// can no longer see); anything not visible, not ready or not ours is a 404
// that tells nothing. Each download is audited before a byte goes out.
func serveExport(client *ent.Client, ex *exports.Service, signer *files.Signer, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		notFound := func(msg string) { writeError(w, http.StatusNotFound, apperr.NotFound, msg) }
		internal := func(err error) {
			log.ErrorContext(ctx, "export download", "request_id", RequestID(ctx), "err", err.Error())
			writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(ctx)+"）")
		}
		id := pulid.ID(r.PathValue("id"))
		signedFor, signed, ok := documentAccess(r, signer, exports.Kind, string(id))
		if !ok {
			notFound("导出文件不存在或链接已失效")
			return
		}
		if signed && viewer.From(ctx).ID == "" {
			who, err := viewerOf(ctx, client, pulid.ID(signedFor))
			if err != nil {
				notFound("导出文件不存在或链接已失效")
				return
			}
			ctx = viewer.With(ctx, who)
		}
		job, err := ex.Visible(ctx, id)
		if err != nil {
			if _, known := apperr.As(err); known || ent.IsNotFound(err) {
				notFound("导出文件不存在或链接已失效")
				return
			}
			internal(err)
			return
		}
		name, err := ex.FileName(ctx, job)
		if err != nil {
			internal(err)
			return
		}
		content, obj, err := ex.Open(ctx, job)
		if apperr.IsCode(err, apperr.NotFound) || errors.Is(err, files.ErrNotFound) {
			notFound("导出文件尚未生成")
			return
		}
		if storageUnavailable(w, r, log, err) {
			return
		}
		if err != nil {
			internal(err)
			return
		}
		defer content.Close()
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(exportWriteTime))
		h := w.Header()
		h.Set("Content-Type", exports.ContentType(job.Format))
		h.Set("Content-Disposition", files.ContentDisposition("attachment", name))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		h.Set("Cache-Control", "private, no-store")
		h.Set("ETag", `"`+obj.Sum+`"`)
		// Streamed from the store (ranges too, for a resumed download).
		http.ServeContent(w, r, "", time.Time{}, content)
	}
}
