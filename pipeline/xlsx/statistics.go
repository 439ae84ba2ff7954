package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// statsSheet is the name of the statistics sheet.
const statsSheet = "统计"

// statistics writes the 统计 sheet, a block per table in sheet order: live
// COUNTIF/SUMIF formulas over the table where Excel can compute them,
// fixed figures where it cannot (merged columns, whose covered cells are
// empty), and the charts; then the narrative's other sections. What a
// block groups by comes from the definition: each grade column by grade,
// each score column's mean, minimum and maximum, and each text column but
// the first (the project's name).
func (fl *filler) statistics() error {
	f := fl.f
	idx, _ := f.GetSheetIndex(statsSheet)
	if idx < 0 && !fl.countable() {
		return nil // a sheet of titles over nothing would read as all zeros
	}
	if idx < 0 {
		if _, err := f.NewSheet(statsSheet); err != nil {
			return err
		}
	}
	w := &statsWriter{fl: fl, row: 1}
	var err error
	if w.bold, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}}); err != nil {
		return err
	}
	if w.head, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Border: borders}); err != nil {
		return err
	}
	amountFmt, scoreFmt := "#,##0.00", "0.00"
	w.amount, _ = f.NewStyle(&excelize.Style{CustomNumFmt: &amountFmt, Border: borders})
	w.score, _ = f.NewStyle(&excelize.Style{CustomNumFmt: &scoreFmt, Border: borders})
	w.plain, _ = f.NewStyle(&excelize.Style{Border: borders})
	for i, ft := range fl.tables {
		if err := w.table(ft, len(fl.tables) > 1, i == len(fl.tables)-1); err != nil {
			return err
		}
	}
	w.narrative()
	if w.err != nil {
		return w.err
	}
	fl.statsRows = w.row - 1
	return nil
}

// table writes one table's block and its charts; named, the charts' titles
// say which table they are of.
func (w *statsWriter) table(ft *filled, named, last bool) error {
	w.t, w.tbl = ft, ft.l.section.Table
	w.amountCol = firstOf(w.tbl, definition.Amount)
	title := ft.sec.Def.Label
	if t := firstText(ft.sec); t != "" {
		title = t
	}
	w.set(1, title+" 统计", w.bold)
	w.row += 2
	top := w.row
	gradeTop, grades := 0, 0
	for i, c := range w.tbl.Columns {
		if c.Kind == definition.Grade {
			top := w.byGrade(i)
			if gradeTop == 0 {
				gradeTop, grades = top, len(c.Scale.Grades)
			}
		}
	}
	for i, c := range w.tbl.Columns {
		if c.Kind == definition.Score {
			w.scores(i)
		}
	}
	name := firstOf(w.tbl, definition.Text)
	for i, c := range w.tbl.Columns {
		if c.Kind == definition.Text && i != name {
			w.byColumn(i)
		}
	}
	if w.err != nil || gradeTop == 0 {
		return w.err
	}
	prefix := ""
	if named {
		prefix = ft.sec.Def.Label
	}
	// The charts stand beside the block, one under the other; the next
	// table's block starts below them (the narrative's columns end before
	// the charts').
	if !last {
		w.row = max(w.row, top+2*chartRows+1)
	}
	return w.fl.charts(top, gradeTop, grades, w.amountCol >= 0, prefix)
}

// countable reports whether the 统计 sheet has anything to count: a table
// with a grade or score column, or a text column besides its names, or a
// section printed as no table.
func (fl *filler) countable() bool {
	tabled := map[*document.Section]bool{}
	for _, ft := range fl.tables {
		tabled[ft.sec] = true
		t := ft.l.section.Table
		name := firstOf(t, definition.Text)
		for i, c := range t.Columns {
			if c.Kind == definition.Grade || c.Kind == definition.Score || c.Kind == definition.Text && i != name {
				return true
			}
		}
	}
	for _, s := range fl.data.Sections {
		if !tabled[s] && len(s.Figures) > 0 {
			return true
		}
	}
	return false
}

// firstOf is the index of the table's first column of kind k, or -1.
func firstOf(t *definition.Table, k definition.Kind) int {
	for i, c := range t.Columns {
		if c.Kind == k {
			return i
		}
	}
	return -1
}

// firstText is the section's first text figure (its title), or "".
func firstText(s *document.Section) string {
	for _, f := range s.Figures {
		if f.Def.Kind == definition.TextFigure {
			return f.Text
		}
	}
	return ""
}

var borders = []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}

type statsWriter struct {
	fl                               *filler
	t                                *filled // the table counted
	tbl                              *definition.Table
	amountCol                        int // the column summed, -1 for none
	row                              int
	err                              error
	bold, head, amount, score, plain int
}

