package layout

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// loStarts are where LibreOffice draws each 第NN段: its page, its left
// and its top, by number.
func loStarts(words []loWord) map[int]loWord {
	out := map[int]loWord{}
	for i, w := range words {
		if w.text != "第" || i+1 == len(words) {
			continue
		}
		var n int
		if _, err := fmt.Sscanf(words[i+1].text, "%d", &n); err == nil {
			out[n] = w
		}
	}
	return out
}

// oneLiners are n paragraphs 第NN段 of a line each, from from.
func oneLiners(from, n int) string {
	body := ""
	for i := from; i < from+n; i++ {
		body += rt.Para(rt.Word.Run("", fmt.Sprintf("第%02d段完成", i)))
	}
	return body
}

// TestColumnsAsLibreOfficeLaysThemOut: two columns with a line between
// them, as Word writes them, turned by a column break, and a section of
// two columns between continuous breaks in the middle of a page (its
// columns balanced, the next section below them): each line starts on
// LibreOffice's page within 0.5 mm of its left and, from the page's first
// line, within 1 mm of its top. The fixtures have a line grid and no
// character grid: LibreOffice moves a column's text onto the page's
// character grid, which Word does not. Where a line's type stands in its
// grid line, and so how many lines a column holds, is compared by the
// line placement's own tests, not here.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestColumnsAsLibreOfficeLaysThemOut(t *testing.T) {
	cols := colsAs(true)["Word"]
	run := rt.Word.Run
	for name, body := range map[string]string{
		"a column break": oneLiners(0, 8) + rt.Para(columnBreak, run("", "第08段完成")) + oneLiners(9, 4),
		"a section in the page's middle": oneLiners(0, 1) + sectionEnd("", "", run("", "第01段完成")) + oneLiners(2, 8) +
			sectionEnd("continuous", cols, run("", "第10段完成")) + oneLiners(11, 1) + sectionEnd("continuous", "", run("", "第12段完成")),
	} {
		docx := opctest.Edit(t, rt.Docx(t, body, cols, nil), map[string]func(string) string{"word/document.xml": func(s string) string {
			return strings.ReplaceAll(s, `w:type="linesAndChars"`, `w:type="lines"`)
		}})
		lo := loStarts(libreOfficeWords(t, docx))
		r := laidDocx(t, docx)
		ours := map[int]op{}
		for i, o := range r.ops {
			rest, ok := strings.CutPrefix(o.text, "第")
			if rest == "" && i+1 < len(r.ops) {
				rest = r.ops[i+1].text
			}
			var n int
			if _, err := fmt.Sscanf(rest, "%d", &n); o.kind == opText && ok && err == nil {
				ours[n] = o
			}
		}
		if len(ours) != 13 || len(lo) != 13 {
			t.Fatalf("%s: %d paragraphs drawn, LibreOffice's %d", name, len(ours), len(lo))
		}
		if len(pagesOf(r)) != 1 || lo[12].page != 1 {
			t.Errorf("%s: %d pages, LibreOffice's last paragraph on page %d", name, len(pagesOf(r)), lo[12].page)
		}
		top, loTop := glyphTop(ours[0]), lo[0].y0
		for n, o := range ours {
			w := lo[n]
			if !nearly(o.x, w.x0, 0.5) || !nearly(glyphTop(o)-top, w.y0-loTop, 1) {
				t.Errorf("%s: 第%02d段 at (%.2f, %.2f) from the first line, LibreOffice's at (%.2f, %.2f)", name, n, o.x, glyphTop(o)-top, w.x0, w.y0-loTop)
			}
		}
	}
}
