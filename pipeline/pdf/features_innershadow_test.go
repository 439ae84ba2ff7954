package pdf

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// The corpus' fixtures of inner shadows (a:innerShdw) as Word 2016's 阴影
// gallery writes its 内部 presets (内部：右下, 50% black, 5 pt of blur,
// the page beyond the edge moved 4 pt towards the top left, so that the
// shadow lies along the right and bottom edges; 内部：中, black, 9 pt of
// blur, not moved) and as WPS writes its 内部阴影 (srgbClr, moved 3 pt
// towards the bottom right: the shadow along the left and top edges), on
// solid-filled shapes and a text box floating in front of the page below
// the text.
const (
	innerWord       = `<a:effectLst><a:innerShdw blurRad="63500" dist="50800" dir="13500000"><a:prstClr val="black"><a:alpha val="50000"/></a:prstClr></a:innerShdw></a:effectLst>`
	innerWordCentre = `<a:effectLst><a:innerShdw blurRad="114300"><a:prstClr val="black"/></a:innerShdw></a:effectLst>`
	innerWPS        = `<a:effectLst><a:innerShdw blurRad="63500" dist="38100" dir="2700000"><a:srgbClr val="000000"><a:alpha val="50000"/></a:srgbClr></a:innerShdw></a:effectLst>`
)

func innerShadowFeatures(testing.TB) []feature {
	return []feature{
		{name: "shape-inner-shadow", body: innerShadowed(innerWord, false)},
		{name: "shape-inner-shadow-centre", body: innerShadowed(innerWordCentre, false)},
		{name: "shape-inner-shadow-wps", wps: true, body: innerShadowed(innerWPS, true)},
		{name: "textbox-inner-shadow", body: innerShadowedBox()},
	}
}

// innerShadowed is a yellow rectangle without a line and a yellow
// ellipse with a red one, each with inner shadow, floating in front of the
// page below the text.
func innerShadowed(inner string, wps bool) string {
	const mm = 36000
	rect := st.Anchor{H: "margin", V: "paragraph", X: 10 * mm, Y: 40 * mm, CX: 50 * mm, CY: 25 * mm}
	oval := st.Anchor{H: "margin", V: "paragraph", X: 90 * mm, Y: 40 * mm, CX: 40 * mm, CY: 25 * mm}
	p, r := para, run
	if wps {
		p, r = wpsPara, wpsRun
	}
	return p("", r("", "内部阴影"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("FFC000")+`<a:ln><a:noFill/></a:ln>`+inner, st.Style(true), "", "")), ""),
		st.Run(oval.Drawing(3, "椭圆 3", st.Shape(oval, "ellipse", "", st.Fill("FFC000")+st.Ln(12700, "", "", "C00000")+inner, st.Style(true), "", "")), "")) + text(sample)
}

// innerShadowedBox is a light blue text box with a red line, Word's
// 内部：右下 and centred text, floating in front of the page below the
// text.
func innerShadowedBox() string {
	const mm = 36000
	box := st.Anchor{H: "margin", V: "paragraph", X: 20 * mm, Y: 40 * mm, CX: 70 * mm, CY: 25 * mm}
	inside := para(`<w:jc w:val="center"/>`, run("", "带内部阴影的文本框"))
	return para("", run("", "正文"), st.Run(box.Drawing(2, "文本框 2", st.Shape(box, "rect", "", st.Fill("DEEBF7")+st.Ln(12700, "", "", "C00000")+innerWord, "", inside, ">")), "")) + text(sample)
}
