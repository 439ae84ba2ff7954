package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestTiledFlippedGradientsAreRead: a linear gradient over the box's
// left half mirrored across (tileRect r="50000", flip x: the colours out
// and back, as Word writes a gradient mirrored about the middle) is read
// with its tile and flip; a tile beyond the box with flip xy too; Word's
// empty tileRect is no tile; a circular gradient from a corner whose
// tile stands out beyond the box is drawn as it shows no second tile;
// a path gradient repeated in a smaller tile and a tile of no size are
// listed.
func TestTiledFlippedGradientsAreRead(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "column", V: "paragraph", CX: 40 * mm, CY: 20 * mm}
	stops := `<a:gsLst><a:gs pos="0"><a:srgbClr val="FF0000"/></a:gs><a:gs pos="100000"><a:schemeClr val="accent1"/></a:gs></a:gsLst>`
	shape := func(flip, path, tile string) string {
		fill := `<a:gradFill flip="` + flip + `" rotWithShape="1">` + stops + path + tile + `</a:gradFill>`
		return st.Run(a.Drawing(1, "矩形 1", st.Shape(a, "rect", "", fill, st.Style(true), "", "")), "")
	}
	lin := `<a:lin ang="0" scaled="1"/>`
	doc := shapeDoc(t, `<w:p><w:r><w:t>渐变</w:t></w:r>`+shape("x", lin, `<a:tileRect r="50000"/>`)+shape("xy", `<a:lin ang="5400000" scaled="0"/>`, `<a:tileRect l="-25000" b="-50000"/>`)+
		shape("none", lin, `<a:tileRect/>`)+shape("none", `<a:path path="circle"><a:fillToRect l="100000" t="100000"/></a:path>`, `<a:tileRect r="-100000" b="-100000"/>`)+`</w:p>`, nil)
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != 4 {
		t.Fatalf("%d shapes", len(sps))
	}
	if g := sps[0].Gradient; g == nil || g.Tile != (wordmodel.Box{W: 0.5, H: 1}) || !g.FlipX || g.FlipY {
		t.Errorf("mirrored about the middle: %+v", g)
	}
	if g := sps[1].Gradient; g == nil || g.Tile != (wordmodel.Box{X: -0.25, W: 1.25, H: 1.5}) || !g.FlipX || !g.FlipY || g.Angle != 90 {
		t.Errorf("beyond the box, flipped both ways: %+v", g)
	}
	for k := 2; k < 4; k++ {
		if g := sps[k].Gradient; g == nil || g.Tile != (wordmodel.Box{}) || g.FlipX || g.FlipY {
			t.Errorf("shape %d: %+v", k+1, g)
		}
	}
	doc = shapeDoc(t, `<w:p><w:r><w:t>渐变</w:t></w:r>`+shape("x", `<a:path path="circle"><a:fillToRect l="50000" t="50000" r="50000" b="50000"/></a:path>`, `<a:tileRect r="50000"/>`)+`</w:p>`+
		`<w:p><w:r><w:t>渐变</w:t></w:r>`+shape("x", lin, `<a:tileRect r="100000"/>`)+`</w:p>`, nil)
	wantListed(t, doc, "第 2 段（“渐变”）：图形“矩形 1”（填充的渐变平铺无法显示）", "第 3 段（“渐变”）：图形“矩形 1”（填充的渐变平铺区域没有大小）")
}
