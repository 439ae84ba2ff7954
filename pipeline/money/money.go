package money

import (
	"errors"
	"strings"
	"unicode"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"
)

// Unit is the unit a column is written or printed in. The zero Unit is
// none: a column whose unit nobody stated.
type Unit int

const (
	NoUnit Unit = iota
	Wan         // 万元, the unit an Amount holds
	Yuan        // 元
	Yi          // 亿元
)

func (u Unit) String() string {
	switch u {
	case Yuan:
		return "元"
	case Wan:
		return "万元"
	case Yi:
		return "亿元"
	}
	return ""
}

// ParseUnit reads 元, 万元 or 亿元 (and 万, 亿).
func ParseUnit(s string) (Unit, bool) {
	switch strings.TrimSpace(s) {
	case "元":
		return Yuan, true
	case "万元", "万":
		return Wan, true
	case "亿元", "亿":
		return Yi, true
	}
	return NoUnit, false
}

// shift is how many decimal places a number in u moves to become 万元.
func (u Unit) shift() int32 {
	switch u {
	case Yuan:
		return -4
	case Yi:
		return 4
	}
	return 0
}

// Amount is an exact number of 万元.
type Amount struct{ d decimal.Decimal }

// Zero is 0 万元.
var Zero Amount

// FromDecimal takes d as 万元.
func FromDecimal(d decimal.Decimal) Amount { return Amount{d} }

// In converts a number written in unit u into an Amount, exactly: the
// units are powers of ten apart, so the decimal point only moves.
func In(d decimal.Decimal, u Unit) Amount { return Amount{d.Shift(u.shift())} }

// To is a in unit u, exactly.
func (a Amount) To(u Unit) decimal.Decimal { return a.d.Shift(-u.shift()) }

// MustParse parses s as 万元 and panics if it is not a number; for tests and literals.
func MustParse(s string) Amount {
	d, err := ParseNumber(s)
	if err != nil {
		panic(err)
	}
	return Amount{d}
}

// ErrNotNumber is returned by ParseNumber for text that is not a number.
var ErrNotNumber = errors.New("not a number")

// ParseNumber reads a number as people type it into a spreadsheet: surrounding
// spaces, thousands separators (ASCII or full-width commas) and full-width
// digits are accepted; anything else is ErrNotNumber.
func ParseNumber(s string) (decimal.Decimal, error) {
	if plain(s) {
		// What a spreadsheet stores: no spaces, separators or wide digits.
		if d, err := decimal.NewFromString(s); err == nil {
			return d, nil
		}
	}
	s = width.Narrow.String(strings.TrimSpace(s))
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	if s == "" {
		return decimal.Decimal{}, ErrNotNumber
	}
	if strings.Contains(s, ",") {
		if !validGrouping(s) {
			return decimal.Decimal{}, ErrNotNumber
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || strings.ContainsRune("+-.eE", r)) {
			return decimal.Decimal{}, ErrNotNumber
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, ErrNotNumber
	}
	return d, nil
}

// plain reports whether s holds only ASCII digits, a sign, a point and an
// exponent.
func plain(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return false
		}
	}
	return true
}

// validGrouping accepts 1,234,567.89 but not 12,3a4 or 1,23.
func validGrouping(s string) bool {
	s = strings.TrimLeft(s, "+-")
	intPart, _, _ := strings.Cut(s, ".")
	groups := strings.Split(intPart, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// Decimal returns the exact value in 万元.
func (a Amount) Decimal() decimal.Decimal { return a.d }

// Add returns a+b exactly.
func (a Amount) Add(b Amount) Amount { return Amount{a.d.Add(b.d)} }

// Sub returns a-b exactly.
func (a Amount) Sub(b Amount) Amount { return Amount{a.d.Sub(b.d)} }

// Cmp compares a and b like strings.Compare.
func (a Amount) Cmp(b Amount) int { return a.d.Cmp(b.d) }

// IsNegative reports whether a < 0.
func (a Amount) IsNegative() bool { return a.d.IsNegative() }

// Rounded is a rounded to fen (two decimals), half away from zero.
func (a Amount) Rounded() Amount { return Amount{a.d.Round(2)} }

// Plain prints a as the narrative does: 10790.69.
func (a Amount) Plain() string { return a.d.StringFixed(2) }

// String is Plain, so that a template prints an amount the narrative's way.
func (a Amount) String() string { return a.Plain() }

// Grouped prints a as the table does: 2,272.47.
func (a Amount) Grouped() string { return Group(a.d.StringFixed(2)) }

// Group inserts thousands separators into a plain decimal string.
func Group(plain string) string {
	sign := ""
	if strings.HasPrefix(plain, "-") {
		sign, plain = "-", plain[1:]
	}
	intPart, frac, hasFrac := strings.Cut(plain, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := sign + b.String()
	if hasFrac {
		out += "." + frac
	}
	return out
}

// Sum adds amounts exactly.
func Sum(amounts ...Amount) Amount {
	total := Zero
	for _, a := range amounts {
		total = total.Add(a)
	}
	return total
}

// Tail is the 尾差 of a printed table: how far the sum of the rows as printed
// lies from the total as printed. It is zero when the printed column adds up.
func Tail(rows []Amount, total Amount) Amount {
	printed := Zero
	for _, r := range rows {
		printed = printed.Add(r.Rounded())
	}
	return printed.Sub(total.Rounded())
}
