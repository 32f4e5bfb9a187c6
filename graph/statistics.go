package graph

import (
	"context"

	"github.com/ruankao/ruankao/ent/application"
	"github.com/ruankao/ruankao/ent/examarea"
	"github.com/ruankao/ruankao/ent/examsite"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/graph/model"
	"github.com/ruankao/ruankao/internal/enum"
	"github.com/ruankao/ruankao/internal/stats"
	"github.com/ruankao/ruankao/internal/viewer"
)

// labelled shapes a statistic's groups with their Chinese labels; a group
// without a key (a field left empty) is 未填写.
func labelled(cs []stats.Count, label func(string) string) []*model.StatCount {
	out := make([]*model.StatCount, len(cs))
	for i, c := range cs {
		l := "未填写"
		if c.Key != "" {
			l = label(c.Key)
		}
		out[i] = &model.StatCount{Key: c.Key, Label: l, Count: c.Count}
	}
	return out
}

func statusLabel(k string) string { return enum.ApplicationStatus(k).Label() }
func levelLabel(k string) string  { return enum.Level(k).Label() }
func educationLabel(k string) string {
	return educationLabels[application.Education(k)]
}
func employmentLabel(k string) string {
	return employmentLabels[application.Employment(k)]
}

// qualificationLabel names a qualification from the catalog.
func (r *Resolver) qualificationLabel(ctx context.Context) func(string) string {
	return func(id string) string {
		if q, err := r.Catalog.Qualification(ctx, r.Client, pulid.ID(id)); err == nil && q != nil {
			return q.Name
		}
		return id
	}
}

// areaLabels names the areas of a list in one query.
func (r *Resolver) areaLabels(ctx context.Context, cs []stats.Count) (func(string) string, error) {
	ids := make([]pulid.ID, 0, len(cs))
	for _, c := range cs {
		if c.Key != "" {
			ids = append(ids, pulid.ID(c.Key))
		}
	}
	as, err := r.Client.ExamArea.Query().Where(examarea.IDIn(ids...)).All(viewer.SystemContext(ctx))
	names := map[string]string{}
	for _, a := range as {
		names[string(a.ID)] = a.Name
	}
	return func(id string) string { return names[id] }, err
}

func (r *Resolver) siteSeats(ctx context.Context, ss []stats.SiteSeats) ([]*model.SiteSeats, error) {
	ids := make([]pulid.ID, len(ss))
	for i, s := range ss {
		ids[i] = s.SiteID
	}
	sites, err := r.Client.ExamSite.Query().Where(examsite.IDIn(ids...)).All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	byID := map[pulid.ID]int{}
	for i, s := range sites {
		byID[s.ID] = i
	}
	out := make([]*model.SiteSeats, 0, len(ss))
	for _, s := range ss {
		if i, ok := byID[s.SiteID]; ok {
			out = append(out, &model.SiteSeats{Site: sites[i], Rooms: s.Rooms, Capacity: s.Capacity, Used: s.Used})
		}
	}
	return out, nil
}

// passRate is passed / sat, 0 when nobody sat.
func passRate(passed, sat int) float64 {
	if sat == 0 {
		return 0
	}
	return float64(passed) / float64(sat)
}
