package xlsx

import (
	"fmt"
	"strconv"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/document"
	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// statsSheet is the name of the statistics sheet; statsCols its width.
const (
	statsSheet = "统计"
	statsCols  = 7
)

// statistics writes the 统计 sheet: live COUNTIF/SUMIF formulas over the
// table where Excel can compute them, fixed figures where it cannot (the
// narrative's other sheets, and the merged 评价机构 column, whose covered
// cells are empty), and the charts.
func (fl *filler) statistics() error {
	f := fl.f
	if idx, _ := f.GetSheetIndex(statsSheet); idx < 0 {
		if _, err := f.NewSheet(statsSheet); err != nil {
			return err
		}
	}
	w := &statsWriter{fl: fl, row: 1}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}})
	if err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Border: borders})
	if err != nil {
		return err
	}
	amountFmt, scoreFmt := "#,##0.00", "0.00"
	w.amount, _ = f.NewStyle(&excelize.Style{CustomNumFmt: &amountFmt, Border: borders})
	w.score, _ = f.NewStyle(&excelize.Style{CustomNumFmt: &scoreFmt, Border: borders})
	w.plain, _ = f.NewStyle(&excelize.Style{Border: borders})
	w.bold, w.head = bold, head

	if err := f.SetCellStr(statsSheet, "A1", fl.data.Attachment.Title+" 统计"); err != nil {
		return err
	}
	f.SetCellStyle(statsSheet, "A1", "A1", bold)
	w.row = 3
	gradeTop := w.byGrade()
	w.scores()
	w.byColumn("按单位", "单位", "单位", func(r document.Row) string { return r.Unit })
	w.agencies()
	w.narrative()
	if w.err != nil {
		return w.err
	}
	fl.statsRows = w.row - 1
	return fl.charts(gradeTop)
}

var borders = []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}

type statsWriter struct {
	fl                               *filler
	row                              int
	err                              error
	bold, head, amount, score, plain int
}

