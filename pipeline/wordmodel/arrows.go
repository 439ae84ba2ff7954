package wordmodel

import "strings"

// Arrow is an arrowhead at one end of a line (DrawingML's a:headEnd at
// its start, a:tailEnd at its end; VML's v:stroke startarrow and
// endarrow): its kind, triangle (VML's block), stealth (classic), arrow
// (open), oval or diamond, "" for none; its width and length as
// multiples of the line's width: 2, 3 or 5 for sm, med and lg (VML's
// narrow, medium and wide; short, medium and long).
type Arrow struct {
	Type   string
	Width  float64
	Length float64
}

// arrowSizes are the multiples of the line's width an arrowhead's sizes
// name, DrawingML's and VML's.
var arrowSizes = map[string]float64{"": 3, "sm": 2, "med": 3, "lg": 5, "narrow": 2, "short": 2, "medium": 3, "wide": 5, "long": 5}

// arrowTypes are the arrowheads drawn, by DrawingML's and VML's names.
var arrowTypes = map[string]string{"triangle": "triangle", "stealth": "stealth", "arrow": "arrow", "oval": "oval", "diamond": "diamond",
	"block": "triangle", "classic": "stealth", "open": "arrow"}

// drawingArrow reads an a:headEnd or a:tailEnd (name) of the a:ln ln;
// why says what of it is not drawn.
func drawingArrow(ln, name string) (Arrow, string) {
	i := next(ln, name, 0)
	if i < 0 {
		return Arrow{}, ""
	}
	tag := startTag(ln, i)
	return arrowOf(attr(tag, "type"), attr(tag, "w"), attr(tag, "len"))
}

// vmlArrow reads v:stroke's startarrow or endarrow (end) with its width
// and length.
func vmlArrow(stroke, end string) (Arrow, string) {
	return arrowOf(attr(stroke, end), attr(stroke, end+"width"), attr(stroke, end+"length"))
}

func arrowOf(kind, width, length string) (Arrow, string) {
	if kind == "" || kind == "none" {
		return Arrow{}, ""
	}
	t, ok := arrowTypes[kind]
	w, okW := arrowSizes[width]
	l, okL := arrowSizes[length]
	if !ok || !okW || !okL {
		return Arrow{}, "的箭头“" + strings.TrimSpace(kind+" "+width+" "+length) + "”无法识别"
	}
	return Arrow{Type: t, Width: w, Length: l}, ""
}
