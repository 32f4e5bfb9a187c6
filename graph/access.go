package graph

import (
	"context"
	"encoding/base64"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/qrcode"
	"github.com/ruankao/ruankao/internal/viewer"
)

// requireLogin refuses anonymous callers.
func requireLogin(ctx context.Context) (viewer.Viewer, error) {
	v := viewer.From(ctx)
	if v.Kind != viewer.Candidate && v.Kind != viewer.Staff && v.Kind != viewer.Enrolling {
		return v, apperr.New(apperr.Unauthenticated, "请先登录")
	}
	return v, nil
}

// requireStaff refuses anonymous callers, candidates, and staff who must
// enrol a second factor first.
func requireStaff(ctx context.Context) (viewer.Viewer, error) {
	v, err := requireLogin(ctx)
	if err != nil {
		return v, err
	}
	if v.Kind == viewer.Enrolling {
		return v, auth.EnrolmentRequired()
	}
	if v.Kind != viewer.Staff {
		return v, apperr.New(apperr.Forbidden, "仅考试机构工作人员可以进行此操作")
	}
	return v, nil
}

// requireOwnAccount lets staff, also those who must enrol a second factor,
// change their own second factor.
func requireOwnAccount(ctx context.Context) (viewer.Viewer, error) {
	v, err := requireLogin(ctx)
	if err == nil && v.Kind != viewer.Staff && v.Kind != viewer.Enrolling {
		err = apperr.New(apperr.Forbidden, "仅考试机构工作人员可以进行此操作")
	}
	return v, err
}

// requireCandidate refuses anonymous callers and staff.
func requireCandidate(ctx context.Context) (viewer.Viewer, error) {
	v, err := requireLogin(ctx)
	if err != nil {
		return v, err
	}
	if v.Kind != viewer.Candidate {
		return v, apperr.New(apperr.Forbidden, "仅考生可以进行此操作")
	}
	return v, nil
}

func userErrors(p apperr.Problems) []*apperr.UserError {
	if p == nil {
		return []*apperr.UserError{}
	}
	return p
}

// selected tells whether the field being resolved asks for a payload field:
// a QR code PNG costs milliseconds of CPU, on the morning of a window for
// every login, and a page that draws the code itself does not ask for it.
func selected(ctx context.Context, field string) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == field {
			return true
		}
	}
	return false
}

func qrDataURL(payload string) (string, error) {
	png, err := qrcode.PNG(payload, 256)
	if err != nil {
		return "", err
	}
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(png), nil
}

func ptr[T any](v T) *T { return &v }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
