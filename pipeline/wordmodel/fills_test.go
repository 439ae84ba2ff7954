package wordmodel_test

import (
	"fmt"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// wordGradient is the gradient Word 2016 gives a shape from 渐变填充's
// first preset (浅色渐变 - 个性色 1): three stops of accent1 tinted and
// saturated, top to bottom, scaled.
const wordGradient = `<a:gradFill flip="none" rotWithShape="1"><a:gsLst>` +
	`<a:gs pos="0"><a:schemeClr val="accent1"><a:tint val="66000"/><a:satMod val="160000"/></a:schemeClr></a:gs>` +
	`<a:gs pos="50000"><a:schemeClr val="accent1"><a:tint val="44500"/><a:satMod val="160000"/></a:schemeClr></a:gs>` +
	`<a:gs pos="100000"><a:schemeClr val="accent1"><a:tint val="23500"/><a:satMod val="160000"/></a:schemeClr></a:gs>` +
	`</a:gsLst><a:lin ang="5400000" scaled="1"/><a:tileRect/></a:gradFill>`

// TestGradientFillsAreRead: a gradient fill as Word and WPS write it is
// read with its stops in order, their colours through the theme and
// their transforms, its angle and scaling; a path gradient with its
// focus; a colour of 50% alpha is drawn as it shows over white.
func TestGradientFillsAreRead(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "column", V: "paragraph", CX: 40 * mm, CY: 20 * mm}
	radial := `<a:gradFill rotWithShape="0"><a:gsLst><a:gs pos="100000"><a:srgbClr val="FFFFFF"/></a:gs><a:gs pos="0"><a:srgbClr val="FF0000"><a:alpha val="50000"/></a:srgbClr></a:gs></a:gsLst>` +
		`<a:path path="circle"><a:fillToRect l="50000" t="30000" r="50000" b="70000"/></a:path></a:gradFill>`
	shape := func(id int, fill string) string {
		return st.Run(a.Drawing(id, "矩形", st.Shape(a, "rect", "", fill+st.Ln(9525, "", "", "000000"), st.Style(true), "", "")), "")
	}
	doc := shapeDoc(t, `<w:p><w:r><w:t>渐变</w:t></w:r>`+shape(1, wordGradient)+shape(2, radial)+`</w:p>`, nil)
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != 2 || sps[0].Gradient == nil || sps[1].Gradient == nil || sps[0].Fill != "" {
		t.Fatalf("shapes %+v", sps)
	}
	g := sps[0].Gradient
	if len(g.Stops) != 3 || g.Stops[1].Pos != 0.5 || g.Angle != 90 || !g.Scaled || g.Path != "" || !g.RotWithShape {
		t.Errorf("Word's gradient = %+v", g)
	}
	// accent1 4472C4 tinted (66%, 44.5%, 23.5% of it left, in linear
	// light) and saturated: light blues, each lighter than the one
	// before, blue the strongest of each.
	light := 0
	for i, s := range g.Stops {
		var r, gr, b int
		fmt.Sscanf(s.Color, "%02X%02X%02X", &r, &gr, &b)
		if r <= 0x44 || b <= gr || gr <= r || r+gr+b <= light {
			t.Errorf("stop %d's colour %s", i, s.Color)
		}
		light = r + gr + b
	}
	r := sps[1].Gradient
	want := []wordmodel.GradientStop{{Pos: 0, Color: "FF8080"}, {Pos: 1, Color: "FFFFFF"}}
	if r.Path != "circle" || r.RotWithShape || len(r.Stops) != 2 || r.Stops[0] != want[0] || r.Stops[1] != want[1] ||
		!nearMM(r.Focus.X, 0.5) || !nearMM(r.Focus.Y, 0.3) || !nearMM(r.Focus.W, 0) || !nearMM(r.Focus.H, 0) {
		t.Errorf("radial gradient = %+v", r)
	}
}

