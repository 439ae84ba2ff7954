package dataset

import (
	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
)

// Kind names what a sheet is for.
type Kind int

const (
	PreEvaluation  Kind = iota // 事前绩效评价
	SelfEvaluation             // 绩效自评
	KeyEvaluation              // 重点绩效评价
	Integrated                 // 统筹整合资金评价
	Monitoring                 // 绩效监控
	Attachment                 // 重点绩效评价结果, the published table

	// KindCount is the number of kinds.
	KindCount
)

// Kinds lists every kind in workbook order.
var Kinds = []Kind{PreEvaluation, SelfEvaluation, KeyEvaluation, Integrated, Monitoring, Attachment}

// DefaultSheet is the sheet name the bureau's workbook uses for k.
func (k Kind) DefaultSheet() string {
	return [...]string{"事前绩效评价", "绩效自评", "重点绩效评价", "统筹整合资金评价", "绩效监控", "重点绩效评价结果"}[k]
}

// Graded reports whether every row of k carries a grade.
func (k Kind) Graded() bool {
	return k == PreEvaluation || k == KeyEvaluation || k == Integrated || k == Attachment
}

// KeepsRows reports whether the outputs print this sheet's rows (the
// attachment table), rather than only its counts and sums.
func (k Kind) KeepsRows() bool { return k == Attachment }

// Scored reports whether rows of k carry a score from which a grade can be computed.
func (k Kind) Scored() bool {
	return k == KeyEvaluation || k == Integrated || k == Attachment
}

// Item is one row: one project.
type Item struct {
	Name   string
	Unit   string
	Amount money.Amount
	// Score is set where the row gives one; HasScore tells.
	Score    decimal.Decimal
	HasScore bool
	Grade    Grade
	Agency   string
	// AgencyBlock numbers the vertical run of rows that one 评价机构 cell
	// spans (a merged cell in the input); rows of one block share it, and a
	// row that is not merged has a block of its own.
	AgencyBlock int
	// Row is the row's reference (Col 0); Cols maps each field to its column.
	Row  CellRef
	Cols Columns
}

// Columns are the 1-based columns a sheet keeps each field in; 0 when absent.
type Columns struct {
	Seq, Name, Unit, Amount, Score, Grade, Agency int
}

// Section is one sheet's rows: their tallies always, and the rows
// themselves only where the outputs print them (see KeepsRows), so that a
// sheet of a million rows costs memory for its sums, not its rows.
type Section struct {
	Kind  Kind
	Sheet CellRef // File and Sheet only
	// Count, Sum and Grades tally every row.
	Count  int
	Sum    money.Amount
	Grades [Poor + 1]int // by Grade
	Items  []Item        // only where Kind.KeepsRows
	// AmountUnit is the unit the amount column was written in.
	AmountUnit money.Unit
	// FirstRow and LastRow bound the data rows (1-based), for formulas.
	FirstRow, LastRow int
	Cols              Columns
	// StatedTotal is a trailing 合计 row's amount, where the sheet has one.
	StatedTotal    *money.Amount
	StatedTotalRef CellRef
}

// Total is the exact sum of the section's amounts.
func (s *Section) Total() money.Amount { return s.Sum }

// Add tallies an item, and keeps it where the outputs print the rows.
func (s *Section) Add(it Item) {
	s.Count++
	s.Sum = s.Sum.Add(it.Amount)
	s.Grades[it.Grade]++
	if s.Kind.KeepsRows() {
		s.Items = append(s.Items, it)
	}
}

// Dataset is the whole workbook.
type Dataset struct {
	Source   string // the file as named in messages
	Sections [KindCount]*Section
}

// Section returns the section of kind k.
func (d *Dataset) Section(k Kind) *Section { return d.Sections[k] }
