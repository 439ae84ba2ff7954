package layout

import (
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestVerticalCellTextStandsInColumns: a cell of tbRl (WPS: tbRlV) sets
// its characters upright one under the other, an em apart, centred across
// the cell, its paragraphs in columns from the right; btLr turns its line
// to read upwards; the row grows to hold the longest column, so the text
// after the table comes below it; a horizontal cell beside is as it was.
func TestVerticalCellTextStandsInColumns(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		body := rt.Table([]int{1200, 4000, 1200},
			w.Cell(1200, "tbRl", "center", rt.Centred(w.Run("", "项目名称")), rt.Centred(w.Run("", "甲乙"))),
			w.Cell(4000, "", "", rt.Centred(w.Run("", "说明"))),
			w.Cell(1200, "btLr", "center", rt.Centred(w.Run("", "合计金额")))) + rt.Para(w.Run("", "其后"))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		left := r.left()
		cell := twips(1) // a twip of the grid, the table being as wide as its grid (w:tblW auto)
		chars := []op{textOp(t, r, "项"), textOp(t, r, "目"), textOp(t, r, "名"), textOp(t, r, "称")}
		em := chars[0].size * ptToMM
		mid := func(o op) float64 {
			return o.x + float64(o.face.glyph([]rune(o.text)[0]).advance)/o.face.font.upem*em/2
		}
		for i, o := range chars {
			if !near(mid(o), mid(chars[0])) || !near(o.y-chars[0].y, float64(i)*em) || o.angle != 0 {
				t.Errorf("%v: %s at (%.2f, %.2f), 项 at (%.2f, %.2f), em %.2f", w, o.text, o.x, o.y, chars[0].x, chars[0].y, em)
			}
		}
		// Two columns in the cell, the first right of the middle.
		second := textOp(t, r, "甲")
		if second.x >= chars[0].x || mid(chars[0]) < left+600*cell || mid(chars[0]) > left+1200*cell || second.x < left || !near(textOp(t, r, "乙").y-second.y, em) {
			t.Errorf("%v: the second column's 甲 at %.2f, the first's 项 at %.2f, the cell %.2f–%.2f", w, second.x, chars[0].x, left, left+1200*cell)
		}
		turned := textOp(t, r, "合计金额")
		if turned.angle != 90 || !near(turned.x-(turned.size*ptToMM)/2, left+5800*cell) && (turned.x < left+5800*cell || turned.x > left+5800*cell+em) {
			t.Errorf("%v: btLr text turned %v at x %.2f, its cell %.2f–%.2f", w, turned.angle, turned.x, left+5200*cell, left+6400*cell)
		}
		if turned.y-chars[0].y < 2.5*em {
			t.Errorf("%v: the turned text's foot %.2f is not as far down as its 4 characters", w, turned.y)
		}
		// The row holds 4 em of characters; the horizontal text beside
		// stays on its single line.
		after, beside := textOp(t, r, "其"), textOp(t, r, "说明")
		if after.y < chars[3].y+em || beside.angle != 0 {
			t.Errorf("%v: the text after the table at %.2f, 称's baseline %.2f", w, after.y, chars[3].y)
		}
	}
}

// TestDigitsInAVerticalCellLieOnTheirSide: in a tbRl cell, 2023 is set on
// its side, turned a quarter right and reading down, and 年 stands upright
// under it, the digits' width further down.
func TestDigitsInAVerticalCellLieOnTheirSide(t *testing.T) {
	body := rt.Table([]int{1200, 4000}, rt.Word.Cell(1200, "tbRl", "", rt.Centred(rt.Word.Run("", "2023年"))), rt.Word.Cell(4000, "", "", rt.Centred(rt.Word.Run("", "说明"))))
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	digits, year := textOp(t, r, "2023"), textOp(t, r, "年")
	em := year.size * ptToMM
	width := digits.face.width("2023", digits.size)
	if digits.angle != -90 || year.angle != 0 {
		t.Errorf("2023 turned %v, 年 %v", digits.angle, year.angle)
	}
	// 年's em box starts where the digits end.
	f := year.face.font
	if top := year.y - em*f.ascent/(f.ascent+f.descent); !near(top, digits.y+width) {
		t.Errorf("年's em box from %.2f, the digits from %.2f, %.2f long", top, digits.y, width)
	}
}
