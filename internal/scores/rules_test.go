package scores

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/ruankao/ruankao/ent/schema/pulid"
)

func pts(n int) *int { return &n }

func TestPassRuleAtItsBoundary(t *testing.T) {
	rules := []SubjectRule{{Subject: "A", PassMark: 45, FullMarks: 75}, {Subject: "B", PassMark: 45, FullMarks: 75}}
	cases := []struct {
		name  string
		marks map[pulid.ID]*Mark
		want  bool
	}{
		{"45 and 45 pass", map[pulid.ID]*Mark{"A": {Points: pts(45)}, "B": {Points: pts(45)}}, true},
		{"44 fails", map[pulid.ID]*Mark{"A": {Points: pts(44)}, "B": {Points: pts(75)}}, false},
		{"absent fails", map[pulid.ID]*Mark{"A": {Points: pts(60)}, "B": {Absent: true}}, false},
		{"a subject without a result fails", map[pulid.ID]*Mark{"A": {Points: pts(60)}}, false},
	}
	for _, c := range cases {
		if got := Passed(rules, c.marks); got != c.want {
			t.Errorf("%s: %v", c.name, got)
		}
	}
	if Passed(nil, nil) {
		t.Error("a qualification without subjects passes")
	}
	if !PassesSubject(SubjectRule{PassMark: 44, FullMarks: 75}, &Mark{Points: pts(44)}) {
		t.Error("44 with a session's pass mark of 44")
	}
}

func TestParseMark(t *testing.T) {
	for in, want := range map[string]string{"0": "", "75": "", "45": "", "76": "SCORE_OUT_OF_RANGE", "-1": "SCORE_OUT_OF_RANGE",
		"45.5": "INVALID_SCORE", "": "INVALID_SCORE", "缺席": "INVALID_SCORE", "缺考": ""} {
		_, _, p := parseMark(in, 75)
		got := ""
		if p != nil {
			got = p.code
		}
		if got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	if _, absent, _ := parseMark("缺考", 75); !absent {
		t.Error("缺考 is not absent")
	}
}

func TestDecodeDetectsTheEncoding(t *testing.T) {
	text := "准考证号,科目,成绩\n2612100000010001,基础知识,缺考\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(text)
	for name, c := range map[string]struct {
		in, enc string
	}{
		"UTF-8":          {text, EncodingUTF8},
		"UTF-8 with BOM": {"\uFEFF" + text, EncodingUTF8},
		"GBK":            {gbk, EncodingGB18030},
	} {
		r, enc, err := decode(strings.NewReader(c.in))
		if err != nil || enc != c.enc {
			t.Errorf("%s: %s %v", name, enc, err)
			continue
		}
		if out, _ := io.ReadAll(r); string(out) != text {
			t.Errorf("%s: read %q", name, out)
		}
	}
	if _, _, err := decode(bytes.NewReader([]byte{0xFF, 0xFE, 'a', 0})); err != errUTF16 {
		t.Errorf("UTF-16: %v", err)
	}
	// A rune cut at the 64 KiB boundary is still UTF-8.
	long := strings.Repeat("成", 64<<10/3) + "绩"
	if _, enc, _ := decode(strings.NewReader(long)); enc != EncodingUTF8 {
		t.Errorf("a cut rune: %s", enc)
	}
}

func TestHeaderColumns(t *testing.T) {
	c, missing := headerColumns([]string{"\uFEFF序号", "姓名", "准考证号", "科目", "成绩"})
	if len(missing) > 0 || c != (columns{2, 3, 4}) {
		t.Errorf("%+v %v", c, missing)
	}
	if _, missing := headerColumns([]string{"ticket_number", "score"}); len(missing) != 1 || missing[0] != "科目" {
		t.Errorf("missing %v", missing)
	}
}
