package layout

import (
	"fmt"

	"jixiao/pipeline/wordmodel"
)

// columns are the x of each grid line of t, left to right, in mm: where
// Word puts them (wordmodel's Table.Columns), a table not read from Word
// spanning the text. A table wider than the text runs into the right
// margin, as in Word; one that would pass the page's edge is narrowed to
// end there, and said.
func (r *renderer) columns(t *wordmodel.Table) []float64 {
	const mmPerTwip = ptToMM / 20
	out := t.Columns(r.width() / mmPerTwip)
	for i := range out {
		out[i] = r.left() + out[i]*mmPerTwip
	}
	x, end := out[0], out[len(out)-1]
	if x < 0 || end > r.g.w+0.01 {
		r.warnings = append(r.warnings, fmt.Sprintf("%s宽 %.1f 毫米，超出了页面（页宽 %.1f 毫米）：PDF 把它缩窄到页面右边为止；请在 Word 模板中减小表格宽度或缩进", tableName(t), end-x, r.g.w))
		fit := max(x, 0)
		scale := min(end-x, r.g.w-fit) / (end - x)
		for i := range out {
			out[i] = fit + (out[i]-x)*scale
		}
	}
	if r.beside != nil {
		return fitTo(out, *r.beside)
	}
	return out
}

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
