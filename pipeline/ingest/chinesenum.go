package ingest

import "strings"

// The numerals of [DBNum1] (一二三, 〇 for zero), [DBNum2] (壹贰叁, the
// 大写 of amounts on cheques and receipts) and [DBNum3] (full-width
// digits with the units in lower case), as Excel's Chinese edition writes
// them: 1234 is 一千二百三十四, 壹仟贰佰叁拾肆, １千２百３十４.
var (
	chineseNumerals = [4][]string{
		1: strings.Split("〇一二三四五六七八九", ""),
		2: strings.Split("零壹贰叁肆伍陆柒捌玖", ""),
		3: strings.Split("０１２３４５６７８９", ""),
	}
	chineseUnits = [4][]string{
		1: {"", "十", "百", "千"},
		2: {"", "拾", "佰", "仟"},
		3: {"", "十", "百", "千"},
	}
)

// chineseGroup names the g-th group of four digits: 万, 亿, 万亿, 亿亿.
func chineseGroup(g int) string {
	return strings.Repeat("万", g%2) + strings.Repeat("亿", g/2)
}

// chineseDigits writes each digit as its numeral, as the decimals are.
func chineseDigits(digits string, style int) string {
	var b strings.Builder
	for _, c := range digits {
		if c >= '0' && c <= '9' {
			b.WriteString(chineseNumerals[style][c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// chineseInteger writes an integer with its units, four digits a group
// (万, 亿): a run of zeros inside reads as one 〇 (105 一百〇五, 100005
// 一十万〇五), zeros at the end not at all.
func chineseInteger(digits string, style int) string {
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		return chineseNumerals[style][0]
	}
	var b strings.Builder
	zero := false
	n := len(digits)
	for i, c := range digits {
		pos := n - 1 - i
		if c == '0' {
			zero = true
		} else {
			if zero && b.Len() > 0 {
				b.WriteString(chineseNumerals[style][0])
			}
			zero = false
			b.WriteString(chineseNumerals[style][c-'0'] + chineseUnits[style][pos%4])
		}
		if pos%4 == 0 && pos > 0 {
			group := digits[max(0, i-3) : i+1]
			if strings.Trim(group, "0") != "" {
				b.WriteString(chineseGroup(pos / 4))
			}
		}
	}
	return b.String()
}
