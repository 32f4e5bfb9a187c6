package server

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/txn"
)

// mutationTx runs each root mutation field's resolver in a transaction of its
// own, committed as soon as the resolver returns; its payload's fields then
// resolve outside it, on committed data, so nothing a payload asks for
// (subjects, signed URLs and their audit, masked ID numbers) runs while the
// write lock is held. Fields in own manage short transactions themselves,
// because their work is slow: password hashing, photo work, provider calls.
type mutationTx struct {
	client *ent.Client
	own    map[string]bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
} = mutationTx{}

func (mutationTx) ExtensionName() string                   { return "MutationTransaction" }
func (mutationTx) Validate(graphql.ExecutableSchema) error { return nil }

func (m mutationTx) InterceptField(ctx context.Context, next graphql.Resolver) (res any, err error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Object != "Mutation" || !fc.IsResolver || m.own[fc.Field.Name] {
		return next(ctx)
	}
	txCtx, tx, err := txn.Begin(ctx, m.client)
	if err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	res, err = next(txCtx)
	if err = txn.End(tx, err); err != nil {
		return nil, err
	}
	return res, nil
}
