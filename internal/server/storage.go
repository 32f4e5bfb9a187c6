package server

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/files"
)

// storageRetryAfter is the Retry-After of a download refused while the file
// store is unavailable.
const storageRetryAfter = "5"

// storageUnavailable answers a download whose file store is down (or full,
// or timing out: files.ErrUnavailable) with 503, Retry-After and a generic
// message; the cause goes to the log only. It reports whether it answered.
func storageUnavailable(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) bool {
	if !errors.Is(err, files.ErrUnavailable) {
		return false
	}
	ctx := r.Context()
	log.WarnContext(ctx, "file storage unavailable", "request_id", RequestID(ctx), "err", err.Error())
	w.Header().Set("Retry-After", storageRetryAfter)
	writeError(w, http.StatusServiceUnavailable, apperr.StorageUnavailable, "文件存储暂时不可用，请稍后重试")
	return true
}
