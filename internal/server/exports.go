package server

import (
	"bufio"
	"log/slog"
	"net/http"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/payment"
	"github.com/ruankao/ruankao/internal/viewer"
)

// ReconciliationPath serves the daily payment reconciliation CSV.
const ReconciliationPath = "/exports/payment-reconciliation"

// serveReconciliation answers GET /exports/payment-reconciliation?date=YYYY-MM-DD[&region=CODE]
// for region and national admins (bearer token), streamed as it is read.
func serveReconciliation(pay *payment.Service, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		v := viewer.From(ctx)
		if v.Kind == viewer.Anonymous {
			writeError(w, http.StatusUnauthorized, apperr.Unauthenticated, "请先登录")
			return
		}
		if !v.IsStaff() || (v.Role != enum.RoleRegionAdmin && v.Role != enum.RoleNationalAdmin) {
			writeError(w, http.StatusForbidden, apperr.Forbidden, "只有地区管理员和全国管理员可以导出对账单")
			return
		}
		day, err := civil.Parse(r.URL.Query().Get("date"))
		if err != nil {
			writeError(w, http.StatusBadRequest, apperr.BadRequest, "请用 date=YYYY-MM-DD 指定对账日期（北京时间）")
			return
		}
		f := payment.ExportFilter{Day: day, RegionCode: r.URL.Query().Get("region")}
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", files.ContentDisposition("attachment", "缴费对账-"+day.String()+".csv"))
		w.Header().Set("Cache-Control", "no-store")
		bw := bufio.NewWriterSize(flushWriter{w}, 32<<10)
		if err := pay.WriteReconciliation(ctx, bw, f); err != nil {
			// Headers may be gone already; the log has the reason, the client a cut file.
			log.ErrorContext(ctx, "reconciliation export", "request_id", RequestID(ctx), "err", err.Error())
			if e, ok := apperr.As(err); ok && e.Code == apperr.Forbidden {
				writeError(w, http.StatusForbidden, apperr.Forbidden, e.Message)
			}
			return
		}
		_ = bw.Flush()
	}
}

// flushWriter pushes each buffered chunk to the client.
type flushWriter struct{ w http.ResponseWriter }

func (f flushWriter) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if fl, ok := f.w.(http.Flusher); ok {
		fl.Flush()
	}
	return n, err
}
