// Package refdata loads the reference data every deployment needs: regions,
// qualifications with their subjects, the national working-day calendar and
// the rejection reasons.
package refdata

import (
	"embed"
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/ruankao/ruankao/internal/civil"
	"github.com/ruankao/ruankao/internal/enum"
)

//go:embed data/*.csv
var files embed.FS

// Region is one registration region.
type Region struct {
	Code, Name, Kind, ParentCode string
}

// Subject is one paper of a qualification.
type Subject struct {
	Order, DurationMinutes, Sitting, FullMarks, PassMark int
	Name                                                 string
}

// Qualification is one 资格 with its subjects.
type Qualification struct {
	Code, Name, Category string
	Level                enum.Level
	DefaultHalves        []enum.Half
	Subjects             []Subject
	SortOrder            int
}

// Day is an exception to the Monday–Friday week.
type Day struct {
	Date civil.Date
	Kind string // HOLIDAY or WORKDAY
	Name string
}

// Reason is a rejection reason code.
type Reason struct {
	Code, Label, Description string
	SortOrder                int
}

var regionKinds = map[string]string{"province": "PROVINCE", "计划单列市": "SEPARATE_CITY", "兵团": "CORPS"}

var categories = map[string]string{
	"计算机软件": "SOFTWARE", "计算机网络": "NETWORK", "计算机应用技术": "APPLICATION",
	"信息系统": "INFO_SYSTEM", "信息服务": "INFO_SERVICE",
}

// CategoryLabel is the Chinese name of a qualification category.
func CategoryLabel(category string) string {
	for label, c := range categories {
		if c == category {
			return label
		}
	}
	return category
}

var halves = map[string]enum.Half{"上半年": enum.HalfFirst, "下半年": enum.HalfSecond}

// subjectShape gives duration and sitting by subject name (computer-based exam since 2023).
var subjectShape = map[string][2]int{
	"综合知识": {150, 1}, "案例分析": {90, 2}, "论文": {120, 3},
	"基础知识": {150, 1}, "应用技术": {150, 2},
}

func readCSV(name string) ([][]string, error) {
	f, err := files.Open("data/" + name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return rows[1:], nil
}

// Regions reads regions.csv.
func Regions() ([]Region, error) {
	rows, err := readCSV("regions.csv")
	if err != nil {
		return nil, err
	}
	out := make([]Region, 0, len(rows))
	for _, r := range rows {
		kind, ok := regionKinds[r[2]]
		if !ok {
			return nil, fmt.Errorf("regions.csv: unknown kind %q", r[2])
		}
		out = append(out, Region{Code: r[0], Name: r[1], Kind: kind, ParentCode: r[3]})
	}
	return out, nil
}

// Qualifications reads qualifications.csv.
func Qualifications() ([]Qualification, error) {
	rows, err := readCSV("qualifications.csv")
	if err != nil {
		return nil, err
	}
	out := make([]Qualification, 0, len(rows))
	for i, r := range rows {
		level, ok := enum.LevelFromLabel(r[1])
		if !ok {
			return nil, fmt.Errorf("qualifications.csv: unknown level %q", r[1])
		}
		category, ok := categories[r[2]]
		if !ok {
			return nil, fmt.Errorf("qualifications.csv: unknown category %q", r[2])
		}
		q := Qualification{Code: r[0], Level: level, Category: category, Name: r[3], SortOrder: i + 1}
		for j, name := range strings.Split(r[4], "|") {
			shape, ok := subjectShape[name]
			if !ok {
				return nil, fmt.Errorf("qualifications.csv: unknown subject %q", name)
			}
			q.Subjects = append(q.Subjects, Subject{
				Order: j + 1, Name: name, DurationMinutes: shape[0], Sitting: shape[1], FullMarks: 75, PassMark: 45,
			})
		}
		for _, h := range strings.Split(r[5], "|") {
			half, ok := halves[h]
			if !ok {
				return nil, fmt.Errorf("qualifications.csv: unknown half %q", h)
			}
			q.DefaultHalves = append(q.DefaultHalves, half)
		}
		out = append(out, q)
	}
	return out, nil
}

// Calendar reads holidays.csv.
func Calendar() ([]Day, error) {
	rows, err := readCSV("holidays.csv")
	if err != nil {
		return nil, err
	}
	out := make([]Day, 0, len(rows))
	for _, r := range rows {
		d, err := civil.Parse(r[0])
		if err != nil {
			return nil, fmt.Errorf("holidays.csv: %w", err)
		}
		kind := map[string]string{"holiday": "HOLIDAY", "workday": "WORKDAY"}[r[1]]
		if kind == "" {
			return nil, fmt.Errorf("holidays.csv: unknown kind %q", r[1])
		}
		out = append(out, Day{Date: d, Kind: kind, Name: r[2]})
	}
	return out, nil
}

// Reasons reads rejection_reasons.csv.
func Reasons() ([]Reason, error) {
	rows, err := readCSV("rejection_reasons.csv")
	if err != nil {
		return nil, err
	}
	out := make([]Reason, 0, len(rows))
	for i, r := range rows {
		out = append(out, Reason{Code: r[0], Label: r[1], Description: r[2], SortOrder: i + 1})
	}
	return out, nil
}
