package graph

import (
	"context"
	"regexp"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/idcard"
	"github.com/ruankao/ruankao/internal/viewer"
)

// queueFilter turns the queue's filter into predicates; the viewer's region
// is enforced by privacy, a national admin may pick one.
func (r *Resolver) queueFilter(ctx context.Context, f *model.ReviewQueueFilter) ([]predicate.Application, error) {
	if f == nil {
		f = &model.ReviewQueueFilter{}
	}
	statuses := f.Statuses
	if len(statuses) == 0 {
		statuses = []enum.ApplicationStatus{enum.StatusPendingReview}
	}
	preds := []predicate.Application{application.StatusIn(statuses...)}
	if f.SessionCode != nil {
		preds = append(preds, application.HasSessionWith(examsession.Code(*f.SessionCode)))
	}
	if f.RegionCode != nil {
		preds = append(preds, application.HasRegionWith(region.Code(*f.RegionCode)))
	}
	if f.AreaID != nil {
		preds = append(preds, application.AreaID(*f.AreaID))
	}
	if f.QualificationCode != nil {
		preds = append(preds, application.HasQualificationWith(qualification.Code(*f.QualificationCode)))
	}
	if f.Level != nil {
		preds = append(preds, application.LevelEQ(*f.Level))
	}
	if f.SubmittedFrom != nil {
		preds = append(preds, application.SubmittedAtGTE(*f.SubmittedFrom))
	}
	if f.SubmittedTo != nil {
		preds = append(preds, application.SubmittedAtLT(*f.SubmittedTo))
	}
	if f.NonLocal != nil {
		preds = append(preds, application.NonLocal(*f.NonLocal))
	}
	if f.Overdue != nil {
		now := clock.Now(ctx)
		if *f.Overdue {
			preds = append(preds, application.StatusEQ(enum.StatusPendingReview), application.ReviewDeadlineAtLT(now))
		} else {
			preds = append(preds, application.Or(application.ReviewDeadlineAtIsNil(), application.ReviewDeadlineAtGTE(now)))
		}
	}
	if f.Search != nil && strings.TrimSpace(*f.Search) != "" {
		preds = append(preds, r.search(strings.TrimSpace(*f.Search)))
	}
	return preds, nil
}

// search matches a full ID number through its keyed hash (for every ID type
// the number is valid as), else a part of the name.
// ticketNumber is a 准考证号's shape (internal/seatplan.TicketNumber).
var ticketNumber = regexp.MustCompile(`^\d{16}$`)

func (r *Resolver) search(s string) predicate.Application {
	if ticketNumber.MatchString(s) { // a 准考证号: no ID number or name is 16 digits
		return func(sel *sql.Selector) {
			t := sql.Table(admissionticket.Table)
			sel.Where(sql.In(sel.C(application.FieldID), sql.Select(t.C(admissionticket.FieldApplicationID)).From(t).
				Where(sql.EQ(t.C(admissionticket.FieldTicketNumber), s))))
		}
	}
	var hashes []string
	for _, t := range enum.IDResident.Values() {
		if num, err := idcard.Check(enum.IDType(t), s); err == nil && r.Keys != nil {
			hashes = append(hashes, r.Keys.LookupHashes(string(num.Type), num.Value)...) // every key: see pii
		}
	}
	if len(hashes) > 0 {
		return application.HasCandidateWith(candidate.IDNumberHashIn(hashes...))
	}
	return application.NameContains(s)
}

var queueOrders = map[model.ReviewQueueOrder]*ent.ApplicationOrder{
	model.ReviewQueueOrderOldestFirst:   {Direction: entgql.OrderDirectionAsc, Field: ent.ApplicationOrderFieldSubmittedAt},
	model.ReviewQueueOrderNewestFirst:   {Direction: entgql.OrderDirectionDesc, Field: ent.ApplicationOrderFieldSubmittedAt},
	model.ReviewQueueOrderDeadlineFirst: {Direction: entgql.OrderDirectionAsc, Field: ent.ApplicationOrderFieldReviewDeadlineAt},
}