func (w *statsWriter) set(col int, v any, style int) {
	if w.err != nil {
		return
	}
	cell := cellName(col, w.row)
	w.fl.statsCols = max(w.fl.statsCols, col)
	switch v := v.(type) {
	case string:
		w.err = w.fl.f.SetCellStr(statsSheet, cell, v)
	case int:
		w.err = w.fl.f.SetCellInt(statsSheet, cell, int64(v))
	case decimal.Decimal:
		w.err = w.fl.f.SetCellDefault(statsSheet, cell, v.String())
	case formula:
		w.err = w.fl.setFormula(statsSheet, cell, v.text, v.value)
	}
	if w.err == nil && style != 0 {
		w.err = w.fl.f.SetCellStyle(statsSheet, cell, cell, style)
	}
}

func (w *statsWriter) title(text string, heads ...string) {
	w.set(1, text, w.bold)
	w.row++
	for i, h := range heads {
		w.set(i+1, h, w.head)
	}
	w.row++
}

// tableRange is the absolute range of a table column, as formulas name it.
func (w *statsWriter) tableRange(col int) string {
	c := colName(w.t.l.column(w.tbl.Columns[col]))
	return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", w.t.l.sheet, c, w.t.first, c, w.t.last)
}

// live reports whether column col can be counted by formulas: the template
// shows it, the table has rows, and no merge leaves covered cells empty.
func (w *statsWriter) live(col int) bool {
	return w.t.l.column(w.tbl.Columns[col]) != 0 && len(w.t.sec.Rows) > 0 && w.tbl.Columns[col].Blank != definition.BlankMerge &&
		(w.amountCol < 0 || w.t.l.column(w.tbl.Columns[w.amountCol]) != 0)
}

// amountHead is the amount column's heading: 金额（万元）.
func (w *statsWriter) amountHead() string {
	if w.amountCol < 0 {
		return ""
	}
	label := w.tbl.Columns[w.amountCol].Label
	if u := w.unit(); u != "" && !strings.Contains(label, u) {
		label += "（" + u + "）"
	}
	return label
}

func (w *statsWriter) unit() string {
	for _, r := range w.t.sec.Rows {
		if r.Data() {
			return r.Cells[w.amountCol].Money.Unit.String()
		}
	}
	return ""
}

// group is one line of a grouping: its key, count and sum.
type group struct {
	key   string
	count int
	sum   decimal.Decimal
}

// groups counts and sums the data rows by the printed value of column
// col, in the order given (nil: of first appearance).
func (w *statsWriter) groups(col int, order []string) []group {
	var out []group
	at := map[string]int{}
	for _, k := range order {
		at[k] = len(out)
		out = append(out, group{key: k})
	}
	for _, r := range w.t.sec.Rows {
		if !r.Data() {
			continue
		}
		k := r.Cells[col].String()
		i, ok := at[k]
		if !ok {
			if order != nil {
				continue
			}
			i = len(out)
			at[k] = i
			out = append(out, group{key: k})
		}
		out[i].count++
		if w.amountCol >= 0 {
			out[i].sum = out[i].sum.Add(r.Cells[w.amountCol].Money.Value())
		}
	}
	return out
}

// line writes one group: live COUNTIF/SUMIF where it can, figures otherwise.
func (w *statsWriter) line(col int, g group) {
	w.set(1, g.key, w.plain)
	if w.live(col) {
		keys := w.tableRange(col)
		w.set(2, formula{fmt.Sprintf(`COUNTIF(%s,"%s")`, keys, g.key), strconv.Itoa(g.count)}, w.plain)
		if w.amountCol >= 0 {
			w.set(3, formula{fmt.Sprintf(`SUMIF(%s,"%s",%s)`, keys, g.key, w.tableRange(w.amountCol)), g.sum.String()}, w.amount)
		}
	} else {
		w.set(2, g.count, w.plain)
		if w.amountCol >= 0 {
			w.set(3, g.sum, w.amount)
		}
	}
	w.row++
}

// byGrade writes the projects and amount per grade; it returns the first
// data row, for the charts.
func (w *statsWriter) byGrade(col int) int {
	c := w.tbl.Columns[col]
	w.title("按"+c.Label, c.Label, "项目数", w.amountHead())
	top := w.row
	groups := w.groups(col, c.Scale.Names())
	totalCount, total := 0, decimal.Zero
	for _, g := range groups {
		w.line(col, g)
		totalCount += g.count
		total = total.Add(g.sum)
	}
	w.set(1, "合计", w.head)
	w.set(2, formula{fmt.Sprintf("SUM(B%d:B%d)", top, w.row-1), strconv.Itoa(totalCount)}, w.plain)
	if w.amountCol >= 0 {
		w.set(3, formula{fmt.Sprintf("SUM(C%d:C%d)", top, w.row-1), total.String()}, w.amount)
	}
	w.row += 2
	return top
}

