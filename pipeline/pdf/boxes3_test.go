package pdf

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestLinkedBoxesTextIsInThePDF: the story of two linked text boxes (Word
// 2016's wps:txbx id and wps:linkedTxbx) is drawn in the PDF's content
// in both boxes: lines starting at the first box's inset left edge and
// lines starting at the second's, none of the story dropped.
func TestLinkedBoxesTextIsInThePDF(t *testing.T) {
	const mm = 36000
	story := para(`<w:spacing w:line="400" w:lineRule="exact"/>`, run("", long)) + para(`<w:spacing w:line="400" w:lineRule="exact"/>`, run("", punctuated))
	first := st.Anchor{H: "page", V: "page", X: 30 * mm, Y: 60 * mm, CX: 60 * mm, CY: 25 * mm}
	second := st.Anchor{H: "page", V: "page", X: 110 * mm, Y: 60 * mm, CX: 70 * mm, CY: 100 * mm}
	f := feature{name: "linked", body: para("", append([]string{run("", "锚")}, st.LinkedBoxes(story, ">", first, second)...)...)}
	doc, err := wordmodel.Read(f.docx(t))
	if err != nil || len(doc.Undrawn) > 0 {
		t.Fatalf("read: %v, listed %v", err, doc.Undrawn)
	}
	content := firstContent(t, doc)
	// A line's text starts at the box's left edge and its 0.1 in inset.
	starts := map[string]int{}
	for _, m := range regexp.MustCompile(`BT ([\d.]+) [\d.]+ Td`).FindAllStringSubmatch(content, -1) {
		starts[m[1]]++
	}
	left := func(mm float64) float64 { return mm/25.4*72 + 7.2 }
	in1, in2 := 0, 0
	for x, n := range starts {
		switch {
		case math.Abs(atof(x)-left(30)) < 0.6:
			in1 += n
		case math.Abs(atof(x)-left(110)) < 0.6:
			in2 += n
		}
	}
	if in1 < 2 || in2 < 4 {
		t.Errorf("%d lines start in the first box, %d in the second: %v", in1, in2, starts)
	}
}

// TestAVMLShadowIsInThePDF: a VML rectangle's shadow is filled in its
// colour in the PDF's content before the rectangle's own fill.
func TestAVMLShadowIsInThePDF(t *testing.T) {
	rect := st.Pict(`<v:rect id="矩形 1" style="position:absolute;margin-left:20pt;margin-top:10pt;width:100pt;height:50pt;z-index:1" fillcolor="#ffc000" stroked="f"><v:shadow on="t" color="#404040" offset="6pt,4pt"/></v:rect>`)
	doc, err := wordmodel.Read(st.Docx(t, st.Para(st.Text("锚"), rect), nil))
	if err != nil || len(doc.Undrawn) > 0 {
		t.Fatalf("read: %v, listed %v", err, doc.Undrawn)
	}
	content := firstContent(t, doc)
	// A gray is written as one value.
	shadow, fill := strings.Index(content, "0.251 g"), strings.Index(content, "1.000 0.753 0.000 rg")
	if shadow < 0 || fill < 0 || shadow > fill {
		t.Errorf("the shadow's fill at %d, the rectangle's at %d: want both, the shadow first", shadow, fill)
	}
}
