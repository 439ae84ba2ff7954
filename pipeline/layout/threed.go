package layout

import (
	"fmt"
	"strconv"

	"jixiao/pipeline/wordmodel"
)

// Word's 3-D lines (threeDEmboss, threeDEngrave, outset, inset) on a
// paragraph, a table or a page are drawn in a light and a dark tone of
// the line's colour (greys for automatic black), the light one towards
// the top and left of the page for a raised look, the dark one for a
// sunken one, as Word and LibreOffice draw them. An embossed line is a
// light strand over (left of) a dark one, each half its width; an
// engraved one the reverse. An outset line is light on a box's top and
// left sides and dark on its bottom and right ones; an inset one the
// reverse.

// toned is one strand of a 3-D line: its offset from the line's middle,
// towards the bottom or right, its width and its colour.
type toned struct {
	strand
	color string
}

// threeDStrands are the strands of the line l, w mm wide, top (or left)
// first; far says it is a box's bottom or right side. nil where l is not
// a 3-D line.
func threeDStrands(l *wordmodel.Border, w float64, far bool) []toned {
	if l == nil {
		return nil
	}
	light, dark := tones(l.Color)
	switch l.Style {
	case "threeDEmboss":
		return []toned{{strand{-w / 4, w / 2}, light}, {strand{w / 4, w / 2}, dark}}
	case "threeDEngrave":
		return []toned{{strand{-w / 4, w / 2}, dark}, {strand{w / 4, w / 2}, light}}
	case "outset", "inset":
		if far != (l.Style == "inset") {
			light = dark
		}
		return []toned{{strand{0, w}, light}}
	}
	return nil
}

// tones are the light and dark tones of a 3-D line of color (RRGGBB, ""
// for automatic black): the colour half way to white and half way to
// black; Word's greys for black.
func tones(color string) (light, dark string) {
	if color == "" || color == "000000" {
		return "C0C0C0", "808080"
	}
	v, _ := strconv.ParseUint(color, 16, 32)
	mix := func(to float64) string {
		out := 0
		for shift := 16; shift >= 0; shift -= 8 {
			c := float64(v >> shift & 0xff)
			out |= int(c+(to-c)/2+0.5) << shift
		}
		return fmt.Sprintf("%06X", out)
	}
	return mix(255), mix(0)
}
