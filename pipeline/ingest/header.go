package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"
	"jixiao/pipeline/suggest"

	"golang.org/x/text/unicode/norm"
)

// normalize folds the ways people type one header: NFKC turns full-width
// parentheses, letters and digits into ASCII, and spaces of every width go.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// unitSuffix finds a unit at the end of a normalised header: 金额(万元).
var unitSuffix = regexp.MustCompile(`^(.*?)[(\[]?(元|万元|亿元)[)\]]?$`)

// splitUnit parts a normalised header into its name and the unit it states.
func splitUnit(h string) (string, money.Unit) {
	m := unitSuffix.FindStringSubmatch(h)
	if m == nil || m[1] == "" {
		return h, money.NoUnit
	}
	// Only a bracketed unit, or one after a name that is not itself a
	// unit word (单位), counts: 单位 is a column of its own.
	if !strings.HasSuffix(h, ")") && !strings.HasSuffix(h, "]") {
		if strings.HasSuffix(m[1], "单") || strings.HasSuffix(m[1], "位") {
			return h, money.NoUnit
		}
	}
	u, _ := money.ParseUnit(m[2])
	return strings.TrimRight(m[1], "(["), u
}

// matches reports whether header h (as written) names column c, and the
// unit it states.
func matches(c *definition.Column, h string) (bool, money.Unit) {
	n := normalize(h)
	if n == "" {
		return false, money.NoUnit
	}
	base, unit := splitUnit(n)
	for _, want := range c.Headers {
		w := normalize(want)
		if same(n, w) {
			if c.Kind == definition.Amount {
				_, u := splitUnit(w)
				if m := innerUnit.FindStringSubmatch(w); u == money.NoUnit && m != nil {
					u, _ = money.ParseUnit(m[1])
				}
				return true, u
			}
			return true, money.NoUnit
		}
		if c.Kind == definition.Amount && same(base, w) && unit != money.NoUnit {
			return true, unit
		}
	}
	return false, money.NoUnit
}

// same reports whether a normalised header is the normalised form want,
// in which definition.YearSlot stands for any four-digit year.
func same(header, want string) bool {
	before, after, slotted := strings.Cut(want, definition.YearSlot)
	if !slotted {
		return header == want
	}
	if len(header) < len(before)+4 || !strings.HasPrefix(header, before) {
		return false
	}
	year := header[len(before) : len(before)+4]
	for i := 0; i < 4; i++ {
		if year[i] < '0' || year[i] > '9' {
			return false
		}
	}
	return same(header[len(before)+4:], after)
}

// unitLine recognises a line above a table that states its unit: 单位：亿元.
var unitLine = regexp.MustCompile(`^(?:金额)?单位[:：]?(元|万元|亿元)$`)

// titleUnit finds a unit stated at the end of a title above a table:
// 某县2023年度项目支出绩效评价结果表（单位：万元）.
var titleUnit = regexp.MustCompile(`^(.*?)\s*[(（\[【]?\s*(?:金额)?单位\s*[:：]\s*(元|万元|亿元)\s*[)）\]】]?\s*$`)

func statedUnit(cells []string) money.Unit {
	for _, c := range cells {
		if m := unitLine.FindStringSubmatch(normalize(c)); m != nil {
			u, _ := money.ParseUnit(m[1])
			return u
		}
		if _, u := CutUnit(c); u != "" {
			p, _ := money.ParseUnit(u)
			return p
		}
	}
	return money.NoUnit
}

// CutUnit parts a title that ends in the unit of its table's amounts
// into the title and the unit: 某县…结果表（单位：万元） is 某县…结果表 and
// 万元. unit is "" where the text states none after a title of its own
// (a line of only 单位：万元 is a unit line, UnitLine).
func CutUnit(text string) (title, unit string) {
	m := titleUnit.FindStringSubmatch(text)
	if m == nil || strings.TrimSpace(m[1]) == "" || strings.HasSuffix(m[1], "填报") || strings.HasSuffix(m[1], "编制") {
		return text, ""
	}
	return strings.TrimSpace(m[1]), m[2]
}

