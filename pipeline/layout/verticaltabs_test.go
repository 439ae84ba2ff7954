package layout

import (
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestTabsInAVerticalCellGoDownToTheirStops: a tab in a tbRl cell (WPS:
// tbRlV) takes 甲 down the column to the next default stop (the
// template's every 21 pt: 42 pt, 项目 being 32 pt long at 16 pt, as
// LibreOffice sets it), one to a dotted stop at 75 pt takes 乙 there
// with dots on their side before it; in a btLr cell the same tab takes
// 乙 75 pt up from the foot of 日期, dots before it.
func TestTabsInAVerticalCellGoDownToTheirStops(t *testing.T) {
	dotted := func(w rt.Writer) string {
		return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:leader="dot" w:pos="1500"/></w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` +
			w.Run("", "日期") + `<w:r><w:tab/></w:r>` + w.Run("", "乙") + `</w:p>`
	}
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		big := `<w:sz w:val="32"/>`
		body := rt.Table([]int{1400, 1400, 4000},
			w.Cell(1400, "tbRl", "", rt.Para(w.Run(big, "项目"), `<w:r><w:rPr>`+big+`</w:rPr><w:tab/></w:r>`, w.Run(big, "甲")), dotted(w)),
			w.Cell(1400, "btLr", "", dotted(w)),
			w.Cell(4000, "", "", rt.Centred(w.Run("", "说明"))))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		top := func(p op) float64 {
			f := p.face.font
			return p.y - p.size*ptToMM*f.ascent/(f.ascent+f.descent)
		}
		first, after := textOp(t, r, "项"), textOp(t, r, "甲")
		if d := top(after) - top(first); !near(d, 42*ptToMM) || !near(after.x, first.x) {
			t.Errorf("%v: 甲 %.2f mm below 项, want %.2f", w, d, 42*ptToMM)
		}
		var date, second, turnedDate, turnedSecond op
		for _, o := range r.ops {
			switch {
			case o.kind != opText:
			case strings.HasPrefix(o.text, "日") && o.angle == 0:
				date = o
			case o.text == "乙" && o.angle == 0:
				second = o
			case strings.HasPrefix(o.text, "日期") && o.angle == 90:
				turnedDate = o
			case strings.HasSuffix(o.text, "乙") && o.angle == 90:
				turnedSecond = o
			}
		}
		if date.face == nil || second.face == nil || !near(top(second)-top(date), 75*ptToMM) {
			t.Errorf("%v: 乙 %.2f mm below 日, want %.2f", w, top(second)-top(date), 75*ptToMM)
		}
		if turnedDate.face == nil || turnedSecond.face == nil || !near(turnedDate.y-turnedSecond.y, 75*ptToMM) {
			t.Errorf("%v: the turned 乙 at %.2f, 日期 at %.2f, want 75 pt up", w, turnedSecond.y, turnedDate.y)
		}
		var upright, turned int
		for _, o := range r.ops {
			if o.kind == opText && strings.Trim(o.text, ".") == "" && len(o.text) > 3 {
				if o.angle == -90 && o.y > top(date) && o.y < top(second) {
					upright++
				}
				if o.angle == 90 && o.y < turnedDate.y && o.y > turnedSecond.y {
					turned++
				}
			}
		}
		if upright != 1 || turned != 1 {
			t.Errorf("%v: %d leaders down the upright column, %d up the turned one", w, upright, turned)
		}
	}
}
