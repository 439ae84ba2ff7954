package layout

import (
	"strings"

	"jixiao/pipeline/wordmodel"
)

// rule draws one border line of a paragraph (parabox.go) at y, from x
// w long; away (1 below the text, -1 above it)
// is where a double line's second line goes.
func (r *renderer) rule(b *wordmodel.Border, x, y, w, away float64) {
	weight := b.Width * ptToMM
	style := "solid"
	switch {
	case b.Style == "dotted":
		style = "dotted"
	case strings.HasPrefix(b.Style, "dash"), strings.HasPrefix(b.Style, "dot"):
		style = "dashed"
	}
	line := func(y, h float64) {
		r.ops = append(r.ops, op{kind: opLine, x: x, y: y, w: w, h: h, color: b.Color, text: style})
	}
	gap := max(weight, 0.3)
	if strands := threeDStrands(b, weight, away > 0); strands != nil {
		for _, s := range strands {
			r.ops = append(r.ops, op{kind: opLine, x: x, y: y + s.offset, w: w, h: s.width, color: s.color, text: "solid"})
		}
		return
	}
	switch {
	case b.Style == "double":
		line(y, weight)
		line(y+away*(weight+gap), weight)
	case b.Style == "triple":
		line(y, weight)
		line(y+away*(weight+gap), weight)
		line(y+2*away*(weight+gap), weight)
	case strings.HasPrefix(b.Style, "thinThick"), strings.HasPrefix(b.Style, "thickThin"):
		// A thin and a thick line (or a thick and a thin), top down as
		// named.
		thin, thick := max(weight/3, 0.2), weight
		first, second := thin, thick
		if strings.HasPrefix(b.Style, "thickThin") {
			first, second = thick, thin
		}
		line(y, first)
		line(y+(first+second)/2+gap, second)
	default:
		line(y, weight)
	}
}
