package generate

import (
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
)

// Mix is how candidates behave: the chances of each turn of an
// application's life. The statuses follow from them and from where Now
// falls in each region's windows.
type Mix struct {
	Abandon    float64 // a draft is never submitted
	Withdraw   float64 // the candidate withdraws at some point before registering
	Reject     float64 // a review rejects (a second review a third as often)
	Resubmit   float64 // a rejected application is corrected and resubmitted
	LateReview float64 // a review is decided after its deadline
	Unpaid     float64 // an approved application is never paid
	NonLocal   float64 // the candidate's 户籍 is elsewhere (where the region accepts it)
	Absent     float64 // a registered candidate misses the exam
}

// DefaultMix is what the generator uses unless told otherwise.
var DefaultMix = Mix{Abandon: 0.05, Withdraw: 0.03, Reject: 0.08, Resubmit: 0.7, LateReview: 0.04, Unpaid: 0.05,
	NonLocal: 0.15, Absent: 0.2}

type move struct {
	at       time.Time
	from, to enum.ApplicationStatus
	actor    string // CANDIDATE, STAFF or SYSTEM
	reason   string
	decision *decision
}

type decision struct {
	approve bool
	codes   []string
	version int // the application's version the reviewer decided on
}

type order struct {
	created, expires time.Time
	paid, closed     *time.Time
}

// life is one application's history up to Now, as the service would have
// written it: every move the machine allows, at its time, none due at Now.
type life struct {
	now        time.Time
	status     enum.ApplicationStatus
	version    int
	created    time.Time
	updated    time.Time
	firstLogin time.Time
	lastSeen   time.Time // the candidate's last action
	moves      []move

	submitted, reviewStart, deadline, decided *time.Time
	registered, closed, commitment            *time.Time
	lapseReason                               string
	fee                                       *int64
	nonLocalSet                               bool
	materialsAt                               *time.Time
	orders                                    []order
	withdrawAt                                *time.Time
}

func tp(t time.Time) *time.Time { return &t }

func (l *life) move(at time.Time, to enum.ApplicationStatus, actor, reason string, d *decision) {
	l.moves = append(l.moves, move{at: at, from: l.status, to: to, actor: actor, reason: reason, decision: d})
	l.status = to
	l.version++
	l.updated = at
	switch to {
	case enum.StatusWithdrawn, enum.StatusLapsed:
		l.closed = tp(at)
		if to == enum.StatusLapsed {
			l.lapseReason = reason
		}
	case enum.StatusRegistered:
		l.registered = tp(at)
	}
	if actor == "CANDIDATE" {
		l.lastSeen = at
	}
}

func withdrawable(s enum.ApplicationStatus) bool {
	switch s {
	case enum.StatusDraft, enum.StatusSubmitted, enum.StatusPendingReview, enum.StatusRejected, enum.StatusAwaitingPayment:
		return true
	}
	return false
}

// happen tells whether an event at t takes place: before Now, and not
// after the candidate withdrew (which happens instead).
func (l *life) happen(t time.Time) bool {
	if w := l.withdrawAt; w != nil && w.Before(t) && w.Before(l.now) && withdrawable(l.status) {
		l.move(*w, enum.StatusWithdrawn, "CANDIDATE", "", nil)
		return false
	}
	return t.Before(l.now)
}

// lapse is a deadline's move: made by the minute job at the deadline, or,
// when the move that left the application there came after it (a review
// decided after the correction or payment deadline), within a minute of it.
func (l *life) lapse(r *rng, deadline time.Time, reason string) {
	at := deadline
	if !at.After(l.updated) {
		at = l.updated.Add(r.between(time.Second, time.Minute))
	}
	if l.happen(at) {
		l.move(at, enum.StatusLapsed, "SYSTEM", reason, nil)
	}
}

// settle ends a life: a withdrawal still to come before Now happens.
func (l *life) settle() { l.happen(l.now.Add(time.Hour)) }

