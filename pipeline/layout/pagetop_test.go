package layout

import (
	"fmt"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// spaced is a paragraph numbered n with space before and after, in
// twips, as Word writes them, its text long enough for one line.
func spaced(n int, before, after int, pPr string) string {
	return fmt.Sprintf(`<w:p><w:pPr>%s<w:spacing w:before="%d" w:after="%d"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>`, pPr, before, after) +
		rt.Word.Run("", fmt.Sprintf("第%02d段", n)) + `</w:p>`
}

// emptySpaced is an empty paragraph with space before and after.
func emptySpaced(before, after int) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:spacing w:before="%d" w:after="%d"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:p>`, before, after)
}

// TestSpaceBeforeAtAPagesTop: Word keeps a paragraph's space before at
// the top of the document and of a page a page break starts, and drops
// it at the top of a page the text ran onto; LibreOffice's PDF of the
// same documents agrees (measured: the paragraph after a page break stands
// 24 pt lower with 480 twips before).
func TestSpaceBeforeAtAPagesTop(t *testing.T) {
	plain := laidDocx(t, rt.Docx(t, spaced(0, 0, 0, ""), "", nil))
	top := starts(plain)[0].y
	spacedTop := starts(laidDocx(t, rt.Docx(t, spaced(0, 480, 0, ""), "", nil)))[0].y
	if !near(spacedTop-top, 24*ptToMM) {
		t.Errorf("the document's first paragraph with 24 pt before starts %.2f mm lower than without, want %.2f", spacedTop-top, 24*ptToMM)
	}
	broken := laidDocx(t, rt.Docx(t, spaced(0, 0, 0, "")+spaced(1, 480, 0, `<w:pageBreakBefore/>`), "", nil))
	if s := starts(broken)[1]; s.page != 1 || !near(s.y-top, 24*ptToMM) {
		t.Errorf("after a page break the paragraph stands on page %d %.2f mm below the text block's first line, want page 1 and %.2f", s.page, s.y-top, 24*ptToMM)
	}
	// A page the text runs onto: many paragraphs with space before, the
	// first on the second page at the text block's first line.
	var body strings.Builder
	for i := range 40 {
		body.WriteString(spaced(i, 240, 0, ""))
	}
	flowed := starts(laidDocx(t, rt.Docx(t, body.String(), "", nil)))
	for i := 1; i < 40; i++ {
		if flowed[i].page == 1 && flowed[i-1].page == 0 {
			if !near(flowed[i].y, top) {
				t.Errorf("the first paragraph the text ran onto page 2 starts %.2f mm below the first line's place, want none", flowed[i].y-top)
			}
			return
		}
	}
	t.Fatalf("40 spaced paragraphs did not run onto a second page: %v", flowed)
}

// TestAnEmptyParagraphTakesItsLineAndSpacing: an empty paragraph of the
// body takes its line with its space before and after, at the top of the
// document too (clerks push a 红头 down with empty lines), as Word and
// LibreOffice set it; only the empty mark holding a section break, on a
// page a page break began, starts no page of its own.
func TestAnEmptyParagraphTakesItsLineAndSpacing(t *testing.T) {
	top := starts(laidDocx(t, rt.Docx(t, spaced(0, 0, 0, ""), "", nil)))[0].y
	r := laidDocx(t, rt.Docx(t, emptySpaced(480, 0)+spaced(0, 0, 0, "")+emptySpaced(480, 480)+spaced(1, 0, 0, ""), "", nil))
	s := starts(r)
	pitch := r.linePitch()
	if want := top + 24*ptToMM + pitch; !near(s[0].y, want) {
		t.Errorf("under an empty paragraph with 24 pt before the first line stands at %.2f mm, want %.2f (its space and its line)", s[0].y, want)
	}
	if want := s[0].y + pitch + 48*ptToMM + pitch; !near(s[1].y, want) {
		t.Errorf("after an empty paragraph with 24 pt before and after the next line stands at %.2f mm, want %.2f", s[1].y, want)
	}
	// 第00段, a page break, the section's empty mark, then the next
	// section: two pages, the second section on the second.
	body := spaced(0, 0, 0, "") + `<w:p><w:pPr><w:pageBreakBefore/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:pPr></w:p>` + spaced(1, 0, 0, "")
	r = laidDocx(t, rt.Docx(t, body, "", nil))
	if n, s := len(pagesOf(r)), starts(r)[1]; n != 2 || s.page != 1 {
		t.Errorf("a section break's empty mark after a page break: %d pages, the next section on page %d; want 2 and 1", n, s.page)
	}
}