func (r *Resolver) reviewQueue(ctx context.Context, first *int, after *entgql.Cursor[pulid.ID], f *model.ReviewQueueFilter, order *model.ReviewQueueOrder) (*ent.ApplicationConnection, error) {
	if _, err := requireStaff(ctx); err != nil {
		return nil, err
	}
	preds, err := r.queueFilter(ctx, f)
	if err != nil {
		return nil, err
	}
	o := queueOrders[model.ReviewQueueOrderOldestFirst]
	if order != nil {
		o = queueOrders[*order]
	}
	if first == nil {
		first = ptr(20)
	}
	// Edges the query asks for are collected by Paginate; the masked ID
	// number and the claim (with its holder's name) of every row come
	// through the loaders, one query each whatever the page size.
	q := r.Client.Application.Query().Where(preds...)
	if cols := connectionColumns(ctx); cols != nil {
		q.Select(cols...)
	}
	return q.Paginate(ctx, after, first, nil, nil, ent.WithApplicationOrder(o))
}

func (r *Resolver) reviewCounts(ctx context.Context, sessionCode, regionCode *string) ([]*model.StatusCount, error) {
	if _, err := requireStaff(ctx); err != nil {
		return nil, err
	}
	q := r.Client.Application.Query()
	if sessionCode != nil {
		q.Where(application.HasSessionWith(examsession.Code(*sessionCode)))
	}
	if regionCode != nil {
		q.Where(application.HasRegionWith(region.Code(*regionCode)))
	}
	var rows []struct {
		Status enum.ApplicationStatus `json:"status"`
		Count  int                    `json:"count"`
	}
	if err := q.GroupBy(application.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	counts := map[enum.ApplicationStatus]int{}
	for _, row := range rows {
		counts[row.Status] = row.Count
	}
	var out []*model.StatusCount
	for _, s := range enum.StatusDraft.Values() {
		st := enum.ApplicationStatus(s)
		out = append(out, &model.StatusCount{Status: st, Label: st.Label(), Count: counts[st]})
	}
	return out, nil
}

func (r *Resolver) claimOf(ctx context.Context, app *ent.Application) (*model.ReviewClaimInfo, error) {
	claims, err := app.Edges.ClaimsOrErr()
	if err != nil {
		if claims, err = loaders(ctx, r.Client).claims.Load(ctx, app.ID); err != nil {
			return nil, err
		}
	}
	now := clock.Now(ctx)
	for _, c := range claims {
		if !now.Before(c.ExpiresAt) {
			continue
		}
		name, err := apply.ClaimHolderName(ctx, ent.FromContext(ctx), c)
		if err != nil {
			return nil, err
		}
		return &model.ReviewClaimInfo{ExpiresAt: c.ExpiresAt, Mine: c.StaffID == viewer.From(ctx).ID, ReviewerName: name}, nil
	}
	return nil, nil
}

func (r *Resolver) idNumberMasked(ctx context.Context, app *ent.Application) (string, error) {
	if m, ok := r.Masked.get(app.CandidateID); ok {
		return m, nil
	}
	c, err := app.Edges.CandidateOrErr()
	if err != nil {
		if c, err = loaders(ctx, r.Client).candidates.Load(ctx, app.CandidateID); err != nil {
			return "", err
		}
	}
	r.Masked.put(c.ID, c.IDNumberMasked)
	return c.IDNumberMasked, nil
}

func (r *Resolver) rejectionReasonsOf(ctx context.Context, app *ent.Application) ([]*ent.RejectionReason, error) {
	if app.Status != enum.StatusRejected {
		return []*ent.RejectionReason{}, nil
	}
	return loaders(ctx, r.Client).reasons.Load(ctx, app.ID)
}

func overdue(ctx context.Context, app *ent.Application) bool {
	return app.Status == enum.StatusPendingReview && app.ReviewDeadlineAt != nil && clock.Now(ctx).After(*app.ReviewDeadlineAt)
}

func reviewPayload(app *ent.Application, ps apperr.Problems) *model.ReviewPayload {
	return &model.ReviewPayload{Application: app, UserErrors: userErrors(ps)}
}