func (w *statsWriter) set(col int, v any, style int) {
	if w.err != nil {
		return
	}
	cell := cellName(col, w.row)
	switch v := v.(type) {
	case string:
		w.err = w.fl.f.SetCellStr(statsSheet, cell, v)
	case int:
		w.err = w.fl.f.SetCellInt(statsSheet, cell, int64(v))
	case money.Amount:
		w.err = w.fl.f.SetCellDefault(statsSheet, cell, v.Decimal().String())
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
func (w *statsWriter) tableRange(field string) string {
	col := colName(w.fl.l.column(field))
	return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", w.fl.l.sheet, col, w.fl.first, col, w.fl.last)
}

func (w *statsWriter) countSum(keyField, key string, count int, sum money.Amount) (formula, formula) {
	keys, amounts := w.tableRange(keyField), w.tableRange("金额")
	return formula{fmt.Sprintf(`COUNTIF(%s,"%s")`, keys, key), strconv.Itoa(count)},
		formula{fmt.Sprintf(`SUMIF(%s,"%s",%s)`, keys, key, amounts), sum.Decimal().String()}
}

// byGrade writes the projects and amount per grade; it returns the first
// data row, for the charts.
func (w *statsWriter) byGrade() int {
	w.title("按评分等级", "评分等级", "项目数", "金额（万元）")
	top := w.row
	rows := w.fl.data.Attachment.Rows
	totalCount, total := 0, money.Zero
	for _, g := range dataset.Grades {
		n, sum := 0, money.Zero
		for _, r := range rows {
			if r.Grade == g.String() {
				n++
				sum = sum.Add(r.Amount)
			}
		}
		totalCount += n
		total = total.Add(sum)
		w.set(1, g.String(), w.plain)
		if w.fl.l.column("等级") != 0 && len(rows) > 0 {
			c, s := w.countSum("等级", g.String(), n, sum)
			w.set(2, c, w.plain)
			w.set(3, s, w.amount)
		} else {
			w.set(2, n, w.plain)
			w.set(3, sum, w.amount)
		}
		w.row++
	}
	w.set(1, "合计", w.head)
	w.set(2, formula{fmt.Sprintf("SUM(B%d:B%d)", top, w.row-1), strconv.Itoa(totalCount)}, w.plain)
	w.set(3, formula{fmt.Sprintf("SUM(C%d:C%d)", top, w.row-1), total.Decimal().String()}, w.amount)
	w.row += 2
	return top
}

func (w *statsWriter) scores() {
	var scores []decimal.Decimal
	for _, r := range w.fl.data.Attachment.Rows {
		if r.Score.Set {
			scores = append(scores, r.Score.Value)
		}
	}
	if len(scores) == 0 || w.fl.l.column("评分") == 0 {
		return
	}
	w.title("评分", "指标", "分数")
	rng := w.tableRange("评分")
	avg := decimal.Avg(scores[0], scores[1:]...)
	for _, s := range []struct {
		label, fn string
		value     decimal.Decimal
	}{
		{"平均分", "AVERAGE", avg},
		{"最低分", "MIN", decimal.Min(scores[0], scores[1:]...)},
		{"最高分", "MAX", decimal.Max(scores[0], scores[1:]...)},
	} {
		w.set(1, s.label, w.plain)
		w.set(2, formula{fmt.Sprintf("%s(%s)", s.fn, rng), s.value.String()}, w.score)
		w.row++
	}
	w.row++
}

// groups counts and sums the rows by key, in order of first appearance.
func groups(rows []document.Row, key func(document.Row) string) (keys []string, count map[string]int, sum map[string]money.Amount) {
	count, sum = map[string]int{}, map[string]money.Amount{}
	for _, r := range rows {
		k := key(r)
		if _, seen := count[k]; !seen {
			keys = append(keys, k)
		}
		count[k]++
		sum[k] = sum[k].Add(r.Amount)
	}
	return keys, count, sum
}

func (w *statsWriter) byColumn(title, head, field string, key func(document.Row) string) {
	keys, count, sum := groups(w.fl.data.Attachment.Rows, key)
	if len(keys) == 0 {
		return
	}
	w.title(title, head, "项目数", "金额（万元）")
	for _, k := range keys {
		w.set(1, k, w.plain)
		if w.fl.l.column(field) != 0 {
			c, s := w.countSum(field, k, count[k], sum[k])
			w.set(2, c, w.plain)
			w.set(3, s, w.amount)
		} else {
			w.set(2, count[k], w.plain)
			w.set(3, sum[k], w.amount)
		}
		w.row++
	}
	w.row++
}

// agencies are fixed figures: the merged cells of the table leave the
// covered rows empty, so COUNTIF over the column would miss them.
func (w *statsWriter) agencies() {
	keys, count, sum := groups(w.fl.data.Attachment.Rows, func(r document.Row) string { return r.Agency })
	if len(keys) == 0 {
		return
	}
	w.title("按评价机构（评价机构为合并单元格，按数据计算）", "评价机构", "项目数", "金额（万元）")
	for _, k := range keys {
		w.set(1, k, w.plain)
		w.set(2, count[k], w.plain)
		w.set(3, sum[k], w.amount)
		w.row++
	}
	w.row++
}

func (w *statsWriter) narrative() {
	d := w.fl.data
	w.title("情况说明中的数字", "事项", "项目数", "金额（万元）", "优", "良", "中", "差")
	for _, s := range []struct {
		label string
		sec   document.Section
	}{
		{"事前绩效评价", d.PreEvaluation},
		{fmt.Sprintf("%d年度项目绩效自评", d.PriorYear), d.SelfEvaluation},
		{fmt.Sprintf("%d年重点项目绩效评价", d.PriorYear), d.KeyEvaluation},
		{fmt.Sprintf("%d年统筹整合资金绩效评价", d.PriorYear), d.Integrated},
		{fmt.Sprintf("%d年绩效定期监控", d.Year), d.Monitoring},
	} {
		w.set(1, s.label, w.plain)
		w.set(2, s.sec.Count, w.plain)
		w.set(3, s.sec.Amount, w.amount)
		for i, n := range []int{s.sec.Excellent, s.sec.Good, s.sec.Fair, s.sec.Poor} {
			w.set(4+i, n, w.plain)
		}
		w.row++
	}
}

// charts adds two native column charts: projects and amount per grade.
func (fl *filler) charts(top int) error {
	cats := fmt.Sprintf("'%s'!$A$%d:$A$%d", statsSheet, top, top+3)
	for i, c := range []struct{ title, col string }{{"各等级项目数", "B"}, {"各等级金额（万元）", "C"}} {
		chart := &excelize.Chart{
			Type: excelize.Col,
			Series: []excelize.ChartSeries{{
				Name:       fmt.Sprintf("'%s'!$%s$%d", statsSheet, c.col, top-1),
				Categories: cats,
				Values:     fmt.Sprintf("'%s'!$%s$%d:$%s$%d", statsSheet, c.col, top, c.col, top+3),
			}},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.title}}},
			Legend:    excelize.ChartLegend{Position: "none"},
			PlotArea:  excelize.ChartPlotArea{ShowVal: true},
			Dimension: excelize.ChartDimension{Width: 480, Height: 260},
		}
		if err := fl.f.AddChart(statsSheet, fmt.Sprintf("I%d", 3+i*15), chart); err != nil {
			return err
		}
	}
	return nil
}
