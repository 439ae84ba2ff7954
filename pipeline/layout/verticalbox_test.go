package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// verticalBox is a document of one text box 30 mm wide and 60 mm tall at
// 50, 100 mm on the page, of no inset, its text flowing as vert says, in
// DrawingML as Word 2016 writes it; two paragraphs: 竖排文字AB and 第二列.
func verticalBox(t *testing.T, vert string) []byte {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 30 * mm, CY: 60 * mm}
	inside := st.Para(st.Text("竖排文字AB")) + st.Para(st.Text("第二列"))
	box := st.Shape(a, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", inside, ` lIns="0" tIns="0" rIns="0" bIns="0">`)
	box = strings.Replace(box, `vert="horz"`, `vert="`+vert+`"`, 1)
	return st.Docx(t, st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", box), "")), nil)
}

// TestVerticalTextBoxes: a vertical text box's lines are its columns.
// Word's 竖排 (eaVert) stands Chinese characters upright one under the
// other, centred across their column, and lays Latin letters on their
// side; its first column is at the box's right, the next to its left.
// vert turns every character, vert270 turns them the other way (reading
// up, first column at the left); mongolianVert stands them as eaVert
// with the first column at the left; wordArtVert stands every character.
func TestVerticalTextBoxes(t *testing.T) {
	for _, tc := range []struct {
		vert             string
		upright, latinUp bool
		angle            float64 // of a character not upright
		firstAtRight, up bool
	}{
		{vert: "eaVert", upright: true, angle: -90, firstAtRight: true},
		{vert: "vert", angle: -90, firstAtRight: true},
		{vert: "vert270", angle: 90, up: true},
		{vert: "mongolianVert", upright: true, angle: -90},
		{vert: "wordArtVert", upright: true, latinUp: true},
	} {
		t.Run(tc.vert, func(t *testing.T) {
			_, r := laidShapes(t, verticalBox(t, tc.vert))
			shu, di := firstTextOp(t, r, "竖"), firstTextOp(t, r, "第")
			if tc.upright {
				pai := firstTextOp(t, r, "排")
				if shu.angle != 0 || shu.text != "竖" || pai.text != "排" {
					t.Errorf("竖 drawn %q at %.0f°, 排 as %q: not upright one by one", shu.text, shu.angle, pai.text)
				}
				if !nearly(shu.x, pai.x, 0.01) || pai.y-shu.y < 3 {
					t.Errorf("排 at (%.2f, %.2f) is not under 竖 at (%.2f, %.2f)", pai.x, pai.y, shu.x, shu.y)
				}
			} else if shu.angle != tc.angle || !strings.HasPrefix(shu.text, "竖排文字") {
				t.Errorf("the first line drawn %q at %.0f°, want turned %.0f°", shu.text, shu.angle, tc.angle)
			}
			if tc.upright && firstTextOp(t, r, "A").angle != map[bool]float64{true: 0, false: tc.angle}[tc.latinUp] {
				t.Errorf("A drawn at %.0f°, want %.0f°", firstTextOp(t, r, "A").angle, map[bool]float64{true: 0, false: tc.angle}[tc.latinUp])
			}
			// Every glyph stands in the box, 50..80 mm across, 100..160 down.
			for _, o := range kindOf(r, opText) {
				if !strings.ContainsAny(o.text, "竖排文字AB第二列") {
					continue // the body's and the footer's
				}
				if o.x < 49 || o.x > 81 || o.y < 99 || o.y > 161 {
					t.Errorf("%q drawn at (%.2f, %.2f), outside the box", o.text, o.x, o.y)
				}
			}
			if tc.firstAtRight != (di.x < shu.x) || shu.x > 65 != tc.firstAtRight {
				t.Errorf("the first column at x %.2f, the second at %.2f: want the first at the %s", shu.x, di.x, map[bool]string{true: "right", false: "left"}[tc.firstAtRight])
			}
			if tc.up && shu.y < 150 {
				t.Errorf("a line reading up starts at y %.2f, not at the box's foot", shu.y)
			}
		})
	}
}

// TestVerticalVMLTextBoxes: a VML text box's layout-flow, as Word 2003
// and WPS write a 竖排 box (vertical-ideographic), "rotate all text"
// (vertical) and bottom-to-top, is set as DrawingML's eaVert, vert and
// vert270.
func TestVerticalVMLTextBoxes(t *testing.T) {
	for flow, want := range map[string]float64{"layout-flow:vertical-ideographic": 0, "layout-flow:vertical": -90, "layout-flow:vertical;mso-layout-flow-alt:bottom-to-top": 90} {
		vml := `<v:shape id="文本框 2" type="#_x0000_t202" style="position:absolute;margin-left:141.75pt;margin-top:283.5pt;width:85pt;height:170pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#FFFFFF"><v:textbox style="` + flow + `"><w:txbxContent>` + st.Para(st.Text("竖排")) + `</w:txbxContent></v:textbox></v:shape>`
		_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Pict(vml)), nil))
		if got := firstTextOp(t, r, "竖"); got.angle != want {
			t.Errorf("%s: 竖 drawn at %.0f°, want %.0f°", flow, got.angle, want)
		}
	}
}

