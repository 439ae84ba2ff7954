package wordmodel_test

import (
	"math"
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// Word 2016's 阴影 of a shape as its 设置形状格式 pane writes it: 外部,
// 偏移: 右下, 40% black 3 pt away at 45°; blurred by 4 pt as the gallery
// sets it, or 模糊 set to 0 (no blurRad); and the VML fallback's shadow
// Word writes beside it.
const (
	sharpShadow   = `<a:effectLst><a:outerShdw dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	blurredShadow = `<a:effectLst><a:outerShdw blurRad="50800" dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	vmlShadow     = `<v:rect id="矩形 1" o:spid="_x0000_s1026" style="position:absolute;margin-left:0;margin-top:0;width:141.75pt;height:56.7pt;z-index:251659264" fillcolor="#ffc000" strokecolor="#c00000" strokeweight="1pt"><v:shadow on="t" color="black" opacity="26214f" origin="-.5,-.5" offset=".74836mm,.74836mm"/></v:rect>`
)

// TestSharpShapeShadowsAreRead: a shape's outer shadow is read into
// Shape.Shadow, its offset in mm and its colour over white at its alpha
// (Word's and WPS's, blurRad 0 or none; a line's too), a blurred one's
// blur in mm (Word's gallery's, the theme's a shape style refers to); a
// perspective or inner shadow, glow, soft edges, reflection and the
// shadow of a text box without fill (its text's, in Word) are listed,
// naming the shape; a shape without fill nor text casts its line's.
func TestSharpShapeShadowsAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 1800000, CY: 720000}
	shape := func(id int, name, prst, spPr string) string {
		return `<w:p>` + st.Run(a.Drawing(id, name, st.Shape(a, prst, "", spPr, st.Style(true), "", "")), vmlShadow) + `</w:p>`
	}
	fill := st.Fill("FFC000") + st.Ln(12700, "", "", "C00000")
	wps := `<a:effectLst><a:outerShdw blurRad="0" dist="50800" dir="5400000" algn="ctr" rotWithShape="1"><a:srgbClr val="808080"/></a:outerShdw></a:effectLst>`
	body := shape(1, "矩形 1", "rect", fill+sharpShadow) + shape(2, "矩形 2", "rect", fill+wps) + shape(3, "直接连接符 3", "line", st.Ln(12700, "", "", "FF0000")+sharpShadow) +
		shape(4, "矩形 4", "rect", fill+blurredShadow) +
		shape(5, "矩形 5", "rect", fill+`<a:effectLst><a:glow rad="63500"><a:schemeClr val="accent1"><a:satMod val="175000"/><a:alpha val="40000"/></a:schemeClr></a:glow><a:softEdge rad="31750"/></a:effectLst>`) +
		`<w:p>` + st.Run(a.Drawing(6, "文本框 6", st.Shape(a, "rect", "", st.Fill("none")+st.Ln(12700, "", "", "C00000")+sharpShadow, "", `<w:p><w:r><w:t>框内</w:t></w:r></w:p>`, ">")), "") + `</w:p>` +
		shape(7, "矩形 7", "rect", fill+`<a:effectLst><a:outerShdw dist="190500" dir="5400000" sx="100000" sy="-23000" algn="bl" rotWithShape="0"><a:prstClr val="black"/></a:outerShdw></a:effectLst>`) +
		shape(8, "矩形 8", "rect", fill+`<a:effectLst><a:innerShdw blurRad="63500" dist="50800" dir="13500000"><a:prstClr val="black"><a:alpha val="50000"/></a:prstClr></a:innerShdw><a:reflection blurRad="6350" stA="52000" endA="300" endPos="35000" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`)
	// The shape style 强烈效果 refers to the theme's third effect style,
	// Office's blurred shadow; an effect list of the shape's own, empty,
	// takes its place.
	intense := strings.Replace(st.Style(true), `<a:effectRef idx="0">`, `<a:effectRef idx="3">`, 1)
	body += `<w:p>` + st.Run(a.Drawing(9, "矩形 9", st.Shape(a, "rect", "", fill, intense, "", "")), "") + `</w:p>` +
		`<w:p>` + st.Run(a.Drawing(10, "矩形 10", st.Shape(a, "rect", "", fill+`<a:effectLst/>`, intense, "", "")), "") + `</w:p>` +
		shape(11, "矩形 11", "rect", st.Fill("none")+st.Ln(12700, "", "", "C00000")+sharpShadow)
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc, "第 6 段：图形“矩形 5”（与阴影或发光同用的柔化边缘效果无法显示）",
		"第 7 段：图形“文本框 6”（无填充文本框的阴影效果无法显示）", "第 8 段：图形“矩形 7”（透视阴影效果无法显示）", "第 9 段：图形“矩形 8”（与其他效果同用的映像效果无法显示）")
	sh := shapesOf(doc)
	if len(sh) != 7 || sh[5].Shadow != nil || sh[6].Shadow == nil {
		t.Fatalf("%d shapes drawn, want 7: a rectangle of an empty effect list without shadow, one without fill with its line's", len(sh))
	}
	if s := sh[3].Shadow; s == nil || !nearMM(s.Blur, 4*25.4/72) || s.Color != "999999" {
		t.Errorf("Word's gallery's blurred shadow %+v, want 4 pt of blur", s)
	}
	if s := sh[4].Shadow; s == nil || !nearMM(s.Blur, 57150/36000.0) || !nearMM(s.DY, 19050/36000.0) || s.Color != "5E5E5E" {
		t.Errorf("the theme's 强烈效果 shadow %+v, want 4.5 pt of blur, 1.5 pt down, 63%% black", s)
	}
	d := 3 * 25.4 / 72 / math.Sqrt2
	if s := sh[0].Shadow; s == nil || !nearMM(s.DX, d) || !nearMM(s.DY, d) || s.Color != "999999" || s.RotWithShape {
		t.Errorf("Word's sharp shadow %+v, want 40%% black %.2f mm right and down", s, d)
	}
	if s := sh[1].Shadow; s == nil || !nearMM(s.DX, 0) || !nearMM(s.DY, 4*25.4/72) || s.Color != "808080" || !s.RotWithShape {
		t.Errorf("WPS's sharp shadow %+v, want grey 4 pt down", s)
	}
	if s := sh[2].Shadow; s == nil || sh[2].Geometry != "line" {
		t.Errorf("the line's shadow %+v", s)
	}
	if sh[0].Fill != "FFC000" {
		t.Errorf("the shape's own fill %q", sh[0].Fill)
	}
}

