package infer

import (
	"fmt"
	"slices"
	"strings"

	"jixiao/pipeline/ingest"

	"github.com/xuri/excelize/v2"
)

// twoLevel reads the header at row h as the upper row of a two-level
// header when the next row is its lower row: the upper row's cells merged
// across the columns they head. It returns each column's joined header
// and the group text its upper row gives it ("" for a column merged down
// over both rows), and ok false for a header of one row.
//
// Where no merge starts in the upper row (a CSV file keeps none), the
// merges its layout implies are read as a build reads them
// (ingest.ImpliedSpans), and implied says so; unsure ones are refused
// (unmergedHeader).
func twoLevel(s ingest.RawSheet, h int) (head, groups []string, implied, ok bool) {
	if h+1 >= len(s.Rows) || s.Rows[h+1].Row != s.Rows[h].Row+1 {
		return nil, nil, false, false
	}
	upper, lower := s.Rows[h], s.Rows[h+1]
	merges := s.Merges
	head, ok = ingest.JoinHeader(merges, upper.Row, upper.Cells, lower.Cells)
	if !ok && !slices.ContainsFunc(merges, func(m [4]int) bool { return m[0] == upper.Row }) {
		spans, unsure := ingest.ImpliedSpans(upper.Row, upper.Cells, lower.Cells)
		if len(spans) > 0 && len(unsure) == 0 {
			merges, implied = spans, true
			head, ok = ingest.JoinHeader(merges, upper.Row, upper.Cells, lower.Cells)
		}
	}
	if !ok {
		return nil, nil, false, false
	}
	groups = make([]string, len(head))
	for _, m := range merges {
		if m[0] != upper.Row || m[2] != upper.Row || m[3] <= m[1] || m[1] > len(upper.Cells) {
			continue
		}
		for c := m[1]; c <= m[3] && c <= len(groups); c++ {
			groups[c-1] = strings.TrimSpace(upper.Cells[m[1]-1])
		}
	}
	return head, groups, implied, true
}

// untilNote is the data rows above the note under the table, and the
// note's lines joined.
func untilNote(rows []ingest.RawRow) ([]ingest.RawRow, string) {
	for i, r := range rows {
		if !ingest.IsNote(r.Cells) {
			continue
		}
		var lines []string
		for _, n := range rows[i:] {
			if text := joined(n.Cells); text != "" && !ingest.IsSignature(n.Cells) {
				lines = append(lines, text)
			}
		}
		return rows[:i], strings.Join(lines, "\n")
	}
	return rows, ""
}

// headerRowsXML is a table's header in Word: one row, or two for a
// two-level header, the group's text spanning its columns and a column
// of one header merged down over both rows. Both repeat on every page.
func headerRowsXML(t *table, w []int) string {
	text := func(s string) string { return t.years(escape(s), "{{.年度}}", "{{.上年度}}") }
	const tr = `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>`
	var b strings.Builder
	b.WriteString(tr)
	if !t.twoRows() {
		for i, c := range t.columns {
			b.WriteString(cell(text(c.header), w[i], "center", true))
		}
		return b.String() + `</w:tr>`
	}
	for i := 0; i < len(t.columns); {
		c := t.columns[i]
		if c.group == "" {
			b.WriteString(spanCell(cell(text(c.header), w[i], "center", true), `<w:vMerge w:val="restart"/>`))
			i++
			continue
		}
		j, width := i, 0
		for ; j < len(t.columns) && t.columns[j].group == c.group; j++ {
			width += w[j]
		}
		b.WriteString(spanCell(cell(text(c.group), width, "center", true), fmt.Sprintf(`<w:gridSpan w:val="%d"/>`, j-i)))
		i = j
	}
	b.WriteString(`</w:tr>` + tr)
	for i, c := range t.columns {
		if c.group == "" {
			b.WriteString(spanCell(cell("", w[i], "center", true), `<w:vMerge/>`))
		} else {
			b.WriteString(cell(text(c.lower), w[i], "center", true))
		}
	}
	return b.String() + `</w:tr>`
}

// spanCell puts a span or merge into a cell's properties, after its width
// as the schema orders them.
func spanCell(tc, prop string) string {
	return strings.Replace(tc, `<w:vAlign`, prop+`<w:vAlign`, 1)
}

// twoRows says the table's header has two rows.
func (t *table) twoRows() bool {
	for _, c := range t.columns {
		if c.group != "" {
			return true
		}
	}
	return false
}

// headerSheetRows writes a table's header into the Excel template from
// row top, as headerRowsXML does in Word, and returns how many rows it took.
func headerSheetRows(f *excelize.File, sheet string, t *table, top int, set func(col, row int, text string)) int {
	text := func(s string) string { return t.years(s, "{{.年度}}", "{{.上年度}}") }
	if !t.twoRows() {
		for i, c := range t.columns {
			set(i+1, top, text(c.header))
		}
		return 1
	}
	name := func(col, row int) string { n, _ := excelize.CoordinatesToCellName(col, row); return n }
	for i := 0; i < len(t.columns); {
		c := t.columns[i]
		if c.group == "" {
			set(i+1, top, text(c.header))
			set(i+1, top+1, "")
			f.MergeCell(sheet, name(i+1, top), name(i+1, top+1))
			i++
			continue
		}
		j := i
		for ; j < len(t.columns) && t.columns[j].group == c.group; j++ {
			set(j+1, top, text(c.group))
			set(j+1, top+1, text(t.columns[j].lower))
		}
		if j-i > 1 {
			f.MergeCell(sheet, name(i+1, top), name(j, top))
		}
		i = j
	}
	return 2
}

// noteXML is the note under a table in Word, as the workbook has it.
func noteXML(t *table) string {
	var b strings.Builder
	for _, line := range strings.Split(t.note, "\n") {
		if line != "" {
			b.WriteString(para("JxTable", escape(line)))
		}
	}
	return b.String()
}

// groupNames says over which cells each upper text of a two-level header
// was read: “预算数（万元）”横跨 C1:E1.
func (t *table) groupNames() string {
	var out []string
	for c := 0; c < len(t.groups); {
		e := c
		for e+1 < len(t.groups) && t.groups[e+1] == t.groups[c] {
			e++
		}
		if t.groups[c] != "" {
			out = append(out, fmt.Sprintf("“%s”横跨 %s:%s", t.groups[c], cellName(c+1, t.headerRow-1), cellName(e+1, t.headerRow-1)))
		}
		c = e + 1
	}
	return strings.Join(out, "，")
}
