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
		if _, ok := gerr.Extensions["code"]; ok {
			// Parse, validation and variable errors from gqlgen already carry a code.
			gerr.Extensions["code"] = apperr.BadRequest
			return gerr
		}
		// Errors gqlgen makes itself (argument and variable coercion, scalar
		// parsing) arrive as *gqlerror.Error: the request was at fault.
		if _, ok := err.(*gqlerror.Error); ok {
			gerr.Extensions["code"] = apperr.BadRequest
			return gerr
		}
		id := RequestID(ctx)
		log.ErrorContext(ctx, "internal error", "request_id", id, "err", err.Error())
		return &gqlerror.Error{
			Message:    fmt.Sprintf("服务器内部错误，请稍后重试（请求编号 %s）", id),
			Path:       gerr.Path,
			Extensions: map[string]any{"code": apperr.Internal, "requestId": id},
		}
	}
}

func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic", "request_id", RequestID(ctx), "panic", fmt.Sprint(p))
		return errors.New("panic in resolver")
	}
}
