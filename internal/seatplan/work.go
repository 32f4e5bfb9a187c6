package seatplan

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/predicate"
	"github.com/ruankao/ruankao/ent/schema/jsontype"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/seatplanrun"
	"github.com/ruankao/ruankao/ent/seatstage"
	"github.com/ruankao/ruankao/internal/cancellation"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/seats"
	"github.com/ruankao/ruankao/internal/txn"
	"github.com/ruankao/ruankao/internal/viewer"
)

// inputs are what one run plans: registrations and venues as the planner
// takes them, and each registration's level for its ticket number.
type inputs struct {
	regs   []seats.Registration
	sites  []seats.Site
	levels map[string]enum.Level
}

// work is the run's job: read, plan, then stage in chunks; the run row
// carries the progress and the outcome.
func (s *Service) work(ctx context.Context, run *ent.SeatPlanRun, sc *scope, seed [32]byte) error {
	in, err := s.read(ctx, sc)
	if err != nil {
		return err
	}
	digest := seats.Digest(in.regs, in.sites)
	upd := s.Client.SeatPlanRun.UpdateOneID(run.ID).Where(seatplanrun.StatusEQ(seatplanrun.StatusRUNNING)).SetInputsDigest(hex.EncodeToString(digest[:])).SetCandidates(len(in.regs))
	res, err := seats.Plan(in.regs, in.sites, seats.Seed(seed), seats.Policy(sc.policy.SeatPolicy))
	if errors.Is(err, seats.ErrShortfall) {
		short := make([]jsontype.SeatShortfall, len(res.Shortfalls))
		for i, f := range res.Shortfalls {
			short[i] = jsontype.SeatShortfall{AreaID: f.Area, Need: f.Need, Have: f.Have, Lack: f.Lack}
		}
		return upd.SetStatus(seatplanrun.StatusSHORTFALL).SetShortfalls(short).SetFinishedAt(clock.Now(ctx)).Exec(ctx)
	}
	if err != nil {
		return err
	}
	if err := upd.Exec(ctx); err != nil {
		return err
	}
	if err := s.stage(ctx, run, sc, in, res.Assignments); err != nil {
		return err
	}
	if s.Dialect == "postgres" {
		// The publish's plan needs the staged table's size: statistics from
		// before the run (often an empty table) choose a nested loop over
		// 100,000 index probes (README: seat plans). ANALYZE samples; tens of ms.
		err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
			_, err := c.ExecContext(ctx, "ANALYZE seat_stages")
			return err
		})
		if err != nil {
			return err
		}
	}
	return s.Client.SeatPlanRun.UpdateOneID(run.ID).Where(seatplanrun.StatusEQ(seatplanrun.StatusRUNNING)).SetStatus(seatplanrun.StatusREADY).
		SetStaged(len(res.Assignments)).SetFinishedAt(clock.Now(ctx)).Exec(ctx)
}

// read gathers the region's REGISTERED applications and its enabled venues.
func (s *Service) read(ctx context.Context, sc *scope) (*inputs, error) {
	// The candidates of a cancelled sitting get no seat (a free region's stay REGISTERED).
	cancelled, _, err := cancellation.CancelledAreas(ctx, s.Client, sc.session.ID, sc.region.ID)
	if err != nil {
		return nil, err
	}
	apps, err := s.Client.Application.Query().Where(application.SessionID(sc.session.ID), application.RegionID(sc.region.ID),
		application.StatusEQ(enum.StatusRegistered), application.Or(application.AreaIDIsNil(), application.AreaIDNotIn(cancelled...))).
		Select(application.FieldID, application.FieldAreaID, application.FieldQualificationID, application.FieldLevel).All(ctx)
	if err != nil {
		return nil, err
	}
	cat := catalog.From(ctx)
	sittings := map[pulid.ID][]int{}
	in := &inputs{levels: map[string]enum.Level{}}
	for _, a := range apps {
		if a.AreaID == nil || a.QualificationID == nil || a.Level == nil {
			return nil, fmt.Errorf("registered application %s without area or qualification", a.ID)
		}
		q := *a.QualificationID
		if _, ok := sittings[q]; !ok {
			subs, err := cat.Subjects(ctx, s.Client, q)
			if err != nil {
				return nil, err
			}
			for _, sub := range subs {
				sittings[q] = append(sittings[q], sub.Sitting)
			}
		}
		in.regs = append(in.regs, seats.Registration{ID: string(a.ID), Area: string(*a.AreaID),
			Qualification: string(q), Sittings: sittings[q]})
		in.levels[string(a.ID)] = *a.Level
	}
	sites, err := s.Client.ExamSite.Query().Where(examsite.Disabled(false),
		examsite.HasAreaWith(examarea.RegionID(sc.region.ID), examarea.Disabled(false))).
		WithRooms(func(q *ent.ExamRoomQuery) { q.Where(examroom.Disabled(false)) }).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, site := range sites {
		ss := seats.Site{ID: string(site.ID), Area: string(site.AreaID)}
		for _, r := range site.Edges.Rooms {
			ss.Rooms = append(ss.Rooms, seats.Room{ID: string(r.ID), Code: r.Code, Capacity: r.Capacity})
		}
		in.sites = append(in.sites, ss)
	}
	return in, nil
}

