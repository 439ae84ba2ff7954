package preview

import (
	"fmt"
	"strings"

	"jixiao/pipeline/layout"
)

// svgDefs names the gradients and clips a page's paths use, uniquely
// in a document that shows every page: by the page's id and a count.
type svgDefs struct {
	prefix      string
	n           int
	shade, clip string // the ids of the last path's
}

// of is the definitions path p uses (its gradient, its clip), which it
// then names by defs.shade and defs.clip; "" for none.
func (d *svgDefs) of(p *layout.Path) string {
	var b strings.Builder
	if p.Clip != nil {
		d.n++
		d.clip = fmt.Sprintf("%s-c%d", d.prefix, d.n)
		fmt.Fprintf(&b, `<clipPath id="%s"><path d="%s"/></clipPath>`, d.clip, svgData(p.Clip))
	}
	if pt := p.Pattern; pt != nil {
		d.n++
		d.shade = fmt.Sprintf("%s-p%d", d.prefix, d.n)
		m := pt.Matrix
		fmt.Fprintf(&b, `<pattern id="%s" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="matrix(%.4f %.4f %.4f %.4f %.3f %.3f)">`,
			d.shade, m[0], m[1], m[2], m[3], m[4], m[5])
		fmt.Fprintf(&b, `<rect width="8" height="8" fill="#%s"/><path d="`, pt.Bg)
		for _, r := range pt.Runs() {
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", r[0], r[1], r[2], r[2])
		}
		fmt.Fprintf(&b, `" fill="#%s"/></pattern>`, pt.Fg)
	}
	s := p.Shade
	if s == nil {
		s = p.StrokeShade
	}
	if s != nil {
		d.n++
		d.shade = fmt.Sprintf("%s-g%d", d.prefix, d.n)
		m := s.Matrix
		kind, coords := "linearGradient", `x1="0" y1="0" x2="1" y2="0"`
		if s.Radial {
			kind, coords = "radialGradient", `cx="0" cy="0" r="1"`
		}
		fmt.Fprintf(&b, `<%s id="%s" gradientUnits="userSpaceOnUse" %s gradientTransform="matrix(%.4f %.4f %.4f %.4f %.3f %.3f)">`,
			kind, d.shade, coords, m[0], m[1], m[2], m[3], m[4], m[5])
		for _, st := range s.Stops {
			fmt.Fprintf(&b, `<stop offset="%.4f" stop-color="#%s"/>`, st.Pos, st.Color)
		}
		fmt.Fprintf(&b, `</%s>`, kind)
	}
	return b.String()
}

// svgData is a path's d attribute.
func svgData(segs []layout.Seg) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteByte(s.Op)
		for _, pt := range s.Pts {
			fmt.Fprintf(&b, " %.2f %.2f", pt.X, pt.Y)
		}
		b.WriteByte(' ')
	}
	return b.String()
}
