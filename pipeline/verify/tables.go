package verify

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"jixiao/pipeline/facts"
	"jixiao/pipeline/output"
)

// tableRows checks each printed table in its place. The template says
// where each section's rows went: the Word table its row values were
// printed in (output.Placement.Table). That table must have as many body
// rows (headings and the total row not counted) as the section has rows,
// or, for a section whose rows a template spreads over several tables, as
// it printed there. Tables that hold no section's rows (a signature table
// of 经办人 and 审核人, a table of figures before the attachment) are the
// template's own text, checked as text, not counted.
func tableRows(f *facts.File, placed []output.Placement, tables []output.Table, file string) []Mismatch {
	type at struct{ table, section int }
	printed := map[at]map[int]bool{} // the rows of a section printed in a table
	spread := map[int]map[int]bool{} // the tables a section's rows went to
	for _, p := range placed {
		sec := sectionOf(f.Tables, p.Field)
		if p.Table == 0 || sec < 0 {
			continue
		}
		k := at{p.Table, sec}
		if printed[k] == nil {
			printed[k] = map[int]bool{}
		}
		printed[k][p.Index] = true
		if spread[sec] == nil {
			spread[sec] = map[int]bool{}
		}
		spread[sec][p.Table] = true
	}
	bySection := map[int][]int{} // table → its sections
	for k := range printed {
		bySection[k.table] = append(bySection[k.table], k.section)
	}
	var ms []Mismatch
	for _, n := range slices.Sorted(maps.Keys(bySection)) {
		secs := bySection[n]
		slices.Sort(secs)
		want := 0
		var names, labels []string
		for _, s := range secs {
			t := f.Tables[s]
			names = append(names, t.Section)
			labels = append(labels, t.TotalLabels...)
			if len(spread[s]) == 1 {
				want += t.Rows
				// A subtotal labelled 合计 is not counted, as a total is not.
				for _, l := range t.Subtotals {
					if isTotal(l, t.TotalLabels) {
						want--
					}
				}
			} else {
				want += len(printed[at{n, s}])
			}
		}
		name := strings.Join(names, "、")
		m := Mismatch{Fact: name, Label: fmt.Sprintf("第%d个表格的行数", n), Output: file, Want: strconv.Itoa(want)}
		if n > len(tables) {
			m.Got = "（缺失）"
			ms = append(ms, m)
			continue
		}
		if got := bodyRows(tables[n-1], labels); got != want {
			m.Got = strconv.Itoa(got) + " 行"
			ms = append(ms, m)
		}
	}
	return ms
}

// sectionOf is the index of the table whose rows field (附件.行[].金额)
// names, -1 for a field of no table's rows.
func sectionOf(tables []facts.Table, field string) int {
	rows, _, ok := strings.Cut(field, "[]")
	if !ok {
		return -1
	}
	i := strings.LastIndexByte(rows, '.')
	if i < 0 {
		return -1
	}
	return slices.IndexFunc(tables, func(t facts.Table) bool { return t.Section == rows[:i] })
}

// bodyRows counts a table's rows but its headings and total rows.
func bodyRows(t output.Table, totalLabels []string) int {
	n := 0
	for _, r := range t.Rows {
		var text strings.Builder
		for _, c := range r.Cells {
			text.WriteString(c)
		}
		if !r.Header && !isTotal(text.String(), totalLabels) {
			n++
		}
	}
	return n
}
