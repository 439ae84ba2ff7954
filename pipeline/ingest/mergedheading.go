package ingest

import (
	"fmt"
	"regexp"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"
)

// numberedHeading is a heading written whole in one cell: its number (一、
// （二） 三.) and its title. The number must end in its sign, so that a name
// beginning with a numeral (十大民生工程) is never taken for one.
var numberedHeading = regexp.MustCompile(`^([(（][一二三四五六七八九十百]+[)）][、.．]?|[一二三四五六七八九十百]+[、.．])\s*(\S.*)$`)

// SplitHeading parts a heading written in one cell into its number and its
// title: 一、项目绩效评价 is 一、 and 项目绩效评价; ok is false for any
// other text.
func SplitHeading(s string) (number, title string, ok bool) {
	m := numberedHeading.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", "", false
	}
	return m[1], strings.TrimSpace(m[2]), true
}

// MergedHeading reports whether a row is a section heading written as one
// cell across the table: a merge starting in the row at or before the
// first of the table's columns (1-based, first..last) and reaching its
// last, or the table's first cell unmerged with the rest of the row
// empty, whose one value is a numbered heading.
func MergedHeading(merges [][4]int, row, first, last int, cells []string) (number, title string, ok bool) {
	text, ok := acrossRow(merges, row, first, last, cells)
	if !ok {
		return "", "", false
	}
	return SplitHeading(text)
}

// acrossRow is the one value of a row that is a single merge across the
// table's columns first..last, held in the merge's first cell.
func acrossRow(merges [][4]int, row, first, last int, cells []string) (string, bool) {
	text, one := single(cells)
	if !one || first < 1 {
		return "", false
	}
	for _, m := range merges {
		if m[0] == row && m[1] == first && m[1] <= len(cells) && strings.TrimSpace(cells[m[1]-1]) == text {
			// A merge from the table's first column: across the table
			// or not, it holds the row's one value.
			return text, m[3] >= last
		}
		if m[0] == row && m[1] <= first && m[3] >= last && m[1] <= len(cells) && strings.TrimSpace(cells[m[1]-1]) == text {
			return text, true
		}
	}
	// Unmerged, the one value in the table's first cell spans the row as
	// the sheet shows it: a CSV file keeps no merges, and a clerk often
	// lets the title run over the empty cells instead of merging them.
	// init and build read such a row alike, so what one drafts the
	// other reads.
	if first <= len(cells) && strings.TrimSpace(cells[first-1]) == text {
		return text, true
	}
	return "", false
}

// mergedHeading keeps a row that is a heading merged across the table as
// the section heading it is: its number in the sequence column and its
// title in the first text column, as a heading of separate cells is read.
// A merge over amounts that is not such a row stays an error
// (numericMerges): only a whole row's merge holding a numbered title is
// a heading.
func (r *tableReader) mergedHeading(row int, cells []string) bool {
	if _, one := single(cells); !one {
		return false // most rows: no merges need loading
	}
	first, last := r.span()
	r.loadMerges()
	var spans [][4]int
	for _, m := range r.merges.startingAt(row) {
		spans = append(spans, [4]int{m.top, m.left, m.bottom, m.right})
	}
	number, title, ok := MergedHeading(spans, row, first, last, cells)
	if !ok {
		return false
	}
	texts := make([]string, len(r.def.Columns))
	seq, text := -1, -1
	for i, c := range r.def.Columns {
		switch {
		case c.Kind == definition.Sequence && seq < 0:
			seq = i
		case c.Kind == definition.Text && text < 0:
			text = i
		}
	}
	switch {
	case text < 0:
		return false
	case seq < 0:
		texts[text] = strings.TrimSpace(number + title)
	default:
		texts[seq], texts[text] = number, title
	}
	r.addHeading(r.at.Cell(0).WithRow(row), texts[text], texts)
	return true
}

// span is the first and last sheet columns of the declared columns found.
func (r *tableReader) span() (first, last int) {
	for _, f := range r.tbl.Columns {
		if f.Col == 0 {
			continue
		}
		if first == 0 || f.Col < first {
			first = f.Col
		}
		last = max(last, f.Col)
	}
	return first, last
}

// acrossHint is what to do about a merge across the whole table holding
// text where a number column lies: it is a heading that is not read as one.
func (r *tableReader) acrossHint(m span) string {
	first, last := r.span()
	if m.top != m.bottom || m.left > first || m.right < last {
		return ""
	}
	text := r.mergedValue[[2]int{m.top, m.left}]
	if _, err := money.ParseNumber(text); text == "" || err == nil {
		return ""
	}
	if _, _, ok := SplitHeading(text); ok && !r.def.SectionRows {
		return fmt.Sprintf("。“%s”若是分组标题，请在文档定义中给表格“%s”写 section_rows: true", text, r.def.Label)
	}
	return fmt.Sprintf("。“%s”若是分组标题，请写成“一、%s”这样带编号的标题，并在文档定义中给表格写 section_rows: true", text, text)
}
