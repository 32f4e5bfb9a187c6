package generate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/seatplanrun"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/seatplan"
)

const (
	roomCapacity = 30
	roomsPerSite = 40
)

// venue hands out an area's seats in generation order, room after room:
// first the rooms the generator made with the area, then new ones (with new
// sites of 40 rooms) written with the chunk that needs them. Rooms already
// in an existing area are left alone: another session may seat people there.
type venue struct {
	sites int // the area's sites, for the next site's code
	site  *siteW
	free  []roomW
	room  roomW
	used  int
}

type siteW struct {
	id    string
	rooms int
}

type roomW struct{ id, site string }

// makeVenues gives each area the generator made sites and rooms for the
// candidates it should expect (n applications by the weights, most of them
// registered), and counts every other area's sites.
func (w *world) makeVenues(ctx context.Context, tx *ent.Tx, n int, r *rng) error {
	total := 0.0
	for _, rw := range w.all {
		total += rw.f.population * rw.f.it
	}
	for _, rw := range w.all {
		areas := rw.areaList
		share := float64(n) * rw.f.population * rw.f.it / total
		sum := 0.0
		for i := range areas {
			sum += 1 / float64(i+1)
		}
		for i, a := range areas {
			count, err := tx.ExamSite.Query().Where(examsite.AreaID(pidOf(a.id))).Count(ctx)
			if err != nil {
				return err
			}
			a.venue.sites = count
			if !a.made {
				continue
			}
			rooms := int(math.Ceil(share * (1 / float64(i+1)) / sum * 0.85 / roomCapacity))
			if err := w.makeSites(ctx, tx, a, max(rooms, 6), r); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *world) makeSites(ctx context.Context, tx *ent.Tx, a *areaW, rooms int, r *rng) error {
	nSites := max(2, (rooms+roomsPerSite-1)/roomsPerSite)
	for s := range nSites {
		n := rooms / nSites
		if s < rooms%nSites {
			n++
		}
		a.venue.sites++
		site, err := tx.ExamSite.Create().SetAreaID(pidOf(a.id)).SetCode(fmt.Sprintf("G%02d", a.venue.sites)).
			SetName(siteName(a, s)).SetAddress(siteAddress(a, r)).
			SetCreatedAt(w.setupAt).SetUpdatedAt(w.setupAt).Save(ctx)
		if err != nil {
			return err
		}
		creates := make([]*ent.ExamRoomCreate, n)
		for k := range n {
			creates[k] = tx.ExamRoom.Create().SetSiteID(site.ID).SetCode(fmt.Sprintf("%02d", k+1)).
				SetCapacity(roomCapacity).SetCreatedAt(w.setupAt).SetUpdatedAt(w.setupAt)
		}
		made, err := tx.ExamRoom.CreateBulk(creates...).Save(ctx)
		if err != nil {
			return err
		}
		w.sites, w.rooms = w.sites+1, w.rooms+n
		for _, m := range made {
			a.venue.free = append(a.venue.free, roomW{id: string(m.ID), site: string(site.ID)})
		}
	}
	return nil
}

func siteName(a *areaW, k int) string {
	return a.city + siteSchools[k%len(siteSchools)] + "考点"
}

func siteAddress(a *areaW, r *rng) string {
	return fmt.Sprintf("%s%s%d号", addressHead(a.region, a.city, r), pick(r, roads), 1+r.IntN(300))
}

// seat gives the next seat of an area.
func (g *gen) seat(r *rng, c *chunk, a *areaW, at time.Time) (site, room string, seat int) {
	v := &a.venue
	if v.room.id == "" || v.used == roomCapacity {
		if len(v.free) > 0 {
			v.room, v.free = v.free[0], v.free[1:]
		} else {
			v.room = g.newRoom(r, c, a, at)
		}
		v.used = 0
	}
	v.used++
	return v.room.site, v.room.id, v.used
}

func (g *gen) newRoom(r *rng, c *chunk, a *areaW, at time.Time) roomW {
	v := &a.venue
	if v.site == nil || v.site.rooms == roomsPerSite {
		v.sites++
		v.site = &siteW{id: g.batchID("ST", at)}
		c.add(tSites, v.site.id, at, at, a.id, fmt.Sprintf("G%02d", v.sites), siteName(a, v.sites), siteAddress(a, r), false)
		g.res.Sites++
	}
	v.site.rooms++
	id := g.batchID("RM", at)
	c.add(tRooms, id, at, at, v.site.id, fmt.Sprintf("%02d", v.site.rooms), roomCapacity, false)
	g.res.Rooms++
	return roomW{id: id, site: v.site.id}
}

// ticketNumbersFrom continues each region's and level's 准考证号 after any
// number already given in the session's year and half (another session of
// the same half, such as a demo's, numbers the same way).
func (w *world) ticketNumbersFrom(ctx context.Context, tx *ent.Tx) error {
	for _, rw := range w.all {
		for _, l := range []enum.Level{enum.LevelJunior, enum.LevelIntermediate, enum.LevelSenior} {
			prefix := seatplan.TicketNumber(w.sess.Year, w.sess.Half, rw.code, l, 0)[:10]
			last, err := tx.AdmissionTicket.Query().Where(admissionticket.TicketNumberHasPrefix(prefix)).
				Order(ent.Desc(admissionticket.FieldTicketNumber)).Select(admissionticket.FieldTicketNumber).Strings(ctx)
			if err != nil {
				return err
			}
			if len(last) > 0 {
				var seq int
				if _, err := fmt.Sscanf(last[0][10:], "%d", &seq); err != nil {
					return fmt.Errorf("ticket number %s: %w", last[0], err)
				}
				rw.ticketSeq[l] = seq
			}
		}
	}
	return nil
}

// publishRuns records each region's seat plan as run and published by the
// region's generated admin, as internal/seatplan leaves a published plan.
func (g *gen) publishRuns(ctx context.Context, c *ent.Client) error {
	at := *g.ticketsAt
	for _, rw := range g.w.all {
		if rw.tickets == 0 {
			continue
		}
		digest := sha256.Sum256([]byte(fmt.Sprintf("%s/%s/%d/%d", g.w.sess.ID, rw.id, g.cfg.Seed, rw.tickets)))
		seed := sha256.Sum256(digest[:])
		err := c.SeatPlanRun.Create().SetID(pidOf(rw.runID)).SetSessionID(g.w.sess.ID).SetRegionID(pidOf(rw.id)).
			SetSeating(seatplanrun.Seating(rw.policy.SeatPolicy)).SetSeed(hex.EncodeToString(seed[:])).
			SetInputsDigest(hex.EncodeToString(digest[:])).SetStatus(seatplanrun.StatusPUBLISHED).
			SetRunByID(pidOf(rw.admin)).SetCandidates(rw.tickets).SetStaged(rw.tickets).
			SetStartedAt(at.Add(-10 * time.Minute)).SetFinishedAt(at.Add(-6 * time.Minute)).
			SetPublishedAt(at).SetPublishedByID(pidOf(rw.admin)).SetCreatedAt(at.Add(-10 * time.Minute)).
			SetUpdatedAt(at).Exec(ctx)
		if err != nil {
			return fmt.Errorf("seat plan run of %s: %w", rw.code, err)
		}
	}
	return nil
}
