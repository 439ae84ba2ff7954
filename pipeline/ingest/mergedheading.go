package ingest

import (
	"regexp"
	"strings"

	"jixiao/pipeline/definition"
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
// merged cell across the table: a merge starting in the row at the first
// of the table's columns (1-based, first..last) and reaching its last,
// whose one value, in that first cell, is a numbered heading.
func MergedHeading(merges [][4]int, row, first, last int, cells []string) (number, title string, ok bool) {
	text, one := single(cells)
	if !one || first < 1 || first > len(cells) || strings.TrimSpace(cells[first-1]) != text {
		return "", "", false
	}
	for _, m := range merges {
		if m[0] == row && m[1] == first && m[3] >= last {
			return SplitHeading(text)
		}
	}
	return "", "", false
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
	first, last := 0, 0
	for _, f := range r.tbl.Columns {
		if f.Col == 0 {
			continue
		}
		if first == 0 || f.Col < first {
			first = f.Col
		}
		last = max(last, f.Col)
	}
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
