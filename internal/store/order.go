package store

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examroom"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/intercept"
	"github.com/ruankao/ruankao/ent/notice"
	"github.com/ruankao/ruankao/ent/offering"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/subject"
)

// installDefaultOrders gives catalog lists a stable order even when they are
// loaded as edges (eager loading has no ORDER BY of its own). Explicit orders
// come first, so these only break ties.
func installDefaultOrders(c *ent.Client) {
	c.Subject.Intercept(intercept.TraverseSubject(func(_ context.Context, q *ent.SubjectQuery) error {
		q.Order(ent.Asc(subject.FieldQualificationID), ent.Asc(subject.FieldOrder))
		return nil
	}))
	c.ExamArea.Intercept(intercept.TraverseExamArea(func(_ context.Context, q *ent.ExamAreaQuery) error {
		q.Order(ent.Asc(examarea.FieldSortOrder), ent.Asc(examarea.FieldCode))
		return nil
	}))
	c.Notice.Intercept(intercept.TraverseNotice(func(_ context.Context, q *ent.NoticeQuery) error {
		q.Order(ent.Asc(notice.FieldSortOrder), ent.Desc(notice.FieldPublishedAt))
		return nil
	}))
	c.ExamSite.Intercept(intercept.TraverseExamSite(func(_ context.Context, q *ent.ExamSiteQuery) error {
		q.Order(ent.Asc(examsite.FieldCode))
		return nil
	}))
	c.ExamRoom.Intercept(intercept.TraverseExamRoom(func(_ context.Context, q *ent.ExamRoomQuery) error {
		q.Order(ent.Asc(examroom.FieldCode))
		return nil
	}))
	// Qualification ids are made in catalog order, so this lists offerings in it.
	c.Offering.Intercept(intercept.TraverseOffering(func(_ context.Context, q *ent.OfferingQuery) error {
		q.Order(ent.Asc(offering.FieldQualificationID))
		return nil
	}))
	c.Region.Intercept(intercept.TraverseRegion(func(_ context.Context, q *ent.RegionQuery) error {
		q.Order(ent.Asc(region.FieldCode))
		return nil
	}))
}
