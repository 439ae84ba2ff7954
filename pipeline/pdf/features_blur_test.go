package pdf

import (
	"bytes"
	"testing"

	"jixiao/pipeline/wordmodel"
	pt "jixiao/pipeline/wordmodel/picturetest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// The corpus' fixtures of blurred effects as Word 2016's 阴影 gallery
// writes them (外部 偏移：右下: 40% black, 4 pt of blur, 3 pt at 45°),
// on a text box and a rectangle floating in front of the page below the
// text (浮于文字上方), each with the VML fallback's v:shadow Word writes beside
// it, and on a picture in the line (an opaque one, a seal's ring with a
// transparent ground); the shadow as LibreOffice saves it
// (its attributes in its own order, srgbClr) and as WPS writes it.
const (
	blurredGallery = `<a:effectLst><a:outerShdw blurRad="50800" dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	blurredLO      = `<a:effectLst><a:outerShdw dist="38100" dir="2700000" blurRad="63500" algn="tl" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="40000"/></a:srgbClr></a:outerShdw></a:effectLst>`
	// 发光: 发光变体 (accent 1, 10 pt, 60% transparent) as Word's gallery
	// writes it; WPS's, a colour of its own.
	glowWord = `<a:effectLst><a:glow rad="127000"><a:schemeClr val="accent1"><a:satMod val="175000"/><a:alpha val="40000"/></a:schemeClr></a:glow></a:effectLst>`
	glowWPS  = `<a:effectLst><a:glow rad="101600"><a:srgbClr val="5B9BD5"><a:alpha val="60000"/></a:srgbClr></a:glow></a:effectLst>`
	// 柔化边缘: 10 磅 as Word's gallery writes it.
	softEdge     = `<a:effectLst><a:softEdge rad="127000"/></a:effectLst>`
	blurredBelow = `<a:effectLst><a:outerShdw blurRad="76200" dist="76200" dir="5400000" algn="t" rotWithShape="0"><a:srgbClr val="00B050"><a:alpha val="60000"/></a:srgbClr></a:outerShdw></a:effectLst>`
)

func blurFeatures(t testing.TB) []feature {
	const mm = 36000
	box := st.Anchor{H: "margin", V: "paragraph", X: 10 * mm, Y: 40 * mm, CX: 60 * mm, CY: 20 * mm}
	rect := st.Anchor{H: "margin", V: "paragraph", X: 90 * mm, Y: 40 * mm, CX: 40 * mm, CY: 20 * mm}
	vml := func(id, style, fill string) string {
		return `<v:rect id="` + id + `" o:spid="_x0000_s10` + id[len(id)-1:] + `" style="position:absolute;` + style + `;z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="` + fill + `" strokecolor="#c00000" strokeweight="1pt"><v:shadow on="t" color="black" opacity="26214f" origin="-.5,-.5" offset=".74836mm,.74836mm"/></v:rect>`
	}
	inside := para(`<w:jc w:val="center"/>`, run("", "带模糊阴影的文本框"))
	shapes := func(boxShadow, rectShadow, rectStyle string) string {
		return para("", run("", "正文"), st.Run(box.Drawing(2, "文本框 2", st.Shape(box, "rect", "", st.Fill("FFFFFF")+st.Ln(12700, "", "", "C00000")+boxShadow, "", inside, ">")),
			vml("文本框 2", "margin-left:28.35pt;margin-top:113.4pt;width:170.1pt;height:56.7pt", "white")),
			st.Run(rect.Drawing(3, "矩形 3", st.Shape(rect, "rect", "", st.Fill("FFC000")+st.Ln(12700, "", "", "C00000")+rectShadow, rectStyle, "", "")),
				vml("矩形 3", "margin-left:255.15pt;margin-top:113.4pt;width:113.4pt;height:56.7pt", "#ffc000"))) + text(sample)
	}
	png := map[string]string{"word/media/image1.png": string(pt.Bands(t, "png"))}
	return []feature{
		{name: "shape-blurred-shadow", body: shapes(blurredGallery, blurredBelow, st.Style(true))},
		{name: "shape-blurred-shadow-lo", body: shapes(blurredLO, blurredBelow, st.Style(true))},
		{name: "shape-blurred-shadow-wps", wps: true, body: shapes(blurredGallery, blurredGallery, st.Style(true))},
		{name: "shape-glow", body: glowing(glowWord, false)},
		{name: "shape-glow-wps", wps: true, body: glowing(glowWPS, true)},
		{name: "shape-centred-shadow", body: centred()},
		{name: "shape-soft-edge", body: softened()},
		{name: "picture-soft-edge", body: para(`<w:jc w:val="center"/>`, pt.Inline("rIdimage1", 1, 1800000, 720000, "", pt.Stretched, pt.Rect+softEdge)) + text("图1 "+sample), parts: png},
		{name: "picture-alpha-blurred-shadow", body: para(`<w:jc w:val="center"/>`, pt.Inline("rIdimage1", 1, 1080000, 1080000, "", pt.Stretched, pt.Rect+blurredGallery)) + text("图2 "+sample),
			parts: map[string]string{"word/media/image1.png": string(sealtest.RingPNG(t, 96))}},
		{name: "picture-blurred-shadow", body: para(`<w:jc w:val="center"/>`, pt.Inline("rIdimage1", 1, 1800000, 720000, "", pt.Stretched, pt.Rect+blurredGallery)) + text("图1 "+sample), parts: png},
	}
}

