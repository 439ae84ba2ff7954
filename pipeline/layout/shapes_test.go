package layout

import (
	"image"
	"math"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// laidShapes reads docx, checks that nothing is listed as not drawn, and
// lays it out.
func laidShapes(t *testing.T, docx []byte) (*wordmodel.Document, *renderer) {
	t.Helper()
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("listed as not drawn: %v", doc.Undrawn)
	}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	return doc, r
}

// paths are the laid-out paths, in drawing order.
func paths(r *renderer) []*Path {
	var out []*Path
	for _, o := range kindOf(r, opPath) {
		out = append(out, o.path)
	}
	return out
}

func nearly(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// TestTheRedRuleUnderA红头: the line Word and WPS draw under a 红头 comes
// out under its paragraph, across the column, red, its two strands
// (thick above thin) 3 pt together; the same line one paragraph down
// is as far under that paragraph's line. WPS's VML line alike.
func TestTheRedRuleUnderA红头(t *testing.T) {
	for _, tc := range []struct{ name, rule string }{
		{"Word", st.RedRule(720000)},
		{"WPS", st.Pict(`<v:line id="直接连接符 1" style="position:absolute;z-index:251659264;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" from="0,56.7pt" to="442.2pt,56.7pt" strokecolor="#FF0000" strokeweight="3pt"><v:stroke linestyle="thickThin"/></v:line>`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := st.Para(st.Text("沁源县财政局文件"), tc.rule) + st.Para(st.Text("第二段"), tc.rule)
			_, r := laidShapes(t, st.Docx(t, body, nil))
			ps := paths(r)
			if len(ps) != 4 {
				t.Fatalf("%d paths, want 2 strands of 2 rules", len(ps))
			}
			pt := ptToMM
			for _, p := range ps {
				if p.Stroke != "FF0000" || p.Fill != "" || p.Segs[0].Pts[0].Y != p.Segs[1].Pts[0].Y {
					t.Errorf("rule strand = %+v", p)
				}
				if x0, x1 := p.Segs[0].Pts[0].X, p.Segs[1].Pts[0].X; !nearly(x0, r.left(), 0.01) || !nearly(x1-x0, 156, 0.05) {
					t.Errorf("rule runs from %.2f to %.2f mm, want from the column's left %.2f, 156 mm", x0, x1, r.left())
				}
			}
			thick, thin := ps[0], ps[1]
			if !nearly(thick.Width, 0.6*3*pt, 0.001) || !nearly(thin.Width, 0.2*3*pt, 0.001) {
				t.Errorf("strands %.3f and %.3f mm wide", thick.Width, thin.Width)
			}
			if d := thin.Segs[0].Pts[0].Y - thick.Segs[0].Pts[0].Y; !nearly(d, 0.6*3*pt, 0.001) {
				t.Errorf("thin strand %.3f mm under the thick one", d)
			}
			// The rule's middle is 20 mm under its paragraph's top.
			first, second := firstTextOp(t, r, "沁"), firstTextOp(t, r, "第")
			mid := thick.Segs[0].Pts[0].Y + 0.2*3*pt
			if d := ps[2].Segs[0].Pts[0].Y - thick.Segs[0].Pts[0].Y; !nearly(d, second.y-first.y, 0.01) {
				t.Errorf("the second rule is %.2f mm under the first, its paragraph %.2f", d, second.y-first.y)
			}
			if !nearly(mid, r.top()+20, 0.01) {
				t.Errorf("rule at %.2f mm, want 20 mm under its paragraph's top %.2f", mid, r.top())
			}
		})
	}
}

// TestShapesAreDrawnAsWordPlacesThem: a rectangle behind the text is drawn
// before it, filled and outlined in theme colours; an ellipse aligned to
// the margin's bottom right is a closed curve in its box; a rounded
// rectangle in a margin area; a dotted line; a line turned a quarter and
// one flipped.
func TestShapesAreDrawnAsWordPlacesThem(t *testing.T) {
	rect := st.Anchor{H: "page", V: "page", X: 360000, Y: 720000, CX: 1800000, CY: 720000, Behind: true}
	oval := st.Anchor{H: "margin", V: "margin", AlignX: "right", AlignY: "bottom", CX: 1440000, CY: 720000}
	round := st.Anchor{H: "rightMargin", V: "bottomMargin", AlignX: "center", AlignY: "top", CX: 360000, CY: 360000}
	dotted := st.Anchor{H: "margin", V: "page", X: 0, Y: 3600000, CX: 3600000}
	turned := st.Anchor{H: "page", V: "page", X: 1800000, Y: 5400000, CX: 1800000}
	flipped := st.Anchor{H: "page", V: "page", X: 0, Y: 7200000, CX: 720000, CY: 360000}
	body := st.Para(st.Text("正文"),
		st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("accent1 lumMod=60000 lumOff=40000")+st.Ln(12700, "dbl", "", "accent1"), st.Style(true), "", "")), ""),
		st.Run(oval.Drawing(3, "椭圆 3", st.Shape(oval, "ellipse", "", st.Fill("none")+st.Ln(25400, "", "", "C00000"), st.Style(true), "", "")), ""),
		st.Run(round.Drawing(4, "圆角矩形 4", st.Shape(round, "roundRect", "", "", st.Style(true), "", "")), ""),
		st.Run(dotted.Drawing(5, "直线 5", st.Shape(dotted, "line", "", st.Ln(12700, "", "sysDot", "000000"), "", "", "")), ""),
		st.Run(turned.Drawing(6, "直线 6", st.Shape(turned, "line", ` rot="5400000"`, st.Ln(12700, "", "", "000000"), "", "", "")), ""),
		st.Run(flipped.Drawing(7, "直线 7", st.Shape(flipped, "straightConnector1", ` flipV="1"`, st.Ln(12700, "", "", "000000"), "", "", "")), ""),
	)
	_, r := laidShapes(t, st.Docx(t, body, nil))
	if r.ops[0].kind != opPage || r.ops[1].kind != opPath || r.ops[1].path.Fill != "8FAADC" {
		t.Fatalf("the rectangle behind the text is not drawn first: %+v", r.ops[1])
	}
	ps := paths(r)
	if len(ps) != 9 {
		t.Fatalf("%d paths, want 9", len(ps))
	}
	// The double outline: two strands a third as wide, a third of 1 pt
	// outside and inside the box 10 mm, 20 mm, 50 × 20 mm.
	for k, d := range []float64{-1.0 / 3 * ptToMM, 1.0 / 3 * ptToMM} {
		x, y, w, h := ps[1+k].Bounds()
		sw := ps[1+k].Width
		if ps[1+k].Stroke != "4472C4" || !nearly(x+sw/2, 10-d, 0.001) || !nearly(y+sw/2, 20-d, 0.001) || !nearly(w-sw, 50+2*d, 0.001) || !nearly(h-sw, 20+2*d, 0.001) {
			t.Errorf("rect strand %d: %.3f %.3f %.3f %.3f", k, x, y, w, h)
		}
	}
	if x, y, w, h := ps[3].Bounds(); !nearly(x+w-ps[3].Width/2, r.left()+r.width(), 0.001) || !nearly(y+h-ps[3].Width/2, r.blockBottom(), 0.001) ||
		!slices.ContainsFunc(ps[3].Segs, func(s Seg) bool { return s.Op == 'C' }) {
		t.Errorf("ellipse at %.2f %.2f %.2f %.2f, text block ends at %.2f, %.2f", x, y, w, h, r.left()+r.width(), r.blockBottom())
	}
	// The rounded rectangle: accent1 fill, its outline accent1 shaded, in
	// the right margin's middle under the text block.
	if ps[4].Fill != "4472C4" || ps[5].Stroke != "2F528F" {
		t.Errorf("rounded rectangle: %+v %+v", ps[4], ps[5])
	}
	if x, y, w, _ := ps[4].Bounds(); !nearly(x+w/2, r.left()+r.width()+(r.g.w-r.left()-r.width())/2, 0.001) || !nearly(y, r.blockBottom(), 0.001) {
		t.Errorf("rounded rectangle at %.2f, %.2f", x, y)
	}
	if d := ps[6].Dash; len(d) != 2 || !nearly(d[0], ptToMM, 0.0001) || !nearly(d[1], ptToMM, 0.0001) {
		t.Errorf("dotted line's dashes = %v", d)
	}
	// Turned a quarter about its middle: upright, 50 mm long, about the
	// middle of 50, 150.
	if a, b := ps[7].Segs[0].Pts[0], ps[7].Segs[1].Pts[0]; !nearly(a.X, 75, 0.001) || !nearly(b.X, 75, 0.001) || !nearly(math.Abs(b.Y-a.Y), 50, 0.001) || !nearly((a.Y+b.Y)/2, 150, 0.001) {
		t.Errorf("turned line from %v to %v", a, b)
	}
	// Flipped upside down: from the bottom left up to the top right.
	if a, b := ps[8].Segs[0].Pts[0], ps[8].Segs[1].Pts[0]; !nearly(a.X, 0, 0.001) || !nearly(a.Y, 210, 0.001) || !nearly(b.X, 20, 0.001) || !nearly(b.Y, 200, 0.001) {
		t.Errorf("flipped line from %v to %v", a, b)
	}
}

