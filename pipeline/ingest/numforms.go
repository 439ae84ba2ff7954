package ingest

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// scientific writes v as 0.00E+00 does: a mantissa with the section's
// decimals and an exponent of at least as many digits as it has zeros
// (E+ shows the sign always, E- only when negative). A format with more
// than one integer placeholder (##0.0E+0) keeps the exponent a multiple of
// their number, as engineers write it.
func (s fmtSection) scientific(v decimal.Decimal, kinds string) string {
	e := strings.IndexByte(kinds, 'E')
	mant := kinds[:e]
	point := strings.IndexByte(mant, '.')
	intPh, fracPh := mant, ""
	if point >= 0 {
		intPh, fracPh = mant[:point], mant[point+1:]
	}
	nInt := max(1, strings.Count(intPh, "0")+strings.Count(intPh, "#")+strings.Count(intPh, "?"))
	nFrac := min(maxDecimals, strings.Count(fracPh, "0")+strings.Count(fracPh, "#")+strings.Count(fracPh, "?"))
	exp := 0
	if !v.IsZero() {
		exp = len(v.Coefficient().String()) + int(v.Exponent()) - 1
		if nInt > 1 {
			exp -= ((exp % nInt) + nInt) % nInt
		}
	}
	m := v.Shift(int32(-exp)).Round(int32(nFrac))
	if m.GreaterThanOrEqual(decimal.New(1, int32(nInt))) {
		exp += nInt
		m = v.Shift(int32(-exp)).Round(int32(nFrac))
	}
	sign := ""
	if exp < 0 {
		sign = "-"
	} else if s.tokens[e].text == "+" {
		sign = "+"
	}
	expText := fmt.Sprintf("%0*d", max(1, strings.Count(kinds[e+1:], "0")), abs(exp))
	at := map[int]string{0: m.StringFixed(int32(nFrac)) + "E" + sign + expText}
	for i := 1; i < len(kinds); i++ {
		if strings.IndexByte("0#?.,E", kinds[i]) >= 0 {
			at[i] = ""
		}
	}
	return s.fill(at)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Excel shows at most 30 decimals and fractions of up to 5 digits below
// the line; a code asking for more (in a damaged or crafted workbook) is
// shown with those, not computed at any length.
const (
	maxDecimals       = 30
	maxFractionDigits = 5
)

// fraction writes v as # ?/? does: a whole part when the format has one,
// and the rest as the nearest fraction whose denominator has no more
// digits than the format's (or the denominator it states, # ?/8).
func (s fmtSection) fraction(v decimal.Decimal, kinds string) string {
	slash := strings.IndexByte(kinds, '/')
	numStart := slash - 1
	for numStart > 0 && strings.IndexByte("0#?", kinds[numStart-1]) >= 0 {
		numStart--
	}
	f, _ := v.Float64()
	whole := 0.0
	hasWhole := strings.ContainsAny(kinds[:numStart], "0#?")
	if hasWhole {
		whole = math.Floor(f)
		f -= whole
	}
	denText := ""
	for _, t := range s.tokens[slash+1:] {
		if t.kind == 'l' && strings.Trim(t.text, "0123456789") == "" && t.text != "" {
			denText += t.text
		} else if t.kind != '0' && t.kind != '#' && t.kind != '?' {
			break
		}
	}
	num, den := 0, 1
	if fixed, err := strconv.Atoi(denText); err == nil && fixed > 0 && !strings.ContainsAny(kinds[slash+1:], "0#?") {
		den = fixed
		num = int(math.Round(f * float64(den)))
	} else {
		digits := 0
		for i := slash + 1; i < len(kinds) && strings.IndexByte("0#?", kinds[i]) >= 0; i++ {
			digits++
		}
		best := math.Inf(1)
		for d := 1; d < int(math.Pow10(min(digits, maxFractionDigits))); d++ {
			n := math.Round(f * float64(d))
			if e := math.Abs(f - n/float64(d)); e < best-1e-12 {
				best, num, den = e, int(n), d
			}
		}
	}
	if hasWhole && num == den {
		whole, num = whole+1, 0
	}
	at := map[int]string{}
	for i := range kinds {
		if strings.IndexByte("0#?/", kinds[i]) >= 0 {
			at[i] = ""
		}
	}
	for i, t := range s.tokens[slash+1:] {
		if t.kind == 'l' && denText != "" && strings.Trim(t.text, "0123456789") == "" {
			at[slash+1+i] = ""
		}
	}
	part := fmt.Sprintf("%d/%d", num, den)
	switch {
	case hasWhole && num == 0:
		part = ""
	case !hasWhole && num == 0:
		part = "0"
	}
	if hasWhole {
		w := ""
		if whole != 0 || num == 0 {
			w = strconv.FormatFloat(whole, 'f', 0, 64)
		}
		at[strings.IndexAny(kinds, "0#?")] = w
	}
	at[numStart] = part
	return strings.TrimSpace(s.fill(at))
}
