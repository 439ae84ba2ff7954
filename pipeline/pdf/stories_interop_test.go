package pdf

import (
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	rt "jixiao/pipeline/wordmodel/runtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
	"jixiao/pipeline/wordmodel/storytest"
)

// TestLibreOfficeLaysOutTheSameHeader: LibreOffice's PDF of a header as
// Word and WPS write it, 沁源县财政局⇥⇥绩效报告 in the centred 页眉 style
// over a two-column table, puts its words where ours stand: the line as
// wide as its right tab, centred as a whole; the table's cells side by
// side, the left one's text from its left edge, the right one's to its
// right edge. Only edges that no glyph's width moves are compared,
// within 1 pt across, both PDFs setting the text in the same face
// (asNoto). A table first in the header has its cells' baselines within
// ½ pt of LibreOffice's; one under the header's line within 1½ pt: the
// line's auto height is this layout's single line (1.3 of its 9 pt), where
// LibreOffice's is the face's ascent and descent (Noto Serif's 1.437), the
// 1.2 pt between them all of the difference (measured: the paragraph's
// rule, the table's lines and the cells' exact or auto spacing change
// nothing; an 18 pt line doubles it).
func TestLibreOfficeLaysOutTheSameHeader(t *testing.T) {
	needs(t, "pdftotext", "soffice")
	for _, w := range storytest.Writers {
		t.Run(w.Name, func(t *testing.T) {
			lined := strings.ReplaceAll(sealtest.Table([]int{3000, 5844},
				[]string{sealtest.Cell(3000, sealtest.Para("left", st.Text("左栏文字"))), sealtest.Cell(5844, sealtest.Para("right", st.Text("右栏文字")))}),
				`w:val="none" w:sz="0"`, `w:val="single" w:sz="4"`)
			line := storytest.Para(w.Header, "", st.Text("沁源县财政局"), storytest.Tab, storytest.Tab, st.Text("绩效报告"))
			for _, c := range []struct {
				name, header string
				words        []string
				baseline     float64 // pt
			}{
				{"under the line", line + lined + storytest.Para(w.Header, ""), []string{"沁源县财政局", "绩效报告", "左栏文字", "右栏文字"}, 1.5},
				{"first", lined + storytest.Para(w.Header, ""), []string{"左栏文字", "右栏文字"}, 0.5},
			} {
				sameWords(t, w, c.name, c.header, c.words, c.baseline)
			}
		})
	}
}

// sameWords compares words of header in our PDF and LibreOffice's: each
// word's set edge (the right one of 绩效报告 and 右栏文字, the left of
// others) within 1 pt, its baseline within baseline pt.
func sameWords(t *testing.T, w storytest.Writer, name, header string, words []string, baseline float64) {
	t.Helper()
	asNoto(t)
	_, ours, theirs := bothPDFs(t, w.Docx(t, st.Para(st.Text("正文")), header, ""))
	a, b := pageWords(t, ours), pageWords(t, theirs)
	defer func() {
		if t.Failed() {
			t.Logf("%s: ours %+v\nLibreOffice's %+v", name, a, b)
		}
	}()
	for _, text := range words {
		x, okX := a[text]
		y, okY := b[text]
		if !okX || !okY {
			t.Errorf("%s: %s: ours %v, LibreOffice's %v", name, text, okX, okY)
			continue
		}
		ours, theirs := x.x0, y.x0
		if text == "绩效报告" || text == "右栏文字" {
			ours, theirs = x.x1, y.x1
		}
		size := (x.x1 - x.x0) / float64(utf8.RuneCountInString(text)) // ideographs a size wide
		if a, b := x.y+ourAscent*size, y.y+theirAscent*size; math.Abs(ours-theirs) > 1 || math.Abs(a-b) > baseline {
			t.Errorf("%s: %s at %.1f, baseline %.1f pt; LibreOffice's at %.1f, baseline %.1f", name, text, ours, a, theirs, b)
		}
	}
}

// pageWords are page 1's words, as pdftotext -bbox reads them, by their
// text: each its edges across and its top, in pt.
func pageWords(t *testing.T, path string) map[string]textLine {
	t.Helper()
	raw, err := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	out := map[string]textLine{}
	for _, m := range wordBox.FindAllStringSubmatch(string(raw), -1) {
		var v [3]float64
		for k, s := range []string{m[1], m[2], m[3]} {
			v[k], _ = strconv.ParseFloat(s, 64)
		}
		out[m[4]] = textLine{text: m[4], x0: v[0], y: v[1], x1: v[2]}
	}
	return out
}

// TestLibreOfficePutsThePageNumberAlike: the built-in template's own
// page numbers, — 1 — right aligned on odd pages and left aligned on even
// ones with a 320-twip indent, stand where LibreOffice puts them: their
// outer edge within 1 pt, their foot (on the footer distance) within 2 pt.
func TestLibreOfficePutsThePageNumberAlike(t *testing.T) {
	t.Parallel()
	needs(t, "pdftotext", "soffice")
	_, ours, theirs := bothPDFs(t, rt.Docx(t, rt.PageBreak("第一页")+rt.Para(rt.Word.Run("", "第二页")), "", nil))
	for page := 1; page <= 2; page++ {
		a, b := footerBox(t, ours, page), footerBox(t, theirs, page)
		edge := func(w textLine) float64 {
			if page == 1 {
				return w.x1
			}
			return w.x0
		}
		if math.Abs(edge(a)-edge(b)) > 1 || math.Abs(a.y-b.y) > 2 {
			t.Errorf("page %d: our number's edge at %.1f, foot at %.1f pt; LibreOffice's at %.1f, %.1f", page, edge(a), a.y, edge(b), b.y)
		}
	}
}

// footerBox is the box of page n's words under its text block, its y
// their foot, in pt.
func footerBox(t *testing.T, path string, n int) textLine {
	t.Helper()
	raw, err := exec.Command("pdftotext", "-bbox", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	box := textLine{x0: math.Inf(1)}
	for _, m := range footWord.FindAllStringSubmatch(string(raw), -1) {
		var v [4]float64
		for k := range v {
			v[k], _ = strconv.ParseFloat(m[k+1], 64)
		}
		if v[1] < 700 {
			continue // the body's
		}
		box.text += m[5]
		box.x0, box.x1, box.y = min(box.x0, v[0]), max(box.x1, v[2]), max(box.y, v[3])
	}
	if box.text == "" {
		t.Fatalf("%s: page %d has no footer", path, n)
	}
	return box
}

var footWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
