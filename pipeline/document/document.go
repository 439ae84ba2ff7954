package document

import (
	"strconv"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/money"
	"jixiao/pipeline/stats"
)

// Data is a whole document's model.
type Data struct {
	Def       *definition.Definition
	County    string
	Year      int
	PriorYear int
	Sections  []*Section
}

// Section is one section: its figures and, where it prints them, its rows.
type Section struct {
	Def *definition.Section
	// Table is where the section's table was read: its sheet, columns and
	// bounds, without its rows, which the document holds as Rows; so a
	// long attachment's input rows are freed once the document is built.
	Table   *dataset.Table
	Figures []Figure
	// Rows are the table's rows, headings included, where Def.Rows is set.
	Rows []Row
	// Count is the number of data rows, headings not counted.
	Count int
}

// Figure is one printed figure.
type Figure struct {
	Def     *definition.Figure
	Count   int
	Present bool
	Text    string
	Money   Money
	Number  Number
	// Grades are a distribution's counts, by the scale's grades.
	Grades []int
}

// Row is one printed row.
type Row struct {
	// Ref is the input row's reference (Col 0).
	Ref dataset.CellRef
	// Heading is a section heading's text; "" on a data row.
	Heading string
	// Subtotal is a subtotal row's label as written (小计); "" elsewhere.
	Subtotal string
	// LabelSpan is how many columns its label covers where the workbook
	// merges it (dataset.Row.LabelSpan); 0 for one cell.
	LabelSpan int
	Cells     []Cell
}

// Data reports whether the row is a data row: no heading, no subtotal.
func (r *Row) Data() bool { return r.Heading == "" && r.Subtotal == "" }

// Section returns the section with key k, or nil.
func (d *Data) Section(k string) *Section {
	for _, s := range d.Sections {
		if s.Def.Key == k {
			return s
		}
	}
	return nil
}

// Figure returns the figure with key k, or nil.
func (s *Section) Figure(k string) *Figure {
	for i := range s.Figures {
		if s.Figures[i].Def.Key == k {
			return &s.Figures[i]
		}
	}
	return nil
}

// Printed is the figure as a template prints it.
func (f *Figure) Printed() string {
	switch v := f.view().(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case bool:
		return strconv.FormatBool(v)
	case Money:
		return v.String()
	case Number:
		return v.String()
	}
	return ""
}

// Exact is the figure's exact value, for facts.json.
func (f *Figure) Exact() string {
	switch v := f.view().(type) {
	case int:
		return strconv.Itoa(v)
	case Money:
		return v.Value().String()
	case Number:
		return v.Value.String()
	}
	return f.Printed()
}

// Numeric reports whether the figure is a number rather than a wording.
func (f *Figure) Numeric() bool {
	switch f.view().(type) {
	case int, Money, Number:
		return true
	}
	return false
}

// Params are the job's settings the document states.
type Params struct {
	County          string
	Year, PriorYear int
}

// Build turns the tables and their figures into the document model.
func Build(ds *dataset.Dataset, r *stats.Report, p Params) *Data {
	d := &Data{Def: r.Def, County: p.County, Year: p.Year, PriorYear: p.PriorYear}
	for _, ss := range r.Sections {
		s := &Section{Def: ss.Def}
		if ss.Table != nil {
			header := *ss.Table
			header.Rows = nil
			s.Table, s.Count = &header, ss.Table.Count
		}
		for _, v := range ss.Values {
			s.Figures = append(s.Figures, figure(v, ss.Table))
		}
		clauses(s)
		if ss.Def.Rows != "" && ss.Table != nil {
			s.Rows = rows(ss.Table)
		}
		d.Sections = append(d.Sections, s)
	}
	return d
}

