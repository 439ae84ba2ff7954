package layout

import (
	"strings"

	"jixiao/pipeline/wordmodel"
)

// op is one drawing operation of the laid-out document.
type op struct {
	kind       opKind
	face       *face
	size       float64 // pt
	x, y, w, h float64 // mm
	text       string
	color      string // RRGGBB of a text; "" for black
	// bold sets a text filled and outlined: no bold cut of the faces is
	// embedded, and the text layer keeps each glyph once.
	bold bool
	// fx are the text's outline, fill and shadow; nil for none.
	fx *wordmodel.Effects
	// hscale is a text's width across in its glyphs' own (w:w); 0 for 1.
	hscale float64
	// angle turns a text about its start, a picture about its box's
	// centre (adding to its own rotation), degrees counter-clockwise.
	angle float64
	img   *wordmodel.Image
	path  *Path
	// clip is where a text is cut off above (its line's top, the line of
	// exact height lower than its type), mm; 0 for none.
	clip float64
	// fixed: it stays where it is when the page's text moves (a header's,
	// a float placed from the page: valign.go).
	fixed bool
	// effect names a blurred effect drawn as a picture over the white
	// page (blurshadow.go), which nothing may lie under; "" for none.
	effect string
}

type opKind int

const (
	opPage opKind = iota
	opText
	opRect
	opFill // a cell's shading, drawn before its border and text
	// opLine is a line under or through text, w long and h thick, in the
	// text's colour; text is its style (solid, dotted, dashed, wavy).
	opLine
	// opImage draws img in the box x, y, w, h.
	opImage
	// opLink makes the box x, y, w, h a link to the address text, or to
	// the place of the bookmark #name.
	opLink
	// opPath draws path: a shape's inside or a strand of its outline.
	opPath
)

func (r *renderer) rect(x, y, w, h float64) {
	r.ops = append(r.ops, op{kind: opRect, x: x, y: y, w: w, h: h})
}

func (r *renderer) fill(x, y, w, h float64, color string) {
	if color != "" {
		r.ops = append(r.ops, op{kind: opFill, x: x, y: y, w: w, h: h, color: color})
	}
}

// linkBox makes the box of a unit, x to x+w, top to a line of its type
// below, a link; a unit next to the last box of the same link widens it,
// so that a link is one box a line.
func (r *renderer) linkBox(url string, x, top, w, sizeMM float64) {
	// A note's mark whose note has no bookmark placed (a model not read
	// from Word) links nowhere and is left so: the mark itself is drawn.
	if name, ok := strings.CutPrefix(url, "#"); ok && !wordmodel.IsNoteAnchor(name) {
		r.linked[name] = true
	}
	for k := len(r.ops) - 1; k >= 0 && r.ops[k].kind != opPage; k-- {
		if o := &r.ops[k]; o.kind == opLink {
			if o.text == url && sameY(o.y, top) && x-(o.x+o.w) < sizeMM {
				o.w = x + w - o.x
				return
			}
			break
		}
	}
	r.ops = append(r.ops, op{kind: opLink, x: x, y: top, w: w, h: sizeMM * singleLine, text: url})
}

func sameY(a, b float64) bool { return a-b < 0.001 && b-a < 0.001 }
