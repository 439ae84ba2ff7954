package pdf

import (
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeDrawsPageBordersAlike: LibreOffice's PDF of a .docx with
// page borders measured from the page (red) and from the text (blue,
// double) has them where ours are, each edge of the box their pixels
// make within 0.6 mm (150 dpi).
func TestLibreOfficeDrawsPageBordersAlike(t *testing.T) {
	t.Parallel()
	opctest.Require(t, "pdftoppm", "-v")
	red := rt.Side{Style: "single", Sz: 12, Color: "FF0000", Space: 24}
	blue := rt.Side{Style: "double", Sz: 6, Color: "0000FF", Space: 4}
	for _, c := range []struct {
		name string
		sect string
		is   func(r, g, b uint32) bool
	}{
		{"from the page", rt.Word.PgBorders(`w:offsetFrom="page"`, red, red, red, red), func(r, g, b uint32) bool { return r > 0xc000 && g < 0x6000 && b < 0x6000 }},
		{"from the text", rt.Word.PgBorders("", blue, blue, blue, blue), func(r, g, b uint32) bool { return r < 0x6000 && g < 0x6000 && b > 0xc000 }},
	} {
		_, ours, theirs := bothPDFs(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), c.sect, nil))
		ga, gb := anyColoured(pagePixels(t, ours), c.is), anyColoured(pagePixels(t, theirs), c.is)
		if ga.Empty() || gb.Empty() {
			t.Errorf("%s: drawn over %v, LibreOffice's over %v", c.name, ga, gb)
			continue
		}
		sameEdges(t, c.name, ga, gb, 0.6)
	}
}
