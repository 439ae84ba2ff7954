package ingest

import "testing"

// TestAffix: the text a format prints beside an amount is found, and a
// number printed alone (grouped, signed, bracketed, the accounting dash)
// has none.
func TestAffix(t *testing.T) {
	for text, want := range map[string]string{
		"¥1,234.50": "¥", "20.50万元": "万元", "约3": "约", " ¥ 1,234.50 ": "¥",
		"1,234.50": "", "(1,234.50)": "", "-12.5": "", " -   ": "", "0.00": "",
	} {
		if got := affix(text); got != want {
			t.Errorf("affix(%q) = %q, want %q", text, got, want)
		}
	}
}