// TestSharpPictureShadowsAreRead: a picture's sharp outer shadow (as
// LibreOffice writes one, of no blur; Word's 模糊 0) is read into
// Image.Shadow for an opaque PNG or a JPEG, a blurred one too, and for a
// picture made transparent (透明度), whose shadow is of what of it shows;
// a transparent one in a shape's (a rounded rectangle's) is listed,
// naming the picture.
func TestSharpPictureShadowsAreRead(t *testing.T) {
	lo := `<a:effectLst><a:outerShdw dist="72000" dir="2700000" algn="bl" rotWithShape="0"><a:srgbClr val="808080"/></a:outerShdw></a:effectLst>`
	doc := pictureDoc(t, wordPicture("rIdPng", "", stretched, rectGeom+lo)+wordPicture("rIdJpg", "", stretched, rectGeom+sharpShadow)+
		wordPicture("rIdPng", "", stretched, rectGeom+blurredShadow)+wordPicture("rIdPng", `<a:alphaModFix amt="50000"/>`, stretched, rectGeom+sharpShadow))
	wantListed(t, doc)
	pics := picturesOf(doc)
	if len(pics) != 4 || pics[3].Shadow == nil || !pics[3].SeeThrough() {
		t.Fatalf("%d pictures drawn, want 4, the transparent one with its shadow", len(pics))
	}
	cropped := pictureDoc(t, wordPicture("rIdPng", `<a:alphaModFix amt="50000"/>`, stretched, `<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>`+sharpShadow))
	wantListed(t, cropped, "第 1 段：图片 image1.png（裁剪过的、带边框或形状的、旋转的透明图片的阴影或发光效果无法显示）")
	if s := pics[2].Shadow; s == nil || !nearMM(s.Blur, 4*25.4/72) {
		t.Errorf("the blurred shadow %+v", s)
	}
	d := 72000 / 36000.0 / math.Sqrt2
	if s := pics[0].Shadow; s == nil || !nearMM(s.DX, d) || !nearMM(s.DY, d) || s.Color != "808080" {
		t.Errorf("the PNG's shadow %+v, want grey %.2f mm right and down", s, d)
	}
	if s := pics[1].Shadow; s == nil || s.Color != "999999" {
		t.Errorf("the JPEG's shadow %+v", s)
	}
}