// TestVMLGradientFillsAreRead: WPS's and Word 2007's v:fill gradients:
// two colours along an angle, reversed by a focus of 100%, mirrored by
// 50%, the colors list's stops between; a radial one from its focus
// position, color2 at its centre.
func TestVMLGradientFillsAreRead(t *testing.T) {
	shape := func(fill string) string {
		return st.Pict(`<v:rect id="矩形" style="position:absolute;width:100pt;height:50pt" fillcolor="red">` + fill + `</v:rect>`)
	}
	sps := vmlDrawn(t, `<w:p>`+shape(`<v:fill type="gradient" color2="blue" angle="90"/>`)+`</w:p>`+
		`<w:p>`+shape(`<v:fill type="gradient" color2="#00FF00" focus="100%"/>`)+`</w:p>`+
		`<w:p>`+shape(`<v:fill type="gradient" color2="blue" focus="50%" colors="0 red;.5 yellow;1 blue"/>`)+`</w:p>`+
		`<w:p>`+shape(`<v:fill type="gradientRadial" color2="white" focusposition=".5,.5"/>`)+`</w:p>`, 4)
	stops := func(k int) []wordmodel.GradientStop { return sps[k].Gradient.Stops }
	if g := sps[0].Gradient; g == nil || g.Angle != 90 || stops(0)[0].Color != "FF0000" || stops(0)[1].Color != "0000FF" {
		t.Errorf("linear: %+v", sps[0].Gradient)
	}
	if s := stops(1); s[0].Color != "00FF00" || s[len(s)-1].Color != "FF0000" {
		t.Errorf("reversed: %+v", s)
	}
	if s := stops(2); len(s) != 10 || s[0].Color != "FF0000" || s[4].Color != "0000FF" || s[4].Pos != 0.5 || s[9].Color != "FF0000" {
		t.Errorf("mirrored: %+v", s)
	}
	if g := sps[3].Gradient; g.Path != "circle" || g.Stops[0].Color != "FFFFFF" || g.Stops[1].Color != "FF0000" || !nearMM(g.Focus.X, 0.5) {
		t.Errorf("radial: %+v", g)
	}
}

// TestPatternFillsAreRead: a pattern fill as Word writes it (图案填充:
// a preset, its foreground and background colours, from the theme too)
// is read as its cell of dots: 50% pairs of dots over single ones, as
// Office draws it; a light downward diagonal a dot a row moving right;
// horizontal lines a full row mid-cell; a preset ECMA-376 does not name
// is refused, named.
func TestPatternFillsAreRead(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "column", V: "paragraph", CX: 40 * mm, CY: 20 * mm}
	shape := func(prst string) string {
		fill := `<a:pattFill prst="` + prst + `"><a:fgClr><a:schemeClr val="accent1"/></a:fgClr><a:bgClr><a:srgbClr val="FFFF00"/></a:bgClr></a:pattFill>`
		return st.Run(a.Drawing(1, "矩形 1", st.Shape(a, "rect", "", fill, st.Style(true), "", "")), "")
	}
	doc := shapeDoc(t, `<w:p><w:r><w:t>图案</w:t></w:r>`+shape("pct50")+shape("ltDnDiag")+shape("horz")+`</w:p>`, nil)
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != 3 || sps[0].Pattern == nil || sps[0].Fill != "" {
		t.Fatalf("shapes %+v", sps)
	}
	if p := sps[0].Pattern; p.Fg != "4472C4" || p.Bg != "FFFF00" || p.Rows != [8]byte{0xCC, 0x55, 0xCC, 0x55, 0xCC, 0x55, 0xCC, 0x55} {
		t.Errorf("pct50 = %+v", p)
	}
	if r := sps[1].Pattern.Rows; r[0] != 0x88 || r[1] != 0x44 || r[4] != 0x88 {
		t.Errorf("ltDnDiag = %x", r)
	}
	if r := sps[2].Pattern.Rows; r[4] != 0xFF || r[0] != 0 || r[5] != 0 {
		t.Errorf("horz = %x", r)
	}
	doc = shapeDoc(t, `<w:p><w:r><w:t>图案</w:t></w:r>`+shape("shingles")+`</w:p>`, nil)
	wantListed(t, doc, "第 2 段（“图案”）：图形“矩形 1”（填充的图案“shingles”无法显示）")
}

