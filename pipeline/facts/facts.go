package facts

import (
	"fmt"
	"strconv"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
)

// Fact is one printed figure.
type Fact struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Value   string   `json:"value"`   // exact
	Printed string   `json:"printed"` // as the definition prints it
	How     string   `json:"how"`
	From    []string `json:"from,omitempty"` // input cells, as ranges
	// Number says the figure is a number; a wording (a grade
	// distribution) is checked word for word instead.
	Number bool `json:"number"`
}

// Row is one printed data row of a table, for the change report.
type Row struct {
	Section string `json:"section"`
	// Key tells the row from the others: its unique columns' values.
	Key   string `json:"key"`
	Cells []Cell `json:"cells"`
}

// Cell is one printed cell of a Row.
type Cell struct {
	Column  string `json:"column"` // the column's label
	Printed string `json:"printed"`
}

// Table is what a printed table must look like in every output.
type Table struct {
	Section string `json:"section"`
	// Rows counts the printed rows, headings included.
	Rows int `json:"rows"`
	// TotalLabels mark a total row, which is not one of Rows.
	TotalLabels []string `json:"total_labels"`
	// Subtotals are the labels of the subtotal rows among Rows, in order:
	// one written as a total (合计) reads like the total row.
	Subtotals []string `json:"subtotals,omitempty"`
}

