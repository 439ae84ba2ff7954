package pdf

import (
	"image"
	"math"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// scriptCell is a table of one cell without lines whose paragraph has a
// green digit, a red superscript digit after it, and a blue underlined
// character, each found in the page's pixels by its colour.
func scriptCell(w rt.Writer) string {
	cell := w.Cell(4000, "", "", offGrid(rt.Para(w.Run(`<w:color w:val="00A000"/>`, "2"), w.Run(`<w:color w:val="FF0000"/><w:vertAlign w:val="superscript"/>`, "2"),
		w.Run("", "　"), w.Run(`<w:color w:val="0000FF"/><w:u w:val="single"/>`, "下"))))
	return `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` + cell + `</w:tr></w:tbl>` + rt.Para()
}

// scriptLook is where a cell's superscript and underline stand against
// the digit on the baseline beside them, in mm: how far the
// superscript's foot is above the digit's, its height in the digit's,
// and how far the underline's foot is below the digit's.
type scriptLook struct{ raised, scale, under float64 }

func scriptLookOf(t *testing.T, img image.Image) scriptLook {
	t.Helper()
	const mmPx = 150 / 25.4
	green := anyColoured(img, func(r, g, b uint32) bool { return r < 0x6000 && g > 0x8000 && b < 0x6000 })
	red := anyColoured(img, func(r, g, b uint32) bool { return r > 0xc000 && g < 0x6000 && b < 0x6000 })
	blue := anyColoured(img, func(r, g, b uint32) bool { return r < 0x6000 && g < 0x6000 && b > 0xc000 })
	if green.Empty() || red.Empty() || blue.Empty() {
		t.Fatalf("digit %v, superscript %v, underlined %v", green, red, blue)
	}
	return scriptLook{raised: float64(green.Max.Y-red.Max.Y) / mmPx, scale: float64(red.Dy()) / float64(green.Dy()), under: float64(blue.Max.Y-green.Max.Y) / mmPx}
}

// TestLibreOfficeSetsACellsSuperscriptAlike: LibreOffice's PDF of a cell
// with a superscript and an underline, as Word and WPS write them, has
// the superscript raised and smaller and the underline below the
// baseline as ours does: raised and underline within 0.4 mm of
// LibreOffice's, the superscript's height within a tenth of the digit's.
func TestLibreOfficeSetsACellsSuperscriptAlike(t *testing.T) {
	opctest.Require(t, "pdftoppm", "-v")
	withFonts(t)
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		_, ours, theirs := bothPDFs(t, rt.Docx(t, scriptCell(w), "", nil))
		a, b := scriptLookOf(t, pagePixels(t, ours)), scriptLookOf(t, pagePixels(t, theirs))
		t.Logf("%v: ours %+v, LibreOffice's %+v", w, a, b)
		if a.raised < 0.5 || a.scale > 0.85 || a.under <= 0 {
			t.Errorf("%v: ours %+v: the superscript is not raised and smaller, or the underline not below the text", w, a)
		}
		if math.Abs(a.raised-b.raised) > 0.4 || math.Abs(a.scale-b.scale) > 0.1 || math.Abs(a.under-b.under) > 0.4 {
			t.Errorf("%v: ours %+v, LibreOffice's %+v", w, a, b)
		}
	}
}