// TestTextBoxesAreLaidOutInTheirBoxes: a text box's paragraphs stand in
// its box, inside its inset, with their own alignment and colour, drawn
// after its anchor paragraph, not flowed into the body; a box anchored
// at its middle centres its text; the box is outlined and filled.
func TestTextBoxesAreLaidOutInTheirBoxes(t *testing.T) {
	a := st.Anchor{H: "margin", V: "page", X: 1800000, Y: 3600000, CX: 2880000, CY: 1440000}
	b := st.Anchor{H: "margin", V: "page", X: 1800000, Y: 5400000, CX: 2880000, CY: 1440000}
	inside := `<w:p><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>框中文字</w:t></w:r></w:p>`
	body := st.Para(st.Text("锚定段落"), st.TextBox(a, "文本框 1", inside, ` lIns="36000" tIns="72000" rIns="108000">`), st.TextBox(b, "文本框 2", strings.Replace(inside, "框中", "居中", 1), ` anchor="ctr">`)) +
		st.Para(st.Text("下一段"))
	doc, r := laidShapes(t, st.Docx(t, body, nil))
	if got := doc.Blocks[0].(*wordmodel.Paragraph).BoxText(true); strings.Join(got, "|") != "框中文字|居中文字" {
		t.Errorf("box text = %q", got)
	}
	words := firstTextOp(t, r, "框中")
	anchor, after := firstTextOp(t, r, "锚"), firstTextOp(t, r, "下")
	left, top := r.left()+50, 100.0
	// Right-aligned inside the box's right inset of 3 mm.
	if w := words.face.width("框中文字", words.size); !nearly(words.x+w, left+80-3, 0.05) || words.color != "FF0000" {
		t.Errorf("box text ends at %.2f mm (colour %q), want %.2f", words.x+w, words.color, left+80-3)
	}
	if gt := glyphTop(words); gt < top+2 || gt > top+2+words.size*ptToMM {
		t.Errorf("box text's glyphs start at %.2f mm, the box's inside at %.2f", gt, top+2)
	}
	// The next paragraph follows its anchor as if the box were not there.
	if d := after.y - anchor.y; d > 15 {
		t.Errorf("the paragraph after the anchor is %.1f mm under it: the box's text was flowed into the body", d)
	}
	// Placed with its paragraph, before its lines: its text is drawn
	// before theirs, as BoxText(true) reads it.
	order := slices.IndexFunc(r.ops, func(o op) bool { return o == words })
	if order > slices.IndexFunc(r.ops, func(o op) bool { return o.kind == opText && o.text == anchor.text }) {
		t.Error("the box's text is drawn after its anchor paragraph's")
	}
	// Centred: as much room above its one line as below it, inside the
	// default inset of 0.05".
	centred := firstTextOp(t, r, "居中")
	inBox := doc.Blocks[0].(*wordmodel.Paragraph).Shapes[1].Text[0]
	l := r.look(inBox)
	used := l.before + l.lineHeight + l.after
	// A box's text, as a header's, is off the grid.
	boxTop := centred.y - r.baseline(inBox.Spacing, false, l.lineHeight, centred.size*ptToMM, centred.face.font, faceMetrics{})
	if want := 150 + 1.27 + (40-2.54-used)/2 + l.before; !nearly(boxTop, want, 0.01) {
		t.Errorf("the centred box's line starts at %.2f mm, want %.2f", boxTop, want)
	}
	ps := paths(r)
	if len(ps) != 4 || ps[0].Fill != "FFFFFF" || ps[1].Stroke != "000000" {
		t.Errorf("box paths = %+v", ps)
	}
	if x, y, w, h := ps[0].Bounds(); !nearly(x, left, 0.001) || !nearly(y, top, 0.001) || !nearly(w, 80, 0.001) || !nearly(h, 40, 0.001) {
		t.Errorf("box at %.2f %.2f %.2f %.2f", x, y, w, h)
	}
}