func (w *statsWriter) scores(col int) {
	var scores []decimal.Decimal
	for _, r := range w.t.sec.Rows {
		if n := r.Cells[col].Number; n.Set {
			scores = append(scores, n.Value)
		}
	}
	if len(scores) == 0 || w.t.l.column(w.tbl.Columns[col]) == 0 {
		return
	}
	w.title(w.tbl.Columns[col].Label, "指标", "分数")
	rng := w.tableRange(col)
	for _, s := range []struct {
		label, fn string
		value     decimal.Decimal
	}{
		{"平均分", "AVERAGE", decimal.Avg(scores[0], scores[1:]...)},
		{"最低分", "MIN", decimal.Min(scores[0], scores[1:]...)},
		{"最高分", "MAX", decimal.Max(scores[0], scores[1:]...)},
	} {
		w.set(1, s.label, w.plain)
		w.set(2, formula{fmt.Sprintf("%s(%s)", s.fn, rng), s.value.String()}, w.score)
		w.row++
	}
	w.row++
}

// byColumn groups by a text column; a merged one by the data, since its
// covered cells are empty and COUNTIF would miss them.
func (w *statsWriter) byColumn(col int) {
	groups := w.groups(col, nil)
	if len(groups) == 0 || len(groups) == w.t.sec.Count {
		return // nothing shared: no grouping to show
	}
	c := w.tbl.Columns[col]
	title := "按" + c.Label
	if c.Blank == definition.BlankMerge {
		title += "（" + c.Label + "为合并单元格，按数据计算）"
	}
	w.title(title, c.Label, "项目数", w.amountHead())
	for _, g := range groups {
		w.line(col, g)
	}
	w.row++
}

// narrative lists the other sections' figures: each one's count, sum and
// grade counts.
func (w *statsWriter) narrative() {
	var secs []*document.Section
	var scale *definition.Scale
	tabled := map[*document.Section]bool{}
	for _, ft := range w.fl.tables {
		tabled[ft.sec] = true
	}
	for _, s := range w.fl.data.Sections {
		if tabled[s] {
			continue
		}
		secs = append(secs, s)
		for _, f := range s.Figures {
			if f.Def.Kind == definition.Distribution && scale == nil {
				scale = f.Def.Of.Scale
			}
		}
	}
	if len(secs) == 0 {
		return
	}
	amount := "金额"
	for _, s := range secs {
		for _, f := range s.Figures {
			if f.Def.Kind == definition.Sum && f.Money.Unit != 0 && amount == "金额" {
				amount += "（" + f.Money.Unit.String() + "）"
			}
		}
	}
	heads := []string{"事项", "项目数", amount}
	if scale != nil {
		heads = append(heads, scale.Names()...)
	}
	w.title("情况说明中的数字", heads...)
	for _, s := range secs {
		w.set(1, s.Def.Label, w.plain)
		w.set(2, s.Count, w.plain)
		for _, f := range s.Figures {
			if f.Def.Kind == definition.Sum && f.Money.Set && len(f.Def.Where) == 0 {
				w.set(3, f.Money.Value(), w.amount)
				break
			}
		}
		for _, f := range s.Figures {
			if f.Def.Kind == definition.Distribution && f.Def.Of.Scale == scale {
				for i, n := range f.Grades {
					w.set(4+i, n, w.plain)
				}
				break
			}
		}
		w.row++
	}
}

// chartRows is how many rows a chart covers: 260 px at the default row
// height of 20 px.
const chartRows = 15

// charts adds native column charts beside a block that starts at row at:
// projects, and amount, per grade (the grade rows from top).
func (fl *filler) charts(at, top, grades int, amounts bool, prefix string) error {
	cats := fmt.Sprintf("'%s'!$A$%d:$A$%d", statsSheet, top, top+grades-1)
	charts := []struct{ title, col string }{{"各等级项目数", "B"}, {"各等级金额", "C"}}
	if !amounts {
		charts = charts[:1]
	}
	for i, c := range charts {
		chart := &excelize.Chart{
			Type: excelize.Col,
			Series: []excelize.ChartSeries{{
				Name:       fmt.Sprintf("'%s'!$%s$%d", statsSheet, c.col, top-1),
				Categories: cats,
				Values:     fmt.Sprintf("'%s'!$%s$%d:$%s$%d", statsSheet, c.col, top, c.col, top+grades-1),
			}},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: prefix + c.title}}},
			Legend:    excelize.ChartLegend{Position: "none"},
			PlotArea:  excelize.ChartPlotArea{ShowVal: true},
			Dimension: excelize.ChartDimension{Width: 480, Height: 260},
		}
		if err := fl.f.AddChart(statsSheet, fmt.Sprintf("I%d", at+i*chartRows), chart); err != nil {
			return err
		}
	}
	return nil
}
