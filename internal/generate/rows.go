package generate

import (
	"encoding/json"

	"fmt"
	"github.com/oklog/ulid/v2"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apply"
	"github.com/ruankao/ruankao/internal/auth"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/identity"
	"github.com/ruankao/ruankao/internal/locality"
	"github.com/ruankao/ruankao/internal/photo"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/seatplan"
)

func pidOf(s string) pulid.ID { return pulid.ID(s) }

// batchID is the id of a row made with many others at one instant (a seat
// plan's tickets, an import's scores): pulid.New's monotonic entropy makes
// such ids count up within their millisecond, and so does this, per prefix.
func (g *gen) batchID(prefix string, t time.Time) string {
	m, ok := g.batch[prefix]
	if !ok {
		r := newRNG()
		r.reseed(g.seed, fnv(prefix), streamBatch)
		m = ulid.Monotonic(r, 0)
		g.batch[prefix] = m
	}
	return prefix + ulid.MustNew(ulid.Timestamp(t), m).String()
}

var userAgents = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49",
	"Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
}

// start draws application i's region and first save, the first draws of
// its stream: the generation order is by the first save.
func (g *gen) start(r *rng, i int) (*regionW, time.Time) {
	r.reseed(g.seed, uint64(i), streamApp)
	rw := g.w.regions.draw(r)
	return rw, g.arrival(r, rw.policy)
}

// one draws application i, the k-th in generation order, and adds its rows
// to the chunk.
func (g *gen) one(r *rng, i, k int, c *chunk) error {
	rw, created := g.start(r, i)
	q, area := g.qualification(r, rw)
	x := g.ppl.draw(r, rw, area.city, g.cfg.Mix.NonLocal)
	nonLocal := !locality.IsLocal(x.hukou, rw.code, rw.parentCode)
	kinds := rw.policy.NonLocalMaterialKinds
	fee := catalog.FeePerSubject(rw.policy, q.level) * int64(len(q.subjects))
	l := g.live(r, rw, created, fee, nonLocal && len(kinds) > 0)

	cand := r.id("CA", l.firstLogin)
	token, err := g.candidate(r, c, cand, k, x, l)
	if err != nil {
		return err
	}
	photoAt := l.firstLogin.Add(r.between(time.Minute, l.created.Sub(l.firstLogin)))
	photoID := r.id("FL", photoAt)
	c.add(tPhotos, photoID, photoAt, cand, "PHOTO", nil, nil, "image/jpeg", g.photo.Size, g.photo.Sum, "证件照.jpg",
		photo.StandardWidth, photo.StandardHeight)
	app := r.id("AP", l.created)
	g.application(c, app, cand, photoID, rw, area, q, x, l, nonLocal)
	if l.materialsAt != nil {
		kind := kinds[r.IntN(len(kinds))]
		c.add(tMaterials, r.id("FL", *l.materialsAt), *l.materialsAt, cand, "MATERIAL", string(kind), app, "application/pdf",
			int64(len(materialPDF)), g.material.Sum, kind.Label()+".pdf", nil, nil)
		g.res.Materials++
	}
	g.history(r, c, app, rw, l)
	g.orders(r, c, app, fee, l)
	if l.status == enum.StatusRegistered {
		g.exam(r, c, app, cand, rw, area, q, l)
	}
	c.apps++
	g.count(app, rw, q, x, l)
	if g.cfg.Tokens {
		g.res.Candidates = append(g.res.Candidates, Candidate{ID: cand, Token: token, Photo: photoID, Application: app,
			Region: rw.code, Status: l.status})
	}
	return nil
}

// qualification draws an offered qualification and an area of the region
// that accepts its level (a 高级-only area takes only 高级 candidates).
func (g *gen) qualification(r *rng, rw *regionW) (*qualW, *areaW) {
	for {
		q := g.w.quals.draw(r)
		if areas, ok := rw.areas[q.level]; ok && !areas.empty() {
			return q, areas.draw(r)
		}
	}
}