// TestARotatedTextBoxTurnsItsPicture: a picture in a rotated text box's
// line turns with the box, about the box's centre, as its text does.
func TestARotatedTextBoxTurnsItsPicture(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 60 * mm, CY: 30 * mm}
	pic := `<w:r><w:drawing><wp:inline><wp:extent cx="720000" cy="360000"/><wp:docPr id="3" name="图片 3"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdImg1"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
	doc := func(rot string) []byte {
		box := st.Shape(a, "rect", rot, st.Fill("FFFFFF"), "", st.Para(st.Text("框"))+st.Para(pic), ">")
		return st.DocxWithPicture(t, st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", box), "")), sealtest.PNG(t, 20, 10, sealtest.Red))
	}
	_, level := laidShapes(t, doc(""))
	_, r := laidShapes(t, doc(` rot="5400000"`))
	was, got := kindOf(level, opImage), kindOf(r, opImage)
	if len(was) != 1 || len(got) != 1 {
		t.Fatalf("%d and %d pictures drawn, want 1", len(was), len(got))
	}
	p := newTurner(Point{80, 115}, 90).at(was[0].x+was[0].w/2, was[0].y+was[0].h/2)
	if g := got[0]; !nearly(g.x+g.w/2, p.X, 0.01) || !nearly(g.y+g.h/2, p.Y, 0.01) || g.angle != -90 {
		t.Errorf("the picture's centre at (%.2f, %.2f) turned %.0f°, want (%.2f, %.2f) turned -90°", g.x+g.w/2, g.y+g.h/2, g.angle, p.X, p.Y)
	}
	if len(r.warnings) > 0 {
		t.Errorf("warned: %v", r.warnings)
	}
}

// boxTable is a table as Word 2016 writes one into a text box: two
// columns of 1500 twips, single borders, rows of cells.
func boxTable(rows ...[2]string) string {
	border := `w:val="single" w:sz="4" w:space="0" w:color="auto"`
	out := `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top ` + border + `/><w:left ` + border + `/><w:bottom ` + border + `/><w:right ` + border + `/><w:insideH ` + border + `/><w:insideV ` + border + `/></w:tblBorders><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/></w:tblGrid>`
	for _, r := range rows {
		out += `<w:tr>`
		for _, c := range r {
			out += `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>` + st.Para(st.Text(c)) + `</w:tc>`
		}
		out += `</w:tr>`
	}
	return out + `</w:tbl>`
}

// TestATableInATextBox: a text box's table is laid out as a body table
// across the box's inside, between its paragraphs, and a box fitted to
// its text grows to hold it.
func TestATableInATextBox(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 60 * mm, CY: 5 * mm}
	inside := st.Para(st.Text("表前")) + boxTable([2]string{"项目", "金额"}, [2]string{"教育", "120"}) + st.Para(st.Text("表后"))
	a.V, a.Y, a.Wrap = "paragraph", 0, "wp:wrapTopAndBottom"
	box := st.Shape(a, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", inside, `><a:spAutoFit/>`)
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", box), ""))+st.Para(st.Text("正文在框下")), nil))
	before, item, amount, edu, after := firstTextOp(t, r, "表前"), firstTextOp(t, r, "项目"), firstTextOp(t, r, "金额"), firstTextOp(t, r, "教育"), firstTextOp(t, r, "表后")
	left := 50 + 2.54 // the box's inset
	if !nearly(before.x, left, 0.3) || item.x < left || item.x > left+3 {
		t.Errorf("表前 at x %.2f, 项目 at %.2f: not in the box from %.2f", before.x, item.x, left)
	}
	if w := amount.x - item.x; !nearly(w, 1500*25.4/1440, 0.3) {
		t.Errorf("the second column starts %.2f mm after the first, want %.2f", w, 1500*25.4/1440)
	}
	if !(before.y < item.y && item.y < edu.y && edu.y < after.y) {
		t.Errorf("表前 %.2f, 项目 %.2f, 教育 %.2f, 表后 %.2f: not one under the other", before.y, item.y, edu.y, after.y)
	}
	outline := paths(r)[0]
	_, y, _, h := outline.Bounds()
	if y > before.y || y+h < after.y+1 {
		t.Errorf("the box from %.2f to %.2f does not hold its text down to %.2f", y, y+h, after.y)
	}
	if below := firstTextOp(t, r, "正"); below.y < y+h {
		t.Errorf("the text after the box at %.2f, not under it (down to %.2f)", below.y, y+h)
	}
}
