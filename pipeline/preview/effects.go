package preview

import (
	"cmp"
	"fmt"
	"html"

	"jixiao/pipeline/layout"
)

// glyphEffects are the attributes a text's effects add (空心, 阴影 …,
// layout's effects.go): its outline stroked in its colour, no fill where
// it is hollow, and a shadow's copy hidden from screen readers and kept
// out of a selection, so that the text is read once.
func glyphEffects(o layout.Item) string {
	out := ""
	if o.Hollow {
		out += ` fill-opacity="0"`
	}
	if o.Outline > 0 {
		out += fmt.Sprintf(` stroke="#%s" stroke-width="%.2f"`, cmp.Or(html.EscapeString(o.OutlineColor), "000"), o.Outline)
	}
	if o.Copy && o.Outline > 0 {
		// A copy widened by a stroke (a blurred shadow's, a glow's) is
		// rounded at its corners, as the PDF's is.
		out += ` stroke-linejoin="round"`
	}
	if o.Copy {
		out += ` aria-hidden="true" style="user-select:none"`
	}
	return out
}
