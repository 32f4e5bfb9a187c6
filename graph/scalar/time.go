// Package scalar holds the GraphQL scalars whose wire form is ours to set.
package scalar

import (
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
)

// MarshalTime gives an instant as RFC 3339 in Asia/Shanghai (+08:00).
func MarshalTime(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.In(clock.Shanghai).Format(time.RFC3339)))
	})
}

// UnmarshalTime reads RFC 3339 with any offset and keeps it in UTC.
func UnmarshalTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, apperr.New(apperr.BadRequest, "时间应为 RFC 3339 字符串")
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, apperr.New(apperr.BadRequest, "时间格式应为 RFC 3339，例如 2026-05-23T09:00:00+08:00")
	}
	return t.UTC(), nil
}
