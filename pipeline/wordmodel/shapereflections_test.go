package wordmodel_test

import (
	"math"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestShapeReflectionsAreRead: a shape's reflection as Word's gallery
// writes it (紧密映像，接触; 全映像，8 pt 偏移) is read into
// Shape.Reflection, its distance in pt and its fade as shares; one
// turned, blurred more than half a point, that of a text box, a turned
// shape, a gradient-filled one, a dashed line's and one with a shadow
// too are listed, naming each.
func TestShapeReflectionsAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 1800000, CY: 720000}
	shape := func(id int, name, xfrm, spPr string) string {
		return `<w:p>` + st.Run(a.Drawing(id, name, st.Shape(a, "rect", xfrm, spPr, st.Style(true), "", "")), "") + `</w:p>`
	}
	fill := st.Fill("4472C4") + st.Ln(12700, "", "", "C00000")
	tight := `<a:effectLst><a:reflection blurRad="6350" stA="52000" endA="300" endPos="35000" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`
	full := `<a:effectLst><a:reflection blurRad="6350" stA="50000" endA="300" endPos="90000" dist="101600" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`
	grad := `<a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FF0000"/></a:gs><a:gs pos="100000"><a:srgbClr val="0000FF"/></a:gs></a:gsLst><a:lin ang="0" scaled="0"/></a:gradFill>` + st.Ln(12700, "", "", "C00000")
	body := shape(1, "矩形 1", "", fill+tight) + shape(2, "矩形 2", "", fill+full) +
		shape(3, "矩形 3", "", fill+`<a:effectLst><a:reflection blurRad="6350" stA="52000" endA="300" endPos="35000" dir="5400000" sy="-100000" kx="1200000" algn="bl" rotWithShape="0"/></a:effectLst>`) +
		shape(4, "矩形 4", "", fill+`<a:effectLst><a:reflection blurRad="254000" stA="52000" endA="300" endPos="35000" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`) +
		`<w:p>` + st.Run(a.Drawing(5, "文本框 5", st.Shape(a, "rect", "", fill+tight, "", `<w:p><w:r><w:t>框内</w:t></w:r></w:p>`, ">")), "") + `</w:p>` +
		shape(6, "矩形 6", ` rot="1800000"`, fill+tight) + shape(7, "矩形 7", "", grad+tight) +
		shape(8, "矩形 8", "", st.Fill("4472C4")+st.Ln(12700, "", "dash", "C00000")+tight) +
		shape(9, "矩形 9", "", fill+`<a:effectLst><a:outerShdw blurRad="50800" dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw><a:reflection blurRad="6350" stA="52000" endA="300" endPos="35000" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`)
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc, "第 4 段：图形“矩形 3”（方向、变形与库中不同的映像效果无法显示）", "第 5 段：图形“矩形 4”（模糊超过 0.5 磅的映像效果无法显示）",
		"第 6 段：图形“文本框 5”（文本框的映像效果无法显示）", "第 7 段：图形“矩形 6”（旋转或翻转的形状的映像效果无法显示）",
		"第 8 段：图形“矩形 7”（渐变、图案或图片填充形状的映像效果无法显示）", "第 9 段：图形“矩形 8”（虚线形状的映像效果无法显示）",
		"第 10 段：图形“矩形 9”（与其他效果同用的映像效果无法显示）")
	sh := shapesOf(doc)
	if len(sh) != 2 {
		t.Fatalf("%d shapes drawn, want 2", len(sh))
	}
	if r := sh[0].Reflection; r == nil || r.Dist != 0 || math.Abs(r.StartAlpha-0.52) > 1e-9 || math.Abs(r.EndPos-0.35) > 1e-9 || r.StartPos != 0 || math.Abs(r.EndAlpha-0.003) > 1e-9 {
		t.Errorf("紧密映像，接触 %+v", r)
	}
	if r := sh[1].Reflection; r == nil || r.Dist != 8 || math.Abs(r.EndPos-0.9) > 1e-9 {
		t.Errorf("全映像，8 pt 偏移 %+v", r)
	}
}

// TestPictureReflectionsAreRead: an opaque PNG's and a JPEG's reflection
// (紧密映像，接触) is read into Image.Reflection; a transparent one's
// (透明度 50%) and a picture in a shape's (a rounded rectangle's) are
// listed, naming the picture.
func TestPictureReflectionsAreRead(t *testing.T) {
	tight := `<a:effectLst><a:reflection blurRad="6350" stA="52000" endA="300" endPos="35000" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`
	doc := pictureDoc(t, wordPicture("rIdPng", "", stretched, rectGeom+tight)+wordPicture("rIdJpg", "", stretched, rectGeom+tight))
	wantListed(t, doc)
	pics := picturesOf(doc)
	if len(pics) != 2 || pics[0].Reflection == nil || pics[1].Reflection == nil || math.Abs(pics[0].Reflection.EndPos-0.35) > 1e-9 {
		t.Fatalf("%d pictures drawn, want 2 with their reflections", len(pics))
	}
	listed := pictureDoc(t, wordPicture("rIdPng", `<a:alphaModFix amt="50000"/>`, stretched, rectGeom+tight)+
		wordPicture("rIdPng", "", stretched, `<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>`+tight))
	wantListed(t, listed, "第 1 段：图片 image1.png（透明图片的映像效果无法显示）",
		"第 2 段：图片 image1.png（裁剪过的、带边框或形状的、旋转或翻转的图片的映像效果无法显示）")
}
