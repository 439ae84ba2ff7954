package wordmodel_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// shapeDoc is the template with body, its drawings' namespaces declared
// and Office's theme.
func shapeDoc(t *testing.T, body string, parts map[string]string) *wordmodel.Document {
	t.Helper()
	if parts == nil {
		parts = map[string]string{}
	}
	parts["word/theme/theme1.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2></a:clrScheme></a:themeElements></a:theme>`
	body = strings.ReplaceAll(body, "<w:pict>", `<w:pict `+st.NS+`>`)
	rels := `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`
	return fixture{body: `<w:p/>` + strings.Replace(body, "<w:p>", "<w:p "+st.NS+">", -1), parts: parts, rels: rels}.read(t)
}

// shapesOf are the shapes of the body's paragraphs, in order.
func shapesOf(doc *wordmodel.Document) []wordmodel.Shape {
	return ofParagraphs(doc, func(p *wordmodel.Paragraph) []wordmodel.Shape { return p.Shapes })
}

func nearMM(a, b float64) bool { return math.Abs(a-b) < 0.01 }

// red rule is the line under a 红头 as Word 2016 inserts it: a line shape
// 156 mm long, 3 pt thick-thin red, 0.5 mm under its paragraph's top.
func redRule(prst, xfrm string) string {
	a := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 18000, CX: 5616000}
	vml := `<v:line id="直接连接符 1" o:spid="_x0000_s1026" style="position:absolute;z-index:251659264;visibility:visible;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" from="0,1.4pt" to="442.2pt,1.4pt" strokecolor="red" strokeweight="3pt"><v:stroke linestyle="thickThin" joinstyle="miter"/></v:line>`
	return st.Run(a.Drawing(1, "直接连接符 1", st.Shape(a, prst, xfrm, st.Ln(38100, "thickThin", "", "FF0000"), st.Style(false), "", "")), vml)
}

func TestLinesAndShapesAreRead(t *testing.T) {
	rect := st.Anchor{H: "margin", V: "page", AlignX: "center", Y: 360000, CX: 1800000, CY: 720000, Behind: true}
	oval := st.Anchor{H: "page", V: "margin", X: 3600000, AlignY: "bottom", CX: 1440000, CY: 1440000}
	round := st.Anchor{H: "leftMargin", V: "topMargin", X: 36000, Y: 72000, CX: 720000, CY: 360000}
	body := `<w:p>` + redRule("line", "") + `<w:r><w:t>红头</w:t></w:r></w:p>` +
		`<w:p>` + redRule("straightConnector1", ` flipV="1" rot="5400000"`) + `</w:p>` +
		`<w:p>` + st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("accent1 lumMod=60000 lumOff=40000")+st.Ln(12700, "dbl", "dash", "accent1"), st.Style(true), "", "")), "") + `</w:p>` +
		`<w:p>` + st.Run(oval.Drawing(3, "椭圆 3", st.Shape(oval, "ellipse", "", st.Fill("none")+st.Ln(28575, "", "sysDot", "C00000"), st.Style(true), "", "")), "") + `</w:p>` +
		`<w:p>` + st.Run(round.Drawing(4, "圆角矩形 4", st.Shape(round, "roundRect", "", "", st.Style(true), "", "")), "") + `</w:p>`
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc)
	sh := shapesOf(doc)
	if len(sh) != 5 {
		t.Fatalf("%d shapes, want 5: %+v", len(sh), sh)
	}
	line := sh[0]
	if line.Geometry != "line" || !nearMM(line.Width, 156) || line.Height != 0 || line.Name != "图形“直接连接符 1”" {
		t.Errorf("line = %+v", line)
	}
	if o := line.Outline; o == nil || o.Color != "FF0000" || o.Width != 3 || o.Compound != "thickThin" || o.Dash != "solid" {
		t.Errorf("line's outline = %+v", o)
	}
	if f := line.Float; f.FromX != "column" || f.FromY != "paragraph" || !nearMM(f.Y, 0.5) || f.Behind || line.Fill != "" {
		t.Errorf("line's place = %+v, fill %q", f, line.Fill)
	}
	if c := sh[1]; c.Geometry != "line" || !c.FlipV || c.FlipH || c.Rotation != 90 {
		t.Errorf("connector = %+v", c)
	}
	// accent1 4472C4 at 60 % luminance plus 40 %: Word's 浅色 40%, 8FAADC.
	if r := sh[2]; r.Fill != "8FAADC" || r.Outline.Color != "4472C4" || r.Outline.Compound != "dbl" || r.Outline.Dash != "dash" || !r.Float.Behind || r.Float.AlignX != "center" || r.Float.FromX != "margin" {
		t.Errorf("rect = %+v %+v %+v", r, r.Outline, r.Float)
	}
	if e := sh[3]; e.Geometry != "ellipse" || e.Fill != "" || e.Outline.Width != 2.25 || e.Outline.Dash != "sysDot" || e.Float.AlignY != "bottom" || !nearMM(e.Float.X, 100) {
		t.Errorf("ellipse = %+v %+v", e, e.Outline)
	}
	// No fill or line of its own: the style's, accent1 and accent1 shaded
	// 50 %, 1 pt: the blue and the dark blue outline of a shape Word inserts.
	if r := sh[4]; r.Fill != "4472C4" || r.Outline.Color != "2F528F" || r.Outline.Width != 1 || !nearMM(r.Corner, 0.16667) || r.Float.FromX != "leftMargin" || r.Float.FromY != "topMargin" {
		t.Errorf("roundRect = %+v %+v %+v", r, r.Outline, r.Float)
	}
}

