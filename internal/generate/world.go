package generate

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/calendarday"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/offering"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/ent/rejectionreason"
	"github.com/ruankao/ruankao/ent/staffuser"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/locality"
	"github.com/ruankao/ruankao/internal/workdays"
)

// world is what every application is drawn against: the session, its
// regions with their policies, areas and staff, the offered qualifications.
type world struct {
	sess    *ent.ExamSession
	made    bool      // the generator made the session (and its policies)
	setupAt time.Time // when the venue and staff were set up
	regions picker[*regionW]
	all     []*regionW
	quals   picker[*qualW]
	cal     *workdays.Calendar
	reasons []reasonW
	// sites and rooms made with the areas the generator made
	sites, rooms int
}

type regionW struct {
	id, code, name, parentCode string
	province                   string // locality's province of the region (650000 for the 兵团)
	provinceName               string
	local                      string // the 户籍 of a local candidate
	f                          regionFacts
	policy                     *ent.RegionPolicy
	free                       bool
	areas                      map[enum.Level]picker[*areaW]
	areaList                   []*areaW
	reviewer, admin            string
	runID                      string // the seat plan run its tickets come from
	tickets                    int
	ticketSeq                  map[enum.Level]int
}

type areaW struct {
	id, name, city string
	region         *regionW
	made           bool // by the generator, with its sites and rooms
	venue          venue
}

type qualW struct {
	id, code, name string
	level          enum.Level
	subjects       []subjectW
}

type subjectW struct {
	id                  string
	passMark, fullMarks int
}

type reasonW struct{ code, label string }

// qualWeights are the qualifications' shares in ‰ of candidates, after the
// published counts' shape: 中级 most (系统集成项目管理工程师 and 软件设计师
// lead), 高级 fewer (信息系统项目管理师 leads), 初级 fewest. Codes an admin
// added weigh 5.
var qualWeights = map[string]float64{
	"GX01": 80, "GX02": 25, "GX03": 40, "GX04": 12, "GX05": 15,
	"ZJ01": 15, "ZJ02": 80, "ZJ03": 3, "ZJ04": 50, "ZJ05": 6, "ZJ06": 12, "ZJ07": 3, "ZJ08": 6, "ZJ09": 120,
	"ZJ10": 10, "ZJ11": 30, "ZJ12": 25, "ZJ13": 8, "ZJ14": 5, "ZJ15": 5,
	"CJ01": 30, "CJ02": 20, "CJ03": 3, "CJ04": 4, "CJ05": 8, "CJ06": 5, "CJ07": 20,
}