// TestPictureFillsAreRead: a shape filled with a picture (图片填充, as
// Word writes it: a:blipFill with its r:embed, stretched) carries the
// picture; a tiled one is refused, naming the picture.
func TestPictureFillsAreRead(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "column", V: "paragraph", CX: 40 * mm, CY: 30 * mm}
	shape := func(mode string) string {
		fill := `<a:blipFill dpi="0" rotWithShape="1"><a:blip r:embed="rIdImg1"/><a:srcRect/>` + mode + `</a:blipFill>`
		return st.Run(a.Drawing(1, "心形 1", st.Shape(a, "heart", "", fill, st.Style(true), "", "")), "")
	}
	media := map[string]string{"word/media/image1.png": string(pngBytes(t))}
	doc := shapeDoc(t, `<w:p><w:r><w:t>图片</w:t></w:r>`+shape(`<a:stretch><a:fillRect/></a:stretch>`)+`</w:p>`, media)
	wantListed(t, doc)
	if sps := shapesOf(doc); len(sps) != 1 || sps[0].Picture == nil || sps[0].Picture.Format != "PNG" || sps[0].Fill != "" {
		t.Fatalf("shapes %+v", sps)
	}
	// Tiled: the 40 by 20 pixel picture, 10.58 by 5.29 mm at 96 dots to
	// the inch, half as large, repeats over the 40 by 30 mm box, mirrored
	// every other tile across; drawn into a picture of the box.
	doc = shapeDoc(t, `<w:p><w:r><w:t>图片</w:t></w:r>`+shape(`<a:tile tx="0" ty="0" sx="50000" sy="50000" flip="x" algn="tl"/>`)+`</w:p>`,
		map[string]string{"word/media/image1.png": string(pngBytes(t))})
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != 1 || sps[0].Picture == nil {
		t.Fatalf("shapes %+v", sps)
	}
	m := decoded(t, *sps[0].Picture)
	// 40 pixels a 5.29 mm tile: 7.56 to the mm, 302 by 227 over the box.
	if b := m.Bounds(); b.Dx() != 303 || b.Dy() != 227 {
		t.Errorf("tiled fill is %v", b)
	}
	// The picture's red diagonal starts at its top left; the second tile
	// across, mirrored, has it at its top right, the first tile's
	// neighbour.
	if rgbAt(m, 0, 0) != [3]uint8{200, 0, 0} || rgbAt(m, 79, 0) != [3]uint8{200, 0, 0} || rgbAt(m, 41, 0) == [3]uint8{200, 0, 0} {
		t.Errorf("tiles: %v %v %v", rgbAt(m, 0, 0), rgbAt(m, 79, 0), rgbAt(m, 41, 0))
	}
}

// TestVMLOpacityShowsOverWhite: a VML fill at half opacity is drawn as
// it shows over white paper; a gradient's color2 at its o:opacity2.
func TestVMLOpacityShowsOverWhite(t *testing.T) {
	shape := func(fill string) string {
		return st.Pict(`<v:rect id="矩形" style="position:absolute;width:100pt;height:50pt" fillcolor="red">` + fill + `</v:rect>`)
	}
	sps := vmlDrawn(t, `<w:p>`+shape(`<v:fill opacity="32768f"/>`)+`</w:p>`+
		`<w:p>`+shape(`<v:fill type="gradient" color2="blue" o:opacity2=".5"/>`)+`</w:p>`, 2)
	if sps[0].Fill != "FF8080" {
		t.Errorf("half-opaque red = %s", sps[0].Fill)
	}
	if s := sps[1].Gradient.Stops; s[0].Color != "FF0000" || s[1].Color != "8080FF" {
		t.Errorf("gradient stops %+v", s)
	}
}
