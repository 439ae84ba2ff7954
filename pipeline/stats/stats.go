package stats

import (
	"fmt"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
)

// Summary is what the narrative says about one sheet.
type Summary struct {
	Kind   dataset.Kind
	Sheet  dataset.CellRef
	Count  int
	Total  money.Amount
	Grades GradeCounts
	// FirstRow and LastRow bound the rows the figures came from.
	FirstRow, LastRow int
	Cols              dataset.Columns
	// AmountUnit is the unit the amount column was written in.
	AmountUnit money.Unit
	// GradesComputed reports that some grades came from scores, not from a grade column.
	GradesComputed bool
}

// GradeCounts counts items per grade.
type GradeCounts struct{ n [4]int }

var gradeIndex = map[dataset.Grade]int{dataset.Excellent: 0, dataset.Good: 1, dataset.Fair: 2, dataset.Poor: 3}

// Of returns the number of items graded g.
func (c GradeCounts) Of(g dataset.Grade) int {
	i, ok := gradeIndex[g]
	if !ok {
		return 0
	}
	return c.n[i]
}

func (c *GradeCounts) add(g dataset.Grade) {
	if i, ok := gradeIndex[g]; ok {
		c.n[i]++
	}
}

// Merge says how a table cell joins the cells above and below it.
type Merge int

const (
	Alone     Merge = iota // a cell of its own
	Starts                 // the first cell of a vertical merge
	Continues              // covered by the cell above
)

// Row is one numbered row of the attachment table.
type Row struct {
	Seq         int
	Name        string
	Unit        string
	Amount      money.Amount
	Score       decimal.Decimal
	HasScore    bool
	Grade       dataset.Grade
	Agency      string
	AgencyMerge Merge
	Source      dataset.CellRef
}

// Table is the attachment.
type Table struct {
	Summary
	Rows []Row
	// Tail is the printed rows' sum minus the printed 合计 (the 尾差).
	Tail money.Amount
}

// Report holds every figure of the document.
type Report struct {
	Sections [dataset.KindCount]Summary
	Table    Table
}

// Section returns the summary of kind k.
func (r *Report) Section(k dataset.Kind) Summary { return r.Sections[k] }

// Compute reduces the dataset to the document's figures.
func Compute(ds *dataset.Dataset) (*Report, dataset.Problems) {
	var ps dataset.Problems
	r := &Report{}
	for _, k := range dataset.Kinds {
		r.Sections[k] = summarize(k, ds.Section(k))
	}
	att := ds.Section(dataset.Attachment)
	r.Table = Table{Summary: r.Sections[dataset.Attachment], Rows: rows(att.Items)}
	amounts := make([]money.Amount, len(att.Items))
	for i, it := range att.Items {
		amounts[i] = it.Amount
	}
	r.Table.Tail = money.Tail(amounts, r.Table.Total)
	if !r.Table.Tail.Decimal().IsZero() {
		ps.Add(dataset.Note, att.Sheet, fmt.Sprintf("附件各行金额按两位小数显示后相加为 %s 万元，合计按精确值计算为 %s 万元，相差 %s 万元（尾差，属正常的四舍五入差异）",
			r.Table.Total.Rounded().Add(r.Table.Tail).Grouped(), r.Table.Total.Grouped(), r.Table.Tail.Grouped()))
	}
	return r, ps
}

func summarize(k dataset.Kind, sec *dataset.Section) Summary {
	s := Summary{Kind: k, Sheet: sec.Sheet, Count: sec.Count, Total: sec.Total(), FirstRow: sec.FirstRow, LastRow: sec.LastRow, Cols: sec.Cols, AmountUnit: sec.AmountUnit}
	s.GradesComputed = sec.Cols.Grade == 0
	for g, n := range sec.Grades {
		if i, ok := gradeIndex[dataset.Grade(g)]; ok {
			s.Grades.n[i] += n
		}
	}
	return s
}

// rows numbers the items 1..N (the input's 序号 is not trusted) and turns
// runs of one AgencyBlock into merges.
func rows(items []dataset.Item) []Row {
	out := make([]Row, len(items))
	for i, it := range items {
		out[i] = Row{Seq: i + 1, Name: it.Name, Unit: it.Unit, Amount: it.Amount, Score: it.Score, HasScore: it.HasScore, Grade: it.Grade, Agency: it.Agency, Source: it.Row}
		sameAsAbove := i > 0 && items[i-1].AgencyBlock == it.AgencyBlock
		sameAsBelow := i+1 < len(items) && items[i+1].AgencyBlock == it.AgencyBlock
		switch {
		case sameAsAbove:
			out[i].AgencyMerge = Continues
		case sameAsBelow:
			out[i].AgencyMerge = Starts
		}
	}
	return out
}
