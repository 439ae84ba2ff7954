package example

import (
	"fmt"
	"slices"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
)

// Values are the texts of last year's workbook that the words before an
// unbound number name, by table key and column key, in the order the
// text first names them: what a count or a sum per 主管部门, per 区域 or
// per 项目类型 may filter by.
type Values map[string]map[string][]string

// maxValues bounds the values of one column that figures are proposed
// for: each makes a count and a sum per amount format, so a column of
// thousands of names the text happens to hold cannot bloat the
// definition. Beyond it the numbers stay as written and the report says
// which column's values were not tried.
const maxValues = 20

// ReadValues reads the workbook (or CSV folder) input, whose tables def
// declares and sheets renames, for the values of its text columns that
// the words before res's unbound numbers name. Only those are kept, so
// that memory follows the text, not the workbook; a value is looked up
// among the runs of those words, not searched for in them. notes are
// the report's lines for columns past maxValues.
func (res *Result) ReadValues(input string, def *definition.Definition, sheets map[string]string) (v Values, notes []string, err error) {
	in, err := ingest.Load(input)
	if err != nil {
		return nil, nil, fmt.Errorf("values: %w", err)
	}
	sink := &mentions{runs: res.clauseRuns(), out: Values{}, order: map[string]int{}, seen: map[[3]string]bool{}}
	ingest.ReadSnapshot(in, def, ingest.Options{Sheets: sheets, Sink: sink})
	notes = sink.bounded()
	return sink.out, notes, nil
}

// clauseRuns maps each run of two or more characters of the clauses
// before res's unbound Arabic numbers to where the text first has it.
func (res *Result) clauseRuns() map[string]int {
	runs := map[string]int{}
	for k, m := range res.Marks {
		if m.State != Unbound || m.tok.form != Arabic {
			continue
		}
		rs := []rune(m.clause)
		for i := range rs {
			for j := i + 2; j <= len(rs) && j-i <= 40; j++ {
				if _, ok := runs[string(rs[i:j])]; !ok {
					runs[string(rs[i:j])] = k*1000 + i
				}
			}
		}
	}
	return runs
}

// mentions is the row sink that keeps the values the clauses name.
type mentions struct {
	runs  map[string]int
	out   Values
	order map[string]int
	seen  map[[3]string]bool
}

// Add keeps row r's texts of table t that the clauses name.
func (m *mentions) Add(t *dataset.Table, r *dataset.Row) {
	if r.Heading != "" {
		return
	}
	for i, c := range t.Def.Columns {
		if c.Kind != definition.Text || c.Optional || r.Values[i].Blank {
			continue
		}
		text := strings.TrimSpace(r.Values[i].Text)
		at, ok := m.runs[text]
		key := [3]string{t.Def.Key, c.Key, text}
		if !ok || m.seen[key] {
			continue
		}
		m.seen[key] = true
		if m.out[t.Def.Key] == nil {
			m.out[t.Def.Key] = map[string][]string{}
		}
		m.out[t.Def.Key][c.Key] = append(m.out[t.Def.Key][c.Key], text)
		m.order[text] = at
	}
}

// bounded orders each column's values as the text names them (then by
// value: map order must not reach the definition), keeps the first
// maxValues, and says which columns had more.
func (m *mentions) bounded() []string {
	var notes []string
	v := m.out
	for _, table := range sortedKeys(v) {
		for _, col := range sortedKeys(v[table]) {
			vs := v[table][col]
			slices.SortFunc(vs, func(a, b string) int {
				if m.order[a] != m.order[b] {
					return m.order[a] - m.order[b]
				}
				return strings.Compare(a, b)
			})
			if len(vs) > maxValues {
				notes = append(notes, fmt.Sprintf("说明中提到了表格 %s 的“%s”列的 %d 个取值，只为前 %d 个（%s……）试算个数和金额，其后各值（%s……）前的数字保留原文，请人工核对",
					table, col, len(vs), maxValues, vs[0], vs[maxValues]))
				v[table][col] = vs[:maxValues]
			}
		}
	}
	return notes
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
