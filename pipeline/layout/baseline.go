package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// exactAscent is the share of a line of exact height above its baseline:
// LibreOffice sets the type of such a line four fifths down it, whatever
// the type's size, clipping what rises above the line's top.
const exactAscent = 0.8

// baseline is how far below the top of a line lineH high the baseline of
// type of face f, sizeMM high, stands, the line set by the rule sp (nil:
// a multiple of the single line), snapped to the document's grid where
// grid. It is the one rule for every line: body, table cells, text boxes,
// headers and footers (doc.go, "Where the type sits in its line"). m
// is the face the line's tallest text is in, where the type stands by
// its metrics rather than f's (faceLines: Times New Roman, Calibri …).
func (r *renderer) baseline(sp *wordmodel.Spacing, grid bool, lineH, sizeMM float64, f *loaded, m faceMetrics) float64 {
	// LibreOffice's type is the face's ascent, its line gap over it (the
	// built-in 仿宋's 0.2 of the size), and its descent.
	a, d := (f.ascent+f.gap)*sizeMM, f.descent*sizeMM
	if m.ascent > 0 {
		a, d = m.ascent*sizeMM, (m.single-m.ascent)*sizeMM
	}
	switch {
	case grid && r.g.pitch > 0 && (sp == nil || !sp.NoGrid):
		// The type is centred in the grid's pitch, whatever the rule
		// (LibreOffice lets the grid override exact and atLeast), or in
		// the pitches its face's single line takes (18 pt Times New Roman
		// on a 15.6 pt grid: two), and room a multiple adds goes under it.
		span := r.g.pitch
		if m.single > 0 {
			span = max(span, math.Ceil(m.single*sizeMM/r.g.pitch-0.01)*r.g.pitch)
		}
		return max(a, (min(span, lineH)-a-d)/2+a)
	case sp == nil:
		return a
	case sp.LineRule == "exact":
		return exactAscent * lineH
	case sp.LineRule == "atLeast" && sp.Line/20*ptToMM >= lineH-0.01:
		// The minimum makes the line: its room goes above the type.
		return max(a, lineH-d)
	}
	return a // auto and multiples: the room goes under the type
}
