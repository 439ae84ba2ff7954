package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// TestPlainNumbersPassAtOnce: a number cell's usual text (digits, signs,
// commas, one point) is passed without narrowing it or trying the
// expressions (no allocation), and rightly: no case of numberTextProblem
// fits such text, so the shortcut says what the cases would.
func TestPlainNumbersPassAtOnce(t *testing.T) {
	var plain []string
	for _, n := range []string{"0", "7", "419", "13600", "1234567"} {
		for _, f := range []string{"%s", "%s.5", "%s.00", "-%s", "+%s", "%s,000", "%s,000.25", " %s ", "%s."} {
			plain = append(plain, fmt.Sprintf(f, n))
		}
	}
	for _, s := range plain {
		if !plainNumber(strings.TrimSpace(s)) {
			t.Errorf("%q not taken as a plain number", s)
		}
		narrow := strings.TrimSpace(s)
		for _, re := range []interface{ MatchString(string) bool }{spacedDigits, unitInCell, currencySign, accountingNeg, typedMinus} {
			if re.MatchString(narrow) {
				t.Errorf("%q is a plain number but %v matches it", s, re)
			}
		}
		if n := testing.AllocsPerRun(5, func() { numberTextProblem(s) }); n != 0 {
			t.Errorf("%q: %.0f allocations to pass a plain number", s, n)
		}
		if msg := errorValue(s); msg != "" {
			t.Errorf("%q taken for an error value", s)
		}
	}
	for _, s := range []string{"1.2.3", "1 200", "１００", "100元", "¥100", "(100)", "−100", "50%", "TRUE", "#N/A"} {
		if plainNumber(strings.TrimSpace(s)) {
			t.Errorf("%q taken as a plain number", s)
		}
	}
	if errorValue(" #div/0! ") == "" || errorValue("＃N/A") != "" {
		t.Error("error values: # and a case-folded name, nothing else")
	}
}