func loadWorld(ctx context.Context, tx *ent.Tx, cfg *Config, seed int64, r *rng) (*world, error) {
	sess, made, err := session(ctx, tx, cfg.SessionCode, cfg.Now, cfg.Stage)
	if err != nil {
		return nil, err
	}
	w := &world{sess: sess, made: made, setupAt: cfg.Now}
	if made {
		w.setupAt = sess.RegistrationOpensAt.Add(-30 * 24 * time.Hour)
	}
	if err := w.loadQualifications(ctx, tx); err != nil {
		return nil, err
	}
	if err := w.loadRegions(ctx, tx, cfg, seed, r); err != nil {
		return nil, err
	}
	if w.cal, err = loadCalendar(ctx, tx); err != nil {
		return nil, err
	}
	rs, err := tx.RejectionReason.Query().Where(rejectionreason.Disabled(false), rejectionreason.CodeNEQ("OTHER")).
		Order(ent.Asc(rejectionreason.FieldSortOrder)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, x := range rs {
		w.reasons = append(w.reasons, reasonW{x.Code, x.Label})
	}
	if len(w.reasons) == 0 {
		return nil, fmt.Errorf("generate: no rejection reasons: seed the reference data first")
	}
	return w, nil
}

func (w *world) loadQualifications(ctx context.Context, tx *ent.Tx) error {
	qs, err := tx.Qualification.Query().Where(qualification.Disabled(false),
		qualification.HasOfferingsWith(offering.SessionID(w.sess.ID), offering.Enabled(true))).
		Order(ent.Asc(qualification.FieldCode)).WithSubjects(func(q *ent.SubjectQuery) { q.Order(ent.Asc(subject.FieldOrder)) }).
		All(ctx)
	if err != nil {
		return err
	}
	var ws weighted[*qualW]
	for _, q := range qs {
		qw := &qualW{id: string(q.ID), code: q.Code, name: q.Name, level: q.Level}
		for _, s := range q.Edges.Subjects {
			qw.subjects = append(qw.subjects, subjectW{id: string(s.ID), passMark: s.PassMark, fullMarks: s.FullMarks})
		}
		weight, ok := qualWeights[q.Code]
		if !ok {
			weight = 5
		}
		ws = append(ws, struct {
			v *qualW
			w float64
		}{qw, weight})
	}
	if w.quals = newPicker(ws); w.quals.empty() {
		return fmt.Errorf("generate: session %s offers no qualification", w.sess.Code)
	}
	return nil
}

// loadRegions takes every enabled region with a policy for the session (a
// generated session gets one for each region first) whose registration has
// opened by Now, with its areas (made where it has none) and two staff
// members of the generator's own, who decide its reviews and run its seat plan.
func (w *world) loadRegions(ctx context.Context, tx *ent.Tx, cfg *Config, seed int64, r *rng) error {
	regions, err := tx.Region.Query().Where(region.Disabled(false)).Order(ent.Asc(region.FieldCode)).WithParent().All(ctx)
	if err != nil {
		return err
	}
	var ws weighted[*regionW]
	for i, reg := range regions {
		rw := &regionW{id: string(reg.ID), code: reg.Code, name: reg.Name, f: factsOf(reg.Code, reg.Name),
			ticketSeq: map[enum.Level]int{}}
		if reg.Edges.Parent != nil {
			rw.parentCode = reg.Edges.Parent.Code
		}
		rw.province = locality.ProvinceOfRegion(reg.Code, rw.parentCode)
		rw.provinceName = locality.Name(rw.province)
		rw.local = rw.province
		if reg.Code == locality.Bingtuan {
			rw.local = locality.Bingtuan
		}
		r.reseed(seed, uint64(i), streamRegion)
		if rw.policy, err = w.policy(ctx, tx, reg, r); err != nil {
			return err
		}
		if rw.policy == nil || !rw.policy.RegistrationOpensAt.Before(cfg.Now) {
			continue
		}
		rw.free = catalog.Free(rw.policy)
		if err := w.loadAreas(ctx, tx, rw, r); err != nil {
			return fmt.Errorf("areas of %s: %w", reg.Code, err)
		}
		if rw.reviewer, err = w.staff(ctx, tx, rw, enum.RoleReviewer); err != nil {
			return err
		}
		if rw.admin, err = w.staff(ctx, tx, rw, enum.RoleRegionAdmin); err != nil {
			return err
		}
		w.all = append(w.all, rw)
		ws = append(ws, struct {
			v *regionW
			w float64
		}{rw, rw.f.population * rw.f.it})
	}
	if w.regions = newPicker(ws); w.regions.empty() {
		return fmt.Errorf("generate: no region of session %s has opened its registration by %s", w.sess.Code, cfg.Now.Format(time.RFC3339))
	}
	return nil
}

// policy is the region's policy for the session; a generated session's
// regions get theirs now.
func (w *world) policy(ctx context.Context, tx *ent.Tx, reg *ent.Region, r *rng) (*ent.RegionPolicy, error) {
	p, err := tx.RegionPolicy.Query().Where(regionpolicy.RegionID(reg.ID), regionpolicy.SessionID(w.sess.ID)).Only(ctx)
	if err == nil || !ent.IsNotFound(err) {
		return p, err
	}
	if !w.made {
		return nil, nil
	}
	p = policyOf(reg.Code, r)
	p.RegionID, p.SessionID = reg.ID, w.sess.ID
	windows(p, w.sess, r)
	return createPolicy(ctx, tx, p, w.setupAt)
}

// loadAreas uses the region's enabled areas, or makes two to five (one per
// city, every level) with their sites and rooms. The first area draws most
// candidates, as a capital does.
func (w *world) loadAreas(ctx context.Context, tx *ent.Tx, rw *regionW, r *rng) error {
	areas, err := tx.ExamArea.Query().Where(examarea.RegionID(pidOf(rw.id)), examarea.Disabled(false)).
		Order(ent.Asc(examarea.FieldSortOrder), ent.Asc(examarea.FieldCode)).All(ctx)
	if err != nil {
		return err
	}
	made := len(areas) == 0
	if made {
		if areas, err = w.makeAreas(ctx, tx, rw, r); err != nil {
			return err
		}
	}
	by := map[enum.Level]weighted[*areaW]{}
	for i, a := range areas {
		aw := &areaW{id: string(a.ID), name: a.Name, city: cityOf(rw, i), region: rw, made: made}
		rw.areaList = append(rw.areaList, aw)
		levels := a.Levels
		if len(levels) == 0 {
			levels = []enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior}
		}
		for _, l := range levels {
			by[l] = append(by[l], struct {
				v *areaW
				w float64
			}{aw, 1 / float64(i+1)})
		}
	}
	rw.areas = map[enum.Level]picker[*areaW]{}
	for l, ws := range by {
		rw.areas[l] = newPicker(ws)
	}
	return nil
}

