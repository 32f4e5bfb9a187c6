package graph

import (
	"testing"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/graph/generated"
)

// Every field of Application is either a column or listed in resolvedFrom
// with the columns its resolver reads: a new field resolved in graph/ must
// say what it reads, else every read that asks for it reads all columns
// again, and a resolver reading a column not listed would see it empty.
func TestEveryApplicationFieldHasItsColumns(t *testing.T) {
	s := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}).Schema()
	for _, f := range s.Types["Application"].Fields {
		if _, ok := resolvedFrom[f.Name]; ok || application.ValidColumn(columnOf(f.Name)) {
			continue
		}
		t.Errorf("Application.%s: neither a column nor in resolvedFrom (graph/columns.go)", f.Name)
	}
}
