package wordmodel_test

import (
	"bytes"
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/picturetest"
)

// fillEffect is a w:background of 填充效果 with a picture, as Word 2016
// writes each: v:fill's type, its other attributes, over fillcolor.
func fillEffect(fillcolor, typ, attrs string) string {
	if fillcolor != "" {
		fillcolor = ` fillcolor="` + fillcolor + `"`
	}
	return `<w:background w:color="FFFFFF"><v:background id="_x0000_s1025" o:bwmode="white"` + fillcolor + ` o:targetscreensize="1024,768"><v:fill r:id="rId99" o:title="填充" ` + attrs + ` type="` + typ + `"/></v:background></w:background>`
}

// TestPageFillEffectsAreRead: 填充效果's 纹理 (a picture tiled at its
// size), 图案 (an 8 by 8 dot picture, in the fill colour and color2, as
// WPS and Word write them; of another size tiled a pixel a dot) and 图片
// (stretched over the page) are read into the page's background: a
// texture drawn over a box the size of the document's largest page (A4
// here) at the picture's grain, its Width and Height that box's; a
// picture kept as it is, its Width and Height 0 (each page's own);
// a picture whose aspect is kept is listed.
func TestPageFillEffectsAreRead(t *testing.T) {
	shown := `<w:displayBackgroundShape/>`
	rel := func(target string) string {
		return `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="` + target + `"/>`
	}
	bands := map[string]string{"word/media/image9.png": string(picturetest.Bands(t, "png"))}
	doc := withBackgroundParts(t, fillEffect("", "tile", `recolor="t"`), shown, rel("media/image9.png"), bands)
	wantListed(t, doc)
	bg := doc.Background
	if bg == nil || bg.Picture == nil || bg.Picture.Format != "PNG" || math.Abs(bg.Picture.Width-210) > 0.1 || math.Abs(bg.Picture.Height-297) > 0.1 {
		t.Fatalf("texture %+v", bg)
	}
	// 100 by 40 pixels at 96 to the inch: a tile 26.46 mm across; the
	// box at 3.78 pixels to the mm, 794 by 1123.
	if m := decoded(t, *bg.Picture); m.Bounds().Dx() != 794 || m.Bounds().Dy() != 1123 || rgbAt(m, 10, 10) != [3]uint8{0, 0, 0} ||
		rgbAt(m, 110, 1000) != [3]uint8{0, 0, 0} || rgbAt(m, 160, 50) != [3]uint8{255, 255, 255} {
		t.Errorf("texture %v: %v %v", m.Bounds(), rgbAt(m, 110, 1000), rgbAt(m, 160, 50))
	}

	dots := map[string]string{"word/media/image9.png": string(picturetest.Dots(t))}
	doc = withBackgroundParts(t, fillEffect("#4472c4 [3204]", "pattern", `color2="white [3212]"`), shown, rel("media/image9.png"), dots)
	wantListed(t, doc)
	want := wordmodel.Pattern{Rows: [8]byte{0x80, 0x40, 0x20, 0x10, 8, 4, 2, 1}, Fg: "4472C4", Bg: "FFFFFF"}
	if bg := doc.Background; bg == nil || bg.Pattern == nil || *bg.Pattern != want || bg.Picture != nil {
		t.Errorf("pattern %+v", bg)
	}
	doc = withBackgroundParts(t, fillEffect("red", "pattern", `color2="yellow"`), shown, rel("media/image9.png"), bands)
	wantListed(t, doc)
	if bg := doc.Background; bg == nil || bg.Picture == nil {
		t.Errorf("pattern picture %+v", bg)
	} else if m := decoded(t, *bg.Picture); rgbAt(m, 10, 10) != [3]uint8{255, 0, 0} || rgbAt(m, 60, 10) != [3]uint8{255, 255, 0} || rgbAt(m, 160, 10) != [3]uint8{255, 255, 0} {
		t.Errorf("pattern picture %v %v", rgbAt(m, 10, 10), rgbAt(m, 60, 10))
	}

	doc = withBackgroundParts(t, fillEffect("", "frame", `recolor="t" rotate="t"`), shown, rel("media/image9.png"), bands)
	wantListed(t, doc)
	if bg := doc.Background; bg == nil || bg.Picture == nil || bg.Picture.Width != 0 || !bytes.Equal(bg.Picture.Data, picturetest.Bands(t, "png")) {
		t.Errorf("picture %+v", bg)
	}
	doc = withBackgroundParts(t, fillEffect("", "frame", `aspect="atLeast"`), shown, rel("media/image9.png"), bands)
	if doc.Background != nil || len(doc.Undrawn) != 1 || doc.Undrawn[0].What != "页面背景（填充效果的图片保持纵横比，无法显示）" {
		t.Errorf("a picture keeping its aspect: %+v, listed %+v", doc.Background, doc.Undrawn)
	}
}
