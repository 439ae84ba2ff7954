package verify

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// number is a figure as an output prints it: 1,234.50, and as a
// workbook's format shows it, 1.23E+04 in scientific notation and 90 1/2
// as a fraction.
var number = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?(?:[Ee][+-]?\d+|\s\d+/\d+|/\d+)?`)

// sameNumber reports whether printed shows value at printed's precision:
// 1,234.50 is 1234.5 to the fen, 1.23E+04 is 12345 to the hundred, 91.4%
// is 0.914 to the thousandth, and 90 1/2 is any value nearer to it than to
// any other half.
func sameNumber(printed, value string) bool {
	v, err := decimal.NewFromString(value)
	if err != nil {
		return false
	}
	if dashedZero(printed) && !number.MatchString(printed) {
		return v.IsZero()
	}
	at := number.FindStringIndex(printed)
	if at == nil {
		return false
	}
	shown := strings.ReplaceAll(printed[at[0]:at[1]], ",", "")
	if whole, frac, ok := strings.Cut(shown, "/"); ok {
		return sameFraction(whole, frac, v)
	}
	mantissa, exp := shown, 0
	if i := strings.IndexAny(shown, "Ee"); i >= 0 {
		mantissa = shown[:i]
		if exp, err = strconv.Atoi(shown[i+1:]); err != nil {
			return false
		}
	}
	if strings.HasPrefix(printed[at[1]:], "%") {
		exp -= 2 // a percentage format shows a hundred times the value
	}
	p, err := decimal.NewFromString(mantissa)
	if err != nil {
		return false
	}
	places := int32(0)
	if _, frac, ok := strings.Cut(mantissa, "."); ok {
		places = int32(len(frac))
	}
	return p.Shift(int32(exp)).Equal(v.Round(places - int32(exp)))
}

// dashedZero reports whether a figure is printed as 会计专用 prints a zero:
// a dash, after its currency sign (-, ¥-).
func dashedZero(printed string) bool {
	return strings.HasSuffix(strings.TrimSpace(printed), "-")
}

// sameFraction: a fraction (90 1/2, 3/4) shows value when value lies
// nearer than half of one over its denominator: Excel shows the
// nearest, and a value halfway between two is not taken for either.
func sameFraction(head, den string, v decimal.Decimal) bool {
	whole, num := "0", head
	if f := strings.Fields(head); len(f) == 2 {
		whole, num = f[0], f[1]
	}
	w, e1 := decimal.NewFromString(whole)
	n, e2 := decimal.NewFromString(num)
	d, e3 := decimal.NewFromString(den)
	if e1 != nil || e2 != nil || e3 != nil || !d.IsPositive() {
		return false
	}
	p := w.Add(n.Div(d))
	return v.Sub(p).Abs().Mul(d).Mul(decimal.NewFromInt(2)).LessThan(decimal.NewFromInt(1))
}
