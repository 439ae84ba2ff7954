package pdf

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestKeepRulesBreakPagesAsLibreOfficeDoes: a document of paragraphs of
// one to six lines under widow control, keepNext headings (one pair in a
// chain) and a paragraph kept together breaks its pages at the same
// lines as LibreOffice: each page starts with the same line and holds
// as many. Its lines carry no digits, which LibreOffice's faces leave
// out of its text layer.
func TestKeepRulesBreakPagesAsLibreOfficeDoes(t *testing.T) {
	t.Parallel()
	opctest.Require(t, "pdftotext", "-v")
	const phrase = "沁源县财政局绩效公开的说明文字。"
	labels := []rune("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏")
	// Lines each paragraph takes (three phrases a line) and its own pPr.
	type kind struct {
		lines int
		pPr   string
	}
	widow, next, together := `<w:widowControl/>`, `<w:keepNext/><w:widowControl/>`, `<w:keepLines/>`
	cycle := []kind{{3, widow}, {1, next}, {2, widow}, {5, widow}, {4, together}, {1, next}, {1, next}, {6, widow}, {2, widow}, {3, ""}, {1, next}, {4, widow}}
	var body string
	for i := range labels {
		k := cycle[i%len(cycle)]
		text := string(labels[i]) + "段" + strings.Repeat(phrase, max(3*k.lines-1, 1))
		if k.pPr == next {
			text = string(labels[i]) + "、标题"
		}
		body += `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + k.pPr + `<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + rt.Word.Run("", text) + `</w:p>`
	}
	_, ours, theirs := bothPDFs(t, rt.Docx(t, body, "", nil))
	pages, theirPages := len(popplerPages(t, ours)), len(popplerPages(t, theirs))
	if pages != theirPages || pages < 4 {
		t.Fatalf("%d pages, LibreOffice's %d; want the same, at least 4", pages, theirPages)
	}
	first := func(ls []textLine) string {
		if len(ls) == 0 {
			return ""
		}
		return ls[0].text
	}
	for page := 1; page <= pages; page++ {
		a, b := pageLines(t, ours, page, false), pageLines(t, theirs, page, false)
		if first(a) != first(b) || len(a) != len(b) {
			t.Errorf("page %d: %d lines from %q, LibreOffice's %d from %q", page, len(a), first(a), len(b), first(b))
		}
	}
}