// TestATextBoxTooSmallForItsText: a box whose text overflows is warned of,
// naming it, its text drawn whole; one set to grow with its text grows.
func TestATextBoxTooSmallForItsText(t *testing.T) {
	a := st.Anchor{H: "margin", V: "page", CX: 720000, CY: 180000}
	long := `<w:p><w:r><w:t>一二三四五六七八九十一二三四五六七八九十</w:t></w:r></w:p>`
	for _, tc := range []struct {
		bodyPr string
		warned bool
	}{{">", true}, {"><a:spAutoFit/>", false}} {
		doc, err := wordmodel.Read(st.Docx(t, st.Para(st.Text("正文"), st.TextBox(a, "文本框 7", long, tc.bodyPr)), nil))
		if err != nil {
			t.Fatal(err)
		}
		r, err := layout(doc, testOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		warned := slices.ContainsFunc(r.warnings, func(w string) bool { return strings.Contains(w, "图形“文本框 7”的文字超出文本框") })
		if warned != tc.warned {
			t.Errorf("bodyPr %q: warned %v, want %v: %q", tc.bodyPr, warned, tc.warned, r.warnings)
		}
		text := strings.Join(textOf(r), "")
		if !strings.Contains(text, "五六") || !strings.Contains(text, "九十") {
			t.Errorf("the box's text is cut: %q", text)
		}
		_, _, _, h := paths(r)[0].Bounds()
		if grown := h > 5+0.01; grown != !tc.warned {
			t.Errorf("bodyPr %q: box %.2f mm high", tc.bodyPr, h)
		}
	}
	// A box resized to fit its text shrinks to a text shorter than it.
	tall := a
	tall.CY = 3600000
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("正文"), st.TextBox(tall, "文本框 8", st.Para(st.Text("短")), "><a:spAutoFit/>")), nil))
	_, y, _, h := paths(r)[0].Bounds()
	if words := firstTextOp(t, r, "短"); h > 20 || glyphTop(words) < y || glyphTop(words) > y+h {
		t.Errorf("the box fit to its text is %.2f mm high, its text at %.2f", h, glyphTop(words))
	}
}