// TestGlowsAreRead: Word 2016's 发光 as its gallery writes it (发光变体:
// 5 pt, accent 1 at 60% transparency, its satMod) and WPS's (srgbClr) is
// read into Shape.Glow, its radius in mm and its colour over white at its
// alpha; a picture's too, one with transparency as well (the glow of
// what of it shows). A text box without fill (Word glows its text) is
// listed.
func TestGlowsAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 1800000, CY: 720000}
	word := `<a:effectLst><a:glow rad="63500"><a:schemeClr val="accent1"><a:satMod val="175000"/><a:alpha val="40000"/></a:schemeClr></a:glow></a:effectLst>`
	wps := `<a:effectLst><a:glow rad="127000"><a:srgbClr val="FF0000"><a:alpha val="60000"/></a:srgbClr></a:glow></a:effectLst>`
	fill := st.Fill("FFC000") + st.Ln(12700, "", "", "C00000")
	body := `<w:p>` + st.Run(a.Drawing(1, "矩形 1", st.Shape(a, "rect", "", fill+word, st.Style(true), "", "")), "") + `</w:p>` +
		`<w:p>` + st.Run(a.Drawing(2, "椭圆 2", st.Shape(a, "ellipse", "", fill+wps+"", st.Style(true), "", "")), "") + `</w:p>` +
		`<w:p>` + st.Run(a.Drawing(3, "文本框 3", st.Shape(a, "rect", "", st.Fill("none")+st.Ln(12700, "", "", "C00000")+word, "", `<w:p><w:r><w:t>框内</w:t></w:r></w:p>`, ">")), "") + `</w:p>`
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc, "第 4 段：图形“文本框 3”（无填充文本框的发光效果无法显示）")
	sh := shapesOf(doc)
	if len(sh) != 2 {
		t.Fatalf("%d shapes drawn, want 2", len(sh))
	}
	if g := sh[0].Glow; g == nil || !nearMM(g.Radius, 5*25.4/72) || g.Color == "" || g.Color == "FFFFFF" {
		t.Errorf("Word's glow %+v, want 5 pt", g)
	}
	if g := sh[1].Glow; g == nil || !nearMM(g.Radius, 10*25.4/72) || g.Color != "FF6666" {
		t.Errorf("WPS's glow %+v, want 10 pt of 60%% red over white", g)
	}
	pics := pictureDoc(t, wordPicture("rIdJpg", "", stretched, rectGeom+word)+wordPicture("rIdPng", `<a:alphaModFix amt="50000"/>`, stretched, rectGeom+word))
	wantListed(t, pics)
	if p := picturesOf(pics); len(p) != 2 || p[0].Glow == nil || !nearMM(p[0].Glow.Radius, 5*25.4/72) || p[1].Glow == nil {
		t.Errorf("the picture's glow: %d pictures", len(p))
	}
}