// glowing is a rectangle without a line and an ellipse with one, each
// with glow, floating in front of the page below the text.
func glowing(glow string, wps bool) string {
	const mm = 36000
	rect := st.Anchor{H: "margin", V: "paragraph", X: 10 * mm, Y: 40 * mm, CX: 50 * mm, CY: 20 * mm}
	oval := st.Anchor{H: "margin", V: "paragraph", X: 90 * mm, Y: 40 * mm, CX: 40 * mm, CY: 20 * mm}
	p, r := para, run
	if wps {
		p, r = wpsPara, wpsRun
	}
	return p("", r("", "发光"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("FFC000")+`<a:ln><a:noFill/></a:ln>`+glow, st.Style(true), "", "")), ""),
		st.Run(oval.Drawing(3, "椭圆 3", st.Shape(oval, "ellipse", "", st.Fill("FFC000")+st.Ln(12700, "", "", "C00000")+glow, st.Style(true), "", "")), "")) + text(sample)
}

// centred is a rectangle with Word's 外部 居中偏移 shadow (102% about
// its centre, 5 pt of blur), floating in front of the page below the
// text.
func centred() string {
	const mm = 36000
	rect := st.Anchor{H: "margin", V: "paragraph", X: 30 * mm, Y: 40 * mm, CX: 60 * mm, CY: 30 * mm}
	shadow := `<a:effectLst><a:outerShdw blurRad="63500" sx="102000" sy="102000" algn="ctr" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	return para("", run("", "居中偏移"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("FFC000")+`<a:ln><a:noFill/></a:ln>`+shadow, st.Style(true), "", "")), "")) + text(sample)
}

// softened is a blue rectangle without a line with Word's soft edges,
// floating in front of the page below the text.
func softened() string {
	const mm = 36000
	rect := st.Anchor{H: "margin", V: "paragraph", X: 30 * mm, Y: 40 * mm, CX: 60 * mm, CY: 30 * mm}
	return para("", run("", "柔化边缘"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("4472C4")+`<a:ln><a:noFill/></a:ln>`+softEdge, st.Style(true), "", "")), "")) + text(sample)
}

// TestBlurredShadowsInThePDF: each blurred shadow, glow and soft-edged
// shape or picture of the corpus is in the archival PDF as a picture
// with a colour-key mask and no soft mask:
// its colour at its darkest over white (40% black: 153 grey; 60% green;
// a glow's blue),
// lighter towards its edge, the pixels it leaves white left out; the
// shapes are drawn over it as before. The same document makes the same
// bytes.
func TestBlurredShadowsInThePDF(t *testing.T) {
	for _, f := range blurFeatures(t) {
		out, ok := effectPDF(t, f)
		if !ok {
			continue
		}
		shadows := 0
		for _, img := range imagesOf(t, out) {
			if !maskKey.MatchString(img.dict) {
				continue // the picture itself
			}
			shadows++
			b := img.pixels.Bounds()
			if b.Dx() == 96 && b.Dy() == 96 {
				continue // the seal's ring itself, masked too
			}
			// Along the middle row: transparent at the ends, darkest
			// within, lighter between.
			y := (b.Min.Y + b.Max.Y) / 2
			if !img.masked(b.Min.X, b.Min.Y) {
				t.Errorf("%s: the shadow's corner is drawn", f.name)
			}
			darkest, edge := uint32(255), uint32(0)
			for x := b.Min.X; x < b.Max.X; x++ {
				if img.masked(x, y) {
					continue
				}
				r, g, _, _ := img.pixels.At(x, y).RGBA()
				darkest = min(darkest, min(r, g)>>8)
				if x == b.Max.X-2 {
					edge = min(r, g) >> 8
				}
			}
			if darkest > 0xc0 || edge <= darkest+40 {
				t.Errorf("%s: the shadow's darkest %d, at its edge %d: it does not fade", f.name, darkest, edge)
			}
		}
		want := map[string]int{"shape-blurred-shadow": 2, "shape-blurred-shadow-lo": 2, "shape-blurred-shadow-wps": 2, "shape-glow": 2, "shape-glow-wps": 2, "picture-blurred-shadow": 1, "shape-soft-edge": 1, "picture-soft-edge": 1, "shape-centred-shadow": 1, "picture-alpha-blurred-shadow": 2}[f.name]
		if shadows != want {
			t.Errorf("%s: %d shadow pictures, want %d", f.name, shadows, want)
		}
	}
}

// effectPDF is fixture f's archival PDF, drawn twice to see that the same
// document makes the same bytes and without a soft mask, as PDF/A-1 asks;
// false where f is listed as not drawn (an error of the test's).
func effectPDF(t *testing.T, f feature) ([]byte, bool) {
	t.Helper()
	doc, err := wordmodel.Read(f.docx(t))
	if err != nil {
		t.Fatalf("%s: %v", f.name, err)
	}
	if len(doc.Undrawn) > 0 {
		t.Errorf("%s: listed %v", f.name, doc.Undrawn)
		return nil, false
	}
	out := renderDoc(t, doc, false)
	if !bytes.Equal(out, renderDoc(t, doc, false)) {
		t.Errorf("%s: two PDFs of the same document differ", f.name)
	}
	if bytes.Contains(out, []byte("/SMask")) {
		t.Errorf("%s: a soft mask in the archival PDF", f.name)
	}
	return out, true
}