func textOf(r *renderer) []string {
	var out []string
	for _, o := range kindOf(r, opText) {
		out = append(out, o.text)
	}
	return out
}

// TestShapesInHeadersAndCells: a header's line and its text box with a
// picture in it are drawn on every page; a text box anchored in a table
// cell stands in the cell.
func TestShapesInHeadersAndCells(t *testing.T) {
	rule := st.Anchor{H: "margin", V: "paragraph", Y: 360000, CX: 5616000}
	logo := st.Anchor{H: "margin", V: "page", AlignX: "right", Y: 180000, CX: 1080000, CY: 720000}
	inBox := `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="720000" cy="360000"/><wp:docPr id="3" name="图片 3"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdLogo"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
	header := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` + st.NS + `>` +
		st.Para(st.Run(rule.Drawing(1, "直接连接符 1", st.Shape(rule, "line", "", st.Ln(12700, "", "", "FF0000"), "", "", "")), "")) +
		st.Para(st.TextBox(logo, "文本框 2", inBox, ">")) + `</w:hdr>`
	cellBox := st.Anchor{H: "column", V: "paragraph", X: 180000, Y: 0, CX: 1080000, CY: 360000}
	cell := `<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/></w:tcPr>` + st.Para(st.Text("格"), st.TextBox(cellBox, "文本框 4", st.Para(st.Text("格中框")), ">")) + `</w:tc>`
	table := `<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4422"/><w:gridCol w:w="4422"/></w:tblGrid><w:tr>` +
		`<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/></w:tcPr>` + st.Para(st.Text("左")) + `</w:tc>` + cell + `</w:tr></w:tbl>`
	body := table + st.Para(st.Text("第一页"), `<w:r><w:br w:type="page"/></w:r>`) + st.Para(st.Text("第二页"))
	docx := opctest.Edit(t, st.Docx(t, body, nil), map[string]func(string) string{
		"word/header9.xml": func(string) string { return header },
		"word/_rels/header9.xml.rels": func(string) string {
			return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>`
		},
		"word/media/logo.png": func(string) string { return string(testPNG(t, image.NewRGBA(image.Rect(0, 0, 20, 10)))) },
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdH9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header9.xml"/></Relationships>`, 1)
		},
		"word/document.xml": func(s string) string {
			return strings.Replace(s, "<w:sectPr>", `<w:sectPr><w:headerReference w:type="default" r:id="rIdH9"/><w:headerReference w:type="even" r:id="rIdH9"/>`, 1)
		},
	})
	_, r := laidShapes(t, docx)
	pages := 0
	for i, o := range r.ops {
		if o.kind != opPage {
			continue
		}
		pages++
		end := slices.IndexFunc(r.ops[i+1:], func(o op) bool { return o.kind == opPage })
		if end < 0 {
			end = len(r.ops) - i - 1
		}
		page := r.ops[i+1 : i+1+end]
		var rule, logo bool
		for _, o := range page {
			switch {
			case o.kind == opPath && o.path.Stroke == "FF0000":
				rule = nearly(o.path.Segs[0].Pts[0].Y, r.sections[0].HeaderDist+10, 0.001)
			case o.kind == opImage:
				logo = nearly(o.x, r.left()+r.width()-30+2.54, 0.001) && nearly(o.y, 5+1.27, 0.001)
			}
		}
		if !rule || !logo {
			t.Errorf("page %d: header rule %v, picture in the header's text box %v", pages, rule, logo)
		}
	}
	if pages != 2 {
		t.Errorf("%d pages", pages)
	}
	boxed := firstTextOp(t, r, "格中框")
	inCell := firstTextOp(t, r, "格")
	if d := boxed.x - inCell.x; !nearly(d, 5+2.54, 0.05) {
		t.Errorf("the cell's text box's text is %.2f mm right of the cell's text, want 7.54", d)
	}
}

