package pdf

import (
	"image"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// TestWordAndWPSFloatsFromTheDocx: read back from a .docx, a 公章 Word
// wrapped square at the margin's right shortens the lines beside it to
// its distance, and a photo WPS wrapped top and bottom (2 mm kept above
// and below, on its anchor) in an empty paragraph puts the text after it
// under it and its distance.
func TestWordAndWPSFloatsFromTheDocx(t *testing.T) {
	plain := `<w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>`
	text := `<w:r><w:t>` + strings.Repeat("本年度项目绩效目标全部完成，资金使用合规，群众满意度较高。", 4) + `</w:t></w:r>`
	at := `<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>`
	wps := strings.Replace(interopFloat(2160000, 1080000, strings.Replace(at, "right", "center", 1), `<wp:wrapTopAndBottom/>`), `distT="0" distB="0"`, `distT="72000" distB="72000"`, 1)
	docx := withPicture(t, `<w:p>`+plain+interopFloat(1440000, 1440000, at, `<wp:wrapSquare wrapText="bothSides"/>`)+text+`</w:p>`+
		`<w:p>`+plain+wps+`</w:p><w:p>`+plain+`<w:r><w:t>后文</w:t></w:r></w:p>`, testPNG(t, image.NewGray(image.Rect(0, 0, 4, 4))))
	doc, err := wordmodel.Read(docx)
	if err != nil || len(doc.Undrawn) > 0 {
		t.Fatalf("read: %v, refused %v", err, doc.Undrawn)
	}
	pics := laidItems(t, doc, layout.Picture)
	if len(pics) != 2 {
		t.Fatalf("%d pictures laid out", len(pics))
	}
	seal, photo := pics[0], pics[1]
	beside := map[float64]bool{}
	for _, g := range laidItems(t, doc, layout.Glyphs) {
		right := g.X
		for _, a := range g.Advances {
			right += a
		}
		if g.Y > seal.Y && g.Y < seal.Y+seal.H {
			beside[g.Y] = true
			// A full-width glyph may reach 0.1 mm past its grid cell.
			if right > seal.X-3.175+0.1 {
				t.Errorf("%q ends at %.2f, over the seal at %.2f", g.Text, right, seal.X)
			}
		}
		if strings.HasPrefix(g.Text, "后") && g.Y-g.Size*ptToMM < photo.Y+photo.H+2 {
			t.Errorf("后文 on the baseline %.2f, the photo ends at %.2f", g.Y, photo.Y+photo.H)
		}
	}
	if len(beside) < 3 {
		t.Errorf("%d lines beside the seal", len(beside))
	}
}
