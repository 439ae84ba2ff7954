package money

import (
	"strings"
	"testing"
)

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"2272.47", "2,272.47", "１，２７２．５", "12,3a4", "#DIV/0!", "1E-3", "-0", " 1 000 ", "1e999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseNumber(s)
		if err != nil {
			return
		}
		// Whatever parses must print and round without trouble.
		a := FromDecimal(d)
		if p := a.Plain(); !strings.Contains(p, ".") {
			t.Errorf("%q printed as %q", s, p)
		}
		_ = a.Grouped()
	})
}
