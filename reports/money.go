package reports

import (
	"strconv"
	"strings"
)

var capitalDigits = []string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}

// AmountInWords writes an amount in fen as 人民币大写 (without the leading "人民币", which the form
// prints), following 《正确填写票据和结算凭证的基本规定》 (the annex of 《支付结算办法》):
//
//   - 整 after 元 or 角, none after 分: 100.00 → 壹佰元整, 10.50 → 壹拾元零伍角整, 0.53 → 伍角叁分;
//   - a 0 (or a run of 0s) between digits is one 零: 1,005.00 → 壹仟零伍元整;
//     100,010.00 → 壹拾万零壹拾元整; a 0 at 万 before a non-zero 千 is not written:
//     107,000.53 → 壹拾万柒仟元零伍角叁分;
//   - 零 after 元 when 元 is 0 and 角 is not (1,680.32 → 壹仟陆佰捌拾元零叁角贰分) or when 角 is 0
//     and 分 is not (1,000.05 → 壹仟元零伍分). The rules allow leaving out the first of these;
//     writing it always, as the rules' own examples do first, is what keeps one rule for all
//     amounts.
//
// 0 is 零元整; a negative amount (a refund shown as such) gets 负 in front.
func AmountInWords(fen int64) string {
	var b strings.Builder
	n := uint64(fen)
	if fen < 0 {
		b.WriteString("负")
		n = uint64(-(fen + 1)) + 1 // math.MinInt64 has no int64 negation
	}
	yuan, jiao, f := n/100, n/10%10, n%10
	if yuan > 0 {
		writeInteger(&b, yuan)
		b.WriteString("元")
	}
	switch {
	case jiao == 0 && f == 0:
		if yuan == 0 {
			b.WriteString("零元")
		}
		b.WriteString("整")
		return b.String()
	case yuan > 0 && (yuan%10 == 0 || jiao == 0):
		b.WriteString("零")
	}
	if jiao > 0 {
		b.WriteString(capitalDigits[jiao] + "角")
	}
	if f > 0 {
		b.WriteString(capitalDigits[f] + "分")
	} else {
		b.WriteString("整")
	}
	return b.String()
}

// writeInteger writes n > 0 in groups of four digits (…亿, 万, units); a group after a non-zero
// one that does not fill its 千 place starts with 零.
func writeInteger(b *strings.Builder, n uint64) {
	const yi, wan = 100_000_000, 10_000
	switch {
	case n >= yi:
		writeInteger(b, n/yi)
		b.WriteString("亿")
		writeRest(b, n%yi, yi/10)
	case n >= wan:
		writeGroup(b, n/wan)
		b.WriteString("万")
		writeRest(b, n%wan, wan/10)
	default:
		writeGroup(b, n)
	}
}

func writeRest(b *strings.Builder, rest, full uint64) {
	if rest == 0 {
		return
	}
	if rest < full {
		b.WriteString("零")
	}
	writeInteger(b, rest)
}

// writeGroup writes 1 ≤ n ≤ 9999 with 仟佰拾; inner zeros are one 零, trailing zeros nothing.
func writeGroup(b *strings.Builder, n uint64) {
	units := []string{"仟", "佰", "拾", ""}
	digits := []uint64{n / 1000, n / 100 % 10, n / 10 % 10, n % 10}
	started, zero := false, false
	for i, d := range digits {
		switch {
		case d == 0:
			zero = started
		default:
			if zero {
				b.WriteString("零")
			}
			b.WriteString(capitalDigits[d] + units[i])
			started, zero = true, false
		}
	}
}

// Yuan writes an amount in fen as "¥1,234.56" (a minus sign in front when negative).
func Yuan(fen int64) string {
	n := uint64(fen)
	sign := ""
	if fen < 0 {
		sign = "-"
		n = uint64(-(fen + 1)) + 1
	}
	digits := strconv.FormatUint(n/100, 10)
	var b strings.Builder
	b.WriteString(sign + "¥")
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteByte('.')
	b.WriteString(strconv.FormatUint(n%100/10, 10) + strconv.FormatUint(n%10, 10))
	return b.String()
}
