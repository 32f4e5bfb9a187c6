// Package cancellation calls off an exam for force majeure: a session in one
// region, or one 考区 of it (a sitting). A national or region admin drafts it
// with a reason and a preview of whom it reaches; a second admin confirms it.
// From the confirmation on, the registrations of that scope refuse every
// change (SESSION_CANCELLED, SITTING_CANCELLED), their admission tickets are
// void, each candidate is told once (notify's EXAM_CANCELLED broadcast), and
// a job refunds every paid order once, through the payment package's refund
// path, before the cancellation is DONE. A draft is withdrawn without a trace
// beyond the audit log.
package cancellation

import (
	"context"
	"unicode"
	"unicode/utf8"

	"github.com/ruankao/ruankao/ent"
	entcx "github.com/ruankao/ruankao/ent/cancellation"
	"github.com/ruankao/ruankao/ent/paymentorder"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/viewer"
)

// Codes of the refusals and of the cancellation's own rules (also in
// internal/apperr/codes.go and README "Error codes").
const (
	SessionCancelled     = apperr.SessionCancelled
	SittingCancelled     = apperr.SittingCancelled
	SecondAdminRequired  = apperr.SecondAdminRequired
	CancellationOverlaps = apperr.CancellationOverlaps
)

// MaxReason bounds the reason: it goes into every candidate's notice and,
// cut to the gateway's limit, into the refund the payer sees.
const MaxReason = 200

// gatewayReason bounds what the gateway shows the payer (payment's limit).
const gatewayReason = 80

// States.
const (
	Draft     = entcx.StateDRAFT
	Confirmed = entcx.StateCONFIRMED
	Done      = entcx.StateDONE
	Withdrawn = entcx.StateWITHDRAWN
)

var stateLabels = map[entcx.State]string{
	Draft: "草稿（未生效）", Confirmed: "已确认，退费中", Done: "已完成", Withdrawn: "已撤销",
}

// StateLabel is the state in Chinese.
func StateLabel(s entcx.State) string { return stateLabels[s] }

// open states hold their scope: a second cancellation of it is refused.
var open = []entcx.State{Draft, Confirmed, Done}

// inForce states make the scope's registrations refuse changes.
var inForce = []entcx.State{Confirmed, Done}

// checkReason: required, at most MaxReason characters, no control characters
// but line breaks, and written in Chinese (it is read by candidates).
func checkReason(ps *apperr.Problems, reason string, path ...string) string {
	r := trimSpace(reason)
	switch n := utf8.RuneCountInString(r); {
	case n == 0:
		ps.Add(apperr.Required, "请填写取消考试的原因", path...)
	case n > MaxReason:
		ps.Add(apperr.InvalidFormat, "取消原因不能超过200个字", path...)
	case !hasHan(r):
		ps.Add(apperr.InvalidFormat, "取消原因请用中文填写（考生将在通知中看到）", path...)
	case containsControl(r):
		ps.Add(apperr.InvalidFormat, "取消原因不能包含控制字符", path...)
	}
	return r
}

func trimSpace(s string) string {
	start, end := 0, len(s)
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return s[start:end]
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func containsControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' {
			return true
		}
	}
	return false
}

// forGateway cuts the reason to what the gateway shows the payer.
func forGateway(reason string) string {
	s := "考试取消：" + reason
	if utf8.RuneCountInString(s) <= gatewayReason {
		return s
	}
	return string([]rune(s)[:gatewayReason])
}

// Scope is where a cancellation applies: a session in a region, optionally
// one of the region's exam areas.
type Scope struct {
	Session, Region pulid.ID
	Area            *pulid.ID
}

func (s Scope) key() string {
	if s.Area == nil {
		return ""
	}
	return string(*s.Area)
}

// overlap tells how an existing open cancellation meets a new scope: the
// same scope, or one containing the other (the whole region and one of its
// areas). Two different areas of one region do not meet.
func overlap(existing *ent.Cancellation, s Scope) bool {
	if existing.AreaID == nil || s.Area == nil {
		return true
	}
	return *existing.AreaID == *s.Area
}