// TestVMLShapesAreRead: the VML WPS and older Word write, alone in a
// w:pict: a red double line, a filled rectangle behind the text, a rounded
// one and an oval, each where its style's CSS puts it.
func TestVMLShapesAreRead(t *testing.T) {
	body := `<w:p>` + st.Pict(`<v:line id="_x0000_s1030" style="position:absolute;z-index:251660288;mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" from="0,120pt" to="442.2pt,120pt" strokecolor="#ff0000" strokeweight="2.25pt"><v:stroke linestyle="thinThin"/></v:line>`) + `</w:p>` +
		`<w:p>` + st.Pict(`<v:rect id="矩形 5" style="position:absolute;margin-left:36pt;margin-top:18pt;width:144pt;height:72pt;z-index:-251657216;mso-position-horizontal-relative:page;mso-position-vertical-relative:text" fillcolor="#c00000" stroked="f"/>`) + `</w:p>` +
		`<w:p>` + st.Pict(`<v:roundrect id="圆角矩形 6" style="position:absolute;margin-left:0;margin-top:0;width:100pt;height:50pt;z-index:251661312;mso-position-horizontal:center;mso-position-horizontal-relative:margin" arcsize="10923f" filled="f" strokecolor="blue [3204]" strokeweight="1pt"><v:stroke dashstyle="dash"/></v:roundrect>`) + `</w:p>` +
		`<w:p>` + st.Pict(`<v:oval id="椭圆 7" style="position:absolute;left:0;text-align:left;margin-left:300pt;margin-top:-20pt;width:120pt;height:120pt;rotation:45;flip:x;z-index:251662336" filled="f" strokecolor="red" strokeweight="3pt"/>`) + `</w:p>` +
		`<w:p>` + st.Pict(`<v:line id="直线 8" style="position:absolute;flip:y;z-index:251663360" from="0,50pt" to="100pt,0" strokecolor="black"/>`) + `</w:p>`
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc)
	sh := shapesOf(doc)
	if len(sh) != 5 {
		t.Fatalf("%d shapes, want 5: %+v", len(sh), sh)
	}
	pt := 25.4 / 72
	if l := sh[0]; l.Geometry != "line" || !nearMM(l.Width, 442.2*pt) || l.Float.FromX != "margin" || l.Float.FromY != "page" || !nearMM(l.Float.Y, 120*pt) ||
		l.Outline.Color != "FF0000" || l.Outline.Width != 2.25 || l.Outline.Compound != "dbl" {
		t.Errorf("line = %+v %+v %+v", l, l.Float, l.Outline)
	}
	if r := sh[1]; r.Geometry != "rect" || r.Fill != "C00000" || r.Outline != nil || !r.Float.Behind || !nearMM(r.Float.X, 36*pt) || !nearMM(r.Float.Y, 18*pt) ||
		!nearMM(r.Width, 144*pt) || r.Float.FromY != "paragraph" || r.Name != "图形“矩形 5”" {
		t.Errorf("rect = %+v %+v", r, r.Float)
	}
	if r := sh[2]; r.Geometry != "roundRect" || r.Fill != "" || r.Outline.Color != "0000FF" || r.Outline.Dash != "dash" || r.Float.AlignX != "center" || !nearMM(r.Corner, 10923.0/65536/2) {
		t.Errorf("roundrect = %+v %+v %+v", r, r.Float, r.Outline)
	}
	if e := sh[3]; e.Geometry != "ellipse" || e.Rotation != 45 || !e.FlipH || e.Float.FromX != "column" || e.Float.FromY != "paragraph" || !nearMM(e.Float.Y, -20*pt) {
		t.Errorf("oval = %+v %+v", e, e.Float)
	}
	// from the bottom left to the top right, flipped back by flip:y: from the top left down.
	if l := sh[4]; l.FlipV || !nearMM(l.Height, 50*pt) || !nearMM(l.Float.Y, 0) {
		t.Errorf("line 8 = %+v %+v", l, l.Float)
	}
}

