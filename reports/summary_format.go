package reports

import (
	"strconv"
	"strings"
)

// summaryGlyphs are the characters the report's numbers are made of (counts, percentages, amounts,
// day labels, page numbers): declared once, whatever the figures are.
const summaryGlyphs = "0123456789,.%-—/…·"

// noFigure stands for a share or a rate of nothing (a denominator of 0).
const noFigure = "—"

// grouped writes n with thousands separators: 1234567 → 1,234,567.
func grouped(n int64) string {
	sign := ""
	u := uint64(n)
	if n < 0 {
		sign = "-"
		u = uint64(-(n + 1)) + 1
	}
	digits := strconv.FormatUint(u, 10)
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func count(n int) string { return grouped(int64(n)) }

// share is part/whole as a percentage with one decimal, noFigure when whole is 0.
func share(part, whole int) string {
	if whole == 0 {
		return noFigure
	}
	return percent(float64(part) * 100 / float64(whole))
}

func percent(p float64) string { return strconv.FormatFloat(p, 'f', 1, 64) + "%" }

// yuanText is an amount in fen as yuan with two decimals and separators, without the ¥ of Yuan
// (the report's columns and cards say 元).
func yuanText(fen int64) string { return strings.Replace(Yuan(fen), "¥", "", 1) }

// chineseNumeral numbers the sections: 一 … 十, 十一 … 十九 (a report has fewer).
func chineseNumeral(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n == 10:
		return "十"
	default:
		return "十" + digits[n%10]
	}
}

func sum(counts []SummaryCount) int {
	n := 0
	for _, c := range counts {
		n += c.Count
	}
	return n
}
