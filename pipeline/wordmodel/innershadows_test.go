package wordmodel_test

import (
	"math"
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// Word 2016's 内部阴影 presets: 内部：右下 (50% black, 5 pt of blur, 4 pt
// at 225°) and 内部：中 (black, 9 pt of blur, not moved); WPS's, srgbClr.
const (
	innerWord   = `<a:effectLst><a:innerShdw blurRad="63500" dist="50800" dir="13500000"><a:prstClr val="black"><a:alpha val="50000"/></a:prstClr></a:innerShdw></a:effectLst>`
	innerCentre = `<a:effectLst><a:innerShdw blurRad="114300"><a:prstClr val="black"/></a:innerShdw></a:effectLst>`
	innerWPS    = `<a:effectLst><a:innerShdw blurRad="63500" dist="38100" dir="2700000"><a:srgbClr val="1F3864"><a:alpha val="60000"/></a:srgbClr></a:innerShdw></a:effectLst>`
)

// TestInnerShadowsAreRead: a solid-filled shape's inner shadow is read
// into Shape.InnerShadow, its offset and blur in mm, its colour and its
// alpha apart (it is laid over the fill, not over white); that of a
// gradient-filled shape, a text box without fill, a turned shape, a
// shape in a turned group, a shape with an outer shadow too and a
// picture are listed, naming each.
func TestInnerShadowsAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 1800000, CY: 720000}
	shape := func(id int, name, xfrm, spPr string) string {
		return `<w:p>` + st.Run(a.Drawing(id, name, st.Shape(a, "rect", xfrm, spPr, st.Style(true), "", "")), "") + `</w:p>`
	}
	fill := st.Fill("FFC000") + st.Ln(12700, "", "", "C00000")
	grad := `<a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FF0000"/></a:gs><a:gs pos="100000"><a:srgbClr val="0000FF"/></a:gs></a:gsLst><a:lin ang="0" scaled="0"/></a:gradFill>` + st.Ln(12700, "", "", "C00000")
	body := shape(1, "矩形 1", "", fill+innerWord) + shape(2, "矩形 2", "", fill+innerCentre) + shape(3, "矩形 3", "", fill+innerWPS) +
		shape(4, "矩形 4", "", grad+innerWord) +
		`<w:p>` + st.Run(a.Drawing(5, "文本框 5", st.Shape(a, "rect", "", st.Fill("none")+st.Ln(12700, "", "", "C00000")+innerWord, "", `<w:p><w:r><w:t>框内</w:t></w:r></w:p>`, ">")), "") + `</w:p>` +
		shape(6, "矩形 6", ` rot="1800000"`, fill+innerWord) +
		shape(7, "矩形 7", "", fill+`<a:effectLst><a:outerShdw blurRad="50800" dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw><a:innerShdw blurRad="63500" dist="50800" dir="13500000"><a:prstClr val="black"><a:alpha val="50000"/></a:prstClr></a:innerShdw></a:effectLst>`) +
		`<w:p>` + st.Run(groupDrawingTurned(a, st.Member(9, "矩形 9", 0, 0, 900000, 720000, "rect", "", fill+innerWord, st.Style(true), "", "")), "") + `</w:p>`
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc, "第 5 段：图形“矩形 4”（渐变、图案或图片填充形状的内部阴影效果无法显示）",
		"第 6 段：图形“文本框 5”（无填充文本框的内部阴影效果无法显示）", "第 7 段：图形“矩形 6”（旋转或翻转的形状的内部阴影效果无法显示）",
		"第 8 段：图形“矩形 7”（与阴影、发光或柔化边缘同用的内部阴影效果无法显示）", "第 9 段：组合图形“组合 8”中的图形“矩形 9”（旋转或翻转的形状的内部阴影效果无法显示）")
	sh := shapesOf(doc)
	if len(sh) != 3 {
		t.Fatalf("%d shapes drawn, want 3", len(sh))
	}
	d := 4 * 25.4 / 72 / math.Sqrt2
	if s := sh[0].InnerShadow; s == nil || !nearMM(s.DX, -d) || !nearMM(s.DY, -d) || !nearMM(s.Blur, 5*25.4/72) || s.Color != "000000" || math.Abs(s.Alpha-0.5) > 1e-9 {
		t.Errorf("Word's 内部：右下 %+v, want 50%% black, 5 pt of blur, %.2f mm left and up", s, d)
	}
	if s := sh[1].InnerShadow; s == nil || s.DX != 0 || s.DY != 0 || !nearMM(s.Blur, 9*25.4/72) || s.Alpha != 1 {
		t.Errorf("Word's 内部：中 %+v, want black, 9 pt of blur", s)
	}
	if s := sh[2].InnerShadow; s == nil || s.Color != "1F3864" || math.Abs(s.Alpha-0.6) > 1e-9 || sh[2].Fill != "FFC000" {
		t.Errorf("WPS's inner shadow %+v, want its colour and 60%% apart", s)
	}
}

// groupDrawingTurned is a group 组合 8 turned 30° holding member.
func groupDrawingTurned(a st.Anchor, member string) string {
	g := a.Group(8, "组合 8", [2]int{0, 0}, [2]int{900000, 720000}, member)
	return strings.Replace(g, "<a:xfrm>", `<a:xfrm rot="1800000">`, 1)
}
