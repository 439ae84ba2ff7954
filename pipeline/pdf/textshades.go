package pdf

import (
	"fmt"
	"math"

	"jixiao/pipeline/layout"
)

// A text's gradient fill is a shading pattern (PDF 1.4 §4.6.3, pattern
// type 2, which PDF/A-1 allows) set as the colour the glyphs are filled
// with. A pattern's matrix maps onto the page's default space whatever
// the current transformation, so a turned text's gradient is turned
// here. Poppler strokes text in a pattern black, so a bold text's
// outline (no bold cut is embedded: strokedText) is not stroked but
// drawn as the glyphs widened by it: copies of the filled glyphs half
// its width away in sixteen directions round them (a stroke's edge to a
// 50th of its half width), marked as artifacts so that the text is read
// once; the pattern is the page's, so the copies' gradients are one.

// widenings is how many copies widen a bold gradient text's glyphs.
const widenings = 16

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
		for k := range widenings {
			sin, cos := math.Sincos(float64(k) * 2 * math.Pi / widenings)
			pdf.RawWriteStr("/Artifact BMC")
			pdf.Text(it.X+d*cos, it.Y+d*sin, it.Text)
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
