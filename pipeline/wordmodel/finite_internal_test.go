package wordmodel

import "testing"

// TestNumbersThatAreNotFiniteAreUnreadable: NaN, the infinities and what
// overflows to them are read as no number, as a misspelt one is.
func TestNumbersThatAreNotFiniteAreUnreadable(t *testing.T) {
	for _, s := range []string{"NaN", "nan", "Inf", "-Infinity", "+inf", "1e309", "-1e400"} {
		if v, err := parseFloat(s); err == nil {
			t.Errorf("%s read as %v", s, v)
		}
		if v := vmlLength(s + "pt"); v != 0 {
			t.Errorf("%spt read as %v mm", s, v)
		}
	}
	if v, err := parseFloat("-12.5"); err != nil || v != -12.5 {
		t.Errorf("-12.5 read as %v, %v", v, err)
	}
}

// TestLettersPastWordsLongestLabelAreNotRepeated: a letter format
// repeats its letter up to Word's 31 characters, no further.
func TestLettersPastWordsLongestLabelAreNotRepeated(t *testing.T) {
	if got := FormatNumber(26*31, "lowerLetter"); got != "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" {
		t.Errorf("806 in lowerLetter: %q", got)
	}
	if got := FormatNumber(2147483647, "upperLetter"); got != "2147483647" {
		t.Errorf("2147483647 in upperLetter: %d bytes", len(got))
	}
}
