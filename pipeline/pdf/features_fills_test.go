package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	pt "jixiao/pipeline/wordmodel/picturetest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// presetPatterns are ECMA-376's 54 preset patterns (ST_PresetPatternVal),
// each with the name Word's 图案 gallery shows for it in the VML fallback.
var presetPatterns = strings.Fields(`pct5 pct10 pct20 pct25 pct30 pct40 pct50 pct60 pct70 pct75 pct80 pct90
	horz vert ltHorz ltVert dkHorz dkVert narHorz narVert dashHorz dashVert cross
	dnDiag upDiag ltDnDiag ltUpDiag dkDnDiag dkUpDiag wdDnDiag wdUpDiag dashDnDiag dashUpDiag diagCross
	smCheck lgCheck smGrid lgGrid dotGrid smConfetti lgConfetti horzBrick diagBrick
	solidDmnd openDmnd dotDmnd plaid sphere weave divot shingle wave trellis zigZag`)

// The corpus' fixtures of the fills and backgrounds of Word's 设置形状格式
// and 设计 → 页面颜色 → 填充效果: all 54 preset patterns as Word 2016
// writes them (in mc:AlternateContent, the VML fallback's pattern
// picture beside), a few as WPS writes them; a WPS rectangle of a VML
// pattern whose picture is 16 by 4; lines of a gradient (渐变线, Word's
// preset, on a rectangle and an arrow); gradients mirrored about the
// middle (tileRect and flip); a WPS ellipse's dashed line of a circular
// gradient; a cropped JPEG tiled; the page's texture (a PNG as Word
// writes it, a JPEG as WPS does), pattern and picture.
func fillFeatures(t testing.TB) []feature {
	dots := map[string]string{"word/media/image1.png": string(pt.Dots(t))}
	bandsPNG := map[string]string{"word/media/image1.png": string(pt.Bands(t, "png"))}
	var presets []string
	for k, prst := range presetPatterns {
		a := st.Anchor{H: "page", V: "page", X: (20 + 30*(k%6)) * 36000, Y: (60 + 20*(k/6)) * 36000, CX: 26 * 36000, CY: 16 * 36000}
		fill := `<a:pattFill prst="` + prst + `"><a:fgClr><a:schemeClr val="accent1"/></a:fgClr><a:bgClr><a:schemeClr val="bg1"/></a:bgClr></a:pattFill>`
		fallback := fmt.Sprintf(`<v:rect id="矩形 %d" o:spid="_x0000_s%d" style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:73.7pt;height:45.35pt;z-index:%d;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#4472c4 [3204]" strokecolor="#1f3763 [1604]" strokeweight="1pt">`+
			`<v:fill r:id="rIdimage1" o:title="%s" color2="white [3212]" type="pattern"/></v:rect>`, k+1, 1025+k, a.X/12700, a.Y/12700, 251659264+k, prst)
		presets = append(presets, st.Run(a.Drawing(k+1, fmt.Sprintf("矩形 %d", k+1), st.Shape(a, "rect", "", fill+st.Ln(12700, "", "", "000000"), st.Style(true), "", "")), fallback))
	}
	var wpsPresets []string
	for k, prst := range []string{"smConfetti", "wave", "weave", "sphere"} {
		a := st.Anchor{H: "column", V: "paragraph", X: (45 * k) * 36000, Y: 10 * 36000, CX: 40 * 36000, CY: 25 * 36000}
		fill := `<a:pattFill prst="` + prst + `"><a:fgClr><a:srgbClr val="C00000"/></a:fgClr><a:bgClr><a:srgbClr val="FFFF00"/></a:bgClr></a:pattFill>`
		wpsPresets = append(wpsPresets, st.Run(a.Drawing(k+1, fmt.Sprintf("矩形 %d", k+1), st.Shape(a, "rect", "", fill+`<a:ln><a:noFill/></a:ln>`, st.Style(true), "", "")), ""))
	}
	gs := func(pos, mod, off string) string {
		return `<a:gs pos="` + pos + `"><a:schemeClr val="accent1"><a:lumMod val="` + mod + `"/><a:lumOff val="` + off + `"/></a:schemeClr></a:gs>`
	}
	wordLine := func(w, lin string) string {
		return `<a:ln w="` + w + `"><a:gradFill flip="none" rotWithShape="1"><a:gsLst>` + gs("0", "5000", "95000") + gs("74000", "45000", "55000") +
			gs("83000", "45000", "55000") + `<a:gs pos="100000"><a:srgbClr val="C00000"/></a:gs></a:gsLst>` + lin + `<a:tileRect/></a:gradFill>`
	}
	boxA := st.Anchor{H: "column", V: "paragraph", X: 0, Y: 10 * 36000, CX: 60 * 36000, CY: 30 * 36000}
	arrowA := st.Anchor{H: "column", V: "paragraph", X: 80 * 36000, Y: 20 * 36000, CX: 70 * 36000, CY: 10 * 36000}
	mirrored := func(id int, x int, flip, lin, tile string) string {
		a := st.Anchor{H: "column", V: "paragraph", X: x * 36000, Y: 10 * 36000, CX: 70 * 36000, CY: 35 * 36000}
		fill := `<a:gradFill flip="` + flip + `" rotWithShape="1"><a:gsLst><a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs><a:gs pos="100000"><a:schemeClr val="accent1"><a:lumMod val="75000"/></a:schemeClr></a:gs></a:gsLst>` + lin + tile + `</a:gradFill>`
		return st.Run(a.Drawing(id, fmt.Sprintf("矩形 %d", id), st.Shape(a, "rect", "", fill+st.Ln(12700, "", "", "000000"), st.Style(true), "", "")), "")
	}
	background := func(typ, fillcolor, attrs string) string {
		return `<w:background w:color="FFFFFF"><v:background id="_x0000_s1025" o:bwmode="white"` + fillcolor + ` o:targetscreensize="1024,768"><v:fill r:id="rIdimage1" o:title="填充" ` + attrs + ` type="` + typ + `"/></v:background></w:background>`
	}
	return []feature{
		{name: "fill-pattern-presets", body: para("", append([]string{run("", "图案")}, presets...)...) + text(sample), parts: dots},
		{name: "fill-pattern-wps", wps: true, body: wpsPara("", append([]string{wpsRun("", "图案")}, wpsPresets...)...) + wpsPara("", wpsRun("", sample))},
		{name: "fill-vml-pattern-16", wps: true, body: wpsPara("", wpsRun("", "图案"), st.Pict(`<v:rect id="矩形 3" o:spid="_x0000_s1027" style="position:absolute;left:0pt;margin-left:100pt;margin-top:0pt;height:60pt;width:120pt;z-index:251660288;" fillcolor="#C00000" filled="t" stroked="t" coordsize="21600,21600">`+
			`<v:fill type="pattern" on="t" color2="#FFFF00" focussize="0,0" r:id="rIdimage1"/><v:stroke color="#000000"/></v:rect>`)) + wpsPara("", wpsRun("", sample)),
			parts: map[string]string{"word/media/image1.png": string(stripes16(t))}},
		{name: "fill-line-gradient", body: para("", run("", "渐变线"),
			st.Run(boxA.Drawing(1, "矩形 1", st.Shape(boxA, "rect", "", `<a:noFill/>`+wordLine("57150", `<a:lin ang="0" scaled="1"/>`)+`</a:ln>`, st.Style(false), "", "")), ""),
			st.Run(arrowA.Drawing(2, "直接箭头连接符 2", st.Shape(arrowA, "straightConnector1", "", wordLine("38100", `<a:lin ang="0" scaled="1"/>`)+`<a:tailEnd type="triangle"/></a:ln>`, st.Style(false), "", "")), "")) + text(sample)},
		{name: "fill-gradient-mirrored", body: para("", run("", "渐变"), mirrored(1, 0, "x", `<a:lin ang="0" scaled="1"/>`, `<a:tileRect r="50000"/>`),
			mirrored(2, 80, "y", `<a:lin ang="5400000" scaled="1"/>`, `<a:tileRect b="50000"/>`)) + text(sample)},
		{name: "picture-tile-crop-jpeg", body: para(`<w:jc w:val="center"/>`, pt.Inline("rIdimage1", 1, 1800000, 720000, "", `<a:srcRect l="25000" r="25000"/><a:tile tx="0" ty="0" sx="100000" sy="100000" flip="none" algn="tl"/>`, pt.Rect)) + text(sample),
			parts: map[string]string{"word/media/image1.jpeg": string(pt.Bands(t, "jpeg"))}},
		{name: "fill-line-gradient-wps", wps: true, body: wpsPara("", wpsRun("", "渐变线"),
			st.Run(boxA.Drawing(1, "椭圆 1", st.Shape(boxA, "ellipse", "", `<a:noFill/><a:ln w="50800"><a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FFFF00"/></a:gs><a:gs pos="100000"><a:srgbClr val="C00000"/></a:gs></a:gsLst>`+
				`<a:path path="circle"><a:fillToRect l="50000" t="50000" r="50000" b="50000"/></a:path></a:gradFill><a:prstDash val="sysDash"/></a:ln>`, "", "", "")), "")) + wpsPara("", wpsRun("", sample))},
		{name: "page-texture", body: text(sample), background: background("tile", "", `recolor="t"`), settings: `<w:displayBackgroundShape/>`, parts: bandsPNG},
		{name: "page-texture-jpeg", wps: true, body: wpsPara("", wpsRun("", sample)), background: background("tile", "", ""), settings: `<w:displayBackgroundShape/>`,
			parts: map[string]string{"word/media/image1.jpeg": string(pt.Bands(t, "jpeg"))}},
		{name: "page-pattern", body: text(sample), background: background("pattern", ` fillcolor="#4472c4 [3204]"`, `color2="white [3212]"`), settings: `<w:displayBackgroundShape/>`, parts: dots},
		{name: "page-picture", body: text(sample), background: background("frame", "", `recolor="t" rotate="t"`), settings: `<w:displayBackgroundShape/>`, parts: bandsPNG},
	}
}

// stripes16 is a 16 by 4 pattern picture: a black dot every fifth pixel
// along a diagonal, the rest white, as an older Word or WPS writes a
// pattern that is not 8 by 8.
func stripes16(t testing.TB) []byte {
	m := image.NewGray(image.Rect(0, 0, 16, 4))
	for y := 0; y < 4; y++ {
		for x := 0; x < 16; x++ {
			m.SetGray(x, y, color.Gray{Y: 255})
			if (x+y)%5 == 0 {
				m.SetGray(x, y, color.Gray{})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