func cityOf(rw *regionW, i int) string {
	if len(rw.f.cities) == 0 {
		return rw.name
	}
	return rw.f.cities[i%len(rw.f.cities)]
}

func (w *world) makeAreas(ctx context.Context, tx *ent.Tx, rw *regionW, r *rng) ([]*ent.ExamArea, error) {
	n := min(len(rw.f.cities), 2+r.IntN(4))
	all := []enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior}
	var out []*ent.ExamArea
	for i := range max(n, 1) {
		city := cityOf(rw, i)
		a, err := tx.ExamArea.Create().SetRegionID(pidOf(rw.id)).SetCode(fmt.Sprintf("G%02d", i+1)).
			SetName(city + "考区").SetLevels(all).SetSortOrder(i + 1).
			SetCreatedAt(w.setupAt).SetUpdatedAt(w.setupAt).Save(ctx)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// staff is the region's generated reviewer or admin (gen-210000-reviewer …),
// made once; its password hash "!" matches no password: give it one with
// `ruankao staff` tools to log in.
func (w *world) staff(ctx context.Context, tx *ent.Tx, rw *regionW, role enum.Role) (string, error) {
	name := "gen-" + rw.code + "-" + strings.ToLower(strings.TrimPrefix(string(role), "REGION_"))
	u, err := tx.StaffUser.Query().Where(staffuser.Username(name)).Only(ctx)
	if err == nil {
		return string(u.ID), nil
	}
	if !ent.IsNotFound(err) {
		return "", err
	}
	label := map[enum.Role]string{enum.RoleReviewer: "审核员", enum.RoleRegionAdmin: "管理员"}[role]
	u, err = tx.StaffUser.Create().SetUsername(name).SetDisplayName(rw.name + "（生成）" + label).SetRole(role).
		SetRegionID(pidOf(rw.id)).SetPasswordHash("!").SetCreatedAt(w.setupAt).SetUpdatedAt(w.setupAt).Save(ctx)
	if err != nil {
		return "", err
	}
	return string(u.ID), nil
}

func loadCalendar(ctx context.Context, tx *ent.Tx) (*workdays.Calendar, error) {
	days, err := tx.CalendarDay.Query().Where(calendarday.Disabled(false)).All(ctx)
	if err != nil {
		return nil, err
	}
	var holidays, extra []civil.Date
	for _, d := range days {
		if d.Kind == calendarday.KindHOLIDAY {
			holidays = append(holidays, d.Date)
		} else {
			extra = append(extra, d.Date)
		}
	}
	return workdays.New(holidays, extra), nil
}
