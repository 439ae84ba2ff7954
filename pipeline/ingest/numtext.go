package ingest

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/text/width"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// A number typed as text is read only when it can mean one number: digits
// with at most one point, an optional sign and thousands separators in
// groups of three. Full-width digits, points and commas (１００，０００．５)
// are what a Chinese input method types, and mean the same number, so they
// are read. Everything else that looks like a number but is not one is an
// error at the cell, saying what to write instead, because reading it
// some way would put a figure into the document nobody wrote:
//
//	100 200      two numbers, or a space inside one
//	1.2.3        more than one point
//	100万, 100元 a unit in the cell: the header states it
//	¥100, $100   a currency sign
//	(100)        an accountant's negative
//	−100         a negative with a typographic minus
//	50%          a percentage, not an amount or score
//	TRUE, 是     a logical value
var (
	spacedDigits  = regexp.MustCompile(`\d[\s\p{Zs}]+[\d.]`)
	unitInCell    = regexp.MustCompile(`\d\s*(元|万元|万|亿元|亿|千元|千|分)\s*$`)
	currencySign  = regexp.MustCompile(`[¥￥$€£]|RMB|CNY|人民币`)
	accountingNeg = regexp.MustCompile(`^\s*[(（]\s*[\d,，.．]+\s*[)）]\s*$`)
	// typedMinus is a negative typed with a typographic minus (−, ‒, –,
	// a full-width －, which narrows to -), as Word and input methods write it.
	typedMinus = regexp.MustCompile(`^\s*[−‒–]\s*[\d,.]+\s*$`)
)

// numberTextProblem says why text, typed into a numeric cell, is not one
// number, and how to fix it; "" when it is a number or when the general
// message ("不是有效金额") says enough.
func numberTextProblem(text string) string {
	if plainNumber(strings.TrimSpace(text)) {
		return "" // what every amount cell holds: none of the cases below
	}
	narrow := width.Narrow.String(strings.TrimSpace(text))
	switch {
	case spacedDigits.MatchString(narrow):
		return fmt.Sprintf("“%s”中数字之间有空格，无法确定是一个数还是几个数：请只填一个数字，不要用空格分隔", text)
	case strings.Count(narrow, ".") > 1:
		return fmt.Sprintf("“%s”有多个小数点：请只填一个数字", text)
	case accountingNeg.MatchString(narrow):
		return fmt.Sprintf("“%s”是会计格式的负数写法，这里不能填负数：请核对，填写不小于0的数字", text)
	case typedMinus.MatchString(narrow):
		return fmt.Sprintf("“%s”是负数（以减号开头），这里不能填负数：请核对，填写不小于0的数字", text)
	case currencySign.MatchString(narrow):
		return fmt.Sprintf("“%s”带有货币符号：请只填数字，单位写在表头，如“金额（万元）”", text)
	case unitInCell.MatchString(narrow):
		return fmt.Sprintf("“%s”带有单位：请只填数字，单位写在表头，如“金额（万元）”；若单位与表头不同，请先换算", text)
	case strings.HasSuffix(narrow, "%"):
		return fmt.Sprintf("“%s”是百分比，这里应填数字本身：请去掉%%", text)
	case isLogical(narrow):
		return fmt.Sprintf("“%s”是逻辑值，不是数字：请填写数字", text)
	}
	return ""
}

// plainNumber reports whether s is ASCII digits, signs and commas with at
// most one point: text no case of numberTextProblem fits, which it passes
// without narrowing it and trying each expression on it, once for every
// number cell of a table.
func plainNumber(s string) bool {
	points := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ',', c == '-', c == '+':
		case c == '.':
			points++
		default:
			return false
		}
	}
	return points <= 1
}

