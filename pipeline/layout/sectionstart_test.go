package layout

import (
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestASectionStartsWhereItsBreakSays: a section of the same page as the
// one before starts a new page after a 下一页 break (w:type nextPage, or
// none, as Word writes its default), goes on below after a 连续 one, and
// after 奇数页 or 偶数页 starts on the next page of that number, a blank
// page left before it where the next has the other.
func TestASectionStartsWhereItsBreakSays(t *testing.T) {
	for _, c := range []struct {
		typ  string
		page int // the second section's page, from 0
	}{
		{"", 1}, {"nextPage", 1}, {"continuous", 0}, {"evenPage", 1}, {"oddPage", 2},
	} {
		body := paragraphsNumbered(0, 2) + sectionEnd("", "") + paragraphsNumbered(2, 2) + sectionEnd(c.typ, "")
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		s := starts(r)
		if s[0].page != 0 || s[2].page != c.page || s[3].page != c.page {
			t.Errorf("w:type %q: the sections start on pages %d and %d, want 0 and %d", c.typ, s[0].page, s[2].page, c.page)
		}
		if c.page > 0 && !nearMM(s[2].y, s[0].y) {
			t.Errorf("w:type %q: the second section starts at %.2f mm on its page, the first at %.2f", c.typ, s[2].y, s[0].y)
		}
		if got := len(pagesOf(r)); got != c.page+1 {
			t.Errorf("w:type %q: %d pages, want %d", c.typ, got, c.page+1)
		}
	}
}
