package layout

import (
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
	"jixiao/pipeline/wordmodel/storytest"
)

// TestFloatsInAHeadersTextBoxAreDrawn: a picture floating in a header's
// text box (behind its text, in front of it, in a table in the box, in a
// chain of linked boxes) is drawn on every page, a behind-text one over
// the box's fill and under its text, as in a body's box: the box's
// layout once dropped the behind-text ones the header collects apart.
func TestFloatsInAHeadersTextBoxAreDrawn(t *testing.T) {
	const mm = 36000
	box := st.Anchor{H: "page", V: "page", X: 30 * mm, Y: 5 * mm, CX: 80 * mm, CY: 20 * mm}
	other := st.Anchor{H: "page", V: "page", X: 120 * mm, Y: 5 * mm, CX: 60 * mm, CY: 20 * mm}
	logo := func(behind bool) string {
		a := st.Anchor{H: "column", V: "paragraph", X: 5 * mm, Y: 0, CX: 20 * mm, CY: 8 * mm, Behind: behind}
		return sealtest.Float{Anchor: a}.Run(7, "徽标", "rIdLogo")
	}
	cell := func(run string) string {
		return `<w:tbl><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr><w:tc>` + st.Para(st.Text("表中"), run) + `</w:tc></w:tr></w:tbl>` + st.Para()
	}
	for _, tc := range []struct {
		name   string
		runs   []string
		behind bool
	}{
		{"behind the text", []string{st.TextBox(box, "文本框 1", st.Para(st.Text("框中文字"), logo(true)), ">")}, true},
		{"in front of the text", []string{st.TextBox(box, "文本框 1", st.Para(st.Text("框中文字"), logo(false)), ">")}, false},
		{"behind, in a table", []string{st.TextBox(box, "文本框 1", cell(logo(true))+st.Para(st.Text("框中文字")), ">")}, true},
		{"behind, in linked boxes", st.LinkedBoxes(st.Para(st.Text("框中文字"), logo(true)), ">", box, other), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			header := st.Para(append([]string{st.Text("页眉")}, tc.runs...)...)
			_, r := laidShapes(t, sealtest.Docx(t, rt.PageBreak("正文")+rt.Para(st.Text("正文")), header))
			for page := 1; page <= 2; page++ {
				img, text, fill := -1, -1, -1
				for i, o := range r.ops {
					if pageOf(r, i) != page {
						continue
					}
					switch {
					case o.kind == opImage:
						img = i
					case o.kind == opText && strings.Contains(o.text, "框中文字") && text < 0:
						text = i
					case o.kind == opPath && o.path != nil && fill < 0 && o.y < 30:
						fill = i
					}
				}
				if img < 0 {
					t.Fatalf("page %d: the picture in the header's box is not drawn", page)
				}
				if tc.behind && (img > text || img < fill) {
					t.Errorf("page %d: the picture drawn at %d, the box's fill at %d and its text at %d: want it between", page, img, fill, text)
				}
				if !tc.behind && img < text {
					t.Errorf("page %d: the picture drawn at %d before the box's text at %d", page, img, text)
				}
			}
		})
	}
}

// TestShapesBehindAFootersBoxTextAreDrawn: a shape behind the text in a
// footer's text box (Word's behindDoc, and WPS's VML z-index below zero)
// is drawn on every page, over the box's fill and under its text.
func TestShapesBehindAFootersBoxTextAreDrawn(t *testing.T) {
	const mm = 36000
	box := st.Anchor{H: "page", V: "page", X: 30 * mm, Y: 262 * mm, CX: 80 * mm, CY: 20 * mm}
	dot := st.Anchor{H: "column", V: "paragraph", X: 5 * mm, Y: 0, CX: 20 * mm, CY: 8 * mm, Behind: true}
	vml := `<v:oval id="_x0000_s2060" style="position:absolute;margin-left:14.2pt;margin-top:0pt;width:56.7pt;height:22.7pt;z-index:-251657216" fillcolor="#FF0000" stroked="f"/>`
	for _, tc := range []struct{ name, run string }{
		{"Word", st.Run(dot.Drawing(12, "椭圆 12", st.Shape(dot, "ellipse", "", st.Fill("FF0000"), "", "", "")), vml)},
		{"WPS", st.Pict(vml)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := storytest.Writers[0]
			footer := storytest.Para(w.Footer, "", st.Text("页脚"), st.TextBox(box, "文本框 1", st.Para(st.Text("框中文字"), tc.run), ">"))
			_, r := laidShapes(t, w.Docx(t, rt.PageBreak("正文")+rt.Para(st.Text("正文")), "", footer))
			for page := 1; page <= 2; page++ {
				dotAt, text, fill := -1, -1, -1
				for i, o := range r.ops {
					if pageOf(r, i) != page {
						continue
					}
					switch {
					case o.kind == opText && strings.Contains(o.text, "框中文字") && text < 0:
						text = i
					case o.kind == opPath && o.path != nil:
						x, y, pw, _ := o.path.Bounds()
						if y < 250 {
							continue
						}
						if pw > 60 && fill < 0 {
							fill = i
						}
						if pw < 30 && x > 30 {
							dotAt = i
						}
					}
				}
				if dotAt < 0 {
					t.Fatalf("page %d: the shape in the footer's box is not drawn", page)
				}
				if dotAt > text || dotAt < fill {
					t.Errorf("page %d: the shape drawn at %d, the box's fill at %d and its text at %d: want it between", page, dotAt, fill, text)
				}
			}
		})
	}
}

// TestFloatsInACellsTextBoxAreDrawn: a picture floating in a text box
// anchored in a body table's cell is drawn, behind the box's text over
// its fill, or in front of its text.
func TestFloatsInACellsTextBoxAreDrawn(t *testing.T) {
	const mm = 36000
	box := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 60 * mm, CY: 20 * mm}
	for _, behind := range []bool{true, false} {
		seal := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 5 * mm, Y: 0, CX: 20 * mm, CY: 8 * mm, Behind: behind}}.Run(7, "公章", "rIdSeal")
		inBox := st.Para(st.Text("框中文字"), seal)
		cell := `<w:tbl><w:tblGrid><w:gridCol w:w="4422"/></w:tblGrid><w:tr><w:tc>` + st.Para(st.Text("锚"), st.TextBox(box, "文本框 1", inBox, ">")) + `</w:tc></w:tr></w:tbl>` + st.Para()
		_, r := laidShapes(t, sealtest.Docx(t, cell, ""))
		img, text := -1, -1
		for i, o := range r.ops {
			switch {
			case o.kind == opImage:
				img = i
			case o.kind == opText && strings.Contains(o.text, "框中文字"):
				text = i
			}
		}
		if img < 0 || text < 0 || (img < text) != behind {
			t.Errorf("behind %v: the picture drawn at %d, the box's text at %d", behind, img, text)
		}
	}
}
