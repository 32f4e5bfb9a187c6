package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
)

// entgql's field collection reads every column of an application as soon as
// a query asks for one field it does not know (statusLabel, region, …): 43
// columns quoted, built and scanned on every read of a candidate's
// application, the largest cost of that read once its statements were few.
// applicationColumns names the columns the asked-for fields need instead:
// the ent fields themselves, the foreign keys of the edges, and, for the
// fields resolved in graph/, the columns their resolvers read. A field it
// does not know makes it answer nil: read everything.
func applicationColumns(ctx context.Context) []string {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return nil
	}
	return columnsFor(graphql.GetOperationContext(ctx), fc.Field.Selections)
}

// connectionColumns is applicationColumns for a connection of applications:
// the fields asked for under edges { node }.
func connectionColumns(ctx context.Context) []string {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return nil
	}
	op := graphql.GetOperationContext(ctx)
	var sels ast.SelectionSet
	for _, f := range graphql.CollectFields(op, fc.Field.Selections, nil) {
		switch f.Name {
		case "totalCount", "pageInfo", "__typename":
		case "edges":
			for _, e := range graphql.CollectFields(op, f.Selections, nil) {
				switch e.Name {
				case "cursor", "__typename":
				case "node":
					sels = append(sels, e.Selections...)
				default:
					return nil
				}
			}
		default:
			return nil
		}
	}
	return columnsFor(op, sels)
}

func columnsFor(op *graphql.OperationContext, sels ast.SelectionSet) []string {
	// Always: what privacy rules, the clock's moves and the audit read.
	cols := []string{application.FieldID, application.FieldStatus, application.FieldVersion,
		application.FieldCandidateID, application.FieldSessionID, application.FieldRegionID,
		application.FieldQualificationID}
	seen := map[string]bool{}
	for _, c := range cols {
		seen[c] = true
	}
	add := func(c ...string) {
		for _, x := range c {
			if !seen[x] {
				seen[x] = true
				cols = append(cols, x)
			}
		}
	}
	for _, f := range graphql.CollectFields(op, sels, []string{"Application", "Node"}) {
		if f.Name == "__typename" {
			continue
		}
		if deps, ok := resolvedFrom[f.Name]; ok {
			add(deps...)
			continue
		}
		c := columnOf(f.Name)
		if !application.ValidColumn(c) {
			return nil
		}
		add(c)
	}
	return cols
}

// resolvedFrom lists, for the Application fields that are not plain
// columns, the columns they are resolved from. Keep it with the resolvers.
var resolvedFrom = map[string][]string{
	"statusLabel": nil, "editable": nil, "subjects": nil, "region": nil, "qualification": nil,
	"idNumberMasked": nil, "claim": nil, "rejectionReasons": nil, "history": nil, "materials": nil,
	"decisions":          nil,
	"overdue":            {application.FieldReviewDeadlineAt},
	"idTypeLabel":        {application.FieldIDType},
	"genderLabel":        {application.FieldGender},
	"employmentLabel":    {application.FieldEmployment},
	"educationLabel":     {application.FieldEducation},
	"degreeLabel":        {application.FieldDegree},
	"majorRelationLabel": {application.FieldMajorRelation},
	"candidate":          nil,
	"session":            nil,
	"area":               {application.FieldAreaID},
	"photo":              {application.FieldPhotoID},
	"feeText":            {application.FieldFeeTotalFen},
	"payment":            nil,
	"paymentOrders":      nil,
	"admissionTicket":    nil,
	"result":             {application.FieldSessionID, application.FieldQualificationID},
	"certificate":        nil,
	"cancellation":       {application.FieldSessionID, application.FieldRegionID, application.FieldAreaID},
}

// columnOf turns a GraphQL field name (reviewDeadlineAt, photoID) into its column.
func columnOf(field string) string {
	field = strings.ReplaceAll(field, "ID", "Id")
	var b strings.Builder
	for i, r := range field {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// selectAsked narrows q to applicationColumns when they are known.
func selectAsked(ctx context.Context, q *ent.ApplicationQuery) *ent.ApplicationQuery {
	if cols := applicationColumns(ctx); cols != nil {
		q.Select(cols...)
	}
	return q
}
