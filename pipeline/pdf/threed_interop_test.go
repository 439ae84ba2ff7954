package pdf

import (
	"image"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeShadesThreeDLinesAlike: a table of embossed red 6 pt
// lines, and one of engraved ones: on each side ours and LibreOffice's
// are lighter on the same side across the line (embossed: towards the
// top and the left, engraved: towards the bottom and the right), read
// from the pixels of the line at the middle of each side (150 dpi).
func TestLibreOfficeShadesThreeDLinesAlike(t *testing.T) {
	poppler(t)
	withFonts(t)
	red := func(r, g, b uint32) bool { return r > 0x4000 && g < r/2+0x1800 && b < r/2+0x1800 }
	for _, style := range []string{"threeDEmboss", "threeDEngrave"} {
		lines := ""
		for _, side := range []string{"top", "left", "bottom", "right"} {
			lines += `<w:` + side + ` w:val="` + style + `" w:sz="48" w:space="0" w:color="FF0000"/>`
		}
		body := rt.Para(rt.Word.Run("", "前文")) + `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/><w:tblBorders>` + lines + `</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` +
			rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", "格")), rt.Para(), rt.Para()) + `</w:tr></w:tbl>` + rt.Para(rt.Word.Run("", "后文"))
		doc, ours, theirs := bothPDFs(t, rt.Docx(t, body, "", nil))
		if len(doc.Undrawn) > 0 {
			t.Fatalf("refused: %v", doc.Undrawn)
		}
		for _, path := range []string{ours, theirs} {
			img := pagePixels(t, path)
			box := anyColoured(img, red)
			if box.Dx() < 20 || box.Dy() < 20 {
				t.Fatalf("%s: the red lines over %v", style, box)
			}
			mid := box.Min.Add(box.Max).Div(2)
			for k, walk := range []struct{ from, step image.Point }{
				{image.Pt(mid.X, box.Min.Y), image.Pt(0, 1)}, {image.Pt(box.Min.X, mid.Y), image.Pt(1, 0)},
				{image.Pt(mid.X, box.Max.Y-1), image.Pt(0, -1)}, {image.Pt(box.Max.X-1, mid.Y), image.Pt(-1, 0)},
			} {
				// Across the line from outside in: its first and last
				// pixels' lightness.
				var seen []uint32
				for p := walk.from; ; p = p.Add(walk.step) {
					r, g, b, _ := img.At(p.X, p.Y).RGBA()
					if !red(r, g, b) {
						break
					}
					seen = append(seen, r+g+b)
				}
				if len(seen) < 4 {
					t.Errorf("%s in %s: side %d is %d px across", style, path, k, len(seen))
					continue
				}
				outer, inner := seen[1], seen[len(seen)-2]
				// Embossed: the top and left sides light outside, the
				// bottom and right light inside; engraved the reverse.
				wantOuterLight := (k < 2) == (style == "threeDEmboss")
				if (outer > inner) != wantOuterLight {
					t.Errorf("%s in %s: side %d outside %d, inside %d; outside lighter %v", style, path, k, outer, inner, wantOuterLight)
				}
			}
		}
	}
}
