package pdf

import (
	"cmp"
	"encoding/base64"
	"fmt"
	"html"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// Preview lays doc out as Render does and returns each page as SVG: the
// same drawing operations, text positioned as in the PDF, for a browser to
// show without a PDF viewer. Text uses the browser's own serif face, so
// line positions are exact while glyph shapes may differ.
func Preview(doc *wordmodel.Document, opt Options) ([]string, error) {
	r, err := layout(doc, opt)
	if err != nil {
		return nil, err
	}
	var pages []string
	var b *strings.Builder
	end := func() {
		if b != nil {
			b.WriteString("</svg>")
			pages = append(pages, b.String())
		}
	}
	for _, o := range r.ops {
		switch o.kind {
		case opPage:
			end()
			b = &strings.Builder{}
			fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.1f %.1f" class="page" role="img">`, o.w, o.h)
			fmt.Fprintf(b, `<rect x="0" y="0" width="%.1f" height="%.1f" fill="#fff"/>`, o.w, o.h)
		case opRect:
			fmt.Fprintf(b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="none" stroke="#000" stroke-width="%.2f"/>`, o.x, o.y, o.w, o.h, r.p.Table.Border)
		case opFill:
			fmt.Fprintf(b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#%s"/>`, o.x, o.y, o.w, o.h, html.EscapeString(o.color))
		case opLine:
			dash := map[string]string{"dotted": ` stroke-dasharray="0.3 0.6"`, "dashed": ` stroke-dasharray="1.5 0.8"`}[o.text]
			fmt.Fprintf(b, `<line x1="%.2f" y1="%.2f" x2="%.2f" y2="%.2f" stroke="#%s" stroke-width="%.2f"%s/>`, o.x, o.y, o.x+o.w, o.y, cmp.Or(html.EscapeString(o.color), "000"), o.h, dash)
		case opImage:
			fmt.Fprintf(b, `<image x="%.2f" y="%.2f" width="%.2f" height="%.2f" preserveAspectRatio="none" href="data:image/%s;base64,%s"/>`,
				o.x, o.y, o.w, o.h, strings.ToLower(o.img.Format), base64.StdEncoding.EncodeToString(o.img.Data))
		case opPath:
			b.WriteString(svgPath(o.path))
		case opText:
			fill := ""
			if o.color != "" {
				fill = ` fill="#` + html.EscapeString(o.color) + `"`
			}
			if o.bold {
				fill += ` font-weight="bold"`
			}
			fmt.Fprintf(b, `<text x="%.2f" y="%.2f" font-size="%.2f" font-family="serif"%s>%s</text>`, o.x, o.y, o.size*ptToMM, fill, html.EscapeString(o.text))
		}
	}
	end()
	return pages, nil
}
