package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/store"
)

// presentError gives every error a stable extensions.code. Errors of ours keep
// their message; anything unexpected is logged and shown only as INTERNAL with
// the request id.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		if e, ok := apperr.As(err); ok {
			gerr.Message = e.Message
			gerr.Extensions["code"] = e.Code
			if e.RetryAfterSeconds > 0 {
				gerr.Extensions["retryAfterSeconds"] = e.RetryAfterSeconds
			}
			if e.Reason != "" {
				gerr.Extensions["reason"] = e.Reason
			}
			return gerr
		}
		var nf *ent.NotFoundError
		if errors.As(err, &nf) {
			gerr.Message = "记录不存在"
			gerr.Extensions["code"] = apperr.NotFound
			return gerr
		}
		if requestFault(err) {
			gerr.Extensions["code"] = apperr.BadRequest
			return gerr
		}
		id := RequestID(ctx)
		// Checked before the database's own codes: once the request's context
		// has ended, whatever the driver says (canceled, interrupted) is a
		// consequence of that, not a fault to alert on.
		switch ended(ctx) {
		case outcomeClientClosed:
			log.InfoContext(ctx, "client closed request", "request_id", id, "err", err.Error())
			return internalError(gerr, id, "请求已取消")
		case outcomeTimeout:
			log.WarnContext(ctx, "request timed out", "request_id", id, "err", err.Error())
			return internalError(gerr, id, "请求处理超时，请稍后重试")
		}
		switch {
		case store.IsBusy(err):
			log.WarnContext(ctx, "database busy", "request_id", id, "err", err.Error())
			return &gqlerror.Error{Message: "系统繁忙，请稍后重试", Path: gerr.Path,
				Extensions: map[string]any{"code": apperr.RateLimited, "retryAfterSeconds": 1, "requestId": id}}
		case store.IsConflict(err):
			log.WarnContext(ctx, "transaction conflict", "request_id", id, "err", err.Error())
			return &gqlerror.Error{Message: "数据已被同时修改，请重试", Path: gerr.Path,
				Extensions: map[string]any{"code": apperr.Conflict, "requestId": id}}
		case errors.Is(err, files.ErrUnavailable):
			// Where no userError says it (uploads do): INTERNAL, the closed
			// set's code, with a message that says what to do.
			log.WarnContext(ctx, "file storage unavailable", "request_id", id, "err", err.Error())
			return internalError(gerr, id, "文件存储暂时不可用，请稍后重试")
		}
		log.ErrorContext(ctx, "internal error", "request_id", id, "err", err.Error())
		return internalError(gerr, id, "服务器内部错误，请稍后重试")
	}
}

// internalError shows the client only a message and the request id. A
// timeout or a closed request is INTERNAL to the client too (the codes are
// the conventions' closed set); the metrics count them apart (ended).
func internalError(gerr *gqlerror.Error, id, message string) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    fmt.Sprintf("%s（请求编号 %s）", message, id),
		Path:       gerr.Path,
		Extensions: map[string]any{"code": apperr.Internal, "requestId": id},
	}
}

// Metric outcomes of operations whose request context ended before they did.
// A client that goes away is not our fault and must not feed an error-rate
// alert; our own deadline (Options.RequestTimeout) is, but it says "slow",
// not "broken", so it is counted apart as well.
const (
	outcomeClientClosed = "CLIENT_CLOSED"
	outcomeTimeout      = "TIMEOUT"
)

// ended tells why the request's context ended, or "" while it has not. The
// only deadline on a request context is the timeout middleware's (net/http
// sets none), and net/http cancels it when the client goes away.
func ended(ctx context.Context) string {
	switch err := ctx.Err(); {
	case err == nil:
		return ""
	case errors.Is(err, context.DeadlineExceeded):
		return outcomeTimeout
	default:
		return outcomeClientClosed
	}
}

// requestFault tells errors gqlgen made about the request itself (parse,
// validation, variables, complexity) from errors a resolver returned: the
// former are gqlerror.Errors that wrap nothing, or wrap another gqlerror.
func requestFault(err error) bool {
	var ge *gqlerror.Error
	if !errors.As(err, &ge) {
		return false
	}
	if ge.Err == nil {
		return true
	}
	var inner *gqlerror.Error
	return errors.As(ge.Err, &inner) && inner.Err == nil
}

func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic", "request_id", RequestID(ctx), "panic", fmt.Sprint(p))
		return errors.New("panic in resolver")
	}
}
