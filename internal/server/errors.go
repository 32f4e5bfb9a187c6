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
		switch {
		case store.IsBusy(err):
			log.WarnContext(ctx, "database busy", "request_id", id, "err", err.Error())
			return &gqlerror.Error{Message: "系统繁忙，请稍后重试", Path: gerr.Path,
				Extensions: map[string]any{"code": apperr.RateLimited, "retryAfterSeconds": 1, "requestId": id}}
		case store.IsConflict(err):
			log.WarnContext(ctx, "transaction conflict", "request_id", id, "err", err.Error())
			return &gqlerror.Error{Message: "数据已被同时修改，请重试", Path: gerr.Path,
				Extensions: map[string]any{"code": apperr.Conflict, "requestId": id}}
		}
		log.ErrorContext(ctx, "internal error", "request_id", id, "err", err.Error())
		return &gqlerror.Error{
			Message:    fmt.Sprintf("服务器内部错误，请稍后重试（请求编号 %s）", id),
			Path:       gerr.Path,
			Extensions: map[string]any{"code": apperr.Internal, "requestId": id},
		}
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
