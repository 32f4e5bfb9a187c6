package server

import (
	"log/slog"
	"net/http"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/stats"
	"github.com/ruankao/ruankao/internal/viewer"
)

// serveSummary answers GET /reports/summary/{SESSION} (the country) and
// /reports/summary/{SESSION}~{REGION}: the statistics' summary report, for
// those who may read the statistics (stats.Resolve), as a signed URL from
// Statistics.reportUrl or with the staff member's bearer token.
func serveSummary(client *ent.Client, st *stats.Service, signer *files.Signer, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		id := r.PathValue("id")
		signedFor, signed, ok := documentAccess(r, signer, stats.ReportKind, id)
		switch {
		case !ok && !signed && viewer.From(ctx).Kind == viewer.Anonymous:
			writeError(w, http.StatusUnauthorized, apperr.Unauthenticated, "请先登录")
			return
		case !ok:
			writeError(w, http.StatusNotFound, apperr.NotFound, "统计报告不存在或链接已失效")
			return
		case signed && viewer.From(ctx).ID == "":
			who, err := viewerOf(ctx, client, pulid.ID(signedFor))
			if err != nil {
				writeError(w, http.StatusNotFound, apperr.NotFound, "统计报告不存在或链接已失效")
				return
			}
			ctx = viewer.With(ctx, who)
		}
		session, region, hasRegion := strings.Cut(id, "~")
		var regionCode *string
		if hasRegion {
			regionCode = &region
		}
		sc, err := st.Resolve(ctx, session, regionCode)
		var pdf []byte
		name := ""
		if err == nil {
			pdf, name, err = st.Report(ctx, sc)
		}
		switch e, ok := apperr.As(err); {
		case err == nil:
			servePDF(w, r, log, name, pdf, nil)
		case ok && e.Code == apperr.NotFound:
			writeError(w, http.StatusNotFound, apperr.NotFound, e.Message)
		case ok && e.Code == apperr.Forbidden:
			writeError(w, http.StatusForbidden, apperr.Forbidden, e.Message)
		default:
			servePDF(w, r, log, "", nil, err)
		}
	}
}