// TestASealsTextStandsInItsEllipse: a seal drawn as a red ellipse with
// text (a text box of ellipse geometry, its text centred) sets its text in
// the rectangle inscribed in the ellipse, inside the inset; a hidden
// shape (hidden in Word's selection pane) is not drawn.
func TestASealsTextStandsInItsEllipse(t *testing.T) {
	a := st.Anchor{H: "page", V: "page", X: 3600000, Y: 3600000, CX: 1440000, CY: 1440000}
	text := `<w:p><w:pPr><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>财政局</w:t></w:r></w:p>`
	seal := st.Shape(a, "ellipse", "", st.Fill("none")+st.Ln(38100, "", "", "FF0000"), "", text, ` anchor="ctr">`)
	hidden := strings.Replace(a.Drawing(3, "椭圆 3", seal), `name="椭圆 3"`, `name="椭圆 3" hidden="1"`, 1)
	doc, r := laidShapes(t, st.Docx(t, st.Para(st.Text("落款"), st.Run(a.Drawing(2, "椭圆 2", seal), ""), st.Run(hidden, "")), nil))
	if n := len(doc.Blocks[0].(*wordmodel.Paragraph).Shapes); n != 1 {
		t.Fatalf("%d shapes read, want the one not hidden", n)
	}
	words := firstTextOp(t, r, "财政局")
	w := words.face.width("财政局", words.size)
	// Centred across: the inscribed rectangle is centred in the ellipse.
	if !nearly(words.x+w/2, 100+20, 0.05) {
		t.Errorf("the seal's text is centred at %.2f mm, the ellipse at 120", words.x+w/2)
	}
	ps := paths(r)
	if len(ps) != 1 || ps[0].Stroke != "FF0000" || !slices.ContainsFunc(ps[0].Segs, func(s Seg) bool { return s.Op == 'C' }) {
		t.Fatalf("seal paths = %+v", ps)
	}
	// Centred down in the inscribed rectangle, which the ellipse's
	// middle is the middle of: the paragraph, its spacing with it, off
	// the document grid.
	r.g.pitch, r.g.cell = 0, 0
	l := r.look(doc.Blocks[0].(*wordmodel.Paragraph).Shapes[0].Text[0])
	if mid, want := glyphTop(words)+l.lineHeight/2, 120+(l.before-l.after)/2; !nearly(mid, want, 0.01) {
		t.Errorf("the seal's line's middle at %.2f mm, want %.2f", mid, want)
	}
	// A long text wraps at the inscribed rectangle's width, not the box's.
	_, r = laidShapes(t, st.Docx(t, st.Para(st.Text("落款"), st.Run(a.Drawing(2, "椭圆 2", strings.Replace(seal, "财政局", "沁源县财政局公章专用", 1)), "")), nil))
	lines := 0
	for _, o := range kindOf(r, opText) {
		if o.color == "FF0000" && (o.x < 100+40*0.1464+2.54-0.01 || o.x+o.face.width(o.text, o.size) > 140-40*0.1464-2.54+0.01) {
			t.Errorf("%q drawn from %.2f to %.2f mm, outside the inscribed rectangle", o.text, o.x, o.x+o.face.width(o.text, o.size))
		}
		if o.color == "FF0000" {
			lines++
		}
	}
	if lines < 2 {
		t.Errorf("the seal's long text is %d lines", lines)
	}
}