// TestTextBoxesAreReadAsBoxes: a text box as Word writes it (DrawingML,
// its VML fallback beside it) is read once, as its shape's paragraphs
// with their own formatting and pictures, not as paragraphs of the body;
// WPS's VML text box alike.
func TestTextBoxesAreReadAsBoxes(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", X: 360000, Y: 0, CX: 2160000, CY: 720000}
	content := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr><w:t>框中文字</w:t></w:r></w:p><w:p>` + inline("rIdImg1", "图片 9") + `</w:p>`
	dml := st.Shape(a, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", content, ` lIns="0" tIns="36000"><a:spAutoFit/>`)
	vml := `<v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:28.35pt;margin-top:0;width:170.1pt;height:56.7pt;z-index:251659264" strokeweight=".5pt"><v:textbox inset="0,1mm"><w:txbxContent>` + content + `</w:txbxContent></v:textbox></v:shape>`
	body := `<w:p><w:r><w:t>正文</w:t></w:r>` + st.Run(a.Drawing(2, "文本框 2", dml), vml) + `<w:r><w:t>后文</w:t></w:r></w:p>` +
		`<w:p>` + st.Pict(strings.Replace(vml, `style="`, `style="mso-position-horizontal-relative:page;`, 1)) + `</w:p>`
	doc := shapeDoc(t, body, map[string]string{"word/media/image1.png": string(pngBytes(t))})
	wantListed(t, doc)
	if got := texts(doc); fmt.Sprint(got) != "[ 正文后文 ]" {
		t.Errorf("body paragraphs = %q", got)
	}
	sh := shapesOf(doc)
	if len(sh) != 2 {
		t.Fatalf("%d shapes, want 2", len(sh))
	}
	for k, box := range sh {
		if len(box.Text) != 2 || box.Text[0].Text != "框中文字" || box.Text[0].Align != "center" || box.Text[0].Runs[0].Color != "FF0000" || !box.Text[0].Runs[0].Bold {
			t.Fatalf("box %d's paragraphs = %+v %+v", k, box.Text[0], box.Text[0].Runs)
		}
		if len(box.Text[1].Images) != 1 || box.Text[1].Images[0].Name != "image1.png" {
			t.Errorf("box %d's picture = %+v", k, box.Text[1].Images)
		}
		if !nearMM(box.Inset[0], 0) || !nearMM(box.Inset[1], 1) || !nearMM(box.Inset[2], 2.54) || !nearMM(box.Inset[3], 1.27) || !nearMM(box.Width, 60) {
			t.Errorf("box %d: inset %v, width %v", k, box.Inset, box.Width)
		}
	}
	if !sh[0].AutoFit || sh[1].AutoFit || sh[0].Fill != "FFFFFF" || sh[1].Fill != "FFFFFF" || sh[1].Outline.Width != 0.5 || sh[1].Float.FromX != "page" {
		t.Errorf("boxes = %+v / %+v", sh[0], sh[1])
	}
}

