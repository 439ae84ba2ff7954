package ingest

import "testing"

// A formula saved without its result is computed where it adds and
// subtracts its own row's numbers, and left unknown otherwise.
func TestRowFormula(t *testing.T) {
	row := map[int]string{1: "甲", 3: "1161.13", 4: "100", 5: "", 6: "#DIV/0!"}
	value := func(col int) (string, bool) { return row[col], col != 1 }
	for formula, want := range map[string]string{
		"C7+D7":                "1261.13",
		"=$C$7 - D7":           "1061.13",
		"SUM(C7:E7)":           "1261.13",
		"sum(C7,D7,2.5)":       "1263.63",
		"SUBTOTAL(109,C7:D7)":  "1261.13",
		"SUBTOTAL(9, C7:D7)-1": "1260.13",
		"-C7+E7":               "-1161.13",
		"C7":                   "1161.13",
	} {
		d, ok := rowFormula(formula, 7, value)
		if !ok || d.String() != want {
			t.Errorf("%s = %s (%t), want %s", formula, d, ok, want)
		}
	}
	for _, formula := range []string{
		"C7*2", "C6+D7", "SUM(C2:C6)", "AVERAGE(C7:D7)", "SUBTOTAL(1,C7:D7)", "Sheet2!C7+D7",
		"A7+C7", "F7+C7", "C7+", "VLOOKUP(B7,Sheet2!A:B,2,0)", "C7 D7", "(C7+D7)",
	} {
		if d, ok := rowFormula(formula, 7, value); ok {
			t.Errorf("%s computed as %s", formula, d)
		}
	}
}
