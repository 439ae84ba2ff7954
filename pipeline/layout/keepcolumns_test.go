package layout

import (
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// wordLines is a paragraph as Word writes one whose lines end in line
// breaks (w:br), with pPr's own properties.
func wordLines(pPr string, lines ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + pPr + `<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:r><w:t>` +
		strings.Join(lines, `</w:t><w:br/><w:t>`) + `</w:t></w:r></w:p>`
}

// textAt is the page (from 1) and left edge of the line drawn as text.
func textAt(t *testing.T, r *renderer, text string) (page int, x float64) {
	t.Helper()
	for _, o := range r.ops {
		if o.kind == opPage {
			page++
		}
		if o.kind == opText && o.text == text {
			return page, o.x
		}
	}
	t.Fatalf("%q not drawn", text)
	return 0, 0
}

// TestKeepRulesHoldPerColumn: in a section of two columns a paragraph
// under widow control whose first line alone would end the first column
// goes whole to the second, read from a docx as Word writes it.
func TestKeepRulesHoldPerColumn(t *testing.T) {
	cols := colsAs(false)["Word"]
	fill := func(n int) string { return strings.Repeat(wordLines("", "填"), n) }
	// How many lines the first column holds.
	r := laidDocx(t, rt.Docx(t, fill(60)+wordLines("", "尾"), cols, nil))
	c := 0
	for _, o := range r.ops {
		if o.kind == opPage && c > 0 {
			break
		}
		if o.kind == opText && o.text == "填" && o.x < blockLeft+1 {
			c++
		}
	}
	if c < 6 {
		t.Fatalf("%d lines in the first column", c)
	}
	for _, w := range []struct {
		pPr  string
		kept bool
	}{{`<w:widowControl/>`, true}, {`<w:widowControl w:val="0"/>`, false}} {
		r = laidDocx(t, rt.Docx(t, fill(c-1)+wordLines(w.pPr, "甲", "乙", "丙"), cols, nil))
		page, x1 := textAt(t, r, "甲")
		_, x2 := textAt(t, r, "乙")
		if page != 1 || w.kept != (x1 > blockLeft+1) || x2 < blockLeft+1 {
			t.Errorf("%s: first line on page %d at x %.1f, second at %.1f; want it in the column of the second (%v)", w.pPr, page, x1, x2, w.kept)
		}
	}
}
