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