// live runs one application, first saved at created, through the region's
// rules. fee is what approval fixes (0 where free).
func (g *gen) live(r *rng, rw *regionW, created time.Time, fee int64, nonLocalMaterials bool) *life {
	p := rw.policy
	mix := g.cfg.Mix
	close := p.RegistrationClosesAt
	l := &life{now: g.cfg.Now, status: enum.StatusDraft, version: 1}
	l.created = created
	l.firstLogin = l.created.Add(-r.between(3*time.Minute, 40*time.Minute))
	l.updated, l.lastSeen = l.created, l.created
	// A few saves of the draft, each a version.
	for range r.IntN(3) {
		l.version++
	}
	if r.chance(mix.Withdraw) {
		l.withdrawAt = tp(l.created.Add(r.between(time.Hour, 12*24*time.Hour)))
	}
	defer l.settle()

	submit := l.created.Add(g.submitDelay(r))
	if !submit.Before(close) && r.chance(0.85) {
		submit = l.created.Add(time.Duration(r.Float64() * float64(close.Sub(l.created)))).Truncate(time.Second)
	}
	if r.chance(mix.Abandon) || !submit.Before(close) {
		l.lapse(r, close, apply.ReasonWindowClosed)
		return l
	}
	if nonLocalMaterials {
		l.materialsAt = tp(submit.Add(-r.between(time.Minute, 30*time.Minute)))
		if l.materialsAt.Before(l.created) {
			l.materialsAt = tp(l.created)
		}
	}
	if !l.happen(submit) {
		l.materialsAt = nil // not uploaded yet
		return l
	}
	l.submitted, l.nonLocalSet = tp(submit), true
	if p.CommitmentRequired {
		l.commitment = tp(submit)
	}
	afterReview := enum.StatusAwaitingPayment
	if rw.free {
		afterReview = enum.StatusRegistered
	}
	switch p.ReviewMode {
	case regionpolicy.ReviewModeNONE:
		l.fee = &fee
		l.move(submit, afterReview, "CANDIDATE", "", nil)
	case regionpolicy.ReviewModeAFTER_CLOSE:
		l.move(submit, enum.StatusSubmitted, "CANDIDATE", "", nil)
		if !l.happen(close) {
			return l
		}
		l.startReview(g, close, p.ReviewWorkingDays)
		l.move(close, enum.StatusPendingReview, "SYSTEM", apply.ReasonReviewAfterOpen, nil)
	default:
		l.startReview(g, submit, p.ReviewWorkingDays)
		l.move(submit, enum.StatusPendingReview, "CANDIDATE", "", nil)
	}
	for rejectP := mix.Reject; l.status == enum.StatusPendingReview; rejectP /= 3 {
		at := g.decisionTime(r, *l.reviewStart, *l.deadline)
		if !l.happen(at) {
			return l
		}
		l.decided = tp(at)
		if !r.chance(rejectP) {
			l.fee = &fee
			l.move(at, afterReview, "STAFF", "", &decision{approve: true, version: l.version})
			break
		}
		codes := g.reasons(r)
		l.move(at, enum.StatusRejected, "STAFF", labels(g, codes), &decision{codes: codes, version: l.version})
		again := at.Add(r.between(30*time.Minute, 3*24*time.Hour))
		if !r.chance(mix.Resubmit) || !again.Before(p.CorrectionClosesAt) {
			l.lapse(r, p.CorrectionClosesAt, apply.ReasonCorrectionOver)
			return l
		}
		if !l.happen(again) {
			return l
		}
		l.version++ // the corrected form's save
		if p.CommitmentRequired {
			l.commitment = tp(again)
		}
		l.startReview(g, again, p.ReviewWorkingDays)
		l.move(again, enum.StatusPendingReview, "CANDIDATE", "", nil)
	}
	if l.status == enum.StatusAwaitingPayment {
		g.pay(r, l, p.PaymentOpensAt, p.PaymentClosesAt)
	}
	return l
}

func (l *life) startReview(g *gen, at time.Time, days int) {
	l.reviewStart = tp(at)
	l.deadline = tp(g.w.cal.Deadline(civil.In(at, clock.Shanghai), days, clock.Shanghai))
}

