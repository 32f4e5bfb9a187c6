package cancellation

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ruankao/ruankao/ent"
	"github.com/ruankao/ruankao/ent/schema/pulid"
	"github.com/ruankao/ruankao/internal/apperr"
)

func TestReasonRules(t *testing.T) {
	for _, c := range []struct {
		in, code, out string
	}{
		{"  台风过境  ", "", "台风过境"},
		{"台风\n考点停用", "", "台风\n考点停用"},
		{"", apperr.Required, ""},
		{" \t ", apperr.Required, ""},
		{"typhoon", apperr.InvalidFormat, "typhoon"},
		{strings.Repeat("台", MaxReason), "", strings.Repeat("台", MaxReason)},
		{strings.Repeat("台", MaxReason+1), apperr.InvalidFormat, ""},
		{"台风\x07", apperr.InvalidFormat, ""},
	} {
		var ps apperr.Problems
		got := checkReason(&ps, c.in, "input", "reason")
		switch {
		case c.code == "" && ps.Any():
			t.Errorf("%q: %+v", c.in, ps[0])
		case c.code != "" && (!ps.Has(c.code) || strings.Join(ps[0].Field, ".") != "input.reason" || ps[0].Message == ""):
			t.Errorf("%q: want %s, got %+v", c.in, c.code, ps)
		case c.code == "" && got != c.out:
			t.Errorf("%q trimmed to %q", c.in, got)
		}
	}
}

func TestOverlap(t *testing.T) {
	a, b := pulid.ID("EA1"), pulid.ID("EA2")
	whole := &ent.Cancellation{}
	inA := &ent.Cancellation{AreaID: &a}
	for _, c := range []struct {
		existing *ent.Cancellation
		scope    *pulid.ID
		want     bool
	}{
		{whole, nil, true}, // the same scope
		{whole, &a, true},  // an area of a cancelled region
		{inA, nil, true},   // the region over a cancelled area
		{inA, &a, true},    // the same area
		{inA, &b, false},   // another area of the region
	} {
		if got := overlap(c.existing, Scope{Area: c.scope}); got != c.want {
			t.Errorf("%v over %v: %v", c.scope, c.existing.AreaID, got)
		}
	}
	if (Scope{}).key() != "" || (Scope{Area: &a}).key() != "EA1" {
		t.Error("scope keys")
	}
}

func TestRefusalCodesAndGatewayReason(t *testing.T) {
	a := pulid.ID("EA1")
	if u := refusalOf(&ent.Cancellation{Reason: "台风"}, "id"); u.Code != apperr.SessionCancelled || u.Field[0] != "id" || !strings.Contains(u.Message, "台风") {
		t.Errorf("whole region: %+v", u)
	}
	if u := refusalOf(&ent.Cancellation{Reason: "台风", AreaID: &a}); u.Code != apperr.SittingCancelled || u.Field == nil {
		t.Errorf("sitting: %+v", u)
	}
	long := forGateway(strings.Repeat("雨", 300))
	if utf8.RuneCountInString(long) != gatewayReason || !strings.HasPrefix(long, "考试取消：") {
		t.Errorf("gateway reason: %d runes", utf8.RuneCountInString(long))
	}
	if forGateway("台风") != "考试取消：台风" {
		t.Error(forGateway("台风"))
	}
}
