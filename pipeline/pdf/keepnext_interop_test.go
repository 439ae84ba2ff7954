package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// keepLabels name the fixtures' paragraphs: no digits, which
// LibreOffice's faces leave out of its text layer.
var keepLabels = []rune("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈")

// keptPara is a paragraph as Word writes it with pPr's keep rules, lines
// lines long (three phrases a line) and starting with its label.
func keptPara(label rune, lines int, pPr string) string {
	text := string(label) + "段" + strings.Repeat("沁源县财政局绩效公开的说明文字。", max(3*lines-1, 1))
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + pPr + `<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + rt.Word.Run("", text) + `</w:p>`
}

// keepFillers are n one-line paragraphs with no keep rules.
func keepFillers(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:widowControl w:val="0"/></w:pPr>` + rt.Word.Run("", "填"+string(keepLabels[i%len(keepLabels)])+string(keepLabels[i/len(keepLabels)])) + `</w:p>`)
	}
	return b.String()
}

// keepChain are n one-line paragraphs with pPr, each named by its label.
func keepChain(n int, pPr string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(keptPara(keepLabels[i], 1, pPr))
	}
	return b.String()
}

// ourPDF is our PDF of docx, written to a file for pdftotext.
func ourPDF(t *testing.T, docx []byte) string {
	t.Helper()
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ours.pdf")
	os.WriteFile(path, out, 0o644)
	return path
}

// firstLines are the first line of each page of the PDF at path.
func firstLines(t *testing.T, path string) []string {
	t.Helper()
	var out []string
	for page := 1; page <= len(popplerPages(t, path)); page++ {
		ls := pageLines(t, path, page, false)
		if len(ls) == 0 {
			out = append(out, "")
			continue
		}
		out = append(out, ls[0].text)
	}
	return out
}

// linePage is the page of the first line starting with text, 0 none.
func linePage(t *testing.T, path, text string) int {
	t.Helper()
	for page := 1; page <= len(popplerPages(t, path)); page++ {
		for _, l := range pageLines(t, path, page, false) {
			if strings.HasPrefix(l.text, text) {
				return page
			}
		}
	}
	return 0
}

// TestKeepNextBreaksPagesAsWordDoes: keepNext (与下段同页) fixtures as
// Word writes them, each near a page's foot, break their pages where Word
// does; where LibreOffice breaks them elsewhere, the reason is given and
// our page breaks are checked against Word's rule instead.
func TestKeepNextBreaksPagesAsWordDoes(t *testing.T) {
	t.Parallel()
	opctest.Require(t, "pdftotext", "-v")
	// How many lines a page holds.
	c := len(pageLines(t, ourPDF(t, rt.Docx(t, keepFillers(60), "", nil)), 1, false))
	if c < 10 {
		t.Fatalf("%d lines on a page", c)
	}
	widow, next := `<w:widowControl/>`, `<w:keepNext/><w:widowControl/>`
	row := func(text string) string {
		cell := func(s string) string {
			return `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:keepNext/></w:pPr>` + rt.Word.Run("", s) + `</w:p></w:tc>`
		}
		return `<w:tr>` + cell(text) + cell(text+"值") + `</w:tr>`
	}
	table := `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
		row("子格") + row("丑格") + row("寅格") + `</w:tbl>`
	for _, w := range []struct {
		name string
		body string
		// want are the pages, as Word sets them, of the lines starting
		// with each text.
		want map[string]int
		// departs is why LibreOffice breaks elsewhere, "" where it
		// breaks where Word does.
		departs string
		// goesOn: page 2 starts inside a paragraph going on from page 1.
		goesOn bool
	}{
		{
			// It fits, the paragraph after it does not: its last two
			// lines go over with that one.
			name: "long keepNext paragraph", body: keepFillers(c-5) + keptPara('甲', 5, next) + keptPara('乙', 3, widow),
			want: map[string]int{"甲段": 1, "乙段": 2}, goesOn: true, departs: "LibreOffice does not break a keepNext paragraph (widorp.cxx: keep with next keeps the lines together), moving it whole",
		},
		{
			name: "heading before a long keepNext paragraph", body: keepFillers(c-4) + keptPara('丙', 1, next) + keptPara('丁', 6, next) + keptPara('戊', 1, widow),
			want: map[string]int{"丙段": 1, "丁段": 1, "戊段": 2}, goesOn: true, departs: "LibreOffice does not break a keepNext paragraph, moving the chain whole",
		},
		{
			name: "chain longer than a page", body: keepFillers(3) + keepChain(c+2, next) + keptPara('冬', 1, widow),
			want: map[string]int{"甲段": 1, "冬段": 3}, departs: "unsettled: LibreOffice moves a chain longer than a page to the next page and breaks it there (flowfrm.cxx moves a chain that does not start its page); Word is held to give up keepNext for such a chain and set it in place, as we do: only Word can settle it",
		},
		{
			name: "table kept with its caption", body: keepFillers(c-3) + table + keptPara('己', 1, widow),
			want: map[string]int{"子格": 2, "寅格": 2, "己段": 2},
		},
	} {
		t.Run(w.name, func(t *testing.T) {
			_, ours, theirs := bothPDFs(t, rt.Docx(t, w.body, "", nil))
			a, b := firstLines(t, ours), firstLines(t, theirs)
			t.Logf("ours %q, LibreOffice's %q", a, b)
			for text, page := range w.want {
				if got := linePage(t, ours, text); got != page {
					t.Errorf("%s… on page %d, want %d", text, got, page)
				}
			}
			// The paragraph goes on over the page, not starting there.
			if w.goesOn && (len(a) < 2 || strings.HasSuffix(a[1], "段") || strings.Contains(a[1], "段沁源")) {
				t.Errorf("page 2 starts %q, want a paragraph going on", a)
			}
			if w.departs == "" && strings.Join(a, "|") != strings.Join(b, "|") {
				t.Errorf("pages start %q, LibreOffice's %q", a, b)
			}
		})
	}
}
