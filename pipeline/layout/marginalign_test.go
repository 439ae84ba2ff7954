package layout

import (
	"math"
	"testing"

	"jixiao/pipeline/wordmodel/runtest"
)

// TestHeaderLinesAreAlignedAsInWord: a header's paragraphs stand where
// Word aligns them across the text block (no jc is Word's left, both is
// left on a line of its own, distribute spreads the characters over the
// width), not all centred, each in its own size (小五 as Chinese Word's
// 页眉 style sets it); in a footer too.
func TestHeaderLinesAreAlignedAsInWord(t *testing.T) {
	para := func(jc, text string) string {
		// The template's Normal indents a first line two characters and
		// snaps to the grid; a header's paragraphs here take that back, as
		// a 页眉 style does.
		pPr := `<w:pPr><w:snapToGrid w:val="0"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>`
		if jc != "" {
			pPr = `<w:pPr><w:snapToGrid w:val="0"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="` + jc + `"/></w:pPr>`
		}
		return `<w:p>` + pPr + runtest.Word.Run(`<w:sz w:val="18"/><w:szCs w:val="18"/>`, text) + `</w:p>`
	}
	lines := para("", "甲") + para("center", "乙") + para("right", "丙") + para("end", "丁") + para("both", "戊") + para("distribute", "己庚")
	footer := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` + para("right", "辛") + `</w:ftr>`
	docx := runtest.WithHeader(t, runtest.Docx(t, runtest.Target("正文"), "", map[string]string{"word/footer1.xml": footer, "word/footer2.xml": footer}), lines)
	r := laidDocx(t, docx)
	em := 9 * ptToMM
	left, right := r.left(), r.left()+r.width()
	for _, c := range []struct {
		text string
		x    float64
	}{
		{"甲", left}, {"乙", left + (r.width()-em)/2}, {"丙", right - em}, {"丁", right - em}, {"戊", left},
		{"己", left}, {"庚", right - em}, {"辛", right - em},
	} {
		ops := textOps(r.ops, c.text)
		if len(ops) == 0 {
			t.Errorf("%s: not drawn", c.text)
			continue
		}
		if ops[0].size != 9 {
			t.Errorf("%s drawn in %.1f pt, want 9 (小五)", c.text, ops[0].size)
		}
		if math.Abs(ops[0].x-c.x) > 0.05 {
			t.Errorf("%s drawn at x %.2f mm, want %.2f (text block %.2f–%.2f)", c.text, ops[0].x, c.x, left, right)
		}
	}
}

// TestAHeaderLineKeepsItsRunsSizes: a header line of a 小五 and a 小四
// run is as high as the 小四 and sets each in its own size.
func TestAHeaderLineKeepsItsRunsSizes(t *testing.T) {
	line := `<w:p>` + runtest.Word.Run(`<w:sz w:val="18"/>`, "小") + runtest.Word.Run(`<w:sz w:val="24"/>`, "大") + `</w:p>`
	r := laidDocx(t, runtest.WithHeader(t, runtest.Docx(t, runtest.Target("正文"), "", nil), line))
	small, large := textOps(r.ops, "小"), textOps(r.ops, "大")
	if len(small) != 1 || len(large) != 1 {
		t.Fatalf("drawn %+v and %+v", small, large)
	}
	if small[0].size != 9 || large[0].size != 12 {
		t.Errorf("sizes %.1f and %.1f pt, want 9 and 12", small[0].size, large[0].size)
	}
}