// InForce finds the confirmed (or done) cancellation that covers an
// application of session and region in area (nil: none chosen yet, which
// only a whole-region cancellation covers). Read as the system: whether an
// exam is cancelled is a fact, not something the viewer is allowed to see.
func InForce(ctx context.Context, c *ent.Client, session, region pulid.ID, area *pulid.ID) (*ent.Cancellation, error) {
	list, err := c.Cancellation.Query().Where(entcx.SessionID(session), entcx.RegionID(region),
		entcx.StateIn(inForce...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	return Over(list, area), nil
}

// SessionRegion is a session in a region: the unit InForceIn reads cancellations for.
type SessionRegion struct{ Session, Region pulid.ID }

// InForceIn reads the cancellations in force of many scopes in one query (a
// page of applications), for Over to pick each application's from.
func InForceIn(ctx context.Context, c *ent.Client, scopes []SessionRegion) (map[SessionRegion][]*ent.Cancellation, error) {
	sessions, regions := map[pulid.ID]bool{}, map[pulid.ID]bool{}
	for _, s := range scopes {
		sessions[s.Session], regions[s.Region] = true, true
	}
	list, err := c.Cancellation.Query().Where(entcx.SessionIDIn(keys(sessions)...), entcx.RegionIDIn(keys(regions)...),
		entcx.StateIn(inForce...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	out := map[SessionRegion][]*ent.Cancellation{}
	for _, x := range list {
		k := SessionRegion{x.SessionID, x.RegionID}
		out[k] = append(out[k], x)
	}
	return out, nil
}

func keys(m map[pulid.ID]bool) []pulid.ID {
	out := make([]pulid.ID, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Over picks, from the cancellations in force of one session and region,
// the one over a registration in area (nil: none chosen): the whole region's
// first, else that area's; nil when neither.
func Over(list []*ent.Cancellation, area *pulid.ID) *ent.Cancellation {
	var sitting *ent.Cancellation
	for _, x := range list {
		if x.AreaID == nil {
			return x // the whole region: the strongest answer
		}
		if area != nil && *x.AreaID == *area {
			sitting = x
		}
	}
	return sitting
}

// Refusal is the userError a change to a registration of a cancelled scope
// gets (saving, submitting, paying, a seat plan), or nil when the scope is
// not cancelled. path is the input field at fault.
func Refusal(ctx context.Context, c *ent.Client, session, region pulid.ID, area *pulid.ID, path ...string) (*apperr.UserError, error) {
	x, err := InForce(ctx, c, session, region, area)
	if err != nil || x == nil {
		return nil, err
	}
	return refusalOf(x, path...), nil
}

func refusalOf(x *ent.Cancellation, path ...string) *apperr.UserError {
	if path == nil {
		path = []string{}
	}
	if x.AreaID == nil {
		return &apperr.UserError{Field: path, Code: SessionCancelled,
			Message: "本地区本次考试已取消（" + x.Reason + "），报名不能再办理；已缴报名费将原路退还"}
	}
	return &apperr.UserError{Field: path, Code: SittingCancelled,
		Message: "本考区本次考试已取消（" + x.Reason + "），报名不能再办理；已缴报名费将原路退还"}
}

// CancelledAreas lists the areas of a region whose sitting of the session is
// cancelled (confirmed or done), and whether the whole region's is. The seat
// plan leaves their candidates out: in a free region they stay REGISTERED.
func CancelledAreas(ctx context.Context, c *ent.Client, session, region pulid.ID) ([]pulid.ID, bool, error) {
	list, err := c.Cancellation.Query().Where(entcx.SessionID(session), entcx.RegionID(region),
		entcx.StateIn(inForce...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, false, err
	}
	var areas []pulid.ID
	for _, x := range list {
		if x.AreaID == nil {
			return nil, true, nil
		}
		areas = append(areas, *x.AreaID)
	}
	return areas, false, nil
}

// Refund states a candidate sees.
const (
	RefundNotPaid  = "NOT_PAID"
	RefundPending  = "PENDING"
	RefundRefunded = "REFUNDED"
)

var refundLabels = map[string]string{RefundNotPaid: "无需退费", RefundPending: "退费办理中", RefundRefunded: "已退费"}

// RefundLabel is a candidate's refund state in Chinese.
func RefundLabel(s string) string { return refundLabels[s] }

// Status is what the candidate of one application sees of its cancellation.
type Status struct {
	Cancellation *ent.Cancellation
	Refund       string
	RefundFen    *int64
	Message      string
}

// StatusUnder is the cancellation x in force over app, with where its
// refund stands. Read as the system; the caller has read app as the viewer
// and found x (a list reads them for a whole page with InForceIn and Over).
func StatusUnder(ctx context.Context, c *ent.Client, app *ent.Application, x *ent.Cancellation) (*Status, error) {
	orders, err := c.PaymentOrder.Query().Where(paymentorder.ApplicationID(app.ID), paymentorder.RefundDue(false),
		paymentorder.StatusIn(paymentorder.StatusPAID, paymentorder.StatusREFUNDED)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	st := &Status{Cancellation: x, Refund: RefundNotPaid}
	for _, o := range orders {
		fen := o.AmountFen
		st.RefundFen = &fen
		if o.Status == paymentorder.StatusREFUNDED {
			st.Refund = RefundRefunded
		} else {
			st.Refund = RefundPending
		}
	}
	where := "本地区"
	if x.AreaID != nil {
		where = "您所在考区"
	}
	st.Message = where + "本次考试已取消（" + x.Reason + "），准考证作废。"
	switch st.Refund {
	case RefundPending:
		st.Message += "已缴报名费将原路退还，正在办理。"
	case RefundRefunded:
		st.Message += "报名费已原路退还。"
	default:
		st.Message += "您未缴费，无需退费。"
	}
	return st, nil
}
