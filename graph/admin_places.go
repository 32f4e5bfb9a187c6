package graph

import (
	"context"
	"strconv"
	"strings"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/admissionticket"
	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/admin"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/clock"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/viewer"
)

func areaPayload(a *ent.ExamArea, ps apperr.Problems) *model.ExamAreaPayload {
	if ps.Any() {
		a = nil
	}
	return &model.ExamAreaPayload{ExamArea: a, UserErrors: userErrors(ps)}
}

func sitePayload(s *ent.ExamSite, ps apperr.Problems) *model.ExamSitePayload {
	if ps.Any() {
		s = nil
	}
	return &model.ExamSitePayload{ExamSite: s, UserErrors: userErrors(ps)}
}

func roomPayload(r *ent.ExamRoom, ps apperr.Problems) *model.ExamRoomPayload {
	if ps.Any() {
		r = nil
	}
	return &model.ExamRoomPayload{ExamRoom: r, UserErrors: userErrors(ps)}
}

func levelNames(ls []enum.Level) string {
	names := make([]string, len(ls))
	for i, l := range ls {
		names[i] = l.Label()
	}
	return strings.Join(names, "、")
}

func (r *Resolver) createExamArea(ctx context.Context, regionCode string, in model.CreateExamAreaInput) (*model.ExamAreaPayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	var ps apperr.Problems
	reg, err := adminRegion(ctx, client, v, regionCode, &ps)
	if err != nil {
		return nil, err
	}
	code := admin.PlaceCode(&ps, in.Code, "input", "code")
	name := admin.Text(&ps, in.Name, admin.MaxNameRunes, "input", "name")
	if len(in.Levels) == 0 {
		ps.Add(apperr.Required, "请至少选择一个接受的级别", "input", "levels")
	}
	if !ps.Any() {
		taken, err := areaCodeTaken(ctx, client, reg.ID, code)
		if err != nil {
			return nil, err
		}
		if taken {
			ps.Add(apperr.AlreadyExists, reg.Name+"已有编号为 "+code+" 的考区", "input", "code")
		}
	}
	if ps.Any() {
		return areaPayload(nil, ps), nil
	}
	c := client.ExamArea.Create().SetRegionID(reg.ID).SetCode(code).SetName(name).SetLevels(uniqueOf(in.Levels))
	if in.SortOrder != nil {
		c.SetSortOrder(*in.SortOrder)
	}
	a, err := adminSaved(c.Save(ctx))
	if err != nil {
		return nil, err
	}
	return areaPayload(a, nil), nil
}

// updateExamArea changes an area; disabling it (path says where the request
// asked for that) or narrowing its levels must leave every live application
// in an area that accepts it.
func (r *Resolver) updateExamArea(ctx context.Context, id pulid.ID, in model.UpdateExamAreaInput, disablePath ...string) (*model.ExamAreaPayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	a, err := adminArea(ctx, client, v, id)
	if err != nil {
		return nil, err
	}
	now := clock.Now(ctx)
	var ps apperr.Problems
	upd := client.ExamArea.UpdateOneID(a.ID)
	if in.Name != nil {
		upd.SetName(admin.Text(&ps, *in.Name, admin.MaxNameRunes, "input", "name"))
	}
	if in.SortOrder != nil {
		upd.SetSortOrder(*in.SortOrder)
	}
	if in.Levels != nil {
		levels := uniqueOf(in.Levels)
		if len(levels) == 0 {
			ps.Add(apperr.Required, "请至少选择一个接受的级别", "input", "levels")
		} else {
			lost, err := admin.LevelsInUseOutside(ctx, client, now, a.ID, levels)
			if err != nil {
				return nil, err
			}
			if len(lost) > 0 {
				ps.Add(apperr.AreaHasApplicants, a.Name+"有"+levelNames(lost)+"考生的报名尚在进行，不能取消该级别", "input", "levels")
			}
			upd.SetLevels(levels)
		}
	}
	if in.Disabled != nil {
		if *in.Disabled {
			n, err := admin.LiveApplications(ctx, client, now, application.AreaID(a.ID))
			if err != nil {
				return nil, err
			}
			if n > 0 {
				if disablePath == nil {
					disablePath = []string{"input", "disabled"}
				}
				ps.Add(apperr.AreaHasApplicants, a.Name+"尚有 "+strconv.Itoa(n)+" 份有效报名，不能停用", disablePath...)
			}
		}
		upd.SetDisabled(*in.Disabled)
	}
	if ps.Any() {
		return areaPayload(nil, ps), nil
	}
	if a, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	return areaPayload(a, nil), nil
}

