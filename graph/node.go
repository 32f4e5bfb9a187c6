package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/calendarday"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/notice"
	"github.com/ruankao/ruankao/ent/offering"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/apperr"
)

// publicTables are the catalog tables anyone may fetch by id. Until data-level
// authorization covers personal tables, node(id:) answers NOT_FOUND for every
// other table exactly as for an id that does not exist.
var publicTables = map[string]bool{
	examsession.Table: true, offering.Table: true, qualification.Table: true, subject.Table: true,
	region.Table: true, regionpolicy.Table: true, examarea.Table: true, notice.Table: true,
	calendarday.Table: true,
}

func publicIDToType(ctx context.Context, id pulid.ID) (string, error) {
	table, err := ent.IDToType(ctx, id)
	if err != nil || !publicTables[table] {
		return "", apperr.NotFoundf("对象")
	}
	return table, nil
}

func orNil[T any](v *T, err error) (*T, error) {
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return v, err
}

func notFoundAsNil(n ent.Noder, err error) (ent.Noder, error) {
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("对象")
	}
	if _, ok := apperr.As(err); ok {
		return nil, err
	}
	return n, err
}
