package locality

import (
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

func TestChoices(t *testing.T) {
	got := Choices()
	if len(got) != 36 {
		t.Fatalf("%d choices, want 36 (31 provinces, 兵团, 台湾, 香港, 澳门, 国外)", len(got))
	}
	if last := got[len(got)-1]; last != (Hukou{Foreign, "国外"}) {
		t.Errorf("last choice %+v, want 国外", last)
	}
	provinces := 0
	for i, h := range got {
		if !sixDigits(h.Code) || h.Name == "" {
			t.Errorf("choice %d %+v malformed", i, h)
		}
		if i > 0 && i < len(got)-1 && got[i-1].Code >= h.Code {
			t.Errorf("choice %d %s not after %s", i, h.Code, got[i-1].Code)
		}
		if !Valid(h.Code) || Name(h.Code) != h.Name {
			t.Errorf("choice %+v: Valid %v, Name %q", h, Valid(h.Code), Name(h.Code))
		}
		if h.Code < "660000" && h.Code != Foreign {
			provinces++
		}
	}
	if provinces != 31 {
		t.Errorf("%d provinces, want 31", provinces)
	}
	got[0].Name = "changed"
	if Choices()[0].Name != "北京市" {
		t.Error("Choices shares its backing array with the caller")
	}
}

func TestValidAndName(t *testing.T) {
	for _, tc := range []struct {
		code, name string
	}{
		{"110000", "北京市"},
		{"210000", "辽宁省"},
		{"650000", "新疆维吾尔自治区"},
		{"660000", "新疆生产建设兵团"},
		{"710000", "台湾省"},
		{"810000", "香港特别行政区"},
		{"820000", "澳门特别行政区"},
		{"000000", "国外"},
		{"210200", ""}, // 大连 is a registration region, not a 户籍 choice
		{"440300", ""},
		{"990000", ""},
		{"160000", ""},
		{"21000", ""},
		{"2100000", ""},
		{"", ""},
		{" 210000", ""},
		{"２１００００", ""}, // full-width: the API takes the code as listed
	} {
		if got := Name(tc.code); got != tc.name {
			t.Errorf("Name(%q) = %q, want %q", tc.code, got, tc.name)
		}
		if got := Valid(tc.code); got != (tc.name != "") {
			t.Errorf("Valid(%q) = %v", tc.code, got)
		}
	}
}

func TestProvinceOfRegion(t *testing.T) {
	for _, tc := range []struct {
		region, parent, want string
	}{
		{"210000", "", "210000"},
		{"210200", "210000", "210000"}, // 大连
		{"210200", "", "210000"},       // parent unknown: first two digits
		{"330200", "330000", "330000"}, // 宁波
		{"350200", "350000", "350000"}, // 厦门
		{"370200", "370000", "370000"}, // 青岛
		{"440300", "440000", "440000"}, // 深圳
		{"440300", "", "440000"},
		{"440300", "440300", "440000"}, // a region given as its own parent
		{"210299", "220000", "220000"}, // the parent given wins over the digits
		{"440300", "bad", "440000"},    // a malformed parent is ignored
		{"660000", "", "650000"},       // 兵团 counts as 新疆
		{"650000", "", "650000"},
		{"110000", "", "110000"},
		{"", "", ""},
		{"21020", "210000", ""},
		{"21020x", "210000", ""},
	} {
		if got := ProvinceOfRegion(tc.region, tc.parent); got != tc.want {
			t.Errorf("ProvinceOfRegion(%q, %q) = %q, want %q", tc.region, tc.parent, got, tc.want)
		}
	}
}

func TestIsLocal(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		hukou, region, parent string
		want                  bool
	}{
		{"辽宁户籍 in 辽宁", "210000", "210000", "", true},
		{"辽宁户籍 in 大连", "210000", "210200", "210000", true},
		{"辽宁户籍 in 大连, parent not given", "210000", "210200", "", true},
		{"浙江户籍 in 宁波", "330000", "330200", "330000", true},
		{"福建户籍 in 厦门", "350000", "350200", "350000", true},
		{"山东户籍 in 青岛", "370000", "370200", "370000", true},
		{"广东户籍 in 深圳", "440000", "440300", "440000", true},
		{"广东户籍 in 大连", "440000", "210200", "210000", false},
		{"江苏户籍 in 广东", "320000", "440000", "", false},
		{"江苏户籍 in 深圳", "320000", "440300", "440000", false},
		{"兵团户籍 in 新疆", "660000", "650000", "", true},
		{"新疆户籍 in 兵团", "650000", "660000", "", true},
		{"兵团户籍 in 兵团", "660000", "660000", "", true},
		{"兵团户籍 in 甘肃", "660000", "620000", "", false},
		{"香港 in 广东", "810000", "440000", "", false},
		{"香港 in 深圳", "810000", "440300", "440000", false},
		{"澳门 in 广东", "820000", "440000", "", false},
		{"台湾 in 福建", "710000", "350000", "", false},
		{"台湾 in 厦门", "710000", "350200", "350000", false},
		{"国外 in 北京", "000000", "110000", "", false},
		{"香港 as if it were a region", "810000", "810000", "", false},
		{"台湾 as if it were a region", "710000", "710000", "", false},
		{"澳门 as if it were a region", "820000", "820000", "", false},
		{"国外 as if it were a region", "000000", "000000", "", false},
		{"大连 is not a 户籍 choice", "210200", "210200", "210000", false},
		{"unknown 户籍", "990000", "990000", "", false},
		{"empty 户籍", "", "210000", "", false},
		{"malformed region", "210000", "2102", "", false},
	} {
		if got := IsLocal(tc.hukou, tc.region, tc.parent); got != tc.want {
			t.Errorf("%s: IsLocal(%q, %q, %q) = %v, want %v", tc.name, tc.hukou, tc.region, tc.parent, got, tc.want)
		}
	}
}

// TestSeededRegions checks the rule against the seeded registration regions:
// every region's province is a 户籍 province with the same name, and a
// candidate from that province is local there.
func TestSeededRegions(t *testing.T) {
	f, err := os.Open("../refdata/data/regions.csv")
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatal("internal/refdata/data/regions.csv is missing")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	for _, want := range []string{"code", "name", "parent_code"} {
		if _, ok := col[want]; !ok {
			t.Fatalf("regions.csv has no %s column", want)
		}
	}
	if len(rows) < 37 {
		t.Fatalf("%d regions, want at least 37", len(rows)-1)
	}
	for _, r := range rows[1:] {
		code, name, parent := r[col["code"]], r[col["name"]], r[col["parent_code"]]
		prov := ProvinceOfRegion(code, parent)
		if prov == "" || prov == Bingtuan || alwaysNonLocal(prov) || !Valid(prov) {
			t.Errorf("region %s %s: province %q", code, name, prov)
			continue
		}
		if parent == "" && Name(code) != name {
			t.Errorf("region %s: seeded name %q, 户籍 name %q", code, name, Name(code))
		}
		home := code
		if parent != "" {
			home = parent
		}
		if !IsLocal(home, code, parent) {
			t.Errorf("户籍 %s is not local to region %s %s", home, code, name)
		}
	}
}