// TestSoftEdgesAreRead: Word 2016's 柔化边缘 (its gallery's 5 pt) on a
// shape of a plain fill and on an opaque picture is read in mm; on a
// shape with a shadow, a gradient-filled one, an unfilled text box, a
// cropped picture and a transparent one it is listed.
func TestSoftEdgesAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 1800000, CY: 720000}
	soft := `<a:effectLst><a:softEdge rad="63500"/></a:effectLst>`
	fill := st.Fill("FFC000") + st.Ln(12700, "", "", "C00000")
	shape := func(id int, name, spPr, txbx string) string {
		return `<w:p>` + st.Run(a.Drawing(id, name, st.Shape(a, "rect", "", spPr, st.Style(true), txbx, ">")), "") + `</w:p>`
	}
	body := shape(1, "矩形 1", fill+soft, "") +
		shape(2, "矩形 2", fill+`<a:effectLst><a:outerShdw blurRad="50800" dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw><a:softEdge rad="63500"/></a:effectLst>`, "") +
		shape(3, "矩形 3", `<a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs><a:gs pos="100000"><a:srgbClr val="4472C4"/></a:gs></a:gsLst><a:lin ang="5400000" scaled="1"/></a:gradFill>`+soft, "") +
		shape(4, "文本框 4", st.Fill("none")+st.Ln(12700, "", "", "C00000")+soft, `<w:p><w:r><w:t>框内</w:t></w:r></w:p>`)
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc, "第 3 段：图形“矩形 2”（与阴影或发光同用的柔化边缘效果无法显示）", "第 4 段：图形“矩形 3”（渐变、图案或图片填充形状的柔化边缘效果无法显示）",
		"第 5 段：图形“文本框 4”（无填充文本框的柔化边缘效果无法显示）")
	if sh := shapesOf(doc); len(sh) != 1 || !nearMM(sh[0].SoftEdge, 5*25.4/72) {
		t.Fatalf("%d shapes drawn, want the plain one with 5 pt of soft edges", len(sh))
	}
	pics := pictureDoc(t, wordPicture("rIdJpg", "", stretched, rectGeom+soft)+wordPicture("rIdPng", `<a:alphaModFix amt="50000"/>`, stretched, rectGeom+soft)+
		wordPicture("rIdJpg", "", `<a:srcRect l="20000"/>`+stretched, rectGeom+soft))
	wantListed(t, pics, "第 2 段：图片 image1.png（裁剪过的、带边框或形状的和透明图片的柔化边缘效果无法显示）", "第 3 段：图片 image2.jpeg（裁剪过的、带边框或形状的和透明图片的柔化边缘效果无法显示）")
	if p := picturesOf(pics); len(p) != 1 || !nearMM(p[0].SoftEdge, 5*25.4/72) {
		t.Errorf("the picture's soft edges: %d pictures", len(p))
	}
}

// TestScaledShadowsAreRead: Word 2016's 外部 居中偏移 shadow (102% of its
// shape about its centre, 5 pt of blur, no offset) is read with its
// scale and alignment; a skewed one (透视) stays listed.
func TestScaledShadowsAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 1800000, CY: 720000}
	centred := `<a:effectLst><a:outerShdw blurRad="63500" sx="102000" sy="102000" algn="ctr" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	skewed := `<a:effectLst><a:outerShdw blurRad="76200" dist="12700" dir="8064000" sx="100000" sy="23000" kx="1200000" algn="br" rotWithShape="0"><a:prstClr val="black"><a:alpha val="20000"/></a:prstClr></a:outerShdw></a:effectLst>`
	fill := st.Fill("FFC000") + st.Ln(12700, "", "", "C00000")
	body := `<w:p>` + st.Run(a.Drawing(1, "矩形 1", st.Shape(a, "rect", "", fill+centred, st.Style(true), "", "")), "") + `</w:p>` +
		`<w:p>` + st.Run(a.Drawing(2, "矩形 2", st.Shape(a, "rect", "", fill+skewed, st.Style(true), "", "")), "") + `</w:p>`
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc, "第 3 段：图形“矩形 2”（透视阴影效果无法显示）")
	sh := shapesOf(doc)
	if len(sh) != 1 {
		t.Fatalf("%d shapes drawn", len(sh))
	}
	if s := sh[0].Shadow; s == nil || s.SX != 1.02 || s.SY != 1.02 || s.Align != "ctr" || !nearMM(s.DX, 0) || !nearMM(s.Blur, 5*25.4/72) {
		t.Errorf("the centred shadow %+v", s)
	}
}