// pay: most pay within a day or two of approval, some after an order they
// let expire (closed by the gateway check a few minutes later); a few never
// pay and lapse at the deadline.
func (g *gen) pay(r *rng, l *life, opens, closes time.Time) {
	from := maxTime(l.updated, opens)
	if r.chance(0.12) {
		created := from.Add(r.between(time.Minute, 12*time.Hour))
		o := order{created: created, expires: minTime(created.Add(30*time.Minute), closes)}
		closed := o.expires.Add(r.between(time.Minute, 6*time.Minute))
		if closed.Before(l.now) && closed.Before(closes) {
			o.closed = &closed
			l.orders = append(l.orders, o)
			l.lastSeen = created
			from = closed
		}
	}
	paid := from.Add(g.payDelay(r))
	if !paid.Before(closes) && from.Before(closes) && r.chance(0.85) {
		// The deadline makes most of the late hurry.
		paid = from.Add(time.Duration(r.Float64() * float64(closes.Sub(from)))).Truncate(time.Second)
	}
	if r.chance(g.cfg.Mix.Unpaid) || !paid.Before(closes) {
		l.lapse(r, closes, apply.ReasonPaymentOver)
		return
	}
	if !l.happen(paid) {
		return
	}
	created := maxTime(from, paid.Add(-r.between(30*time.Second, 8*time.Minute)))
	l.orders = append(l.orders, order{created: created, expires: minTime(created.Add(30*time.Minute), closes), paid: tp(paid)})
	l.lastSeen = paid
	l.move(paid, enum.StatusRegistered, "SYSTEM", apply.ReasonPaid, nil)
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// arrival is when a draft is first saved: many in the window's first days,
// many in its last, the rest spread, and in the waking hours of Shanghai;
// never after Now.
func (g *gen) arrival(r *rng, p *ent.RegionPolicy) time.Time {
	open, close := p.RegistrationOpensAt, p.RegistrationClosesAt
	end := minTime(close, g.cfg.Now)
	span := close.Sub(open)
	var t time.Time
	switch u := r.Float64(); {
	case u < 0.3:
		t = open.Add(time.Duration(r.Float64() * 0.15 * float64(span)))
	case u < 0.5:
		t = close.Add(-time.Duration(r.Float64() * 0.1 * float64(span)))
	default:
		t = open.Add(time.Duration(r.Float64() * float64(span)))
	}
	day := civil.In(t, clock.Shanghai).Start(clock.Shanghai)
	t = day.Add(time.Duration(hours.draw(r))*time.Hour + r.between(0, time.Hour)).Truncate(time.Second)
	if !t.Before(end) || t.Before(open) {
		t = open.Add(time.Duration(r.Float64() * float64(end.Sub(open)))).Truncate(time.Second)
	}
	return t
}

// hours of the day (Shanghai) at which candidates act.
var hours = newPicker(weighted[int]{{7, 1}, {8, 3}, {9, 6}, {10, 7}, {11, 6}, {12, 4}, {13, 4}, {14, 6}, {15, 6},
	{16, 6}, {17, 5}, {18, 4}, {19, 5}, {20, 7}, {21, 7}, {22, 5}, {23, 2}, {0, 1}})

func (g *gen) submitDelay(r *rng) time.Duration {
	if r.chance(0.6) {
		return r.between(5*time.Minute, time.Hour)
	}
	return r.between(time.Hour, 5*24*time.Hour)
}

func (g *gen) payDelay(r *rng) time.Duration {
	if r.chance(0.5) {
		return r.between(2*time.Minute, 2*time.Hour)
	}
	return r.between(2*time.Hour, 4*24*time.Hour)
}

// decisionTime: most reviews land before their deadline, some after it.
func (g *gen) decisionTime(r *rng, start, deadline time.Time) time.Time {
	if r.chance(g.cfg.Mix.LateReview) {
		return deadline.Add(r.between(2*time.Hour, 3*24*time.Hour)).Truncate(time.Second)
	}
	span := deadline.Sub(start)
	return start.Add(10*time.Minute + time.Duration(r.Float64()*float64(span-10*time.Minute))).Truncate(time.Second)
}

// reasons: one reason mostly, sometimes two.
func (g *gen) reasons(r *rng) []string {
	codes := []string{pick(r, g.w.reasons).code}
	if r.chance(0.2) {
		if c := pick(r, g.w.reasons).code; c != codes[0] {
			codes = append(codes, c)
		}
	}
	return codes
}

// labels is the history's reason of a rejection, as apply.decide writes it.
func labels(g *gen, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		for _, x := range g.w.reasons {
			if x.code == c {
				out[i] = x.label
			}
		}
	}
	return strings.Join(out, "；")
}
