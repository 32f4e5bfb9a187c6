// Package enum holds the enumerations that several tables and the API share,
// each value with its Chinese label. Values are stable English upper snake case.
package enum

import (
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/ruankao/ruankao/internal/apperr"
)

type stringEnum interface {
	~string
	Values() []string
}

func marshal[T ~string](w io.Writer, v T) { _, _ = io.WriteString(w, strconv.Quote(string(v))) }

func unmarshal[T stringEnum](dst *T, v any) error {
	s, ok := v.(string)
	if !ok {
		return apperr.New(apperr.BadRequest, "枚举值应为字符串")
	}
	if !slices.Contains((*dst).Values(), s) {
		return apperr.New(apperr.BadRequest, fmt.Sprintf("%q 不是有效的取值", s))
	}
	*dst = T(s)
	return nil
}

func label[T ~string](labels map[T]string, v T) string {
	if l, ok := labels[v]; ok {
		return l
	}
	return string(v)
}

func keys[T ~string](order []T) []string {
	out := make([]string, len(order))
	for i, v := range order {
		out[i] = string(v)
	}
	return out
}