// TestShapesNotDrawnAreListed: what the PDF does not draw of a drawing is
// listed with its paragraph, never dropped.
func TestShapesNotDrawnAreListed(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", CX: 720000, CY: 720000}
	shape := func(name, prst, spPr string, a st.Anchor) string {
		return st.Run(a.Drawing(5, name, st.Shape(a, prst, "", spPr, st.Style(true), "", "")), "")
	}
	char := a
	char.H = "insideMargin"
	body := `<w:p><w:r><w:t>心</w:t></w:r>` + shape("心形 1", "hearts", "", a) + `</w:p>` +
		`<w:p><w:r><w:t>曲线</w:t></w:r>` + shape("任意多边形 2", `<a:custGeom><a:pathLst/></a:custGeom>`, "", a) + `</w:p>` +
		`<w:p><w:r><w:t>渐变</w:t></w:r>` + shape("矩形 3", "rect", `<a:gradFill><a:gsLst/></a:gradFill>`, a) + `</w:p>` +
		`<w:p><w:r><w:t>图案</w:t></w:r>` + shape("矩形 4", "rect", `<a:pattFill prst="shingles"/>`, a) + `</w:p>` +
		`<w:p><w:r><w:t>字符</w:t></w:r>` + shape("矩形 5", "rect", "", char) + `</w:p>` +
		`<w:p><w:r><w:t>箭头</w:t></w:r>` + shape("直接箭头连接符 6", "straightConnector1", `<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:tailEnd type="hook"/></a:ln>`, a) + `</w:p>` +
		`<w:p><w:r><w:t>组合</w:t></w:r>` + st.Run(a.Group(7, "组合 7", [2]int{0, 0}, [2]int{720000, 720000},
		st.Member(8, "矩形 8", 0, 0, 360000, 360000, "rect", "", "", st.Style(true), "", ""),
		st.Member(9, "心形 9", 360000, 0, 360000, 360000, "hearts", "", "", st.Style(true), "", "")), "") + `</w:p>` +
		`<w:p><w:r><w:t>竖框</w:t></w:r>` + st.Pict(`<v:rect id="文本框 8" style="position:absolute;width:10pt;height:10pt"><v:textbox style="layout-flow:sideways"><w:txbxContent><w:p><w:r><w:t>竖</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect>`) + `</w:p>` +
		`<w:p><w:r><w:t>旧线</w:t></w:r>` + st.Pict(`<v:shape id="任意多边形 9" type="#_x0000_t999" style="position:absolute;width:10pt;height:10pt"/>`) + `</w:p>`
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc,
		"第 2 段（“心”）：图形“心形 1”（形状“hearts”无法识别）",
		"第 3 段（“曲线”）：图形“任意多边形 2”（自由曲线或任意多边形没有路径）",
		"第 4 段（“渐变”）：图形“矩形 3”（填充的渐变没有颜色）",
		"第 5 段（“图案”）：图形“矩形 4”（填充的图案“shingles”无法显示）",
		"第 6 段（“字符”）：图形“矩形 5”（位置相对于内边距）",
		"第 7 段（“箭头”）：图形“直接箭头连接符 6”（线条的箭头“hook”无法识别）",
		"第 8 段（“组合”）：组合图形“组合 7”中的图形“心形 9”（形状“hearts”无法识别）",
		"第 9 段（“竖框”）：图形“文本框 8”（文本框中的竖排文字方向“sideways”无法识别）",
		"第 10 段（“旧线”）：图形“任意多边形 9”（形状类型“_x0000_t999”没有定义）",
	)
	if n := len(shapesOf(doc)); n != 0 {
		t.Errorf("%d shapes kept", n)
	}
}

