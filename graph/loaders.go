package graph

import (
	"context"
	"sort"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/candidate"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/rejectionreason"
	"github.com/ruankao/ruankao/ent/reviewclaim"
	"github.com/ruankao/ruankao/ent/reviewdecision"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Loaders batch the per-row reads of a list: a page of applications asking
// for subjects, rejection reasons, claims and masked ID numbers costs one
// query per field, whatever the page size. One set per request, reading
// committed data through the pool under the request's viewer.
type Loaders struct {
	subjects   *dataloadgen.Loader[pulid.ID, []*ent.Subject]
	reasons    *dataloadgen.Loader[pulid.ID, []*ent.RejectionReason]
	claims     *dataloadgen.Loader[pulid.ID, []*ent.ReviewClaim]
	candidates *dataloadgen.Loader[pulid.ID, *ent.Candidate]
	orders     *dataloadgen.Loader[pulid.ID, []*ent.PaymentOrder]
	// paidFor: the applications of a page of payment orders.
	paidFor *dataloadgen.Loader[pulid.ID, *ent.Application]
	// sites: the sites of a page of admission tickets (no edge there).
	sites *dataloadgen.Loader[pulid.ID, *ent.ExamSite]
	// cancellations: those in force over a page of applications' sessions and regions.
	cancellations *dataloadgen.Loader[cancellation.SessionRegion, []*ent.Cancellation]
}

// loaderWait is how long a loader collects keys: field resolvers of one list
// run concurrently and arrive within microseconds of each other.
const loaderWait = time.Millisecond

type loadersKey struct{}

// WithLoaders gives a request its loaders.
func WithLoaders(ctx context.Context, client *ent.Client) context.Context {
	opts := []dataloadgen.Option{dataloadgen.WithWait(loaderWait), dataloadgen.WithBatchCapacity(200)}
	l := &Loaders{
		subjects:      dataloadgen.NewLoader(groupBy(client, subjectsOf), opts...),
		reasons:       dataloadgen.NewLoader(groupBy(client, reasonsOf), opts...),
		claims:        dataloadgen.NewLoader(groupBy(client, claimsOf), opts...),
		candidates:    dataloadgen.NewLoader(candidatesOf(client), opts...),
		orders:        dataloadgen.NewLoader(groupBy(client, ordersOf), opts...),
		paidFor:       dataloadgen.NewLoader(applicationsOf(client), opts...),
		sites:         dataloadgen.NewLoader(sitesOf(client), opts...),
		cancellations: dataloadgen.NewLoader(cancellationsOf(client), opts...),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func loaders(ctx context.Context, client *ent.Client) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	// Outside the server (a test calling a resolver): a set for this call.
	return WithLoaders(ctx, client).Value(loadersKey{}).(*Loaders)
}

// groupBy turns a query of many keys' rows into a loader's fetch.
func groupBy[V any](client *ent.Client, rows func(context.Context, *ent.Client, []pulid.ID) (map[pulid.ID][]V, error)) func(context.Context, []pulid.ID) ([][]V, []error) {
	return func(ctx context.Context, keys []pulid.ID) ([][]V, []error) {
		byKey, err := rows(ctx, client, keys)
		out, errs := make([][]V, len(keys)), make([]error, len(keys))
		for i, k := range keys {
			out[i], errs[i] = byKey[k], err
			if out[i] == nil {
				out[i] = []V{}
			}
		}
		return out, errs
	}
}

func subjectsOf(ctx context.Context, client *ent.Client, quals []pulid.ID) (map[pulid.ID][]*ent.Subject, error) {
	subs, err := client.Subject.Query().Where(subject.QualificationIDIn(quals...)).
		Order(ent.Asc(subject.FieldOrder)).All(ctx)
	out := map[pulid.ID][]*ent.Subject{}
	for _, s := range subs {
		out[s.QualificationID] = append(out[s.QualificationID], s)
	}
	return out, err
}

// reasonsOf reads the reasons of each application's latest rejection.
func reasonsOf(ctx context.Context, client *ent.Client, apps []pulid.ID) (map[pulid.ID][]*ent.RejectionReason, error) {
	ds, err := client.ReviewDecision.Query().Where(reviewdecision.ApplicationIDIn(apps...),
		reviewdecision.DecisionEQ(reviewdecision.DecisionREJECT)).Order(ent.Desc(reviewdecision.FieldCreatedAt)).All(ctx)
	if err != nil {
		return nil, err
	}
	latest := map[pulid.ID][]string{}
	var codes []string
	for _, d := range ds {
		if _, seen := latest[d.ApplicationID]; !seen {
			latest[d.ApplicationID] = d.ReasonCodes
			codes = append(codes, d.ReasonCodes...)
		}
	}
	out := map[pulid.ID][]*ent.RejectionReason{}
	if len(codes) == 0 {
		return out, nil
	}
	rs, err := client.RejectionReason.Query().Where(rejectionreason.CodeIn(codes...)).All(ctx)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].SortOrder < rs[j].SortOrder })
	for app, want := range latest {
		for _, r := range rs {
			for _, c := range want {
				if r.Code == c {
					out[app] = append(out[app], r)
					break
				}
			}
		}
	}
	return out, nil
}