// stage writes the plan's seats in chunks of short transactions, with the
// ticket numbers, after dropping what earlier unpublished runs staged.
func (s *Service) stage(ctx context.Context, run *ent.SeatPlanRun, sc *scope, in *inputs, as []seats.Assignment) error {
	if err := s.supersede(ctx, run, sc); err != nil {
		return err
	}
	seq, err := s.sequencesAfter(ctx, sc)
	if err != nil {
		return err
	}
	for start := 0; start < len(as); start += stageChunk {
		chunk := as[start:min(start+stageChunk, len(as))]
		err := txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
			rows := make([]stageRow, len(chunk))
			for i, a := range chunk {
				level := in.levels[a.Registration]
				seq[level]++
				rows[i] = stageRow{ID: string(pulid.New("SS")), Application: a.Registration, Site: a.Site, Room: a.Room,
					Seat: a.Seat, Ticket: TicketNumber(sc.session.Year, sc.session.Half, sc.region.Code, level, seq[level])}
			}
			if err := s.insertStage(ctx, c, string(run.ID), string(sc.session.ID), rows); err != nil {
				return err
			}
			return c.SeatPlanRun.UpdateOneID(run.ID).SetStaged(start + len(chunk)).Exec(ctx)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// sequencesAfter is where each level's 准考证号 sequence starts: after the
// highest number another session of the same year and half has given in the
// region. The number carries the half-year, not the session, and one 软考
// session a half-year is the rule, but a second one (a make-up sitting, the
// demo's sessions) must not reuse the first one's numbers.
func (s *Service) sequencesAfter(ctx context.Context, sc *scope) (map[enum.Level]int, error) {
	seq := map[enum.Level]int{}
	for _, l := range []enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior} {
		prefix := TicketNumber(sc.session.Year, sc.session.Half, sc.region.Code, l, 0)[:10]
		last, err := s.Client.AdmissionTicket.Query().Where(admissionticket.TicketNumberHasPrefix(prefix),
			admissionticket.SessionIDNEQ(sc.session.ID)).Order(ent.Desc(admissionticket.FieldTicketNumber)).
			Limit(1).Select(admissionticket.FieldTicketNumber).Strings(viewer.SystemContext(ctx))
		if err != nil {
			return nil, err
		}
		if len(last) > 0 {
			n, err := strconv.Atoi(last[0][10:])
			if err != nil {
				return nil, fmt.Errorf("ticket number %s: %w", last[0], err)
			}
			seq[l] = n
		}
	}
	return seq, nil
}

// supersede marks the region's earlier unpublished runs and drops their rows
// (re-running replaces an unpublished plan), and drops what a failed run
// staged before it failed, so no half-written plan is left behind.
func (s *Service) supersede(ctx context.Context, run *ent.SeatPlanRun, sc *scope) error {
	mine := []predicate.SeatPlanRun{seatplanrun.SessionID(sc.session.ID), seatplanrun.RegionID(sc.region.ID), seatplanrun.IDNEQ(run.ID)}
	old, err := s.Client.SeatPlanRun.Query().Where(append(mine,
		seatplanrun.StatusIn(seatplanrun.StatusREADY, seatplanrun.StatusSHORTFALL))...).IDs(ctx)
	if err != nil {
		return err
	}
	failed, err := s.Client.SeatPlanRun.Query().Where(append(mine, seatplanrun.StatusEQ(seatplanrun.StatusFAILED))...).IDs(ctx)
	if err != nil || len(old)+len(failed) == 0 {
		return err
	}
	return txn.Run(ctx, s.Client, func(ctx context.Context, c *ent.Client) error {
		if _, err := c.SeatStage.Delete().Where(seatstage.RunIDIn(append(old, failed...)...)).Exec(ctx); err != nil {
			return err
		}
		return c.SeatPlanRun.Update().Where(seatplanrun.IDIn(old...)).
			SetStatus(seatplanrun.StatusSUPERSEDED).SetFinishedAt(clock.Now(ctx)).Exec(ctx)
	})
}