// TestAnInlineShapeIsABlockOfItsParagraph: a shape in the line of a
// paragraph with no text stands there at the paragraph's alignment, and
// the text after it starts on the grid line under it.
func TestAnInlineShapeIsABlockOfItsParagraph(t *testing.T) {
	a := st.Anchor{CX: 1800000, CY: 360000}
	box := st.Run(a.Inline(1, "矩形 1", st.Shape(a, "rect", "", st.Fill("FF0000"), "", "", "")), "")
	centred := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="center"/></w:pPr>` + box + `</w:p>`
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("上"))+centred+st.Para(st.Text("下")), nil))
	ps := paths(r)
	if len(ps) != 1 {
		t.Fatalf("%d paths", len(ps))
	}
	above, below := firstTextOp(t, r, "上"), firstTextOp(t, r, "下")
	x, y, w, h := ps[0].Bounds()
	if !nearly(x+w/2, r.left()+r.width()/2, 0.001) || !nearly(w, 50, 0.001) || !nearly(h, 10, 0.001) {
		t.Errorf("the inline rectangle at %.2f, %.2f, %.2f × %.2f", x, y, w, h)
	}
	// 10 mm takes one grid line of 10.21 mm: 上, the block, 下.
	if d := below.y - above.y; !nearly(d, 2*r.g.pitch, 0.01) {
		t.Errorf("下 is %.2f mm under 上, want two grid lines (%.2f)", d, 2*r.g.pitch)
	}
	if y < above.y || y+h > below.y {
		t.Errorf("the block from %.2f to %.2f is not between the lines at %.2f and %.2f", y, y+h, above.y, below.y)
	}
}

// TestAShapePlacedByItsCharacterAndLine: a shape positioned relative to
// the character it is anchored at and to that character's line stands at
// that character, on the paragraph's second line; anchored after the
// first line's last character, at the second line's start.
func TestAShapePlacedByItsCharacterAndLine(t *testing.T) {
	a := st.Anchor{H: "character", V: "line", X: 0, Y: 0, CX: 360000, CY: 360000}
	mark := st.Run(a.Drawing(1, "矩形 1", st.Shape(a, "rect", "", st.Ln(12700, "", "", "FF0000"), "", "", "")), "")
	for _, before := range []int{30, 28} {
		body := st.Para(st.Text(strings.Repeat("甲", before)), mark, st.Text("乙丙丙"))
		_, r := laidShapes(t, st.Docx(t, body, nil))
		ps := paths(r)
		if len(ps) != 1 {
			t.Fatalf("%d paths", len(ps))
		}
		at := firstTextOp(t, r, "乙")
		first := firstTextOp(t, r, "甲")
		if at.y <= first.y {
			t.Fatalf("乙 is not on a later line than the first: %.2f, %.2f", at.y, first.y)
		}
		x, y := ps[0].Segs[0].Pts[0].X, ps[0].Segs[0].Pts[0].Y
		if !nearly(x, at.x, 0.01) || !nearly(y, gridLineTop(r, at), 0.01) {
			t.Errorf("after %d characters: the shape at %.2f, %.2f; its character 乙 at %.2f, its line's top %.2f", before, x, y, at.x, gridLineTop(r, at))
		}
	}
}

// TestTextWrapsAroundShapesAndTextBoxes: a text box the text wraps around
// (四周型, as Word's built-in text boxes are) takes its room from the
// paragraph's lines: no character is drawn over it; a VML rectangle
// wrapped square (w10:wrap, as Word 2003 and WPS write one) alike.
func TestTextWrapsAroundShapesAndTextBoxes(t *testing.T) {
	a := st.Anchor{H: "margin", V: "paragraph", AlignX: "right", Y: 0, CX: 1800000, CY: 1080000, Wrap: `wp:wrapSquare wrapText="bothSides"`}
	vml := `<v:rect id="矩形 1" style="position:absolute;margin-left:0;margin-top:0;width:141.75pt;height:85.05pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="red"><w10:wrap type="square"/></v:rect>`
	for _, drawing := range []string{st.TextBox(a, "文本框 1", st.Para(st.Text("框")), ">"), st.Pict(vml)} {
		body := st.Para(st.Text(strings.Repeat("环绕文字", 40)), drawing)
		_, r := laidShapes(t, st.Docx(t, body, nil))
		wrapsAround(t, r, paths(r)[0])
	}
}

// wrapsAround checks that no text is drawn over the shape p draws, and
// that some stands beside it.
func wrapsAround(t *testing.T, r *renderer, p *Path) {
	t.Helper()
	x, y, w, h := p.Bounds()
	beside := 0
	for _, o := range kindOf(r, opText) {
		if o.text == "框" {
			continue
		}
		top, right := glyphTop(o), o.x+o.face.width(o.text, o.size)
		if top < y+h && top+o.size*ptToMM > y && right > x+0.01 && o.x < x+w {
			t.Errorf("%q at %.2f, %.2f is drawn over the box at %.2f, %.2f", o.text, o.x, top, x, y)
		}
		if top < y+h && top+o.size*ptToMM > y {
			beside++
		}
	}
	if beside == 0 {
		t.Error("no text stands beside the box")
	}
}