// claimsOf reads the claims and their holders' names: a reviewer may not
// read a colleague's account, but the queue shows who holds a claim, so the
// names alone are read as the system (apply.ClaimHolderName, batched).
// ordersOf reads applications' payment orders, newest first. The viewer
// could read the applications, so their orders follow.
func ordersOf(ctx context.Context, client *ent.Client, apps []pulid.ID) (map[pulid.ID][]*ent.PaymentOrder, error) {
	os, err := client.PaymentOrder.Query().Where(paymentorder.ApplicationIDIn(apps...)).
		Order(ent.Desc(paymentorder.FieldCreatedAt), ent.Desc(paymentorder.FieldID)).All(viewer.SystemContext(ctx))
	out := map[pulid.ID][]*ent.PaymentOrder{}
	for _, o := range os {
		out[o.ApplicationID] = append(out[o.ApplicationID], o)
	}
	return out, err
}

func claimsOf(ctx context.Context, client *ent.Client, apps []pulid.ID) (map[pulid.ID][]*ent.ReviewClaim, error) {
	cs, err := client.ReviewClaim.Query().Where(reviewclaim.ApplicationIDIn(apps...)).All(ctx)
	if err != nil {
		return nil, err
	}
	var staff []pulid.ID
	for _, c := range cs {
		staff = append(staff, c.StaffID)
	}
	holders := map[pulid.ID]*ent.StaffUser{}
	if len(staff) > 0 {
		us, err := client.StaffUser.Query().Where(staffuser.IDIn(staff...)).
			Select(staffuser.FieldID, staffuser.FieldDisplayName).All(viewer.SystemContext(ctx))
		if err != nil {
			return nil, err
		}
		for _, u := range us {
			holders[u.ID] = u
		}
	}
	out := map[pulid.ID][]*ent.ReviewClaim{}
	for _, c := range cs {
		c.Edges.Staff = holders[c.StaffID]
		out[c.ApplicationID] = append(out[c.ApplicationID], c)
	}
	return out, nil
}

func candidatesOf(client *ent.Client) func(context.Context, []pulid.ID) ([]*ent.Candidate, []error) {
	return func(ctx context.Context, ids []pulid.ID) ([]*ent.Candidate, []error) {
		cs, err := client.Candidate.Query().Where(candidate.IDIn(ids...)).All(ctx)
		byID := map[pulid.ID]*ent.Candidate{}
		for _, c := range cs {
			byID[c.ID] = c
		}
		out, errs := make([]*ent.Candidate, len(ids)), make([]error, len(ids))
		for i, id := range ids {
			out[i], errs[i] = byID[id], err
			if err == nil && out[i] == nil {
				errs[i] = &ent.NotFoundError{}
			}
		}
		return out, errs
	}
}

// applicationsOf reads the applications of rows the viewer could read (a
// page of payment orders, whose privacy follows their application's).
func applicationsOf(client *ent.Client) func(context.Context, []pulid.ID) ([]*ent.Application, []error) {
	return func(ctx context.Context, ids []pulid.ID) ([]*ent.Application, []error) {
		as, err := client.Application.Query().Where(application.IDIn(ids...)).All(viewer.SystemContext(ctx))
		byID := map[pulid.ID]*ent.Application{}
		for _, a := range as {
			byID[a.ID] = a
		}
		out, errs := make([]*ent.Application, len(ids)), make([]error, len(ids))
		for i, id := range ids {
			out[i], errs[i] = byID[id], err
			if err == nil && out[i] == nil {
				errs[i] = &ent.NotFoundError{}
			}
		}
		return out, errs
	}
}

// sitesOf reads sites under the viewer's privacy.
func sitesOf(client *ent.Client) func(context.Context, []pulid.ID) ([]*ent.ExamSite, []error) {
	return func(ctx context.Context, ids []pulid.ID) ([]*ent.ExamSite, []error) {
		ss, err := client.ExamSite.Query().Where(examsite.IDIn(ids...)).All(ctx)
		byID := map[pulid.ID]*ent.ExamSite{}
		for _, s := range ss {
			byID[s.ID] = s
		}
		out, errs := make([]*ent.ExamSite, len(ids)), make([]error, len(ids))
		for i, id := range ids {
			out[i], errs[i] = byID[id], err
			if err == nil && out[i] == nil {
				errs[i] = &ent.NotFoundError{}
			}
		}
		return out, errs
	}
}

// cancellationsOf reads the cancellations in force of many sessions and
// regions at once: a page of applications, nearly none of them cancelled,
// costs one query for the field, not one per row.
func cancellationsOf(client *ent.Client) func(context.Context, []cancellation.SessionRegion) ([][]*ent.Cancellation, []error) {
	return func(ctx context.Context, keys []cancellation.SessionRegion) ([][]*ent.Cancellation, []error) {
		by, err := cancellation.InForceIn(ctx, client, keys)
		out, errs := make([][]*ent.Cancellation, len(keys)), make([]error, len(keys))
		for i, k := range keys {
			out[i], errs[i] = by[k], err
		}
		return out, errs
	}
}
