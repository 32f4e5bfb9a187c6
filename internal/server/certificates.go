package server

import (
	"log/slog"
	"net/http"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/scores"
	"github.com/ruankao/ruankao/internal/viewer"
)

// uploadLimit gives national admins the score file's limit (plus room for
// the multipart envelope); everyone else the photo and material limit.
func uploadLimit(base int64) func(*http.Request) int64 {
	return func(r *http.Request) int64 {
		if v := viewer.From(r.Context()); v.IsStaff() && v.Role == enum.RoleNationalAdmin {
			return max(base, scores.MaxImportBytes+1<<20)
		}
		return base
	}
}

// serveCertificate answers GET /certificates/{id} like /tickets/{id}: a
// signed URL alone, a signed URL with its viewer's token, or the token alone.
func serveCertificate(client *ent.Client, sc *scores.Service, signer *files.Signer, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		id := pulid.ID(r.PathValue("id"))
		notFound := func() { writeError(w, http.StatusNotFound, apperr.NotFound, "证书不存在或链接已失效") }
		signedFor, signed, ok := documentAccess(r, signer, scores.CertificateKind, string(id))
		if !ok {
			notFound()
			return
		}
		var c *ent.Certificate
		var err error
		if !signed {
			c, err = sc.GetCertificate(ctx, id)
		} else {
			c, err = client.Certificate.Get(viewer.SystemContext(ctx), id)
			if err == nil && viewer.From(ctx).ID == "" {
				if who, werr := viewerOf(ctx, client, pulid.ID(signedFor)); werr == nil {
					ctx = viewer.With(ctx, who)
				}
			}
		}
		if ent.IsNotFound(err) || apperr.IsCode(err, apperr.NotFound) {
			notFound()
			return
		}
		var pdf []byte
		if err == nil {
			pdf, err = sc.CertificatePDF(ctx, c)
		}
		if storageUnavailable(w, r, log, err) {
			return
		}
		if err != nil {
			log.ErrorContext(ctx, "certificate", "request_id", RequestID(ctx), "err", err.Error())
			writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(ctx)+"）")
			return
		}
		servePDF(w, r, log, "证书-"+c.Number+".pdf", pdf, nil)
	}
}
