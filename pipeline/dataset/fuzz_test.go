package dataset

import "testing"

func FuzzParseGrade(f *testing.F) {
	for _, s := range []string{"优", "优秀", " 良 ", "一般", "较差", "甲等", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, ok := ParseGrade(s)
		if ok != (g != NoGrade) {
			t.Errorf("ParseGrade(%q) = %v, %v", s, g, ok)
		}
		if ok {
			if back, ok := ParseGrade(g.String()); !ok || back != g {
				t.Errorf("%v does not round-trip", g)
			}
		}
	})
}
