package layout

import (
	"math"
	"sort"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// eastAsianDraft is a draft as a clerk numbers its lines: a line, three,
// an empty paragraph, a table, a paragraph that suppresses its number, a
// line, then a 联合发文's two organs 双行合一 in brackets and a date's 12
// 纵横混排, 适应行宽; numbers 10 mm left of the text.
func eastAsianDraft(t *testing.T) []byte {
	w := rt.Word
	quiet := strings.Replace(rt.Para(w.Run("", "不计")), "<w:jc ", `<w:suppressLineNumbers/><w:jc `, 1)
	body := rt.Para(w.Run("", "一行")) + rt.Para(w.Run("", strings.Repeat("预算绩效管理", 12))) + rt.Para() +
		rt.Table([]int{4000}, w.Cell(4000, "", "", rt.Para(w.Run("", "表内")))) + quiet + rt.Para(w.Run("", "末行")) +
		rt.Para(w.Run("", "甲"), w.Run(combine(w, "-101", "round"), "沁源县财"), w.Run(combine(w, "-101", "round")+`<w:color w:val="FF0000"/>`, "政局"), w.Run("", "文件")) +
		rt.Para(w.Run("", "至"), w.Run(vert("3", true), "12"), w.Run("", "年"))
	return rt.Docx(t, body, `<w:lnNumType w:countBy="1" w:distance="567" w:restart="continuous"/>`, nil)
}

// TestEastAsianLayoutAsLibreOfficeDrawsIt: LibreOffice's PDF of the same
// draft numbers the same lines with the same numbers, each within 0.5 mm
// of its right edge, its top within 0.5 mm of its line's as there; puts each half of 双行合一 within 0.5 mm across and 1 mm down of
// ours (from 甲, before it), its brackets too; and the turned 12's box
// within 0.5 mm across, its middle 1 mm down. The tolerance down is the
// faces': LibreOffice sets the characters in a fallback face of other
// ascent and descent. LibreOffice also numbers a header's lines, which
// Word does not: the template has none here.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestEastAsianLayoutAsLibreOfficeDrawsIt(t *testing.T) {
	docx := eastAsianDraft(t)
	words := libreOfficeWords(t, docx)
	r := laidDocx(t, docx)
	lo := map[string]loWord{}
	var loNumbers []string
	sort.SliceStable(words, func(i, j int) bool {
		return words[i].page < words[j].page || words[i].page == words[j].page && words[i].y0 < words[j].y0
	})
	for _, w := range words {
		if w.page != 1 || w.y0 > 250 {
			continue // the footer
		}
		if w.x1 < 25 {
			loNumbers = append(loNumbers, w.text)
		}
		for _, c := range w.text {
			if _, ok := lo[string(c)]; !ok && w.x1 >= 25 {
				lo[string(c)] = w // a word's first character: the halves and brackets are words of one
			}
		}
		if w.x1 < 25 {
			lo["#"+w.text] = w
		}
	}
	ours := numbersIn(r)[0]
	if got := opTexts(ours); got != strings.Join(loNumbers, " ") {
		t.Fatalf("numbers %q, LibreOffice's %q", got, loNumbers)
	}
	for _, n := range ours {
		l := lo["#"+n.text]
		right := n.x + n.face.width(n.text, n.size)
		// Each number against its own line's text: the layouts' lines
		// stand apart by their own rules, tables' rows among them.
		dy, loDy, found := 0.0, 0.0, false
		for _, o := range r.ops {
			if o.kind == opText && o.x > 25 && o.size == n.size && math.Abs(o.y-n.y) < 3 {
				dy, found = glyphTop(n)-glyphTop(o), true
				break
			}
		}
		for _, w := range words {
			if w.x0 > 25 && w.page == l.page && math.Abs(w.y0-l.y0) < 3 {
				loDy = l.y0 - w.y0
				break
			}
		}
		if math.Abs(right-l.x1) > 0.5 || found && math.Abs(dy-loDy) > 0.5 {
			t.Errorf("%s ends at %.2f, its top %.2f below its line's; LibreOffice's at %.2f, %.2f", n.text, right, dy, l.x1, loDy)
		}
	}
	jia, loJia := opStarting(t, r.ops, "甲"), lo["甲"]
	for _, c := range []string{"(", "沁", "源", "县", "财", "政", "局", ")", "文"} {
		o, l := opStarting(t, r.ops, c), lo[c]
		dx, dy := (o.x-jia.x)-(l.x0-loJia.x0), (glyphTop(o)-glyphTop(jia))-(l.y0-loJia.y0)
		if math.Abs(dx) > 0.5 || math.Abs(dy) > 1 {
			t.Errorf("%s is %.2f across and %.2f down from LibreOffice's place", c, dx, dy)
		}
	}
	zhi, loZhi, turned, loTurned := opStarting(t, r.ops, "至"), lo["至"], opStarting(t, r.ops, "12"), lo["1"]
	f := turned.face.font
	left := turned.x - f.ascent*turned.size*ptToMM
	squeeze := 1.0
	if turned.hscale > 0 {
		squeeze = turned.hscale
	}
	mid := turned.y - turned.face.width("12", turned.size)*squeeze/2
	dx := (left - zhi.x) - (loTurned.x0 - loZhi.x0)
	dy := (mid - glyphTop(zhi)) - ((loTurned.y0+loTurned.y1)/2 - loZhi.y0)
	if turned.angle != 90 || math.Abs(dx) > 0.5 || math.Abs(dy) > 1 {
		t.Errorf("12 turned %.0f°, its box %.2f across and its middle %.2f down from LibreOffice's", turned.angle, dx, dy)
	}
}
