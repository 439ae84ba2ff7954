package layout

import (
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestScaledCharactersStretchAlongAnUprightColumn: in a tbRl cell (WPS:
// tbRlV) a character scaled to 200% (w:w) stands two ems long down the
// column and one across, its glyph drawn at twice the type size and half
// its width across; one at 50% half an em long; the characters after
// them follow their scaled length, as LibreOffice sets them.
func TestScaledCharactersStretchAlongAnUprightColumn(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		body := rt.Table([]int{1200, 1200, 4000},
			w.Cell(1200, "tbRl", "", rt.Centred(w.Run("", "项"), w.Run(rt.Scale(200), "名称"), w.Run("", "甲"))),
			w.Cell(1200, "tbRl", "", rt.Centred(w.Run("", "乙"), w.Run(rt.Scale(50), "单位"), w.Run("", "丙"))),
			w.Cell(4000, "", "", rt.Centred(w.Run("", "说明"))))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		check := func(first, a, b, after string, scale float64) {
			o, x, y, z := textOp(t, r, first), textOp(t, r, a), textOp(t, r, b), textOp(t, r, after)
			em := o.size * ptToMM
			f := o.face.font
			k := f.ascent / (f.ascent + f.descent)
			top := func(p op) float64 { return p.y - p.size*ptToMM*k }
			if !near(x.size, o.size*scale) || !near(x.hscale, 1/scale) || x.angle != 0 {
				t.Errorf("%v: %s at %.1f pt, scaled %.2f across, want %.1f pt and %.2f", w, a, x.size, x.hscale, o.size*scale, 1/scale)
			}
			if !near(top(x)-top(o), em) || !near(top(y)-top(x), em*scale) || !near(top(z)-top(y), em*scale) {
				t.Errorf("%v: em boxes from %.2f, %.2f, %.2f, %.2f down the column, em %.2f, scale %.1f", w, top(o), top(x), top(y), top(z), em, scale)
			}
			// Centred across as the unscaled characters are: its width
			// across is an em.
			adv := func(p op) float64 {
				return float64(p.face.glyph([]rune(p.text)[0]).advance) / p.face.font.upem * p.size * ptToMM * max(p.hscale, 0)
			}
			if mid := o.x + float64(o.face.glyph([]rune(o.text)[0]).advance)/f.upem*em/2; !near(x.x+adv(x)/2, mid) {
				t.Errorf("%v: %s centred at %.2f, %s at %.2f", w, a, x.x+adv(x)/2, first, mid)
			}
		}
		check("项", "名", "称", "甲", 2)
		check("乙", "单", "位", "丙", 0.5)
	}
}

// TestSqueezedFittedTextInAnUprightColumn: 调整宽度 narrower than its
// text (单位名称 fitted to 2 em) in a tbRl cell squeezes its characters
// along the column, each half an em long and drawn at half its width,
// the text after it right after the stretch; spread wider it keeps its
// characters and spreads them.
func TestSqueezedFittedTextInAnUprightColumn(t *testing.T) {
	body := rt.Table([]int{1200, 4000},
		rt.Word.Cell(1200, "tbRl", "", rt.Centred(rt.Word.Run(`<w:sz w:val="24"/>`, "甲"), rt.Word.Run(`<w:sz w:val="24"/>`+rt.Fit(480, 4), "单位名称"), rt.Word.Run(`<w:sz w:val="24"/>`, "乙"))),
		rt.Word.Cell(4000, "", "", rt.Centred(rt.Word.Run("", "说明"))))
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	first, last, after := textOp(t, r, "甲"), textOp(t, r, "称"), textOp(t, r, "乙")
	em := 12 * ptToMM
	f := first.face.font
	k := f.ascent / (f.ascent + f.descent)
	top := func(p op) float64 { return p.y - p.size*ptToMM*k }
	if !near(last.size, 6) || !near(last.hscale, 2) {
		t.Errorf("称 at %.1f pt scaled %.2f across, want 6 pt and 2", last.size, last.hscale)
	}
	if !near(top(after)-top(first), em+24*ptToMM) || !near(top(last)-top(first), em+1.5*em) {
		t.Errorf("甲 from %.2f, 称 from %.2f, 乙 from %.2f: the stretch not 24 pt long", top(first), top(last), top(after))
	}
}
