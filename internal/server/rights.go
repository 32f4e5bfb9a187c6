package server

import (
	"bytes"
	"log/slog"
	"net/http"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/retention"
	"github.com/ruankao/ruankao/internal/rights"
	"github.com/ruankao/ruankao/internal/viewer"
)

// rightsDefaults makes the PIPL requests' service when the caller gave none:
// the default retention periods, the server's client, keys and files.
func (o *Options) rightsDefaults() {
	if o.Rights == nil {
		o.Rights = &rights.Service{Client: o.Client}
	}
	if o.Rights.Keys == nil {
		o.Rights.Keys = o.Staff.Keys
	}
	if o.Rights.Retention == nil {
		o.Rights.Retention = &retention.Service{Client: o.Client, Reads: o.Reads, Dialect: o.Dialect, Log: o.Logger,
			Config: retention.Default(), Anon: &retention.Anonymiser{Dialect: o.Dialect, Keys: o.Staff.Keys}, Files: o.Files}
	}
}

// serveDataExport answers GET /privacy/export/{candidateId} (myDataExport's
// URL): signed for the candidate alone, with the candidate's own token, or
// the token alone. Only the candidate gets their export — staff and anyone
// else get a 404 that tells nothing. The export is recorded and audited
// before a byte goes out, then built as the candidate.
func serveDataExport(client *ent.Client, rs *rights.Service, signer *files.Signer, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		id := pulid.ID(r.PathValue("id"))
		notFound := func() { writeError(w, http.StatusNotFound, apperr.NotFound, "链接不存在或已失效") }
		signedFor, signed, ok := documentAccess(r, signer, rights.ExportKind, string(id))
		if !ok {
			notFound()
			return
		}
		if signed && viewer.From(ctx).ID == "" {
			who, err := viewerOf(ctx, client, pulid.ID(signedFor))
			if err != nil {
				notFound()
				return
			}
			ctx = viewer.With(ctx, who)
		}
		if v := viewer.From(ctx); v.Kind != viewer.Candidate || v.ID != id {
			notFound()
			return
		}
		doc, err := rs.Export(ctx)
		if err != nil {
			log.ErrorContext(ctx, "data export", "request_id", RequestID(ctx), "err", err.Error())
			writeError(w, http.StatusInternalServerError, apperr.Internal, "服务器内部错误（请求编号 "+RequestID(ctx)+"）")
			return
		}
		h := w.Header()
		h.Set("Content-Type", "application/json; charset=utf-8")
		h.Set("Content-Disposition", files.ContentDisposition("attachment", rights.ExportFileName(clock.Now(ctx))))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		h.Set("Cache-Control", "private, no-store")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(doc))
	}
}
