package server

import (
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

var pageSchema = gqlparser.MustLoadSchema(&ast.Source{Input: `
type Query { items(first: Int, last: Int): ItemConnection }
type ItemConnection { edges: [Edge] }
type Edge { node: Item }
type Item { name: String, children(first: Int): ItemConnection }`})

func operation(t *testing.T, q string, vars map[string]any) *graphql.OperationContext {
	t.Helper()
	doc, errs := gqlparser.LoadQuery(pageSchema, q)
	if errs != nil {
		t.Fatal(errs)
	}
	return &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: vars}
}

func TestPageSizeCap(t *testing.T) {
	l := shapeLimit{maxDepth: 15, maxPage: 100, introspection: true}
	ok := operation(t, `{ items(first: 100) { edges { node { name } } } }`, nil)
	if err := l.MutateOperationContext(context.Background(), ok); err != nil {
		t.Fatalf("first: 100 refused: %v", err)
	}
	for _, tc := range []struct {
		q    string
		vars map[string]any
	}{
		{`{ items(first: 101) { edges { node { name } } } }`, nil},
		{`{ items(last: 1000) { edges { node { name } } } }`, nil},
		{`query($n: Int) { items(first: 10) { edges { node { children(first: $n) { edges { node { name } } } } } } }`, map[string]any{"n": 5000}},
		{`{ items(first: -1) { edges { node { name } } } }`, nil},
	} {
		err := l.MutateOperationContext(context.Background(), operation(t, tc.q, tc.vars))
		if err == nil || err.Extensions["code"] != "BAD_REQUEST" || !strings.Contains(err.Message, "0 到 100") {
			t.Errorf("%s: %v", tc.q, err)
		}
	}
}

type zeroSchema struct{ graphql.ExecutableSchema }

func (zeroSchema) Complexity(context.Context, string, string, int, map[string]any) (int, bool) {
	return 0, false
}

func TestComplexityMultipliesByPage(t *testing.T) {
	s := pagedSchema{ExecutableSchema: zeroSchema{}}
	if n, _ := s.Complexity(context.Background(), "Query", "items", 3, map[string]any{"first": 100}); n != 301 {
		t.Errorf("first: 100 over 3 = %d, want 301", n)
	}
	if n, _ := s.Complexity(context.Background(), "Query", "items", 3, map[string]any{"last": 20}); n != 61 {
		t.Errorf("last: 20 over 3 = %d, want 61", n)
	}
	if n, _ := s.Complexity(context.Background(), "Query", "region", 3, map[string]any{"code": "x"}); n != 4 {
		t.Errorf("plain field = %d, want 4", n)
	}
}
