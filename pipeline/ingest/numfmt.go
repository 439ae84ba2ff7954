package ingest

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// builtinFormats are the number formats Excel numbers rather than writes
// into styles.xml (ECMA-376 Part 1, 18.8.30), those that matter here.
var builtinFormats = map[int]string{
	0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
	9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
	14: "yyyy-mm-dd", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
	19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy-mm-dd h:mm",
	37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
	// 会计专用 as the Chinese edition shows ids 41 to 44, which Excel
	// writes by number alone: a zero is "-", the currency ¥.
	41: `_ * #,##0_ ;_ * \-#,##0_ ;_ * "-"_ ;_ @_ `, 42: `_ "¥"* #,##0_ ;_ "¥"* \-#,##0_ ;_ "¥"* "-"_ ;_ @_ `,
	43: `_ * #,##0.00_ ;_ * \-#,##0.00_ ;_ * "-"??_ ;_ @_ `, 44: `_ "¥"* #,##0.00_ ;_ "¥"* \-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ `,
	45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
	// The Chinese editions' date formats.
	27: "yyyy年m月", 28: "m月d日", 29: "m月d日", 30: "m-d-yy", 31: "yyyy年m月d日",
	32: "h时mm分", 33: "h时mm分ss秒", 34: "上午/下午h时mm分", 35: "上午/下午h时mm分ss秒",
	36: "yyyy年m月", 50: "yyyy年m月", 51: "m月d日", 52: "yyyy年m月", 53: "m月d日",
	54: "m月d日", 55: "上午/下午h时mm分", 56: "上午/下午h时mm分ss秒", 57: "yyyy年m月", 58: "m月d日",
}

// section is the part of a format code for positive numbers, with quoted
// text, escapes and colours removed.
func section(code string) string {
	var b strings.Builder
	quoted := false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\\' || c == '_' || c == '*':
			i++ // the next character is literal or padding
		case c == ';':
			return b.String()
		case c == '[':
			if j := strings.IndexByte(code[i:], ']'); j > 0 {
				i += j
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// IsPercentFormat reports whether a number format shows a percentage.
func IsPercentFormat(code string) bool {
	return code != "" && code != textFormat && strings.Contains(section(code), "%")
}

// IsChineseNumeralFormat reports whether a number format shows Chinese
// numerals ([DBNum1] 一百〇五, [DBNum2] 壹佰零伍) for the number's first
// section.
func IsChineseNumeralFormat(code string) bool {
	return sections(code)[0].dbnum > 0
}

// isDateFormat reports whether a format code shows a date or a time.
func isDateFormat(code string) bool {
	if code == "" || code == "General" || code == "@" {
		return false
	}
	s := strings.ToLower(section(code))
	return strings.ContainsAny(s, "ymdhs") && !strings.Contains(s, "general") || strings.ContainsAny(s, "年月日时")
}

// display is a number as a cell with this format shows it, text the
// format writes around it included: General shows up to ten decimals
// without trailing zeros (2059, 1424.74), 0.00 shows 162.00, #,##0.00
// 2,272.47, 0"分" 92分, 会计专用 a zero as "-" (numrender.go). Without a
// format (CSV) the text is shown as written.
func display(text string, d decimal.Decimal, code string) string {
	return show(text, d, code).text
}

func show(text string, d decimal.Decimal, code string) shown {
	switch code {
	case "":
		return shown{text: text}
	case "General", textFormat, booleanFormat:
		return shown{text: general(d)}
	}
	return render(d, code)
}

func general(d decimal.Decimal) string {
	return d.Round(10).String()
}

// excelEpoch is day 0 of Excel's 1900 date system, counting its phantom
// 1900-02-29 so that serials from 61 on come out right.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// parseDate reads a date cell: a serial number in a date format, or text
// written 2023-12-31, 2023/12/31, 2023.12.31 or 2023年12月31日.
func parseDate(text, code string) (time.Time, bool) {
	if n, err := strconv.ParseFloat(text, 64); err == nil && isDateFormat(code) && n > 0 && n < 2958466 {
		return excelEpoch.AddDate(0, 0, int(n)), true
	}
	t := strings.NewReplacer("年", "-", "月", "-", "日", "", "/", "-", ".", "-").Replace(strings.TrimSpace(text))
	for _, layout := range []string{"2006-1-2", "2006-01-02"} {
		if d, err := time.Parse(layout, t); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}

// days1904 is how many days the 1904 date system's day 0 lies after the
// 1900 system's.
const days1904 = 1462

// from1904 moves a date's serial from the 1904 date system, whose day 0 is
// 1904-01-01, into the 1900 system every check downstream counts in: the
// date then displays as the workbook shows it. Text that is not a number
// is left for the checks to refuse.
func from1904(serial string) string {
	v, err := strconv.ParseFloat(serial, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return serial
	}
	return numberText(v + days1904)
}
