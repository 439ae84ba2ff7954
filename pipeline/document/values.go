package document

import (
	"strconv"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
)

// Merge says how a table cell joins the cells above and below it.
type Merge int

const (
	Alone     Merge = iota // a cell of its own
	Starts                 // the first cell of a vertical merge
	Continues              // covered by the cell above
)

// Money is an amount as it prints.
//
// The fields are ordered so that the two flags share a word: a 100,000-row
// attachment holds several hundred thousand of these.
type Money struct {
	Amount money.Amount // exact, in 万元
	Unit   money.Unit   // the unit it prints in
	// Decimals is the number of decimals; definition.AsDisplayed prints Display.
	Decimals int
	// Display is the amount as the workbook showed it, in Unit; "" when
	// it was not read from a cell in that unit. Where no amount is set, it
	// is the mark the workbook shows for none (—, /, 无), printed as written.
	Display string
	// Format is the workbook's number format that showed Display.
	Format  string
	Grouped bool
	Set     bool
}

// Value is the amount in its print unit, exactly.
func (m Money) Value() decimal.Decimal { return m.Amount.To(m.Unit) }

func (m Money) String() string {
	if !m.Set {
		return m.Display
	}
	if m.Decimals == definition.AsDisplayed && m.Display != "" {
		return m.Display
	}
	return m.Fixed(m.Grouped)
}

// Fixed prints the amount with its decimals (two where it prints as
// displayed), grouped or not.
func (m Money) Fixed(grouped bool) string {
	d := m.Decimals
	if d == definition.AsDisplayed {
		d = 2
	}
	s := m.Value().StringFixed(int32(d))
	if grouped {
		s = money.Group(s)
	}
	return s
}

// Number is a score, an integer or a figure over them, as it prints.
type Number struct {
	Value    decimal.Decimal
	Decimals int    // definition.AsDisplayed prints Display
	Display  string // where no number is set, the mark the workbook shows (—)
	Format   string // the workbook's number format that showed Display
	Grouped  bool
	Set      bool
}

func (n Number) String() string {
	if !n.Set {
		return n.Display
	}
	if n.Decimals == definition.AsDisplayed {
		if n.Display != "" {
			return n.Display
		}
		return n.Value.String()
	}
	s := n.Value.StringFixed(int32(n.Decimals))
	if n.Grouped {
		s = money.Group(s)
	}
	return s
}

// Cell is one printed table cell.
type Cell struct {
	Column *definition.Column
	// Text is what a text, grade, date or sequence cell prints.
	Text   string
	Money  Money  // an amount cell
	Number Number // a score or integer cell
	// Merge is a merge column's place in its vertical merge.
	Merge Merge
	// Seq is a sequence cell's number (0 on a heading).
	Seq int
}

// String is what the cell prints.
func (c Cell) String() string {
	switch c.Column.Kind {
	case definition.Amount:
		return c.Money.String()
	case definition.Score, definition.Integer:
		return c.Number.String()
	}
	return c.Text
}

// Exact is the cell's exact value for facts.json: an amount in its print
// unit, a number, a sequence number; "" for text.
func (c Cell) Exact() string {
	switch c.Column.Kind {
	case definition.Amount:
		if c.Money.Set {
			return c.Money.Value().String()
		}
	case definition.Score, definition.Integer:
		if c.Number.Set {
			return c.Number.Value.String()
		}
	case definition.Sequence:
		if c.Seq > 0 {
			return strconv.Itoa(c.Seq)
		}
	}
	return ""
}
