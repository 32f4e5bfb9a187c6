package notify

import (
	"context"
	"fmt"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/absenteeban"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/certificate"
	"github.com/ruankao/ruankao/ent/fanout"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/authz"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Broadcast is news for many candidates of a session (and region).
type Broadcast struct {
	Kind    Kind
	Session pulid.ID
	Region  *pulid.ID
	Area    *pulid.ID                // a notice's 考区
	Status  []enum.ApplicationStatus // a notice's states (default: live)
	Params  map[string]string        // a notice's title and text
	Key     string                   // unique to this occurrence
	By      *pulid.ID                // the staff who sent a notice
}

// Fan writes the broadcast's one row through c, the event's own transaction;
// the sender expands it into messages afterwards (Expand), so an event that
// reaches 100,000 candidates stays a short transaction.
func Fan(ctx context.Context, c *ent.Client, b Broadcast) error {
	params := b.Params
	if len(b.Status) > 0 {
		params = copyParams(params)
		for i, s := range b.Status {
			params[fmt.Sprintf("_status%d", i)] = string(s)
		}
	}
	return c.Fanout.Create().SetKind(fanout.Kind(b.Kind)).SetSessionID(b.Session).SetNillableRegionID(b.Region).
		SetNillableAreaID(b.Area).SetParams(params).SetIdempotencyKey(b.Key).SetNillableCreatedByID(b.By).
		Exec(viewer.SystemContext(ctx))
}

func copyParams(p map[string]string) map[string]string {
	out := make(map[string]string, len(p)+4)
	for k, v := range p {
		out[k] = v
	}
	return out
}

// chunk bounds one expansion transaction (a few ms of SQLite's write lock).
const chunk = 200

// Expand turns pending broadcasts into messages, a chunk a transaction, and
// reports how many messages it wrote. Run by one instance at a time (the
// sender's lock); a chunk done twice writes nothing new (the keys).
func Expand(ctx context.Context, client *ent.Client) (int, error) {
	ctx = viewer.SystemContext(ctx)
	pending, err := client.Fanout.Query().Where(fanout.Done(false)).Order(fanout.ByCreatedAt()).All(ctx)
	if err != nil {
		return 0, err
	}
	total := 0
	for _, f := range pending {
		for {
			var n int
			var done bool
			err := txn.Run(ctx, client, func(ctx context.Context, c *ent.Client) (err error) {
				n, done, err = expandChunk(ctx, c, f)
				return err
			})
			total += n
			if err != nil {
				return total, fmt.Errorf("fanout %s: %w", f.ID, err)
			}
			if done {
				break
			}
		}
	}
	return total, nil
}

// target is one recipient of a broadcast: the application, and what makes
// the message's key (the certificate, the ban, or the application itself).
type target struct {
	app *ent.Application
	ref string
}

func expandChunk(ctx context.Context, c *ent.Client, f *ent.Fanout) (int, bool, error) {
	targets, err := targetsAfter(ctx, c, f)
	if err != nil {
		return 0, false, err
	}
	facts := newFacts(c)
	var refunds map[pulid.ID]int64
	areaName := ""
	if Kind(f.Kind) == ExamCancelled {
		if refunds, err = paidOf(ctx, c, targets); err != nil {
			return 0, false, err
		}
		if f.AreaID != nil {
			a, err := c.ExamArea.Get(ctx, *f.AreaID)
			if err != nil {
				return 0, false, err
			}
			areaName = a.Name
		}
	}
	drafts := make([]draft, 0, len(targets))
	for _, t := range targets {
		p, err := facts.params(ctx, t.app)
		if err != nil {
			return 0, false, err
		}
		for k, v := range f.Params {
			if k[0] != '_' {
				p[k] = v
			}
		}
		if Kind(f.Kind) == ExamCancelled {
			refund, ok := refunds[t.app.ID]
			switch {
			case ok:
				p["refund"] = "您已缴纳的报名费 " + yuan(refund) + " 将按原支付方式退还，无需申请；退费到账时间以支付平台为准。"
			default:
				p["refund"] = "您未缴纳报名费（或本地区免费），无需办理退费。"
			}
			if f.AreaID != nil {
				p["area"] = areaName
			}
		}
		key := string(f.Kind) + ":" + t.ref
		if Kind(f.Kind) == Notice || Kind(f.Kind) == ExamCancelled {
			key = string(f.Kind) + ":" + string(f.ID) + ":" + t.ref
		}
		drafts = append(drafts, draft{kind: Kind(f.Kind), key: key, app: t.app, params: p})
	}
	if err := write(ctx, c, drafts, &f.ID); err != nil {
		return 0, false, err
	}
	done := len(targets) < chunk
	u := c.Fanout.UpdateOneID(f.ID).AddExpanded(len(targets)).SetDone(done)
	if len(targets) > 0 {
		f.Cursor = targets[len(targets)-1].ref
		u.SetCursor(f.Cursor)
	}
	return len(drafts), done, u.Exec(ctx)
}

// targetsAfter reads the next chunk of the broadcast's recipients, ordered
// by the id the cursor keeps.
func targetsAfter(ctx context.Context, c *ent.Client, f *ent.Fanout) ([]target, error) {
	sess := *f.SessionID
	appWhere := application.And(application.SessionID(sess))
	if f.RegionID != nil {
		appWhere = application.And(appWhere, application.RegionID(*f.RegionID))
	}
	var out []target
	switch Kind(f.Kind) {
	case CertificateIssued:
		certs, err := c.Certificate.Query().Where(certificate.SessionID(sess), certificate.IDGT(pulid.ID(f.Cursor))).
			Order(certificate.ByID()).Limit(chunk).WithApplication().All(ctx)
		if err != nil {
			return nil, err
		}
		for _, ct := range certs {
			out = append(out, target{app: ct.Edges.Application, ref: string(ct.ID)})
		}
		return out, nil
	case AbsenteeBan:
		bans, err := c.AbsenteeBan.Query().Where(absenteeban.SourceSessionID(sess), absenteeban.LiftedAtIsNil(),
			absenteeban.ApplicationIDGT(pulid.ID(f.Cursor))).Order(absenteeban.ByApplicationID()).Limit(chunk).
			WithApplication().All(ctx)
		if err != nil {
			return nil, err
		}
		for _, b := range bans {
			out = append(out, target{app: b.Edges.Application, ref: string(b.ApplicationID)})
		}
		return out, nil
	case TicketReady, ScoresReleased:
		q := c.AdmissionTicket.Query().Where(admissionticket.SessionID(sess), admissionticket.ApplicationIDGT(pulid.ID(f.Cursor)))
		if f.RegionID != nil {
			q.Where(admissionticket.HasApplicationWith(application.RegionID(*f.RegionID)))
		}
		tickets, err := q.Order(admissionticket.ByApplicationID()).Limit(chunk).WithApplication().All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range tickets {
			out = append(out, target{app: t.Edges.Application, ref: string(t.ApplicationID)})
		}
		return out, nil
	case Notice:
		var sts []enum.ApplicationStatus
		for i := 0; ; i++ {
			s, ok := f.Params[fmt.Sprintf("_status%d", i)]
			if !ok {
				break
			}
			sts = append(sts, enum.ApplicationStatus(s))
		}
		appWhere = noticeWhere(sess, *f.RegionID, f.AreaID, sts)
	case ExamCancelled:
		appWhere = cancelledWhere(sess, *f.RegionID, f.AreaID)
	}
	apps, err := c.Application.Query().Where(appWhere, application.IDGT(pulid.ID(f.Cursor))).
		Order(application.ByID()).Limit(chunk).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range apps {
		out = append(out, target{app: a, ref: string(a.ID)})
	}
	return out, nil
}

// cancelledWhere keeps the applications a cancelled exam reaches: every live
// one of the scope, drafts too (their holders would otherwise find out at
// the next save), and the registrations the cancellation has refunded by the
// time the broadcast is expanded.
func cancelledWhere(sess, reg pulid.ID, area *pulid.ID) predicate.Application {
	ps := []predicate.Application{application.SessionID(sess), application.RegionID(reg), authz.LiveApplication()}
	if area != nil {
		ps = append(ps, application.AreaID(*area))
	}
	return application.And(ps...)
}

// paidOf is what each target paid for its registration (paid or refunded
// orders that were not stray payments), so the notice says whether, and how
// much, comes back.
func paidOf(ctx context.Context, c *ent.Client, targets []target) (map[pulid.ID]int64, error) {
	ids := make([]pulid.ID, len(targets))
	for i, t := range targets {
		ids[i] = t.app.ID
	}
	orders, err := c.PaymentOrder.Query().Where(paymentorder.ApplicationIDIn(ids...), paymentorder.RefundDue(false),
		paymentorder.StatusIn(paymentorder.StatusPAID, paymentorder.StatusREFUNDED)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[pulid.ID]int64, len(orders))
	for _, o := range orders {
		out[o.ApplicationID] = o.AmountFen
	}
	return out, nil
}
