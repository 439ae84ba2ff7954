package wordmodel_test

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// wordGradientLine is a:ln with Word 2016's 渐变线 (its preset 浅色渐变 -
// 个性色 1, four stops down the shape), w EMU wide, of path (a:lin or
// a:path).
func wordGradientLine(w, path string) string {
	gs := func(pos, mod, off string) string {
		return `<a:gs pos="` + pos + `"><a:schemeClr val="accent1"><a:lumMod val="` + mod + `"/><a:lumOff val="` + off + `"/></a:schemeClr></a:gs>`
	}
	return `<a:ln w="` + w + `"><a:gradFill flip="none" rotWithShape="1"><a:gsLst>` + gs("0", "5000", "95000") + gs("74000", "45000", "55000") +
		gs("83000", "45000", "55000") + gs("100000", "30000", "70000") + `</a:gsLst>` + path + `<a:tileRect/></a:gradFill></a:ln>`
}

// TestLineGradientsAreRead: a shape's 渐变线 as Word writes it is its
// outline's gradient (four stops, down the box, turning with it), its
// colour the first stop's, its width a:ln's; a straight connector's
// too; a rectangular gradient on a line is listed.
func TestLineGradientsAreRead(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "column", V: "paragraph", CX: 40 * mm, CY: 20 * mm}
	shape := func(prst, ln string) string {
		return st.Run(a.Drawing(1, "形状 1", st.Shape(a, prst, "", ln, st.Style(false), "", "")), "")
	}
	doc := shapeDoc(t, `<w:p><w:r><w:t>线</w:t></w:r>`+shape("rect", wordGradientLine("28575", `<a:lin ang="5400000" scaled="1"/>`))+
		shape("straightConnector1", wordGradientLine("12700", `<a:lin ang="0" scaled="1"/>`))+`</w:p>`, nil)
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != 2 {
		t.Fatalf("%d shapes", len(sps))
	}
	o := sps[0].Outline
	if o == nil || o.Gradient == nil || len(o.Gradient.Stops) != 4 || o.Gradient.Angle != 90 || !o.Gradient.RotWithShape || o.Width != 2.25 || o.Color != o.Gradient.Stops[0].Color {
		t.Fatalf("outline %+v", o)
	}
	if o := sps[1].Outline; o == nil || o.Gradient == nil || o.Width != 1 {
		t.Errorf("connector's outline %+v", o)
	}
	doc = shapeDoc(t, `<w:p><w:r><w:t>线</w:t></w:r>`+shape("rect", wordGradientLine("28575", `<a:path path="rect"><a:fillToRect l="50000" t="50000" r="50000" b="50000"/></a:path>`))+`</w:p>`, nil)
	wantListed(t, doc, "第 2 段（“线”）：图形“形状 1”（线条的矩形或路径渐变无法显示）")
}
