package verify

import "testing"

// A figure printed as a workbook's format shows it is the number it
// stands for, and a wrong number in the same form is caught.
func TestPrintedFiguresInWorkbookFormats(t *testing.T) {
	cases := []struct {
		printed, value string
		same           bool
	}{
		{"1,234.50", "1234.5", true},
		{"1,234.50", "1234.6", false},
		{"¥1,234.50", "1234.5", true},
		{"12.50万元", "12.5", true},
		{"1.23E+04", "12345", true},
		{"1.23E+04", "12445", false},
		{"5.00E-01", "0.5", true},
		{"5.00E-01", "0.05", false},
		{"12.3E+3", "12345", true},
		{"90 1/2", "90.5", true},
		{"90 1/2", "90.25", false},
		{"90 1/2", "91.5", false},
		{"3/4", "0.75", true},
		{"3 1/7", "3.14159", true},
		{"3 14/99", "3.14159", true},
		{"3 14/99", "3.15", false},
		{"4/8", "0.5", true},
		{"3322.4%", "33.224", true},
		{"3322.4%", "3322.4", false},
		{"91.37%", "0.9137", true},
		{"-", "0", true},
		{"¥-", "0", true},
		{"-", "5", false},
		{"¥-", "0.01", false},
	}
	for _, c := range cases {
		if got := sameNumber(c.printed, c.value); got != c.same {
			t.Errorf("sameNumber(%q, %s) = %t, want %t", c.printed, c.value, got, c.same)
		}
	}
}
