package graph

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/calendarday"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/offering"
	"github.com/ruankao/ruankao/ent/regionpolicy"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/admin"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/catalog"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

func sessionPayload(s *ent.ExamSession, ps apperr.Problems) *model.ExamSessionPayload {
	if ps.Any() {
		s = nil
	}
	return &model.ExamSessionPayload{ExamSession: s, UserErrors: userErrors(ps)}
}

func (r *Resolver) createExamSession(ctx context.Context, in model.CreateExamSessionInput) (*model.ExamSessionPayload, error) {
	if _, err := nationalViewer(ctx); err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	tx := ent.TxFromContext(ctx)
	if tx == nil {
		return nil, errors.New("createExamSession: no transaction in the request")
	}
	var ps apperr.Problems
	code := admin.SessionCode(&ps, in.Code, "input", "code")
	name := admin.Text(&ps, in.Name, admin.MaxNameRunes, "input", "name")
	w := admin.SessionWindows{
		Year: in.Year, FirstHalf: in.Half == enum.HalfFirst,
		RegistrationOpensAt: in.RegistrationOpensAt, RegistrationClosesAt: in.RegistrationClosesAt,
		TicketPrintOpensAt: in.TicketPrintOpensAt, TicketPrintClosesAt: in.TicketPrintClosesAt,
		FirstExamDay: in.FirstExamDay, LastExamDay: in.LastExamDay, ScoreReleaseAt: in.ScoreReleaseAt,
	}
	ps = append(ps, admin.CheckSessionWindows(clock.Now(ctx), nil, w)...)
	taken, err := client.ExamSession.Query().Where(examsession.Code(code)).Exist(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	if taken {
		ps.Add(apperr.AlreadyExists, "批次代码 "+code+" 已被使用", "input", "code")
	}
	if ps.Any() {
		return sessionPayload(nil, ps), nil
	}
	s, err := adminSaved(client.ExamSession.Create().SetCode(code).SetName(name).SetYear(in.Year).SetHalf(in.Half).
		SetRegistrationOpensAt(in.RegistrationOpensAt).SetRegistrationClosesAt(in.RegistrationClosesAt).
		SetTicketPrintOpensAt(in.TicketPrintOpensAt).SetTicketPrintClosesAt(in.TicketPrintClosesAt).
		SetFirstExamDay(in.FirstExamDay).SetLastExamDay(in.LastExamDay).
		SetNillableScoreReleaseAt(in.ScoreReleaseAt).Save(ctx))
	if err != nil {
		return nil, err
	}
	if err := catalog.OfferDefaults(ctx, tx, s); err != nil {
		return nil, err
	}
	return sessionPayload(s, nil), nil
}

func (r *Resolver) updateExamSession(ctx context.Context, code string, in model.UpdateExamSessionInput) (*model.ExamSessionPayload, error) {
	if _, err := nationalViewer(ctx); err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	s, err := adminSessionByCode(ctx, client, code)
	if err != nil {
		return nil, err
	}
	now := clock.Now(ctx)
	var ps apperr.Problems
	upd := client.ExamSession.UpdateOneID(s.ID)
	old := admin.SessionWindowsOf(s)
	w := old
	if in.Name != nil {
		upd.SetName(admin.Text(&ps, *in.Name, admin.MaxNameRunes, "input", "name"))
	}
	if in.Year != nil {
		w.Year = *in.Year
		upd.SetYear(*in.Year)
	}
	if in.Half != nil {
		w.FirstHalf = *in.Half == enum.HalfFirst
		upd.SetHalf(*in.Half)
	}
	setTime := func(src *time.Time, dst *time.Time, set func(time.Time) *ent.ExamSessionUpdateOne) {
		if src != nil {
			*dst = *src
			set(*src)
		}
	}
	setTime(in.RegistrationOpensAt, &w.RegistrationOpensAt, upd.SetRegistrationOpensAt)
	setTime(in.RegistrationClosesAt, &w.RegistrationClosesAt, upd.SetRegistrationClosesAt)
	setTime(in.TicketPrintOpensAt, &w.TicketPrintOpensAt, upd.SetTicketPrintOpensAt)
	setTime(in.TicketPrintClosesAt, &w.TicketPrintClosesAt, upd.SetTicketPrintClosesAt)
	if in.FirstExamDay != nil {
		w.FirstExamDay = *in.FirstExamDay
		upd.SetFirstExamDay(*in.FirstExamDay)
	}
	if in.LastExamDay != nil {
		w.LastExamDay = *in.LastExamDay
		upd.SetLastExamDay(*in.LastExamDay)
	}
	if at, set := in.ScoreReleaseAt.ValueOK(); set {
		w.ScoreReleaseAt = at
		if at == nil {
			upd.ClearScoreReleaseAt()
		} else {
			upd.SetScoreReleaseAt(*at)
		}
	}
	ps = append(ps, admin.CheckSessionWindows(now, &old, w)...)
	if !w.RegistrationOpensAt.Equal(old.RegistrationOpensAt) || w.FirstExamDay != old.FirstExamDay {
		policies, err := client.RegionPolicy.Query().Where(regionpolicy.SessionID(s.ID)).WithRegion().
			All(viewer.SystemContext(ctx))
		if err != nil {
			return nil, err
		}
		ps = append(ps, admin.CheckPoliciesInSession(policies, w)...)
	}
	if in.Disabled != nil {
		if *in.Disabled {
			n, err := admin.LiveApplications(ctx, client, now, application.SessionID(s.ID))
			if err != nil {
				return nil, err
			}
			if n > 0 {
				ps.Add(apperr.AreaHasApplicants, s.Name+"尚有 "+strconv.Itoa(n)+" 份有效报名，不能停用", "input", "disabled")
			}
		}
		upd.SetDisabled(*in.Disabled)
	}
	if ps.Any() {
		return sessionPayload(nil, ps), nil
	}
	if s, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	return sessionPayload(s, nil), nil
}

// setOffering says whether a session examines a qualification; an offering
// that live applications chose stays.
func (r *Resolver) setOffering(ctx context.Context, sessionCode, qualificationCode string, enabled bool) (*model.OfferingPayload, error) {
	if _, err := nationalViewer(ctx); err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	s, err := adminSessionByCode(ctx, client, sessionCode)
	if err != nil {
		return nil, err
	}
	q, err := adminQualificationByCode(ctx, client, qualificationCode)
	if err != nil {
		return nil, err
	}
	if !enabled {
		n, err := admin.LiveApplications(ctx, client, clock.Now(ctx), application.SessionID(s.ID), application.QualificationID(q.ID))
		if err != nil {
			return nil, err
		}
		if n > 0 {
			var ps apperr.Problems
			ps.Add(apperr.AreaHasApplicants, s.Name+"尚有 "+strconv.Itoa(n)+" 份报考"+q.Name+"的有效报名，不能取消该资格", "enabled")
			return &model.OfferingPayload{UserErrors: userErrors(ps)}, nil
		}
	}
	o, err := client.Offering.Query().Where(offering.SessionID(s.ID), offering.QualificationID(q.ID)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		o, err = adminSaved(client.Offering.Create().SetSessionID(s.ID).SetQualificationID(q.ID).SetEnabled(enabled).Save(ctx))
	case err == nil && o.Enabled != enabled:
		o, err = o.Update().SetEnabled(enabled).Save(ctx)
	}
	if err != nil {
		return nil, err
	}
	return &model.OfferingPayload{Offering: o, UserErrors: userErrors(nil)}, nil
}

func (r *Resolver) updateQualification(ctx context.Context, code string, in model.UpdateQualificationInput) (*model.QualificationPayload, error) {
	if _, err := nationalViewer(ctx); err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	q, err := adminQualificationByCode(ctx, client, code)
	if err != nil {
		return nil, err
	}
	var ps apperr.Problems
	upd := client.Qualification.UpdateOneID(q.ID)
	if in.Name != nil {
		upd.SetName(admin.Text(&ps, *in.Name, admin.MaxNameRunes, "input", "name"))
	}
	if in.DefaultHalves != nil {
		upd.SetDefaultHalves(uniqueOf(in.DefaultHalves))
	}
	if in.Disabled != nil {
		if *in.Disabled {
			n, err := admin.LiveApplications(ctx, client, clock.Now(ctx), application.QualificationID(q.ID))
			if err != nil {
				return nil, err
			}
			if n > 0 {
				ps.Add(apperr.AreaHasApplicants, q.Name+"尚有 "+strconv.Itoa(n)+" 份有效报名，不能停用", "input", "disabled")
			}
		}
		upd.SetDisabled(*in.Disabled)
	}
	if ps.Any() {
		return &model.QualificationPayload{UserErrors: userErrors(ps)}, nil
	}
	if q, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	return &model.QualificationPayload{Qualification: q, UserErrors: userErrors(nil)}, nil
}

// addCalendarDay adds a holiday or a 调休 working day; a day disabled before
// is enabled again with the new kind and name (days are never deleted).
func (r *Resolver) addCalendarDay(ctx context.Context, date civil.Date, kind calendarday.Kind, name string) (*model.CalendarDayPayload, error) {
	if _, err := nationalViewer(ctx); err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	var ps apperr.Problems
	name = admin.Text(&ps, name, admin.MaxNameRunes, "name")
	if date.Year < 2000 || date.Year > 2100 {
		ps.Add(apperr.OutOfRange, "日期应在 2000 至 2100 年之间", "date")
	}
	day, err := client.CalendarDay.Query().Where(calendarday.DateEQ(date)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if day != nil && !day.Disabled {
		ps.Add(apperr.AlreadyExists, date.String()+" 已在日历中（"+day.Name+"）；如需更改请先停用", "date")
	}
	if ps.Any() {
		return &model.CalendarDayPayload{UserErrors: userErrors(ps)}, nil
	}
	if day != nil {
		day, err = day.Update().SetKind(kind).SetName(name).SetDisabled(false).Save(ctx)
	} else {
		day, err = adminSaved(client.CalendarDay.Create().SetDate(date).SetKind(kind).SetName(name).Save(ctx))
	}
	if err != nil {
		return nil, err
	}
	return &model.CalendarDayPayload{CalendarDay: day, UserErrors: userErrors(nil)}, nil
}

// disableCalendarDay takes a day out of the working-day calendar; review
// deadlines already stored do not move (conventions).
func (r *Resolver) disableCalendarDay(ctx context.Context, date civil.Date) (*model.CalendarDayPayload, error) {
	if _, err := nationalViewer(ctx); err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	day, err := client.CalendarDay.Query().Where(calendarday.DateEQ(date)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("日历中的 " + date.String())
	}
	if err != nil {
		return nil, err
	}
	if !day.Disabled {
		if day, err = day.Update().SetDisabled(true).Save(ctx); err != nil {
			return nil, err
		}
	}
	return &model.CalendarDayPayload{CalendarDay: day, UserErrors: userErrors(nil)}, nil
}
