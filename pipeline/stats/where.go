package stats

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/suggest"
)

// A where value that matches no row makes a figure 0, which may be true
// (no project was 第三方评价) or a typo (第三分评价). A value the column
// never holds, and that is not one of its known values (a grade of the
// scale), is therefore warned about, with the values the column does hold,
// nearest first; the figure still prints, since it may be right.

// maxValues bounds the distinct values kept per filtered column: enough to
// name the likely ones, a few kilobytes on a sheet of a million rows.
const maxValues = 1000

// valueSet is the distinct texts of one filtered column, as filters
// compare them, with how often each occurs.
type valueSet struct {
	col    int
	counts map[string]int
}

func (v *valueSet) add(r *dataset.Row) {
	text := strings.TrimSpace(r.Values[v.col].Text)
	if text == "" {
		return
	}
	if _, ok := v.counts[text]; ok || len(v.counts) < maxValues {
		v.counts[text]++
	}
}

// watch registers the text columns st filters on, once per column.
func (t *Tally) watch(tb *definition.Table, st *state) {
	for _, c := range st.where {
		if c.grade >= 0 {
			continue
		}
		if !slices.ContainsFunc(t.values[tb], func(v *valueSet) bool { return v.col == c.col }) {
			t.values[tb] = append(t.values[tb], &valueSet{col: c.col, counts: map[string]int{}})
		}
	}
}

// unmatched warns of each filter value of a figure that matched no row of
// a table that has rows.
func (t *Tally) unmatched(st *state, s *Section, ps *dataset.Problems) {
	if st.matched || s.Table == nil || s.Table.Count == 0 {
		return
	}
	for i, c := range st.where {
		if c.grade >= 0 {
			continue
		}
		var set *valueSet
		for _, v := range t.values[st.sec.Table] {
			if v.col == c.col {
				set = v
			}
		}
		if set.counts[c.value] > 0 {
			continue // matched alone; only the combination is empty
		}
		col := st.fig.Where[i].Column
		held := "该列全部为空"
		if names := nearest(c.value, set.counts); len(names) > 0 {
			held = "该列中有：" + strings.Join(names, "、")
		}
		ps.Warn(s.Table.Sheet, fmt.Sprintf("%s的筛选条件 %s = “%s” 没有匹配任何行，数字为 0。%s。若是写错了，请改文档定义中的 where", st.fig.Label, col.Key, c.value, held))
	}
}

// nearest lists the values, those closest to want first, then the most
// frequent, then in text order, at most ten, each quoted.
func nearest(want string, counts map[string]int) []string {
	values := make([]string, 0, len(counts))
	for v := range counts {
		values = append(values, v)
	}
	slices.SortFunc(values, func(a, b string) int {
		return cmp.Or(cmp.Compare(suggest.Distance(want, a), suggest.Distance(want, b)), cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
	})
	if len(values) > 10 {
		values = values[:10]
	}
	for i, v := range values {
		values[i] = "“" + v + "”"
	}
	return values
}
