// Package tickets prints what a published seat plan made: the 准考证 with
// its signed QR token, a room's or site's tickets as one file, a room's
// 考场签到表, and verifies tokens at the door.
package tickets

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/notice"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/files"
	"github.com/ruankao/ruankao/internal/pii"
	"github.com/ruankao/ruankao/internal/ticketsig"
	"github.com/ruankao/ruankao/internal/viewer"
	"github.com/ruankao/ruankao/reports"
)

// maxPhoto bounds a photo read for printing; saved photos are a few dozen KB.
const maxPhoto = 2 << 20

// Service prints tickets.
type Service struct {
	Client   *ent.Client
	Catalog  *catalog.Cache
	Files    files.Store
	Keys     *pii.Keys // decrypts ID numbers, printed in full on the ticket
	Signer   *ticketsig.Signer
	Verifier *ticketsig.Verifier
	Log      *slog.Logger
}

func (s *Service) ctx(ctx context.Context) context.Context {
	if catalog.From(ctx) == nil && s.Catalog != nil {
		return catalog.NewContext(ctx, s.Catalog)
	}
	return ctx
}

// data gathers one ticket's printed content; ctx is the system's.
func (s *Service) data(ctx context.Context, t *ent.AdmissionTicket) (reports.TicketData, *ent.Application, error) {
	var d reports.TicketData
	c, cat := s.Client, catalog.From(ctx)
	app, err := c.Application.Get(ctx, t.ApplicationID)
	if err != nil {
		return d, nil, err
	}
	cand, err := c.Candidate.Get(ctx, app.CandidateID)
	if err != nil {
		return d, nil, err
	}
	number, err := s.Keys.Decrypt(cand.IDNumberEnc, string(cand.IDType))
	if err != nil {
		return d, nil, err
	}
	sess, err := cat.Session(ctx, c, app.SessionID)
	if err != nil {
		return d, nil, err
	}
	region, err := cat.Region(ctx, c, app.RegionID)
	if err != nil {
		return d, nil, err
	}
	site, err := c.ExamSite.Get(ctx, t.SiteID)
	if err != nil {
		return d, nil, err
	}
	room, err := c.ExamRoom.Get(ctx, t.RoomID)
	if err != nil {
		return d, nil, err
	}
	d = reports.TicketData{Session: sess.Name, TicketNo: t.TicketNumber, Name: app.Name, IDType: app.IDType.Label(),
		IDNumber: number, SiteName: site.Name, SiteAddress: site.Address, Room: room.Code, Seat: t.Seat, Issued: t.CreatedAt}
	last := time.Time{}
	if app.QualificationID != nil {
		q, err := cat.Qualification(ctx, c, *app.QualificationID)
		if err != nil {
			return d, nil, err
		}
		d.Qualification, d.Level = q.Name, q.Level.Label()
		subs, err := cat.Subjects(ctx, c, q.ID)
		if err != nil {
			return d, nil, err
		}
		for _, sub := range subs {
			start, end := SittingTimes(sess.FirstExamDay, sub.Sitting, sub.DurationMinutes)
			d.Subjects = append(d.Subjects, reports.TicketSubject{Name: sub.Name, Start: start, End: end})
			if end.After(last) {
				last = end
			}
		}
	}
	if d.Photo, err = s.photo(ctx, app); err != nil {
		return d, nil, err
	}
	if n, err := c.Notice.Query().Where(notice.RegionID(app.RegionID), notice.KindEQ(notice.KindCANDIDATE_GUIDE),
		notice.Disabled(false), notice.Or(notice.SessionIDIsNil(), notice.SessionID(app.SessionID))).
		Order(ent.Asc(notice.FieldSortOrder)).First(ctx); err == nil {
		d.Notice = n.Body
	} else if !ent.IsNotFound(err) {
		return d, nil, err
	}
	d.Token, err = s.Signer.Sign(ticketsig.Claims{TicketNo: t.TicketNumber, Session: sess.Code, Region: region.Code,
		ApplicationID: string(app.ID), SiteID: string(site.ID), Room: room.Code, Seat: t.Seat,
		Expires: last.Add(24 * time.Hour)})
	return d, app, err
}

func (s *Service) photo(ctx context.Context, app *ent.Application) ([]byte, error) {
	if app.PhotoID == nil {
		return nil, nil
	}
	f, err := s.Client.StoredFile.Get(ctx, *app.PhotoID)
	if err != nil {
		return nil, err
	}
	r, _, err := s.Files.Open(ctx, f.Sha256)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(io.LimitReader(r, maxPhoto))
}

func render(f func(io.Writer) error) ([]byte, error) {
	var buf bytes.Buffer
	if err := f(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func sys(ctx context.Context) context.Context { return viewer.SystemContext(ctx) }