func (r *Resolver) createExamSite(ctx context.Context, areaID pulid.ID, in model.CreateExamSiteInput) (*model.ExamSitePayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	a, err := adminArea(ctx, client, v, areaID)
	if err != nil {
		return nil, err
	}
	var ps apperr.Problems
	code := admin.PlaceCode(&ps, in.Code, "input", "code")
	name := admin.Text(&ps, in.Name, admin.MaxNameRunes, "input", "name")
	address := admin.Text(&ps, in.Address, admin.MaxAddressRunes, "input", "address")
	if !ps.Any() {
		taken, err := client.ExamSite.Query().Where(examsite.AreaID(a.ID), examsite.Code(code)).Exist(viewer.SystemContext(ctx))
		if err != nil {
			return nil, err
		}
		if taken {
			ps.Add(apperr.AlreadyExists, a.Name+"已有编号为 "+code+" 的考点", "input", "code")
		}
	}
	if ps.Any() {
		return sitePayload(nil, ps), nil
	}
	s, err := adminSaved(client.ExamSite.Create().SetAreaID(a.ID).SetCode(code).SetName(name).SetAddress(address).Save(ctx))
	if err != nil {
		return nil, err
	}
	return sitePayload(s, nil), nil
}

func (r *Resolver) updateExamSite(ctx context.Context, id pulid.ID, in model.UpdateExamSiteInput, disablePath ...string) (*model.ExamSitePayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	s, err := adminSite(ctx, client, v, id)
	if err != nil {
		return nil, err
	}
	var ps apperr.Problems
	upd := client.ExamSite.UpdateOneID(s.ID)
	if in.Name != nil {
		upd.SetName(admin.Text(&ps, *in.Name, admin.MaxNameRunes, "input", "name"))
	}
	if in.Address != nil {
		upd.SetAddress(admin.Text(&ps, *in.Address, admin.MaxAddressRunes, "input", "address"))
	}
	if in.Disabled != nil {
		if *in.Disabled {
			n, err := admin.SeatsAssigned(ctx, client, clock.Now(ctx), admissionticket.SiteID(s.ID))
			if err != nil {
				return nil, err
			}
			if n > 0 {
				if disablePath == nil {
					disablePath = []string{"input", "disabled"}
				}
				ps.Add(apperr.SeatsAssigned, s.Name+"已安排 "+strconv.Itoa(n)+" 个考生座位，不能停用", disablePath...)
			}
		}
		upd.SetDisabled(*in.Disabled)
	}
	if ps.Any() {
		return sitePayload(nil, ps), nil
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	return sitePayload(saved, nil), nil
}

func (r *Resolver) createExamRoom(ctx context.Context, siteID pulid.ID, in model.CreateExamRoomInput) (*model.ExamRoomPayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	s, err := adminSite(ctx, client, v, siteID)
	if err != nil {
		return nil, err
	}
	var ps apperr.Problems
	code := admin.PlaceCode(&ps, in.Code, "input", "code")
	admin.Capacity(&ps, in.Capacity, "input", "capacity")
	if !ps.Any() {
		taken, err := client.ExamRoom.Query().Where(examroom.SiteID(s.ID), examroom.Code(code)).Exist(viewer.SystemContext(ctx))
		if err != nil {
			return nil, err
		}
		if taken {
			ps.Add(apperr.AlreadyExists, s.Name+"已有编号为 "+code+" 的考场", "input", "code")
		}
	}
	if ps.Any() {
		return roomPayload(nil, ps), nil
	}
	room, err := adminSaved(client.ExamRoom.Create().SetSiteID(s.ID).SetCode(code).SetCapacity(in.Capacity).Save(ctx))
	if err != nil {
		return nil, err
	}
	return roomPayload(room, nil), nil
}

// updateExamRoom changes a room's capacity, never below a seat already
// assigned in it, or disables a room that holds no assigned seat.
func (r *Resolver) updateExamRoom(ctx context.Context, id pulid.ID, in model.UpdateExamRoomInput) (*model.ExamRoomPayload, error) {
	v, err := adminViewer(ctx)
	if err != nil {
		return nil, err
	}
	client := ent.FromContext(ctx)
	room, err := adminRoom(ctx, client, v, id)
	if err != nil {
		return nil, err
	}
	now := clock.Now(ctx)
	var ps apperr.Problems
	upd := client.ExamRoom.UpdateOneID(room.ID)
	if in.Capacity != nil {
		admin.Capacity(&ps, *in.Capacity, "input", "capacity")
		if *in.Capacity >= 1 && *in.Capacity < room.Capacity {
			highest, err := admin.HighestSeat(ctx, client, now, room.ID)
			if err != nil {
				return nil, err
			}
			if highest > *in.Capacity {
				ps.Add(apperr.CapacityBelowAssigned, "第 "+room.Code+" 考场已安排到第 "+strconv.Itoa(highest)+" 号座位，座位数不能少于 "+strconv.Itoa(highest),
					"input", "capacity")
			}
		}
		upd.SetCapacity(*in.Capacity)
	}
	if in.Disabled != nil {
		if *in.Disabled {
			n, err := admin.SeatsAssigned(ctx, client, now, admissionticket.RoomID(room.ID))
			if err != nil {
				return nil, err
			}
			if n > 0 {
				ps.Add(apperr.SeatsAssigned, "第 "+room.Code+" 考场已安排 "+strconv.Itoa(n)+" 个考生座位，不能停用", "input", "disabled")
			}
		}
		upd.SetDisabled(*in.Disabled)
	}
	if ps.Any() {
		return roomPayload(nil, ps), nil
	}
	saved, err := upd.Save(ctx)
	if err != nil {
		return nil, err
	}
	return roomPayload(saved, nil), nil
}