func figure(v *stats.Value, t *dataset.Table) Figure {
	f := Figure{Def: v.Def, Count: v.Count, Present: v.Present, Text: v.Text, Grades: v.Grades}
	p := v.Def.Print
	if v.Def.Of != nil && v.Def.Of.Kind == definition.Amount {
		unit := p.Unit
		if i := t.Def.Index(v.Def.Of); unit == money.NoUnit && t != nil && i >= 0 {
			unit = t.Columns[i].Unit // the unit the column was written in
		}
		if unit == money.NoUnit {
			unit = money.Wan
		}
		f.Money = Money{Amount: v.Amount, Unit: unit, Decimals: p.Decimals, Grouped: p.Grouped, Set: v.Set}
		f.Money.Display, f.Money.Format = shownSum(f.Money, v.Def, t)
	} else {
		f.Number = Number{Value: v.Number, Decimals: p.Decimals, Grouped: p.Grouped, Set: v.Set}
	}
	return f
}

// shownSum is a sum printed as_displayed as the workbook shows the sums of
// its column (dataset.Found.Format): ¥1,254.50, 20.50万元, as the 合计 row
// beside the rows prints it; "" where the column has no format or the
// figure prints in another unit than the column's, whose text (万元) the
// format would misstate.
func shownSum(m Money, def *definition.Figure, t *dataset.Table) (display, format string) {
	if m.Decimals != definition.AsDisplayed || !m.Set || def.Kind != definition.Sum || t == nil {
		return "", ""
	}
	i := t.Def.Index(def.Of)
	if i < 0 || t.Columns[i].Format == "" || t.Columns[i].Unit != m.Unit {
		return "", ""
	}
	format = t.Columns[i].Format
	return ingest.Display(m.Value().String(), format), format
}

// rows prints a table's rows: numbers renumbered within each group,
// amounts in their print unit, vertical merges from the input's blocks.
func rows(t *dataset.Table) []Row {
	out := make([]Row, len(t.Rows))
	for i, r := range t.Rows {
		row := Row{Ref: r.Ref, Heading: r.Heading, Subtotal: r.Subtotal, LabelSpan: r.LabelSpan, Cells: make([]Cell, len(t.Def.Columns))}
		for c, col := range t.Def.Columns {
			row.Cells[c] = cell(col, t.Columns[c], r, r.Values[c])
		}
		out[i] = row
	}
	for c, col := range t.Def.Columns {
		if col.Blank != definition.BlankMerge {
			continue
		}
		for i := range out {
			block := func(j int) int {
				if j < 0 || j >= len(out) || !t.Rows[j].Data() {
					return -1
				}
				return t.Rows[j].Values[c].Block
			}
			b := block(i)
			switch {
			case b < 0:
			case block(i-1) == b:
				out[i].Cells[c].Merge = Continues
			case block(i+1) == b:
				out[i].Cells[c].Merge = Starts
			}
		}
	}
	return out
}

func cell(col *definition.Column, found dataset.Found, r *dataset.Row, v dataset.Value) Cell {
	c := Cell{Column: col, Text: v.Text}
	p := col.Print
	switch col.Kind {
	case definition.Sequence:
		if r.Data() {
			c.Seq = r.Seq
			c.Text = strconv.Itoa(r.Seq)
		}
	case definition.Grade:
		if v.Grade >= 0 && (!p.AsWritten || v.GradeComputed) {
			c.Text = col.Scale.Grades[v.Grade].Name
		}
	case definition.Amount:
		unit := p.Unit
		if unit == money.NoUnit {
			unit = found.Unit
		}
		if unit == money.NoUnit {
			unit = money.Wan
		}
		c.Money = Money{Amount: v.Amount, Unit: unit, Decimals: p.Decimals, Grouped: p.Grouped, Set: !v.Blank && r.Heading == ""}
		if unit == found.Unit {
			c.Money.Display, c.Money.Format = v.Display, v.Format
		}
	case definition.Score, definition.Integer:
		c.Number = Number{Value: v.Number, Decimals: p.Decimals, Grouped: p.Grouped, Display: v.Display, Format: v.Format, Set: !v.Blank && r.Heading == ""}
	}
	return c
}

// PrintedRows counts the rows of the document's printed tables.
func (d *Data) PrintedRows() int {
	n := 0
	for _, s := range d.Sections {
		n += len(s.Rows)
	}
	return n
}
