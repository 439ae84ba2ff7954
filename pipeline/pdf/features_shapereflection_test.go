package pdf

import (
	"testing"

	pt "jixiao/pipeline/wordmodel/picturetest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// The corpus' fixtures of shapes' reflections (a:reflection) as Word
// 2016's 映像 gallery writes them (紧密映像，接触; 半映像，4 pt 偏移; 全映像，
// 8 pt 偏移) and as WPS writes its 映像, on a filled rectangle without a
// line and an ellipse with a red line floating in front of the page
// below the text, and on pictures in the line.
const (
	shapeReflectTight = `<a:effectLst><a:reflection blurRad="6350" stA="52000" endA="300" endPos="35000" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`
	shapeReflectHalf  = `<a:effectLst><a:reflection blurRad="6350" stA="52000" endA="300" endPos="55000" dist="50800" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`
	shapeReflectFull  = `<a:effectLst><a:reflection blurRad="6350" stA="50000" endA="300" endPos="90000" dist="101600" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`
	shapeReflectWPS   = `<a:effectLst><a:reflection blurRad="6350" stA="50000" endA="300" endPos="55500" dir="5400000" sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>`
)

func shapeReflectionFeatures(t testing.TB) []feature {
	picture := func(format, mirror string) string {
		return para(`<w:jc w:val="center"/>`, pt.Inline("rIdimage1", 1, 1800000, 720000, "", pt.Stretched, pt.Rect+mirror)) + text("图1 "+sample)
	}
	return []feature{
		// A picture's: an opaque PNG's and a JPEG's, in the line.
		{name: "picture-reflection", body: picture("png", shapeReflectTight), parts: map[string]string{"word/media/image1.png": string(pt.Bands(t, "png"))}},
		{name: "picture-reflection-jpeg", body: picture("jpeg", shapeReflectHalf), parts: map[string]string{"word/media/image1.jpeg": string(pt.Bands(t, "jpeg"))}},
		{name: "shape-reflection-tight", body: reflectedShapes(shapeReflectTight, false)},
		{name: "shape-reflection-half", body: reflectedShapes(shapeReflectHalf, false)},
		{name: "shape-reflection-full", body: reflectedShapes(shapeReflectFull, false)},
		{name: "shape-reflection-wps", wps: true, body: reflectedShapes(shapeReflectWPS, true)},
	}
}

// reflectedShapes is a blue rectangle without a line and a yellow
// ellipse with a red one, each with reflection, floating in front of the
// page below the text, nothing under their reflections.
func reflectedShapes(mirror string, wps bool) string {
	const mm = 36000
	rect := st.Anchor{H: "margin", V: "paragraph", X: 10 * mm, Y: 40 * mm, CX: 50 * mm, CY: 25 * mm}
	oval := st.Anchor{H: "margin", V: "paragraph", X: 90 * mm, Y: 40 * mm, CX: 40 * mm, CY: 25 * mm}
	p, r := para, run
	if wps {
		p, r = wpsPara, wpsRun
	}
	return p("", r("", "映像"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("4472C4")+`<a:ln><a:noFill/></a:ln>`+mirror, st.Style(true), "", "")), ""),
		st.Run(oval.Drawing(3, "椭圆 3", st.Shape(oval, "ellipse", "", st.Fill("FFC000")+st.Ln(12700, "", "", "C00000")+mirror, st.Style(true), "", "")), "")) + text(sample)
}
