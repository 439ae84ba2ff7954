package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestLinkedTextBoxesAreOneStory: boxes linked as Word 2016 links them
// (wps:txbx id, wps:linkedTxbx id seq, with VML fallbacks) and as WPS
// writes them in VML (mso-next-textbox) are read as one chain: each box
// knows the chain's boxes in order and its place, the first holding the
// story, the later ones no text of their own; nothing is listed.
func TestLinkedTextBoxesAreOneStory(t *testing.T) {
	story := st.Para(st.Text("第一段")) + st.Para(st.Text("第二段"))
	a := st.Anchor{H: "margin", V: "paragraph", X: 0, CX: 1800000, CY: 720000}
	b, c := a, a
	b.X, c.X = 2160000, 4320000
	for _, tc := range []struct {
		name string
		runs []string
	}{
		{"Word", st.LinkedBoxes(story, ">", a, b, c)},
		{"Word reversed", reversed(st.LinkedBoxes(story, ">", a, b, c))},
		{"WPS", st.VMLLinkedBoxes(story, [4]float64{0, 0, 140, 56}, [4]float64{170, 0, 140, 56}, [4]float64{340, 0, 140, 56})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := shapeDoc(t, st.Para(append([]string{st.Text("锚")}, tc.runs...)...), nil)
			wantListed(t, doc)
			sh := shapesOf(doc)
			if len(sh) != 3 {
				t.Fatalf("%d shapes, want 3", len(sh))
			}
			for _, sp := range sh {
				if !sp.Linked() || len(sp.Link.Boxes) != 3 {
					t.Fatalf("%s is not linked: %+v", sp.Name, sp.Link)
				}
				first := sp.Link.Boxes[0]
				if len(first.Text) != 2 || first.Text[1].Text != "第二段" || sp.Link.Boxes[1].Text != nil {
					t.Errorf("%s: the chain's first box = %+v", sp.Name, first)
				}
				if (sp.Link.Seq == 0) != (sp.Text != nil) {
					t.Errorf("%s at %d has text %v", sp.Name, sp.Link.Seq, sp.Text)
				}
			}
		})
	}
}

func reversed(runs []string) []string {
	out := make([]string, len(runs))
	for i, r := range runs {
		out[len(runs)-1-i] = r
	}
	return out
}

// TestBrokenChainsAreListed: a chain whose first box (with the story)
// is missing, one with a box missing between, one in a header, and a VML
// box naming a box that is not there are listed, naming the paragraph.
func TestBrokenChainsAreListed(t *testing.T) {
	story := st.Para(st.Text("文字"))
	a := st.Anchor{H: "margin", V: "paragraph", CX: 1800000, CY: 720000}
	three := st.LinkedBoxes(story, ">", a, a, a)
	wps := st.VMLLinkedBoxes(story, [4]float64{0, 0, 140, 56}, [4]float64{170, 0, 140, 56})
	doc := shapeDoc(t, st.Para(st.Text("缺头"), three[1], three[2]), nil)
	wantListed(t, doc, "第 2 段：链接的文本框（找不到存放其中文字的第一个文本框）")
	doc = shapeDoc(t, st.Para(st.Text("缺中"), three[0], three[2]), nil)
	wantListed(t, doc, "第 2 段：链接的文本框（链接中间的文本框找不到）")
	doc = shapeDoc(t, st.Para(st.Text("缺尾"), wps[0]), nil)
	wantListed(t, doc, "第 2 段：链接的文本框（文字接续到的文本框“_x0000_s2051”找不到或有误）")
	// A table in the story goes on by rows; one whose first row repeats
	// on each page (重复标题行) is listed.
	tbl := `<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>` + st.Para(st.Text("格")) + `</w:tc></w:tr></w:tbl>`
	doc = shapeDoc(t, st.Para(append([]string{st.Text("有表")}, st.LinkedBoxes(story+tbl+story, ">", a, a)...)...), nil)
	wantListed(t, doc)
	headed := strings.Replace(tbl, `<w:tr>`, `<w:tr><w:trPr><w:tblHeader/></w:trPr>`, 1)
	doc = shapeDoc(t, st.Para(append([]string{st.Text("有表")}, st.LinkedBoxes(story+headed+story, ">", a, a)...)...), nil)
	wantListed(t, doc, "第 2 段：链接的文本框中设了“重复标题行”的表格")
	// In a header: a lone box Word gave an id draws; so does a chain,
	// apart from the body's of the same id, and a header's chain missing
	// its first box is not made whole by the body's.
	two := st.LinkedBoxes(story, ">", a, a)
	doc = withHeader(st.Para(st.Text("正文")), st.Para(st.Text("单框"), two[0])).read(t)
	wantListed(t, doc)
	body := st.Para(append([]string{st.Text("正文")}, st.LinkedBoxes(st.Para(st.Text("正文的框")), ">", a, a)...)...)
	doc = withHeader(body, st.Para(append([]string{st.Text("页眉")}, two...)...)).read(t)
	wantListed(t, doc)
	header := doc.Sections[0].Header.Default.Blocks[0].(*wordmodel.Paragraph).Shapes
	if len(header) != 2 || !header[1].Linked() || header[1].Link.Boxes[0].Text[0].Text != "文字" {
		t.Errorf("the header's chain: %+v", header)
	}
	doc = withHeader(body, st.Para(st.Text("页眉"), two[1])).read(t)
	wantListed(t, doc, "页眉（header1.xml）：链接的文本框（找不到存放其中文字的第一个文本框）")
	if !strings.Contains(three[0], `<wps:txbx id="1">`) || !strings.Contains(three[1], `<wps:linkedTxbx id="1" seq="1"/>`) {
		t.Fatalf("fixture: %s", three[1])
	}
}
