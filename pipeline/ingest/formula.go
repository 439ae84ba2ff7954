package ingest

import (
	"regexp"
	"strings"

	"github.com/shopspring/decimal"
)

// A program other than Excel (openpyxl, a report generator) may save a
// formula without its result. Where the formula only adds and subtracts
// numbers and cells of its own row (=C2+D2, =SUM(C2:E2), =SUBTOTAL(9,C2:D2)),
// its result is what Excel would show once the file is opened and saved,
// and it is computed here, exactly, so that the clerk need not open the
// file. Anything else (another row's cells, another sheet, a function
// that is not a sum) is left without a value and refused at its cell as
// before: a figure jixiao cannot be sure of is never printed, nor a zero.

// formulaTerm is one term of a row's sum: a sign, then a number, a cell,
// or SUM/SUBTOTAL of cells, ranges and numbers.
var formulaTerm = regexp.MustCompile(`(?i)^\s*([+-]?)\s*(\d+(?:\.\d+)?|\$?[A-Z]{1,3}\$?\d+|(?:SUM|SUBTOTAL)\(([^()]*)\))\s*`)

// cellOrRange is an argument of SUM: a cell, or a range of cells.
var cellOrRange = regexp.MustCompile(`(?i)^\s*(\$?[A-Z]{1,3}\$?\d+)(?:\s*:\s*(\$?[A-Z]{1,3}\$?\d+))?\s*$`)

// rowFormula computes formula, of a cell in row, from the row's cells
// (value of col, "" for an empty cell, and whether the cell holds a
// number Excel would add); ok is false when it cannot be computed here.
func rowFormula(formula string, row int, value func(col int) (string, bool)) (decimal.Decimal, bool) {
	rest := strings.TrimPrefix(strings.TrimSpace(formula), "=")
	var sum decimal.Decimal
	for first := true; rest != ""; first = false {
		m := formulaTerm.FindStringSubmatchIndex(rest)
		if m == nil || !first && m[3] == m[2] {
			return sum, false // an operator other than + and - between terms
		}
		sign, term := rest[m[2]:m[3]], rest[m[4]:m[5]]
		var d decimal.Decimal
		var ok bool
		switch {
		case m[6] >= 0:
			d, ok = sumArgs(term[:strings.IndexByte(term, '(')], rest[m[6]:m[7]], row, value)
		case term[0] >= '0' && term[0] <= '9':
			var err error
			d, err = decimal.NewFromString(term)
			ok = err == nil
		default:
			d, ok = rangeSum(term, term, row, value)
		}
		if !ok {
			return sum, false
		}
		if sign == "-" {
			d = d.Neg()
		}
		sum = sum.Add(d)
		rest = rest[m[1]:]
	}
	return sum, true
}

// sumArgs is SUM's or SUBTOTAL(9 or 109, …)'s result over its arguments.
func sumArgs(fn, args string, row int, value func(int) (string, bool)) (decimal.Decimal, bool) {
	parts := strings.Split(args, ",")
	if strings.EqualFold(fn, "SUBTOTAL") {
		if len(parts) < 2 || strings.TrimSpace(parts[0]) != "9" && strings.TrimSpace(parts[0]) != "109" {
			return decimal.Zero, false
		}
		parts = parts[1:]
	}
	var sum decimal.Decimal
	for _, p := range parts {
		if d, err := decimal.NewFromString(strings.TrimSpace(p)); err == nil {
			sum = sum.Add(d)
			continue
		}
		m := cellOrRange.FindStringSubmatch(p)
		if m == nil {
			return sum, false
		}
		to := m[2]
		if to == "" {
			to = m[1]
		}
		d, ok := rangeSum(m[1], to, row, value)
		if !ok {
			return sum, false
		}
		sum = sum.Add(d)
	}
	return sum, true
}

// rangeSum adds the cells from..to, which must lie in row: an empty cell
// counts nothing, text or an error value makes the sum unknown.
func rangeSum(from, to string, row int, value func(int) (string, bool)) (decimal.Decimal, bool) {
	c1, r1, err1 := parseRef([]byte(from))
	c2, r2, err2 := parseRef([]byte(to))
	if err1 != nil || err2 != nil || r1 != row || r2 != row || c2 < c1 {
		return decimal.Zero, false
	}
	var sum decimal.Decimal
	for c := c1; c <= c2; c++ {
		v, number := value(c)
		if v == "" {
			continue
		}
		d, err := decimal.NewFromString(v)
		if !number || err != nil {
			return sum, false
		}
		sum = sum.Add(d)
	}
	return sum, true
}

// pendingFormula is a cell of the row being read whose formula has no
// saved result, with its number format.
type pendingFormula struct {
	col    int
	format string
}

// compute gives each pending formula of the row that rowFormula can
// compute its result, in its cell's format, and takes it off the
// formulas without a value; a formula may use another's result.
func (rr *rowReader) compute(row int, pending []pendingFormula, cells, formats []string) ([]string, []string) {
	state := map[int]int{} // by column: 1 being computed, 2 done, 3 not computable
	var eval func(p pendingFormula) bool
	value := func(col int) (string, bool) {
		for _, p := range pending {
			if p.col == col && !eval(p) {
				return "#", false
			}
		}
		if col > len(cells) || cells[col-1] == "" {
			return "", false
		}
		f := formats[col-1]
		return cells[col-1], f != textFormat && f != booleanFormat
	}
	eval = func(p pendingFormula) bool {
		switch state[p.col] {
		case 1, 3:
			return false // a circular reference, or none to compute
		case 2:
			return true
		}
		state[p.col] = 1
		d, ok := rowFormula(rr.formulas[[2]int{row, p.col}], row, value)
		if !ok {
			state[p.col] = 3
			return false
		}
		for len(cells) < p.col {
			cells, formats = append(cells, ""), append(formats, "General")
		}
		cells[p.col-1], formats[p.col-1] = d.String(), p.format
		delete(rr.formulas, [2]int{row, p.col})
		state[p.col] = 2
		return true
	}
	for _, p := range pending {
		eval(p)
	}
	return cells, formats
}