// TestInlineShapes: a shape in the line (嵌入型) alone in a body
// paragraph is read, to be drawn as a block there; one beside text in the
// body, and one in a table cell alone in its paragraph or beside text, is
// a picture in the line there, a group of one (Image.Group), where it
// stands among the text.
func TestInlineShapes(t *testing.T) {
	a := st.Anchor{CX: 5616000, CY: 0}
	line := func(id int) string {
		return st.Run(a.Inline(id, "直接连接符", st.Shape(a, "line", "", st.Ln(19050, "", "", "FF0000"), "", "", "")), "")
	}
	cell := `<w:tbl><w:tblGrid><w:gridCol w:w="4422"/></w:tblGrid><w:tr><w:tc>` + st.Para(line(3)) + st.Para(st.Text("旁边"), line(4)) + `</w:tc></w:tr></w:tbl>`
	doc := shapeDoc(t, st.Para(line(1))+st.Para(st.Text("旁边"), line(2))+cell, nil)
	wantListed(t, doc)
	beside := &wordmodel.Paragraph{}
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok && p.Text == "旁边" {
			beside = p
		}
	}
	if r := beside.Runs; len(r) != 2 || r[1].Picture != 1 || len(beside.Images) != 1 || beside.Images[0].Group == nil || len(beside.Shapes) != 0 {
		t.Errorf("the line beside 旁边: runs %+v, pictures %+v", r, beside.Images)
	}
	var c wordmodel.Cell
	for _, b := range doc.Blocks {
		if tbl, ok := b.(*wordmodel.Table); ok {
			c = tbl.Rows[0].Cells[0]
		}
	}
	if p := c.Pictures; len(p) != 1 || p[0].Group == nil || len(p[0].Group.Shapes) != 1 || !nearMM(p[0].Width, 156) || p[0].Group.Shapes[0].Outline.Color != "FF0000" {
		t.Errorf("the cell's own line = %+v", p)
	}
	if sz := c.Paras[len(c.Paras)-1].Sizes; sz == nil || len(*sz) != 2 || (*sz)[1].Picture == nil || (*sz)[1].Picture.Group == nil {
		t.Errorf("the line beside 旁边 in the cell: %+v", c.Paras)
	}
	sh := shapesOf(doc)
	if len(sh) != 1 || sh[0].Float != nil || !nearMM(sh[0].Width, 156) || sh[0].Outline.Color != "FF0000" {
		t.Errorf("inline shapes = %+v", sh)
	}
}

// TestVMLConnectorsAreLines: Word 2007 and WPS write a straight connector
// as a v:shape of type _x0000_t32 after its v:shapetype: a line over its
// box, flipped as its style says; one with an arrow keeps it.
func TestVMLConnectorsAreLines(t *testing.T) {
	shapetype := `<v:shapetype id="_x0000_t32" coordsize="21600,21600" o:spt="32" o:oned="t" path="m,l21600,21600e" filled="f"><v:path arrowok="t" fillok="f" o:connecttype="none"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype>`
	connector := `<v:shape id="直接连接符 2" o:spid="_x0000_s1026" type="#_x0000_t32" style="position:absolute;margin-left:0;margin-top:8pt;width:442.2pt;height:0;z-index:251659264;mso-position-horizontal-relative:margin" o:connectortype="straight" strokecolor="red" strokeweight="3pt"><v:stroke linestyle="thickThin"/></v:shape>`
	arrow := strings.Replace(strings.Replace(connector, `<v:stroke linestyle="thickThin"/>`, `<v:stroke endarrow="block"/>`, 1), "直接连接符 2", "直接箭头连接符 3", 1)
	doc := shapeDoc(t, st.Para(st.Pict(shapetype+connector))+st.Para(st.Text("箭头"), st.Pict(shapetype+arrow)), nil)
	wantListed(t, doc)
	sh := shapesOf(doc)
	if len(sh) != 2 || sh[1].Outline.Tail != (wordmodel.Arrow{Type: "triangle", Width: 3, Length: 3}) || sh[1].Outline.Head.Type != "" || sh[0].Geometry != "line" || !nearMM(sh[0].Width, 156) || sh[0].Fill != "" || sh[0].Outline.Compound != "thickThin" ||
		sh[0].Float.FromX != "margin" || !nearMM(sh[0].Float.Y, 8*25.4/72) {
		t.Errorf("connector = %+v", sh)
	}
}

