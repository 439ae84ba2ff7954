package pdf

import (
	"bytes"
	"cmp"

	"jixiao/pipeline/layout"
)

// strokedText draws a text whose glyphs' outlines are stroked: a bold
// one (filled, and outlined a 30th of its size wide in its own colour:
// no bold cut is embedded), one with an outline (空心字, a text outline:
// filled then stroked in the outline's colour, its width besides a bold
// one's), a hollow one (stroked only; drawn invisible where it has no
// outline either, as Word shows a text of no fill and no line). PDF/A-1b
// allows each text rendering mode.
func (w *writer) strokedText(it layout.Item) {
	pdf := w.pdf
	width, color := 0.0, it.Color
	if it.Bold {
		width = it.Size * ptToMM / 30
	}
	if it.Outline > 0 {
		width += it.Outline
		color = it.OutlineColor
	}
	mode := 2 // fill, then stroke
	switch {
	case it.Hollow && width == 0:
		mode = 3
	case it.Hollow:
		mode = 1
	}
	rgb := rgbOf(color)
	pdf.SetDrawColor(rgb[0], rgb[1], rgb[2])
	w.setStroke(cmp.Or(width, w.border))
	if it.Copy {
		// A copy widened by a stroke (a blurred shadow's, a glow's) is
		// rounded at its corners, as a blur rounds them.
		pdf.SetLineJoinStyle("round")
		defer pdf.SetLineJoinStyle("miter")
	}
	pdf.SetTextRenderingMode(mode)
	pdf.Text(it.X, it.Y, it.Text)
	pdf.SetTextRenderingMode(0)
	pdf.SetDrawColor(0, 0, 0)
	w.setStroke(w.border)
}

// withoutArtifacts is a content stream without its marked artifacts (a
// shadow's copy of a text): the text is read once. The markers stand on
// lines of their own, as the writer puts them.
func withoutArtifacts(content []byte) []byte {
	start, end := []byte("/Artifact BMC\n"), []byte("\nEMC\n")
	i := bytes.Index(content, start)
	if i < 0 {
		return content
	}
	out := make([]byte, 0, len(content))
	for i >= 0 {
		out = append(out, content[:i]...)
		j := bytes.Index(content[i:], end)
		if j < 0 {
			return out
		}
		content = content[i+j+len(end)-1:]
		i = bytes.Index(content, start)
	}
	return append(out, content...)
}
