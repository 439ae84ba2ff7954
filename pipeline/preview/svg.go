package preview

import (
	"cmp"
	"encoding/base64"
	"errors"
	"fmt"
	"html"
	"strings"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

const ptToMM = 25.4 / 72

// Preview lays out the first n pages of doc as the PDF lays them out, and
// no more (layout.Head), and returns each as SVG: the same drawing, text
// positioned as in the PDF, for a browser to show without a PDF viewer.
// Text uses the browser's own serif face, so line positions are exact
// while glyph shapes may differ.
func Preview(doc *wordmodel.Document, opt layout.Options, n int) ([]string, error) {
	laid, err := layout.Head(doc, opt, n)
	if err != nil {
		return nil, err
	}
	return Draw(laid, n)
}

// Draw draws the first n pages of a layout as SVG and stops the layout
// there: a build draws its preview from the layout its PDF was drawn
// from, whose page count and page references are known.
func Draw(laid *layout.Laid, n int) ([]string, error) {
	var pages []string
	if n <= 0 {
		return nil, nil
	}
	err := laid.Pages(func(p layout.Page) error {
		pages = append(pages, svg(p, len(pages)+1, laid))
		if len(pages) == n {
			return errEnough
		}
		return nil
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	return pages, err
}

// errEnough stops a layout once the pages wanted are drawn.
var errEnough = errors.New("preview: enough pages")

// svg is page number (from 1) of a layout as SVG.
func svg(p layout.Page, number int, laid *layout.Laid) string {
	b := &strings.Builder{}
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.1f %.1f" class="page" role="img" id="%s">`, p.Width, p.Height, PageID(number))
	fmt.Fprintf(b, `<rect x="0" y="0" width="%.1f" height="%.1f" fill="#fff"/>`, p.Width, p.Height)
	defs := &svgDefs{prefix: PageID(number)}
	for _, o := range p.Items {
		switch o.Kind {
		case layout.Rule:
			fmt.Fprintf(b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="none" stroke="#000" stroke-width="%.2f"/>`, o.X, o.Y, o.W, o.H, o.Stroke)
		case layout.Fill:
			fmt.Fprintf(b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#%s"/>`, o.X, o.Y, o.W, o.H, html.EscapeString(o.Color))
		case layout.Line:
			dash := map[string]string{"dotted": ` stroke-dasharray="0.3 0.6"`, "dashed": ` stroke-dasharray="1.5 0.8"`}[o.Style]
			fmt.Fprintf(b, `<line x1="%.2f" y1="%.2f" x2="%.2f" y2="%.2f" stroke="#%s" stroke-width="%.2f"%s/>`, o.X, o.Y, o.X+o.W, o.Y, cmp.Or(html.EscapeString(o.Color), "000"), o.H, dash)
		case layout.Picture:
			turn := pictureTurn(o)
			// A shape's picture fill: within the shape, the clip outside
			// the picture's own turn.
			if o.Path != nil {
				b.WriteString(defs.of(&layout.Path{Clip: o.Path.Segs}))
				fmt.Fprintf(b, `<g clip-path="url(#%s)">`, defs.clip)
			}
			fmt.Fprintf(b, `<image x="%.2f" y="%.2f" width="%.2f" height="%.2f"%s preserveAspectRatio="none" href="data:image/%s;base64,%s"/>`,
				o.X, o.Y, o.W, o.H, turn, strings.ToLower(o.Image.Format), base64.StdEncoding.EncodeToString(o.Image.Data))
			if o.Path != nil {
				b.WriteString("</g>")
			}
		case layout.Shape:
			b.WriteString(svgPath(o.Path, defs))
		case layout.Glyphs:
			fill := ""
			if o.Color != "" {
				fill = ` fill="#` + html.EscapeString(o.Color) + `"`
			}
			if o.Shade != nil {
				// A gradient fill, in the text's own space (within its
				// stretch and turn).
				b.WriteString(defs.of(&layout.Path{Shade: &layout.Shade{Radial: o.Shade.Radial, Stops: o.Shade.Stops, Matrix: o.GlyphShade()}}))
				fill = ` fill="url(#` + defs.shade + `)"`
			}
			if o.Bold {
				fill += ` font-weight="bold"`
			}
			fill += glyphEffects(o)
			var turn []string
			if o.Angle != 0 {
				// SVG turns clockwise, its y going down.
				turn = append(turn, fmt.Sprintf("rotate(%.2f %.2f %.2f)", -o.Angle, o.X, o.Y))
			}
			if o.Scale > 0 {
				// Word's 字符缩放: stretched across from the text's start.
				turn = append(turn, fmt.Sprintf("matrix(%.3f 0 0 1 %.2f 0)", o.Scale, o.X*(1-o.Scale)))
			}
			if turn != nil {
				fill += ` transform="` + strings.Join(turn, " ") + `"`
			}
			if o.Clip > 0 {
				// Type taller than its line of exact height is cut at the
				// line's top, as Word cuts it: an inner svg showing the
				// page below it, in the page's own units.
				fmt.Fprintf(b, `<svg x="0" y="%.2f" width="%.2f" height="%.2f" viewBox="0 %.2f %.2f %.2f">`, o.Clip, p.Width, p.Height-o.Clip, o.Clip, p.Width, p.Height-o.Clip)
			}
			fmt.Fprintf(b, `<text x="%.2f" y="%.2f" font-size="%.2f" font-family="serif"%s>%s</text>`, o.X, o.Y, o.Size*ptToMM, fill, html.EscapeString(o.Text))
			if o.Clip > 0 {
				b.WriteString("</svg>")
			}
		}
	}
	// Links go over everything drawn, as the PDF's annotations do, so that
	// a click on the link's words reaches them.
	for _, o := range p.Items {
		if o.Kind == layout.Link {
			b.WriteString(svgLink(o, laid))
		}
	}
	b.WriteString("</svg>")
	return b.String()
}

// svgPath is a path as an SVG path element, after the definitions (a
// gradient, a clip) it uses.
func svgPath(p *layout.Path, defs *svgDefs) string {
	var b strings.Builder
	b.WriteString(defs.of(p))
	b.WriteString(`<path d="`)
	b.WriteString(svgData(p.Segs))
	if p.Clip != nil {
		fmt.Fprintf(&b, `" clip-path="url(#%s)`, defs.clip)
	}
	switch {
	case p.Shade != nil || p.Pattern != nil:
		fmt.Fprintf(&b, `" fill="url(#%s)"/>`, defs.shade)
		return b.String()
	case p.Fill != "":
		fmt.Fprintf(&b, `" fill="#%s"/>`, p.Fill)
		return b.String()
	}
	if p.StrokeShade != nil {
		fmt.Fprintf(&b, `" fill="none" stroke="url(#%s)" stroke-width="%.2f"`, defs.shade, p.Width)
	} else {
		fmt.Fprintf(&b, `" fill="none" stroke="#%s" stroke-width="%.2f"`, p.Stroke, p.Width)
	}
	if len(p.Dash) > 0 {
		b.WriteString(` stroke-dasharray="`)
		for i, d := range p.Dash {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%.2f", d)
		}
		b.WriteByte('"')
	}
	b.WriteString("/>")
	return b.String()
}

// pictureTurn is a Picture's transform attribute: mirrored across its
// box's middle lines, then turned about its centre (SVG applies the
// rightmost first); "" for one drawn as it is.
func pictureTurn(o layout.Item) string {
	var t []string
	cx, cy := o.X+o.W/2, o.Y+o.H/2
	if o.Angle != 0 {
		t = append(t, fmt.Sprintf("rotate(%.2f %.2f %.2f)", -o.Angle, cx, cy))
	}
	if o.FlipH || o.FlipV {
		sx, sy := 1.0, 1.0
		if o.FlipH {
			sx = -1
		}
		if o.FlipV {
			sy = -1
		}
		t = append(t, fmt.Sprintf("matrix(%.0f 0 0 %.0f %.2f %.2f)", sx, sy, (1-sx)*cx, (1-sy)*cy))
	}
	if t == nil {
		return ""
	}
	return ` transform="` + strings.Join(t, " ") + `"`
}