// TestVerticalTextBoxesAreRead: a text box's vertical flow, DrawingML's
// bodyPr vert as Word 2016 writes it and VML's layout-flow as Word 2003
// and WPS write it, is read for the layout to set its text in columns.
func TestVerticalTextBoxesAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", CX: 720000, CY: 1440000}
	var body string
	for i, v := range []string{"eaVert", "vert", "vert270", "mongolianVert", "wordArtVert"} {
		box := strings.Replace(st.Shape(a, "rect", "", "", "", st.Para(st.Text("竖排")), ">"), `vert="horz"`, `vert="`+v+`"`, 1)
		body += st.Para(st.Run(a.Drawing(i+1, "文本框", box), ""))
	}
	for _, flow := range []string{"vertical-ideographic", "vertical", "vertical;mso-layout-flow-alt:bottom-to-top", "horizontal"} {
		body += st.Para(st.Pict(`<v:shape id="文本框" type="#_x0000_t202" style="position:absolute;width:50pt;height:100pt"><v:textbox style="layout-flow:` + flow + `"><w:txbxContent>` + st.Para(st.Text("竖排")) + `</w:txbxContent></v:textbox></v:shape>`))
	}
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc)
	var got []string
	for _, sp := range shapesOf(doc) {
		got = append(got, sp.Vertical)
	}
	if want := "[eaVert vert vert270 mongolianVert wordArtVert eaVert vert vert270 ]"; fmt.Sprint(got) != want {
		t.Errorf("flows = %v, want %s", got, want)
	}
}

// TestATextBoxsTableIsRead: a table in a text box is read as a table of
// the box's story between its paragraphs (a vertical cell is drawn, not
// listed), and its cells' text is the box's text the check reads.
func TestATextBoxsTableIsRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", CX: 2160000, CY: 1440000}
	cell := func(s string, tcPr string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/>` + tcPr + `</w:tcPr>` + st.Para(st.Text(s)) + `</w:tc>`
	}
	tbl := `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/></w:tblGrid><w:tr>` + cell("项目", "") + cell("金额", `<w:textDirection w:val="tbRlV"/>`) + `</w:tr></w:tbl>`
	inside := st.Para(st.Text("表前")) + tbl + st.Para(st.Text("表后"))
	body := st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", st.Shape(a, "rect", "", "", "", inside, ">")), ""))
	doc := shapeDoc(t, body, nil)
	sh := shapesOf(doc)
	if len(sh) != 1 || len(sh[0].Blocks) != 3 || len(sh[0].Text) != 2 {
		t.Fatalf("shapes = %+v", sh)
	}
	if tb, ok := sh[0].Blocks[1].(*wordmodel.Table); !ok || len(tb.Rows) != 1 || tb.Rows[0].Cells[1].Text != "金额" {
		t.Errorf("the box's second block = %+v", sh[0].Blocks[1])
	}
	var got []string
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok {
			got = append(got, p.BoxText(true)...)
		}
	}
	if fmt.Sprint(got) != "[表前 项目 金额 表后]" {
		t.Errorf("the box's text = %q", got)
	}
	wantListed(t, doc)
}
