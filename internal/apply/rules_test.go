package apply

import (
	"testing"
	"time"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/internal/apperr"
	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/enum"
)

func TestRegionKept(t *testing.T) {
	liaoning := &ent.Region{ID: "RGliaoning", Name: "辽宁省"}
	shanghai := &ent.Region{ID: "RGshanghai", Name: "上海市"}
	submitted := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name      string
		status    enum.ApplicationStatus
		submitted *time.Time
		to        *ent.Region
		fixed     bool
	}{
		{"draft, never submitted, moves", enum.StatusDraft, nil, shanghai, false},
		{"draft stays", enum.StatusDraft, nil, liaoning, false},
		{"rejected moves", enum.StatusRejected, &submitted, shanghai, true},
		{"rejected stays", enum.StatusRejected, &submitted, liaoning, false},
		{"rejected without a submit time (old data) moves", enum.StatusRejected, nil, shanghai, true},
	} {
		app := &ent.Application{RegionID: liaoning.ID, Status: tc.status, SubmittedAt: tc.submitted}
		e := regionKept(app, tc.to)
		if (e != nil) != tc.fixed {
			t.Errorf("%s: %+v", tc.name, e)
		}
		if e != nil && (e.Code != apperr.RegionFixed || len(e.Field) != 2 || e.Field[1] != "regionCode") {
			t.Errorf("%s: %+v", tc.name, e)
		}
	}
}

func TestAgeAtTheFirstExamDay(t *testing.T) {
	sess := &ent.ExamSession{FirstExamDay: civil.MustParse("2026-05-23")}
	for birth, want := range map[string]int{
		"1990-05-22": 36, "1990-05-23": 36, "1990-05-24": 35, "2008-02-29": 18, "2010-12-31": 15,
	} {
		if got := AgeAt(civil.MustParse(birth), sess); got != want {
			t.Errorf("born %s: %d, want %d", birth, got, want)
		}
	}
}
