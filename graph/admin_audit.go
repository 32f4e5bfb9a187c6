package graph

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/auditlog"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
)

// auditPageSize is the page of auditLogs when first is not given.
const auditPageSize = 50

// auditLogs lists the audit log newest first. The privacy policy (authz.Audit)
// keeps a region admin to the region's entries; reviewers may not ask at all.
func (r *Resolver) auditLogs(ctx context.Context, first *int, after *entgql.Cursor[pulid.ID], actorID *pulid.ID,
	recordID, action *string, from, to *time.Time) (*ent.AuditLogConnection, error) {
	if _, err := adminViewer(ctx); err != nil {
		return nil, err
	}
	if first == nil {
		first = ptr(auditPageSize)
	}
	if from != nil && to != nil && !from.Before(*to) {
		return nil, apperr.New(apperr.BadRequest, "from 应早于 to")
	}
	q := r.Client.AuditLog.Query()
	if actorID != nil {
		q.Where(auditlog.StaffID(*actorID))
	}
	if recordID != nil {
		q.Where(auditlog.RecordID(*recordID))
	}
	if action != nil {
		q.Where(auditlog.Action(*action))
	}
	if from != nil {
		q.Where(auditlog.CreatedAtGTE(*from))
	}
	if to != nil {
		q.Where(auditlog.CreatedAtLT(*to))
	}
	return q.Paginate(ctx, after, first, nil, nil, ent.WithAuditLogOrder(&ent.AuditLogOrder{
		Direction: entgql.OrderDirectionDesc, Field: ent.AuditLogOrderFieldCreatedAt,
	}))
}
