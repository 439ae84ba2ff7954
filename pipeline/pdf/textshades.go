package pdf

import (
	"fmt"

	"jixiao/pipeline/layout"
)

// A text's gradient fill is a shading pattern (PDF 1.4 §4.6.3, pattern
// type 2, which PDF/A-1 allows) set as the colour the glyphs are filled
// with. A pattern's matrix maps onto the page's default space whatever
// the current transformation, so a turned text's gradient is turned
// here. Poppler strokes text in a pattern black, so a bold text's
// outline (no bold cut is embedded: strokedText) is not stroked but
// drawn as four copies of the filled glyphs, half its width away
// diagonally, marked as artifacts so that the text is read once.

// shadedText draws it with its glyphs filled with its gradient.
func (w *writer) shadedText(it layout.Item) {
	pdf := w.pdf
	// Text and fill colours agree, so that fpdf draws the text in the
	// current fill colour, not within a colour of its own.
	rgb := rgbOf(w.color)
	pdf.SetFillColor(rgb[0], rgb[1], rgb[2])
	dict := fmt.Sprintf("<< /Type /Pattern /PatternType 2 /Shading %s /Matrix [%s] >>", shadingDict(it.Shade), matrixString(w.pageMatrix(it.PageShade())))
	name := w.resourceName(resource{kind: "/Pattern", dict: dict})
	stroke := w.stroke
	pdf.RawWriteStr("q /Pattern cs /" + name + " scn")
	if it.Bold {
		d := it.Size * ptToMM / 30 / 2
		for _, off := range [4][2]float64{{-d, -d}, {d, -d}, {-d, d}, {d, d}} {
			pdf.RawWriteStr("/Artifact BMC")
			pdf.Text(it.X+off[0], it.Y+off[1], it.Text)
			pdf.RawWriteStr("EMC")
		}
	}
	if it.Outline > 0 || it.Hollow {
		it.Bold = false
		w.strokedText(it)
	} else {
		pdf.Text(it.X, it.Y, it.Text)
	}
	pdf.RawWriteStr("Q")
	// The colours and the line width set within are gone with it.
	pdf.SetDrawColor(0, 0, 0)
	w.stroke = stroke
}