// candidate adds the candidate and their session; the token is the
// session's when Config.Tokens makes it live.
func (g *gen) candidate(r *rng, c *chunk, id string, k int, x *person, l *life) (string, error) {
	enc, err := g.keys.Encrypt(x.number, string(x.idType))
	if err != nil {
		return "", err
	}
	var gender, birth any
	if x.carriesBirthOnNumber {
		gender, birth = genderOf(x), g.date(x.birth)
	}
	// Both consents to the current notice, given at the first login (no
	// consent records: the rows are loaded, not handed in through the API).
	notice := auth.CurrentNotice().Version
	lastLogin := l.lastSeen.Add(-r.between(time.Minute, 20*time.Minute))
	if lastLogin.Before(l.firstLogin) {
		lastLogin = l.firstLogin
	}
	c.add(tCandidates, id, l.firstLogin, lastLogin, identity.SimulatorName, fmt.Sprintf("gen-%s-%d-%07d", g.cfg.SessionCode, g.cfg.Seed, k), x.name,
		string(x.idType), enc, g.keys.LookupHash(string(x.idType), x.number), pii.Mask(x.number), gender, birth,
		notice, l.firstLogin.Add(15*time.Second), notice, l.firstLogin.Add(15*time.Second), lastLogin)
	token, hash, err := auth.NewToken()
	if err != nil {
		return "", err
	}
	ip := fmt.Sprintf("%d.%d.%d.%d", pick(r, []int{36, 39, 58, 112, 113, 117, 120, 183, 223}), r.IntN(256), r.IntN(256), 1+r.IntN(254))
	ua := pick(r, userAgents)
	if g.cfg.Tokens {
		now := g.cfg.Now
		c.add(tSessions, r.id("AS", now), now.Add(-time.Minute), hash, id, now.Add(auth.CandidateSessions.Lifetime), now, ip, ua)
		return token, nil
	}
	c.add(tSessions, r.id("AS", lastLogin), lastLogin, hash, id, lastLogin.Add(auth.CandidateSessions.Lifetime), l.lastSeen, ip, ua)
	return "", nil
}

func genderOf(x *person) string {
	if x.male {
		return "MALE"
	}
	return "FEMALE"
}

// date is a calendar day as each driver takes it for a DATE column.
func (g *gen) date(d civil.Date) any {
	if g.pg {
		return d.Start(time.UTC)
	}
	return d.String()
}

func (g *gen) optDate(d *civil.Date) any {
	if d == nil {
		return nil
	}
	return g.date(*d)
}

func optTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return *t
}

func (g *gen) application(c *chunk, id, cand, photoID string, rw *regionW, a *areaW, q *qualW, x *person, l *life, nonLocal bool) {
	employment, workUnit := "EMPLOYED", any(x.workUnit)
	if x.student {
		employment, workUnit = "STUDENT", nil
	}
	var nl, lapse any
	if l.nonLocalSet {
		nl = nonLocal
	}
	if l.lapseReason != "" {
		lapse = l.lapseReason
	}
	var fee any
	if l.fee != nil {
		fee = *l.fee
	}
	age := apply.AgeAt(x.birth, g.w.sess)
	c.add(tApplications, id, l.created, l.updated, cand, string(g.w.sess.ID), rw.id, a.id, q.id, string(q.level),
		string(l.status), l.version, x.name, string(x.idType), genderOf(x), g.date(x.birth), age, x.hukou,
		x.title, g.optDate(x.titleDate), employment, workUnit, g.optDate(x.workStart), x.education, x.degree,
		g.date(x.graduation), x.relation, x.major, x.address, x.email, x.mobile, x.landline, x.postcode,
		photoID, optTime(l.commitment), nl, fee, optTime(l.submitted), optTime(l.reviewStart), optTime(l.deadline),
		optTime(l.decided), optTime(l.registered), optTime(l.closed), lapse)
}

func (g *gen) history(r *rng, c *chunk, app string, rw *regionW, l *life) {
	for _, m := range l.moves {
		var staff any
		if m.actor == "STAFF" {
			staff = rw.reviewer
		}
		c.add(tHistory, r.id("SH", m.at), m.at, app, string(m.from), string(m.to), m.actor, staff, m.reason)
		g.res.History++
		if d := m.decision; d != nil {
			kind, codes := "APPROVE", any(nil)
			if !d.approve {
				b, _ := json.Marshal(d.codes)
				kind, codes = "REJECT", string(b)
			}
			c.add(tDecisions, r.id("RD", m.at), m.at, app, rw.reviewer, kind, codes, "", d.version)
			g.res.Decisions++
		}
	}
}

