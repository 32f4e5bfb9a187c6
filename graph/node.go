package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// node finds any record by id under the viewer's privacy policy: a record the
// viewer may not see is NOT_FOUND exactly as one that does not exist. A staff
// read of one candidate's record is audited.
func (r *Resolver) node(ctx context.Context, id pulid.ID) (ent.Noder, error) {
	n, err := r.noder(ctx, id)
	if ent.IsNotFound(err) || (err == nil && n == nil) {
		return nil, apperr.NotFoundf("对象")
	}
	if err != nil {
		return nil, err
	}
	if app, ok := n.(*ent.Application); ok {
		if n, err = r.current(ctx, app); err != nil {
			return nil, err
		}
	}
	if err := r.auditRead(ctx, n); err != nil {
		return nil, err
	}
	return n, nil
}

// current brings one application up to date with the clock before it is
// shown (conventions: any read of one application makes its due moves). A
// read opens a write transaction only when a move is due.
func (r *Resolver) current(ctx context.Context, app *ent.Application) (*ent.Application, error) {
	if tx := ent.TxFromContext(ctx); tx != nil {
		return advanceByID(ctx, tx.Client(), app.ID)
	}
	// Field collection may have left out what the rule reads: then read the row whole.
	if app.Status == "" || app.RegionID == "" || app.SessionID == "" {
		var err error
		if app, err = r.Client.Application.Get(ctx, app.ID); err != nil {
			return nil, err
		}
	}
	due, err := r.due(ctx, app)
	if err != nil || !due {
		return app, err
	}
	err = txn.Run(ctx, r.Client, func(ctx context.Context, c *ent.Client) error {
		_, err := advanceByID(ctx, c, app.ID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return r.Client.Application.Get(ctx, app.ID)
}

// MaxNodes bounds nodes(ids:), like a page of a connection.
const MaxNodes = 100

// nodes answers nodes(ids:) the Relay way, for one id or many alike: an id
// that does not exist or that the viewer may not see is null in its place,
// with a NOT_FOUND error whose path ends at its index (["nodes", 1]); the
// others are answered as node(id:) would (due moves made, staff reads
// audited). Any other failure fails the whole field.
func (r *Resolver) nodes(ctx context.Context, ids []pulid.ID) ([]ent.Noder, error) {
	if len(ids) > MaxNodes {
		return nil, apperr.New(apperr.BadRequest, fmt.Sprintf("nodes 一次最多查询 %d 个 id", MaxNodes))
	}
	out := make([]ent.Noder, len(ids))
	for i, id := range ids {
		n, err := r.node(ctx, id)
		if e, ok := apperr.As(err); ok && e.Code == apperr.NotFound {
			graphql.AddError(graphql.WithPathContext(ctx, graphql.NewPathWithIndex(i)), err)
			continue
		}
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

// auditRead records staff reads of one candidate's file under the record's
// region(s).
func (r *Resolver) auditRead(ctx context.Context, n ent.Noder) error {
	if viewer.From(ctx).Kind != viewer.Staff {
		return nil
	}
	var typ string
	var id pulid.ID
	switch x := n.(type) {
	case *ent.Candidate:
		typ, id = "Candidate", x.ID
	case *ent.Application:
		typ, id = "Application", x.ID
	case *ent.StoredFile:
		typ, id = "StoredFile", x.ID
	default:
		return nil
	}
	return audit.Read(ctx, r.Client, audit.Entry{Action: typ + ".read", RecordType: typ, RecordID: string(id)}, n)
}

func orNil[T any](v *T, err error) (*T, error) {
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return v, err
}

// advanceByID reads the whole row first: node(id:) loads only the fields the
// query asked for.
func advanceByID(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Application, error) {
	app, err := client.Application.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return apply.Advance(ctx, client, app)
}

func (r *Resolver) due(ctx context.Context, app *ent.Application) (bool, error) {
	if r.Catalog == nil {
		return apply.Due(ctx, r.Client, app)
	}
	p, err := r.Catalog.Policy(ctx, r.Client, app.RegionID, app.SessionID)
	if err != nil {
		return false, err
	}
	return apply.DueUnder(ctx, app, p), nil
}

// noder is ent's Noder, with an application read through selectAsked.
func (r *Resolver) noder(ctx context.Context, id pulid.ID) (ent.Noder, error) {
	if typ, err := ent.IDToType(ctx, id); err != nil || typ != application.Table {
		return r.Client.Noder(ctx, id, ent.WithNodeType(ent.IDToType))
	}
	q, err := r.Client.Application.Query().Where(application.ID(id)).CollectFields(ctx, "Application", "Node")
	if err != nil {
		return nil, err
	}
	return selectAsked(ctx, q).Only(ctx)
}
