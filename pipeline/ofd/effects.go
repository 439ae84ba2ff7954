package ofd

import "jixiao/pipeline/layout"

// outlineOf is how a text's glyphs are stroked, as the PDF strokes them:
// a bold one a 30th of its size wide in its own colour (no bold cut is
// embedded), one with an outline (空心字, a text outline) in the
// outline's colour, its width besides a bold one's. color "" is black.
func outlineOf(it layout.Item) (stroke bool, width float64, color string) {
	color = it.Color
	if it.Bold {
		width = it.Size * 25.4 / 72 / 30
	}
	if it.Outline > 0 {
		width += it.Outline
		color = it.OutlineColor
	}
	return width > 0, width, color
}