// orders: a closed order where a candidate let one expire, and the paid
// one, settled as internal/payment settles a notification.
func (g *gen) orders(r *rng, c *chunk, app string, fee int64, l *life) {
	for _, o := range l.orders {
		no := "RK" + o.created.In(clock.Shanghai).Format("060102") + crockford(r, 16)
		id := r.id("PO", o.created)
		if o.paid != nil {
			checked := o.paid.Add(r.between(time.Second, 20*time.Second))
			c.add(tOrders, id, o.created, checked, app, no, fee, "PAID", "wechatpay", "4200"+r.digits(24), nil,
				o.expires, *o.paid, nil, "SJ"+strings.TrimPrefix(no, "RK"), false, "SUCCESS", fee, checked)
		} else {
			c.add(tOrders, id, o.created, *o.closed, app, no, fee, "CLOSED", "wechatpay", nil,
				"weixin://wxpay/bizpayurl?pr="+crockford(r, 7), o.expires, nil, *o.closed, nil, false, "CLOSED", nil, *o.closed)
		}
		g.res.Orders++
	}
}

func crockford(r *rng, n int) string {
	const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(32)]
	}
	return string(b)
}

// exam: a registered candidate's ticket (once the seat plan is out) and,
// after the exam, scores — all subjects missed by the absent (and, in a
// region with the absentee rule, a ban), the others marked around the pass
// mark by their ability.
func (g *gen) exam(r *rng, c *chunk, app, cand string, rw *regionW, a *areaW, q *qualW, l *life) {
	sess := string(g.w.sess.ID)
	if g.ticketsAt != nil {
		at := *g.ticketsAt
		if l.registered.After(at) {
			at = minTime(g.cfg.Now, l.registered.Add(time.Minute))
		}
		site, room, seat := g.seat(r, c, a, at)
		rw.ticketSeq[q.level]++
		rw.tickets++
		number := seatplan.TicketNumber(g.w.sess.Year, g.w.sess.Half, rw.code, q.level, rw.ticketSeq[q.level])
		var printed any
		from := maxTime(at, g.w.sess.TicketPrintOpensAt)
		if until := minTime(g.cfg.Now, g.w.sess.TicketPrintClosesAt); from.Before(until) && r.chance(0.75) {
			printed = from.Add(r.between(0, until.Sub(from)))
		}
		c.add(tTickets, g.batchID("AT", at), at, at, app, sess, site, room, seat, number, rw.runID, printed)
		g.res.Tickets++
	}
	if g.scoresAt == nil {
		return
	}
	at := *g.scoresAt
	absent := r.chance(g.cfg.Mix.Absent)
	leftEarly := !absent && len(q.subjects) > 1 && r.chance(0.03)
	ability := r.NormFloat64() - map[enum.Level]float64{enum.LevelJunior: -0.2, enum.LevelIntermediate: 0.1, enum.LevelSenior: 0.4}[q.level]
	for k, s := range q.subjects {
		var points any
		miss := absent || (leftEarly && k == len(q.subjects)-1)
		if !miss {
			mean := float64(s.passMark) + 9*ability
			points = max(0, min(s.fullMarks, int(mean+7*r.NormFloat64()+0.5)))
		}
		c.add(tScores, g.batchID("SC", at), at, at, app, s.id, sess, points, miss)
		g.res.Scores++
	}
	if (absent || leftEarly) && rw.policy.AbsenteeBan {
		c.add(tBans, g.batchID("AB", at), at, at, cand, rw.id, sess, app, g.w.sess.Name+"有缺考科目（缺考1科即视为缺考）")
		g.res.Bans++
	}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func (g *gen) count(app string, rw *regionW, q *qualW, x *person, l *life) {
	g.res.Applications++
	g.res.ByStatus[l.status]++
	g.res.ByRegion[rw.code]++
	g.res.ByQualification[q.code]++
	fmt.Fprintf(g.fp, "%s|%s|%s|%s|%s|%s|%s|%d\n", app, rw.code, q.code, l.status, x.name, x.number,
		l.created.Format(time.RFC3339), len(l.moves))
}
