package layout

import (
	"fmt"

	"jixiao/pipeline/wordmodel"
)

// columns are the x of each grid line of t, left to right, in mm. A table
// read from Word is as wide as its w:tblW says (the grid's sum where it
// says auto) and stands where its w:jc and w:tblInd put it, its grid
// columns shared out in their proportions; one not read from Word spans
// the text. A table wider than the text runs into the right margin, as
// in Word; one that would pass the page's edge is narrowed to end there.
func (r *renderer) columns(t *wordmodel.Table) []float64 {
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	x, width := r.left(), r.width()
	switch {
	case t.Width.Twips > 0:
		width = twipsToMM(t.Width.Twips)
	case t.Width.Pct > 0:
		width = t.Width.Pct * r.width()
	case t.Width.Grid && total > 0:
		width = twipsToMM(total)
	}
	switch t.Align {
	case "center":
		x += (r.width() - width) / 2
	case "right":
		x += r.width() - width
	default:
		x += twipsToMM(t.Indent)
	}
	if x < 0 || x+width > r.g.w+0.01 {
		fit := max(x, 0)
		r.warnings = append(r.warnings, fmt.Sprintf("%s宽 %.1f 毫米，超出了页面（页宽 %.1f 毫米）：PDF 把它缩窄到页面右边为止；请在 Word 模板中减小表格宽度或缩进", tableName(t), width, r.g.w))
		x, width = fit, min(width, r.g.w-fit)
	}
	out := make([]float64, 1, len(t.Widths)+1)
	out[0] = x
	for _, w := range t.Widths {
		out = append(out, out[len(out)-1]+float64(w)/float64(total)*width)
	}
	return out
}

func twipsToMM(twips int) float64 { return float64(twips) / 20 * ptToMM }

// tableName names t in a message by its first cell's text.
func tableName(t *wordmodel.Table) string {
	for _, row := range t.Rows {
		for _, c := range row.Cells {
			if text := []rune(c.Text); len(text) > 0 {
				return fmt.Sprintf("首格为“%s”的表格", string(text[:min(len(text), 12)]))
			}
		}
	}
	return "一个空表格"
}