// Check is one piece of the document's own arithmetic.
type Check struct {
	What   string `json:"what"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// File is the content of facts.json.
type File struct {
	County string  `json:"county"`
	Year   int     `json:"year"`
	Input  string  `json:"input"`
	Facts  []Fact  `json:"facts"`
	Checks []Check `json:"checks"`
	Tables []Table `json:"tables"`
	// Rows are the printed tables' rows, for the change report.
	Rows []Row `json:"rows"`
	byID map[string]int
}

// Get returns the fact with the given ID.
func (f *File) Get(id string) (Fact, bool) {
	if f.byID == nil {
		f.byID = map[string]int{}
		for i, x := range f.Facts {
			f.byID[x.ID] = i
		}
	}
	i, ok := f.byID[id]
	if !ok {
		return Fact{}, false
	}
	return f.Facts[i], true
}

// RowID is the fact ID of column key of the k-th row (from 1) of a section's rows.
func RowID(s *definition.Section, k int, key string) string {
	return fmt.Sprintf("%s.%s[%d].%s", s.Key, s.Rows, k, key)
}

// Build collects the facts of a document.
func Build(d *document.Data, input string, priorYearSet bool) *File {
	f := &File{County: d.County, Year: d.Year, Input: input}
	add := func(x Fact) { f.Facts = append(f.Facts, x) }
	add(Fact{ID: document.YearField, Label: "年度", Value: strconv.Itoa(d.Year), Printed: strconv.Itoa(d.Year), How: "任务文件 year", Number: true})
	how := "年度 − 1"
	if priorYearSet {
		how = "任务文件 prior_year"
	}
	add(Fact{ID: document.PriorYearField, Label: "上一年度", Value: strconv.Itoa(d.PriorYear), Printed: strconv.Itoa(d.PriorYear), How: how, Number: true})
	for _, s := range d.Sections {
		f.section(s, add)
	}
	return f
}

func (f *File) section(s *document.Section, add func(Fact)) {
	t := s.Table
	for i := range s.Figures {
		fig := &s.Figures[i]
		def := fig.Def
		switch def.Kind {
		case definition.Present, definition.SentenceEnd, definition.Requirement, definition.TextFigure:
			continue // wordings the template chooses by, not figures
		}
		x := Fact{ID: s.Def.Key + "." + def.Key, Label: s.Def.Label + def.Label, Value: fig.Exact(), Printed: fig.Printed(), Number: fig.Numeric()}
		if strings.HasPrefix(def.Label, s.Def.Label) {
			x.Label = def.Label
		}
		x.How, x.From = how(t, fig)
		add(x)
	}
	f.checks(s)
	if s.Def.Rows == "" {
		return
	}
	var subtotals []string
	for _, r := range s.Rows {
		if r.Subtotal != "" {
			subtotals = append(subtotals, r.Subtotal)
		}
	}
	f.Tables = append(f.Tables, Table{Section: s.Def.Key, Rows: len(s.Rows), TotalLabels: s.Def.Table.TotalLabels, Subtotals: subtotals})
	name := -1
	for i, c := range s.Def.Table.Columns {
		if c.Kind == definition.Text {
			name = i
			break
		}
	}
	// A column's label is the same on every row; made once per column, a
	// long attachment's rows share it rather than each holding a copy.
	type made struct {
		unit money.Unit
		text string
	}
	labels := make([]*made, len(s.Def.Table.Columns))
	labelOf := func(i int, c document.Cell) string {
		if l := labels[i]; l == nil || l.unit != c.Money.Unit {
			labels[i] = &made{c.Money.Unit, label(c.Column, c)}
		}
		return labels[i].text
	}
	for k, r := range s.Rows {
		if r.Heading != "" {
			// A heading is checked where a template prints it ({{.分组}}),
			// as the one merged cell of its row.
			add(Fact{ID: RowID(s.Def, k+1, document.HeadingText), Label: fmt.Sprintf("%s第%d行（分组标题）", s.Def.Label, k+1), Value: r.Heading, Printed: r.Heading})
			continue
		}
		who := ""
		if name >= 0 {
			who = "（" + r.Cells[name].Text + "）"
		}
		row := Row{Section: s.Def.Key, Key: rowKey(s.Def.Table, r), Cells: make([]Cell, 0, len(r.Cells))}
		for i, c := range r.Cells {
			col := c.Column
			printed := c.String()
			row.Cells = append(row.Cells, Cell{Column: labelOf(i, c), Printed: printed})
			exact := c.Exact()
			if exact == "" {
				continue
			}
			at := t.Columns[i]
			x := Fact{ID: RowID(s.Def, k+1, col.Key), Label: fmt.Sprintf("%s第%d行%s%s", s.Def.Label, k+1, who, labelOf(i, c)),
				Value: exact, Printed: printed, Number: true}
			switch {
			case r.Subtotal != "" && col.Kind == definition.Amount:
				// Computed, never copied: the workbook's cell was only checked.
				x.How = "本组各行之和"
			case col.Kind == definition.Sequence:
				x.How = "按行次重新编号"
			case at.Col != 0:
				ref := r.Ref.Cell(at.Col).String()
				x.How, x.From = ref+conversion(at.Unit, c.Money.Unit, col.Kind), []string{ref}
			}
			add(x)
		}
		if r.Subtotal == "" {
			// A subtotal is no project: the change report compares projects.
			f.Rows = append(f.Rows, row)
		}
	}
}

// label is a column's label with the unit an amount prints in: 金额（万元）.
func label(c *definition.Column, cell document.Cell) string {
	if c.Kind == definition.Amount && cell.Money.Unit != money.NoUnit && !strings.Contains(c.Label, cell.Money.Unit.String()) {
		return c.Label + "（" + cell.Money.Unit.String() + "）"
	}
	return c.Label
}

// rowKey is a row's unique columns' printed values, or all its text.
func rowKey(t *definition.Table, r document.Row) string {
	var parts []string
	for _, k := range t.Unique {
		parts = append(parts, r.Cells[t.Index(t.Column(k))].String())
	}
	if len(parts) == 0 {
		for _, c := range r.Cells {
			if c.Column.Kind == definition.Text {
				parts = append(parts, c.Text)
			}
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return parts[0] + "（" + strings.Join(parts[1:], "，") + "）"
}

// conversion says how a figure in unit from became one in unit to: ÷ 10000（元→万元）.
func conversion(from, to money.Unit, k definition.Kind) string {
	if k != definition.Amount || from == to || from == money.NoUnit || to == money.NoUnit {
		return ""
	}
	op, factor := "÷", money.In(decimal.NewFromInt(1), from).To(to)
	if factor.LessThan(decimal.NewFromInt(1)) {
		factor = decimal.NewFromInt(1).Div(factor)
	} else {
		op = "×"
	}
	return fmt.Sprintf(" %s %s（%s→%s）", op, factor.String(), from, to)
}

// checks records the section's own arithmetic: grade counts adding up to
// the count, and a table's 尾差.
func (f *File) checks(s *document.Section) {
	var count *document.Figure
	for i := range s.Figures {
		if fg := &s.Figures[i]; fg.Def.Kind == definition.Count && len(fg.Def.Where) == 0 && count == nil {
			count = fg
		}
	}
	for i := range s.Figures {
		fg := &s.Figures[i]
		switch {
		case fg.Def.Kind == definition.Distribution && count != nil && fg.Def.Of.Required:
			total := 0
			var parts []string
			for _, n := range fg.Grades {
				total += n
				parts = append(parts, strconv.Itoa(n))
			}
			f.Checks = append(f.Checks, Check{What: s.Def.Label + "：各等级项目数之和等于项目数", OK: total == count.Count,
				Detail: fmt.Sprintf("%s = %d，项目数 %d", strings.Join(parts, " + "), total, count.Count)})
		case fg.Def.Kind == definition.Tail:
			f.Checks = append(f.Checks, Check{What: s.Def.Label + "：各行之和等于合计（尾差）", OK: true,
				Detail: fmt.Sprintf("各行按显示值相加比合计多 %s %s", fg.Money.Fixed(true), fg.Money.Unit)})
		}
	}
}

// how says how a figure was computed, and from which cells.
func how(t *dataset.Table, fig *document.Figure) (string, []string) {
	def := fig.Def
	if t == nil {
		return "", nil
	}
	col := func(c *definition.Column) column {
		i := t.Def.Index(c)
		if i < 0 {
			return column{}
		}
		return column{sheet: t.Sheet, col: t.Columns[i].Col, first: t.FirstRow, to: t.LastRow}
	}
	var of column
	if def.Of != nil {
		of = col(def.Of)
	} else {
		for i, c := range t.Def.Columns {
			if t.Columns[i].Col != 0 && c.Required {
				of = col(c)
				break
			}
		}
	}
	var where []string
	for _, c := range def.Where {
		where = append(where, fmt.Sprintf("%s = \"%s\"", col(c.Column).formula(), c.Value))
	}
	cond := ""
	if len(where) > 0 {
		cond = "，其中 " + strings.Join(where, " 且 ")
	}
	var s string
	switch def.Kind {
	case definition.Count:
		s = "count(" + of.formula() + ")"
		if len(def.Where) == 1 && def.Where[0].Column == def.Of {
			s, cond = "count("+where[0]+")", "" // count(重点绩效评价!E2:E19 = "优")
		}
		if w := def.Where; len(w) == 1 && w[0].Column.Kind == definition.Grade && col(w[0].Column).col == 0 && w[0].Column.FromScore != "" {
			s = fmt.Sprintf("count(%s 按评分定为“%s”)", col(t.Def.Column(w[0].Column.FromScore)).formula(), w[0].Value)
			cond = ""
		}
	case definition.Distribution:
		s = "按 " + of.formula() + " 计数，写成文字"
	case definition.Clause:
		var cited []string
		for _, c := range def.Cites {
			cited = append(cited, c.Key)
			if c.Of != nil {
				of = col(c.Of)
			}
		}
		s = fmt.Sprintf("分句“%s”，由本部分的 %s 填入；其为空时整句省略", def.Text, strings.Join(cited, "、"))
	default:
		s = string(def.Kind) + "(" + of.formula() + ")"
		if def.Of != nil && def.Of.Kind == definition.Amount {
			s += conversion(t.Columns[t.Def.Index(def.Of)].Unit, fig.Money.Unit, definition.Amount)
		}
	}
	return s + cond, of.from()
}

// column is one column of a sheet's data rows.
type column struct {
	sheet     dataset.CellRef
	col       int
	first, to int
}

func (c column) empty() bool { return c.col == 0 || c.to < c.first || c.to == 0 }

// formula names the range as a formula would: 绩效自评!C2:C1167.
func (c column) formula() string {
	if c.empty() {
		return c.sheet.Sheet + "（无数据）"
	}
	return c.sheet.WithRow(c.first).Cell(c.col).Range(c.to)
}

// from names the range with its file: data.xlsx!绩效自评!C2:C1167.
func (c column) from() []string {
	if c.empty() {
		return nil
	}
	file := c.sheet.File
	if file != "" && c.sheet.Sheet != "" {
		file += "!"
	} else {
		file = ""
	}
	return []string{file + c.formula()}
}
