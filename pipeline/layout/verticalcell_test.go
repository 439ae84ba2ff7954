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

// TestVerticalCellRunsKeepTheirFormatting: in a tbRl cell (WPS: tbRlV)
// and a btLr one, a run's colour, weight and own size are drawn; its
// underline is a line down the characters' right, its strike one down
// their middle, in its colour, and its highlight fills their boxes
// behind them, a box a character; the plain text beside keeps the
// cell's look.
func TestVerticalCellRunsKeepTheirFormatting(t *testing.T) {
	marked := `<w:color w:val="FF0000"/><w:b/><w:u w:val="single"/><w:strike/><w:highlight w:val="yellow"/><w:sz w:val="44"/>`
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		body := rt.Table([]int{1400, 1400},
			w.Cell(1400, "tbRl", "", rt.Centred(w.Run("", "竖排"), w.Run(marked, "红字"), w.Run("", "其后"))),
			w.Cell(1400, "btLr", "", rt.Centred(w.Run("", "横排"), w.Run(marked, "蓝"), w.Run("", "末"))))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		plain, red, second, after := textOp(t, r, "竖"), textOp(t, r, "红"), textOp(t, r, "字"), textOp(t, r, "其")
		if red.color != "FF0000" || !red.bold || !near(red.size, 22) || plain.color != "" || plain.bold || near(plain.size, 22) {
			t.Errorf("%v: 红 %q bold %v %.1f pt; 竖 %q bold %v %.1f pt", w, red.color, red.bold, red.size, plain.color, plain.bold, plain.size)
		}
		// 22 pt characters an em of 22 pt apart, the plain one's em box
		// after their second's.
		em := 22 * ptToMM
		f := red.face.font
		k := f.ascent / (f.ascent + f.descent)
		if !near(second.y-red.y, em) || !near((after.y-after.size*ptToMM*k)-(second.y-em*k), em) {
			t.Errorf("%v: 红 %.2f 字 %.2f 其 %.2f down the column, em %.2f", w, red.y, second.y, after.y, em)
		}
		mid := red.x + float64(red.face.glyph('红').advance)/red.face.font.upem*em/2
		var under, through bool
		for _, p := range pathsOf(r) {
			x, y, pw, ph := p.Bounds()
			if p.Stroke != "FF0000" || pw > 1 || ph < 0.9*em || y > red.y {
				continue
			}
			under = under || x > mid+em/2-0.2 && x < mid+em
			through = through || x > mid-0.3 && x < mid+0.3
		}
		if !under || !through {
			t.Errorf("%v: underline drawn %v, strike %v, down the red run at %.2f", w, under, through, mid)
		}
		yellow := 0
		for _, f := range kindOf(r, opFill) {
			if f.color == "FFFF00" {
				yellow++
				if f.w < em*0.9 || f.h < em*0.9 {
					t.Errorf("%v: highlight %.2f × %.2f mm", w, f.w, f.h)
				}
			}
		}
		turned := textOp(t, r, "蓝")
		if yellow != 3 || turned.angle != 90 || turned.color != "FF0000" || !turned.bold || !near(turned.size, 22) {
			t.Errorf("%v: %d highlights; the turned run %q bold %v %.1f pt at %v°", w, yellow, turned.color, turned.bold, turned.size, turned.angle)
		}
	}
}