// typedFormat is the number format a number typed as text shows in:
// Excel shows the text as typed (1,234.50, 30.50), and the outputs print
// it so, the Excel attachment as a number in the format that shows it
// alike (#,##0.00). Full-width digits (１２３) print as the number they
// are, in ordinary digits, with a warning at the cell. A CSV file's
// cells (format "") are all text as written, and are read so. A number
// cell keeps its own format.
func (r *tableReader) typedFormat(v *dataset.Value, format string) string {
	if format != textFormat && format != "" {
		return format
	}
	typed := strings.TrimSpace(v.Text)
	narrow := width.Narrow.String(typed)
	if narrow != typed {
		r.ps.Warn(v.Ref, fmt.Sprintf("“%s”是全角数字，Word、Excel 和 PDF 中按“%s”印出", typed, narrow))
	}
	_, frac, _ := strings.Cut(narrow, ".")
	f := "0"
	if strings.Contains(narrow, ",") {
		f = "#,##0"
	}
	if frac != "" {
		f += "." + strings.Repeat("0", len(frac))
	}
	return f
}

// IsNoneMark recognises the mark a bureau writes in a number cell for no
// figure (—, -, /, 无): the cell is empty, as a blank one is, and prints
// as written; where the column must be filled, it is refused as a blank
// cell is.
func IsNoneMark(text string) bool {
	switch strings.TrimSpace(text) {
	case "—", "——", "–", "-", "－", "/", "／", "无", "\\":
		return true
	}
	return false
}

func isLogical(s string) bool {
	switch strings.ToUpper(s) {
	case "TRUE", "FALSE", "是", "否", "真", "假":
		return true
	}
	return false
}

// booleanFormat is the number format a rowSource gives a cell that holds
// a logical value (t="b" in SpreadsheetML), whose raw value is 1 or 0: a
// TRUE read as the number 1 would be counted as money.
const booleanFormat = "jixiao:boolean"

// percentFormat reports whether a number format shows a percentage: 0.5
// shown as 50% is neither an amount nor a score as the clerk sees it.
func percentFormat(code string) bool {
	return code != "" && strings.Contains(section(code), "%")
}

// notANumber says why a cell of a numeric column holds no number it may
// read, by its format first (a logical value, a date, a percentage) and
// then by its text; "" when it may be read.
func notANumber(c *definition.Column, text, format string) string {
	switch {
	case format == booleanFormat:
		return fmt.Sprintf("单元格是逻辑值（%s），不是数字，不能作为%s：请改为填写数字", logicalName(text), c.Label)
	case isDateFormat(format):
		return fmt.Sprintf("单元格是日期格式，不能作为%s：请把单元格格式改为“常规”或“数值”，再重新填写数字", c.Label)
	case percentFormat(format):
		return fmt.Sprintf("单元格是百分比格式（%s 显示为百分之几），不能作为%s：请把单元格格式改为“常规”或“数值”，填写数字本身", text, c.Label)
	}
	return numberTextProblem(text)
}

func logicalName(raw string) string {
	if raw == "0" || strings.EqualFold(raw, "FALSE") {
		return "FALSE"
	}
	return "TRUE"
}

// spellLogical writes a logical cell's raw 1 or 0 as the TRUE or FALSE
// Excel shows, so that no column reads it as the number 1.
func spellLogical(cells, formats []string) {
	for i := range cells {
		if i < len(formats) && formats[i] == booleanFormat && cells[i] != "" {
			cells[i] = logicalName(cells[i])
		}
	}
}

// errorValues are the values Excel shows for a formula that failed.
var errorValues = []string{"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"}

// errorValue says that a cell holds a formula's error value, which no
// column may print or count; "" otherwise.
func errorValue(text string) string {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "#") {
		return "" // every error value starts with #; most cells hold none
	}
	for _, e := range errorValues {
		if strings.EqualFold(t, e) {
			return fmt.Sprintf("单元格是公式的错误值 %s，不是数据：请在 Excel 或 WPS 中修正这个公式（或改为直接填写）后再试", e)
		}
	}
	return ""
}
