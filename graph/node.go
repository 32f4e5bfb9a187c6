package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/audit"
	"github.com/ruankao/ruankao/internal/viewer"
)

// node finds any record by id under the viewer's privacy policy: a record the
// viewer may not see is NOT_FOUND exactly as one that does not exist. A staff
// read of one candidate's record is audited.
func (r *Resolver) node(ctx context.Context, id pulid.ID) (ent.Noder, error) {
	n, err := r.Client.Noder(ctx, id, ent.WithNodeType(ent.IDToType))
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
// shown (conventions: any read of one application makes its due moves).
func (r *Resolver) current(ctx context.Context, app *ent.Application) (*ent.Application, error) {
	if client := ent.FromContext(ctx); client != nil {
		return advanceByID(ctx, client, app.ID)
	}
	tx, err := r.Client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	app, err = advanceByID(ctx, tx.Client(), app.ID)
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	// Edges the query asks for load later: through the client, not the committed transaction.
	return r.Client.Application.Get(ctx, app.ID)
}

func (r *Resolver) nodes(ctx context.Context, ids []pulid.ID) ([]ent.Noder, error) {
	ns, err := r.Client.Noders(ctx, ids, ent.WithNodeType(ent.IDToType))
	if err != nil {
		return ns, err
	}
	for _, n := range ns {
		if n != nil {
			if err := r.auditRead(ctx, n); err != nil {
				return nil, err
			}
		}
	}
	return ns, nil
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
