package example

import (
	"fmt"
	"slices"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
)

// Values are the texts last year's workbook holds in each text column:
// table key → column key → the different values, as read. They are what
// a count per 单位 or per 评价机构 may filter by. Values is a row sink
// (ingest.Options.Sink): it sees the rows as they are read.
type Values map[string]map[string][]string

// ReadValues reads the text columns' values of the workbook (or CSV
// folder) input, whose tables def declares and sheets renames.
func ReadValues(input string, def *definition.Definition, sheets map[string]string) (Values, error) {
	in, err := ingest.Load(input)
	if err != nil {
		return nil, fmt.Errorf("values: %w", err)
	}
	v := Values{}
	ingest.ReadSnapshot(in, def, ingest.Options{Sheets: sheets, Sink: v})
	return v, nil
}

// Add keeps row r's texts of table t.
func (v Values) Add(t *dataset.Table, r *dataset.Row) {
	for i, c := range t.Def.Columns {
		if c.Kind != definition.Text || c.Optional || r.Heading != "" || r.Values[i].Blank {
			continue
		}
		cols := v[t.Def.Key]
		if cols == nil {
			cols = map[string][]string{}
			v[t.Def.Key] = cols
		}
		if text := r.Values[i].Text; !slices.Contains(cols[c.Key], text) {
			cols[c.Key] = append(cols[c.Key], text)
		}
	}
}

// Mentioned keeps of v the values the words before a whole number that
// no figure printed name (由某事务所评价5个): those a count may be.
func (res *Result) Mentioned(v Values) Values {
	out := Values{}
	for _, m := range res.Marks {
		if m.State != Unbound || m.tok.form != Arabic || m.tok.decimals != 0 || isMoneyUnit(m.tok.unit) || m.tok.unit == "%" {
			continue
		}
		for table, cols := range v {
			for col, values := range cols {
				for _, text := range values {
					if len([]rune(text)) < 2 || !strings.Contains(m.clause, text) || slices.Contains(out[table][col], text) {
						continue
					}
					if out[table] == nil {
						out[table] = map[string][]string{}
					}
					out[table][col] = append(out[table][col], text)
				}
			}
		}
	}
	for _, cols := range out {
		for _, values := range cols {
			slices.Sort(values) // map order must not reach the definition
		}
	}
	return out
}