// isTotalLabel recognises the total row's label however it is spaced.
func isTotalLabel(s string, labels []string) bool {
	if s == "" || !strings.ContainsAny(s, "合总小计") {
		return false // most cells: no need to normalise
	}
	n := normalize(s)
	for _, l := range labels {
		if n == normalize(l) {
			return true
		}
	}
	return false
}

// closest returns the candidate a clerk most likely meant by want.
func closest(want string, candidates []string) string {
	return suggest.Closest(want, candidates, normalize)
}

// chineseOrdinal recognises a section row's number: 一, 二、, （三）, 十一.
var chineseOrdinal = regexp.MustCompile(`^[(（]?[一二三四五六七八九十百]+[)）]?[、.．]?$`)

// missing reports a declared column the header lacks: the table, the
// headers looked for, what the header has and the closest of it. A grade
// computed from a score column found is not missing; nor is the score
// column, whose lack the grade column's message then names.
func (r *tableReader) missing(ref dataset.CellRef, c *definition.Column, present, unused []string) {
	if src := r.scoreOf(c); src >= 0 && r.tbl.Columns[src].Col != 0 {
		return
	}
	for _, g := range r.def.ColumnsOf(definition.Grade) {
		if g.FromScore == c.Key && r.tbl.Columns[r.def.Index(g)].Col == 0 {
			return
		}
	}
	msg := fmt.Sprintf("表格“%s”缺少“%s”列（按表头 %s 查找）", r.def.Label, c.Label, quoted(c.Headers))
	if src := r.scoreOf(c); src >= 0 {
		score := r.def.Columns[src]
		msg = fmt.Sprintf("表格“%s”缺少“%s”或“%s”列，至少要有一列（按表头 %s 查找）", r.def.Label, score.Label, c.Label, quoted(append(slices.Clone(score.Headers), c.Headers...)))
	}
	msg += "。表头中有：" + strings.Join(present, "、")
	if near := nearestHeader(c, unused); near != "" {
		msg += fmt.Sprintf("。最接近的是“%s”：若是这一列，请改表头，或在文档定义中把它加入该列的 headers", near)
		msg += yearHint(c, near)
	}
	r.ps.Error(ref, msg+"；若本表确实没有这一列，请在文档定义中给该列写 optional: true")
}

// yearDigits is a year in a header: 截至2023年底.
var yearDigits = regexp.MustCompile(`(?:19|20)\d\d`)

// yearHint suggests definition.YearSlot when the header present differs
// from a declared one only by its year (截至2024年底… for 截至2023年底…).
func yearHint(c *definition.Column, near string) string {
	slotted := yearDigits.ReplaceAllString(normalize(near), definition.YearSlot)
	if slotted == normalize(near) {
		return ""
	}
	for _, h := range c.Headers {
		if yearDigits.ReplaceAllString(normalize(h), definition.YearSlot) == slotted {
			return fmt.Sprintf("；表头中的年份每年不同，可写成“%s”，%s 代表任意年份", yearDigits.ReplaceAllString(near, definition.YearSlot), definition.YearSlot)
		}
	}
	return ""
}

// quoted lists headers as a message names them: “金额”、“项目支出”.
func quoted(headers []string) string {
	out := make([]string, len(headers))
	for i, h := range headers {
		out[i] = "“" + h + "”"
	}
	return strings.Join(out, "、")
}

// nearestHeader is the unused header a clerk most likely meant for c: one
// close to any of its headers, or one containing one (单位名字 for 单位).
func nearestHeader(c *definition.Column, unused []string) string {
	for _, h := range c.Headers {
		h = strings.ReplaceAll(h, definition.YearSlot, "")
		if near := closest(h, unused); near != "" {
			return near
		}
	}
	for _, u := range unused {
		for _, h := range c.Headers {
			if n, w := normalize(u), normalize(strings.ReplaceAll(h, definition.YearSlot, "")); strings.Contains(n, w) || strings.Contains(w, n) {
				return u
			}
		}
	}
	return ""
}
