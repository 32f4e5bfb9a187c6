package catalog

import (
	"context"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/calendarday"
	"github.com/ruankao/ruankao/ent/examsession"
	"github.com/ruankao/ruankao/ent/offering"
	"github.com/ruankao/ruankao/ent/qualification"
	"github.com/ruankao/ruankao/ent/region"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/ent/subject"
	"github.com/ruankao/ruankao/internal/viewer"
)

// The lookups below answer from the cache when it holds a snapshot and from
// the database otherwise (no cache in the context, or one just changed), so
// that domain code has one path. Everyone may read the catalog, so the
// answers are the same for every viewer. A nil *Cache is valid.

type cacheKey struct{}

// NewContext carries c to the domain code a request calls.
func NewContext(ctx context.Context, c *Cache) context.Context {
	return context.WithValue(ctx, cacheKey{}, c)
}

// From is the cache ctx carries, or nil.
func From(ctx context.Context) *Cache {
	c, _ := ctx.Value(cacheKey{}).(*Cache)
	return c
}

// Session is the exam session with id.
func (c *Cache) Session(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.ExamSession, error) {
	if s, _ := c.current(ctx, client); s != nil {
		if x, ok := s.sessions[id]; ok {
			copied := *x
			return &copied, nil
		}
	}
	return client.ExamSession.Get(viewer.SystemContext(ctx), id)
}

// EnabledSessionByCode is the exam session with code unless it is disabled (ent's not-found error).
func (c *Cache) EnabledSessionByCode(ctx context.Context, client *ent.Client, code string) (*ent.ExamSession, error) {
	if s, _ := c.current(ctx, client); s != nil {
		for _, x := range s.sessions {
			if x.Code == code && !x.Disabled {
				copied := *x
				return &copied, nil
			}
		}
		return nil, &ent.NotFoundError{}
	}
	return client.ExamSession.Query().Where(examsession.Code(code), examsession.Disabled(false)).
		Only(viewer.SystemContext(ctx))
}

// RegionWithParent is the region with id and its parent's code ("" for a province).
func (c *Cache) RegionWithParent(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.Region, string, error) {
	if s, _ := c.current(ctx, client); s != nil {
		if r, ok := s.regions[id]; ok {
			parent := ""
			if r.ParentID != nil {
				if p, ok := s.regions[*r.ParentID]; ok {
					parent = p.Code
				}
			}
			copied := *r
			return &copied, parent, nil
		}
	}
	r, err := client.Region.Query().Where(region.ID(id)).WithParent().Only(viewer.SystemContext(ctx))
	if err != nil {
		return nil, "", err
	}
	if r.Edges.Parent != nil {
		return r, r.Edges.Parent.Code, nil
	}
	return r, "", nil
}

// EnabledRegionByCode is the region with code unless it is disabled (ent's not-found error).
func (c *Cache) EnabledRegionByCode(ctx context.Context, client *ent.Client, code string) (*ent.Region, error) {
	if s, _ := c.current(ctx, client); s != nil {
		for _, r := range s.regions {
			if r.Code == code && !r.Disabled {
				copied := *r
				return &copied, nil
			}
		}
		return nil, &ent.NotFoundError{}
	}
	return client.Region.Query().Where(region.Code(code), region.Disabled(false)).Only(viewer.SystemContext(ctx))
}

// EnabledArea is the exam area with id unless it is disabled.
func (c *Cache) EnabledArea(ctx context.Context, client *ent.Client, id pulid.ID) (*ent.ExamArea, error) {
	if s, _ := c.current(ctx, client); s != nil {
		if a, ok := s.areas[id]; ok && !a.Disabled {
			copied := *a
			return &copied, nil
		}
		return nil, &ent.NotFoundError{}
	}
	a, err := client.ExamArea.Get(viewer.SystemContext(ctx), id)
	if err == nil && a.Disabled {
		return nil, &ent.NotFoundError{}
	}
	return a, err
}

// EnabledQualificationByCode is the qualification with code unless it is disabled.
func (c *Cache) EnabledQualificationByCode(ctx context.Context, client *ent.Client, code string) (*ent.Qualification, error) {
	if s, _ := c.current(ctx, client); s != nil {
		for _, q := range s.quals {
			if q.Code == code && !q.Disabled {
				copied := *q
				return &copied, nil
			}
		}
		return nil, &ent.NotFoundError{}
	}
	return client.Qualification.Query().Where(qualification.Code(code), qualification.Disabled(false)).
		Only(viewer.SystemContext(ctx))
}

// Offered tells whether a session offers a qualification.
func (c *Cache) Offered(ctx context.Context, client *ent.Client, session, qual pulid.ID) (bool, error) {
	if s, _ := c.current(ctx, client); s != nil {
		return s.offerings[[2]pulid.ID{session, qual}], nil
	}
	return client.Offering.Query().Where(offering.SessionID(session), offering.QualificationID(qual),
		offering.Enabled(true)).Exist(viewer.SystemContext(ctx))
}

// SubjectCount is how many subjects a qualification is examined in.
func (c *Cache) SubjectCount(ctx context.Context, client *ent.Client, qual pulid.ID) (int, error) {
	if s, _ := c.current(ctx, client); s != nil {
		return len(s.subjects[qual]), nil
	}
	return client.Subject.Query().Where(subject.QualificationID(qual)).Count(viewer.SystemContext(ctx))
}

// CalendarDays are the holidays and 调休 working days that are not disabled.
func (c *Cache) CalendarDays(ctx context.Context, client *ent.Client) ([]*ent.CalendarDay, error) {
	if s, _ := c.current(ctx, client); s != nil {
		return s.days, nil
	}
	return client.CalendarDay.Query().Where(calendarday.Disabled(false)).All(viewer.SystemContext(ctx))
}
