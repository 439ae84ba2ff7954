package layout

import (
	"cmp"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/runtest"
	rt "jixiao/pipeline/wordmodel/runtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// markedRuns are a cell paragraph's runs of each mark a clerk sets in a
// vertical cell, as w writes them: m², emphasis dots, a link to a
// bookmark, a red text border and 3 pt character spacing.
func markedRuns(w runtest.Writer) string {
	link := `<w:hyperlink w:anchor="附表" w:history="1">` + w.Run(`<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>`, "附表") + `</w:hyperlink>`
	return rt.Centred(w.Run("", "面积m"), w.Run(`<w:vertAlign w:val="superscript"/>`, "2"), w.Run(rt.Em("dot"), "着重"), link,
		w.Run(w.Bdr("single", 4, "FF0000", 0), "边框"), w.Run(rt.Spacing(60), "间距"))
}

// markedCell is a table of a cell of direction dir holding markedRuns,
// and the bookmark its link goes to after it.
func markedCell(t *testing.T, w runtest.Writer, dir string) *renderer {
	body := rt.Table([]int{1400, 4000}, w.Cell(1400, dir, "", markedRuns(w)), w.Cell(4000, "", "", rt.Centred(w.Run("", "说明")))) +
		rt.Para(`<w:bookmarkStart w:id="0" w:name="附表"/>`+w.Run("", "附表")+`<w:bookmarkEnd w:id="0"/>`)
	return laidDocx(t, rt.Docx(t, body, "", nil))
}

// TestUprightColumnsDrawScriptsMarksBordersAndLinks: in a tbRl cell
// (WPS: tbRlV) a superscript 2 lies on its side as m does, at two thirds
// of its size, moved right across the column by a third of an em (a
// turned line's rise); emphasis dots stand right of 着 and 重, at the
// middle of each one's em box; the link is a box around 附表's column;
// the text border a red box around 边框; 3 pt spacing puts 距 an em and
// 3 pt under 间.
func TestUprightColumnsDrawScriptsMarksBordersAndLinks(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		r := markedCell(t, w, "tbRl")
		m, two, zhuo := textOp(t, r, "m"), textOp(t, r, "2"), textOp(t, r, "着")
		em := zhuo.size * ptToMM
		if m.angle != -90 || two.angle != -90 || !near(two.size, m.size*scriptScale) || math.Abs(two.x-m.x-superRise*em) > 0.05 || !near(two.y, m.y+m.face.width("m", m.size)) {
			t.Errorf("%v: 2 at (%.2f, %.2f) %.1f pt turned %v, m at (%.2f, %.2f) %.1f pt turned %v", w, two.x, two.y, two.size, two.angle, m.x, m.y, m.size, m.angle)
		}
		mid := func(o op) float64 {
			return o.x + float64(o.face.glyph([]rune(o.text)[0]).advance)/o.face.font.upem*em/2
		}
		f := zhuo.face.font
		centre := func(o op) float64 { return o.y - em*f.ascent/(f.ascent+f.descent) + em/2 }
		dots := 0
		for _, o := range []op{zhuo, textOp(t, r, "重")} {
			for _, p := range pathsOf(r) {
				x, y, pw, ph := p.Bounds()
				if p.Fill == "000000" && pw < em/4 && ph < em/4 && x+pw/2 > mid(o)+em/2 && x+pw < mid(o)+em && math.Abs(y+ph/2-centre(o)) < 0.05 {
					dots++
				}
			}
		}
		if dots != 2 {
			t.Errorf("%v: %d emphasis dots right of 着重 (middle %.2f)", w, dots, mid(zhuo))
		}
		fu, biao := textOp(t, r, "附"), textOp(t, r, "表")
		links := kindOf(r, opLink)
		if len(links) == 0 || links[0].text != "#附表" || links[0].x > mid(fu)-em/2+0.01 || links[0].x+links[0].w < mid(fu)+em/2-0.01 || !near(links[0].y, centre(fu)-em/2) || !near(links[0].y+links[0].h, centre(biao)+em/2) {
			t.Errorf("%v: the link boxes %+v around 附表 from %.2f to %.2f across %.2f", w, links, centre(fu)-em/2, centre(biao)+em/2, mid(fu))
		}
		bian, kuang := textOp(t, r, "边"), textOp(t, r, "框")
		boxed := false
		for _, p := range pathsOf(r) {
			x, y, pw, ph := p.Bounds()
			boxed = boxed || p.Stroke == "FF0000" && x < mid(bian)-em/2 && x+pw > mid(bian)+em/2 && y < centre(bian)-em/2+0.01 && y+ph > centre(kuang)+em/2-0.01 && ph < 2.5*em
		}
		if !boxed {
			t.Errorf("%v: no red border around 边框's column at %.2f, %.2f to %.2f", w, mid(bian), centre(bian), centre(kuang))
		}
		if jian, ju := textOp(t, r, "间"), textOp(t, r, "距"); !near(ju.y-jian.y, em+3*ptToMM) {
			t.Errorf("%v: 距 %.2f under 间, want an em and 3 pt (%.2f)", w, ju.y-jian.y, em+3*ptToMM)
		}
	}
}

// TestTurnedCellsDrawTheirLineTurned: a btLr cell draws its line as a
// horizontal cell's, turned a quarter left to read upwards: the
// superscript 2 turned with it, smaller, a third of an em left of m's
// baseline (the line's top faces left); emphasis dots left of 着 and 重;
// the link a box around 附表, as long as they are along the cell; a red
// border round 边框; 3 pt spacing after 间 and 距.
func TestTurnedCellsDrawTheirLineTurned(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		r := markedCell(t, w, "btLr")
		m, two := firstTextOp(t, r, "面积"), textOp(t, r, "2")
		em := m.size * ptToMM
		if m.angle != 90 || two.angle != 90 || !near(two.size, m.size*scriptScale) || math.Abs(m.x-two.x-superRise*em) > 0.05 || !near(two.y, m.y-m.face.width(m.text, m.size)) {
			t.Errorf("%v: 2 at (%.2f, %.2f) %.1f pt turned %v, m at (%.2f, %.2f) %.1f pt turned %v", w, two.x, two.y, two.size, two.angle, m.x, m.y, m.size, m.angle)
		}
		marked := firstTextOp(t, r, "着")
		dots := 0
		for _, p := range pathsOf(r) {
			x, y, pw, ph := p.Bounds()
			if p.Fill == "000000" && pw < em/4 && ph < em/4 && x+pw/2 < marked.x-0.9*em && y < marked.y && y > marked.y-2*em {
				dots++
			}
		}
		if dots != 2 {
			t.Errorf("%v: %d emphasis dots left of 着重 (baseline %.2f)", w, dots, marked.x)
		}
		link := textOp(t, r, "附")
		long := link.face.width("附表", link.size)
		links := kindOf(r, opLink)
		if len(links) == 0 || links[0].text != "#附表" || !near(links[0].y+links[0].h, link.y) || math.Abs(links[0].h-long) > 0.05 || links[0].x > link.x-0.9*em || links[0].x+links[0].w < link.x {
			t.Errorf("%v: the link boxes %+v, 附表 from %.2f up %.2f, its baseline at %.2f", w, links, link.y, long, link.x)
		}
		border := textOp(t, r, "边")
		boxed := false
		for _, p := range pathsOf(r) {
			x, y, pw, ph := p.Bounds()
			boxed = boxed || p.Stroke == "FF0000" && x < border.x-0.9*em && x+pw > border.x && y+ph > border.y && y < border.y-2*em && ph < 2.5*em
		}
		if !boxed {
			t.Errorf("%v: no red border around 边框 turned at %.2f, %.2f", w, border.x, border.y)
		}
		if jian, ju := textOp(t, r, "间"), textOp(t, r, "距"); jian.angle != 90 || !near(jian.y-ju.y, em+3*ptToMM) {
			t.Errorf("%v: 距 %.2f up from 间 turned %v, want an em and 3 pt (%.2f)", w, jian.y-ju.y, jian.angle, em+3*ptToMM)
		}
	}
}

// TestAPictureInATurnedCellsLine: a picture set in the line among a btLr
// cell's text (a signature between 签名 and 日期), as Word and WPS write
// it, turns with the line: drawn turned a quarter left, its foot on the
// turned baseline (its box left of it), between the text before and
// after it along the cell.
func TestAPictureInATurnedCellsLine(t *testing.T) {
	const mm = 36000 // EMU
	for _, wps := range []bool{false, true} {
		cell := strings.Replace(sealtest.Cell(1400, singleSpaced(st.Text("签名"), sealtest.Inline(1, "rIdSeal", 6*mm, 3*mm, wps), st.Text("日期"))), `<w:vAlign w:val="top"/>`, `<w:textDirection w:val="btLr"/>`, 1)
		docx := sealtest.Docx(t, sealtest.Table([]int{1400, 4000}, []string{cell, sealtest.Cell(4000, singleSpaced(st.Text("说明")))})+st.Para(st.Text("表后")), "")
		if wps {
			docx = sealtest.AsWPS(t, docx)
		}
		_, r := laidShapes(t, docx)
		imgs := kindOf(r, opImage)
		if len(imgs) != 1 {
			t.Fatalf("wps %v: %d pictures drawn, want 1", wps, len(imgs))
		}
		img, sign, date := imgs[0], textOp(t, r, "签名"), textOp(t, r, "日期")
		foot := sign.y - sign.face.width("签名", sign.size)
		if img.angle != 90 || !near(img.w, 6) || !near(img.h, 3) || !near(img.y+img.h/2, foot-3) || !near(img.x+img.w/2, sign.x-1.5) || !near(date.y, foot-6) || date.angle != 90 {
			t.Errorf("wps %v: the picture %+v turned %v, 签名 at (%.2f, %.2f), 日期 at %.2f", wps, img, img.angle, sign.x, sign.y, date.y)
		}
	}
}

// TestFittedTextInATurnedCell: 适应 fitted to an inch (调整宽度,
// w:fitText) after 县 in a btLr cell runs from 适's foot to 应's top an
// inch up the cell, as in the horizontal cell beside it across; each
// character is its own text, not joined with 县's where its spacing
// would be lost.
func TestFittedTextInATurnedCell(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		para := rt.Para(w.Run("", "县"), w.Run(rt.Fit(1440, 5), "适应"), w.Run("", "末"))
		r := laidDocx(t, rt.Docx(t, rt.Table([]int{2000, 2000}, w.Cell(2000, "btLr", "", para), w.Cell(2000, "", "", para)), "", nil))
		ops := func(text string) []op {
			var out []op
			for _, o := range r.ops {
				if o.kind == opText && o.text == text {
					out = append(out, o)
				}
			}
			if len(out) != 2 {
				t.Fatalf("%v: %d texts %q, want one a cell", w, len(out), text)
			}
			return out
		}
		shi, ying := ops("适"), ops("应")
		em := shi[0].size * ptToMM
		if shi[0].angle != 90 || !near(shi[0].y-ying[0].y+em, 25.4) || !near(ying[1].x+em-shi[1].x, 25.4) {
			t.Errorf("%v: 适应 from %.2f up to %.2f turned %v, across from %.2f to %.2f; want an inch", w, shi[0].y, ying[0].y-em, shi[0].angle, shi[1].x, ying[1].x+em)
		}
	}
}

// TestAPictureInAnUprightColumn: a picture set in the line among a tbRl
// cell's text lies on its side as Latin does there, turned a quarter
// right, its foot on the column's turned baseline (its box right of
// it), between 签名 and 日期 down the column, which it moves down by its
// width.
func TestAPictureInAnUprightColumn(t *testing.T) {
	const mm = 36000 // EMU
	for _, wps := range []bool{false, true} {
		cell := strings.Replace(sealtest.Cell(1400, singleSpaced(st.Text("签名"), sealtest.Inline(1, "rIdSeal", 6*mm, 3*mm, wps), st.Text("日期"))), `<w:vAlign w:val="top"/>`, `<w:textDirection w:val="tbRl"/>`, 1)
		docx := sealtest.Docx(t, sealtest.Table([]int{1400, 4000}, []string{cell, sealtest.Cell(4000, singleSpaced(st.Text("说明")))})+st.Para(st.Text("表后")), "")
		if wps {
			docx = sealtest.AsWPS(t, docx)
		}
		_, r := laidShapes(t, docx)
		imgs := kindOf(r, opImage)
		if len(imgs) != 1 {
			t.Fatalf("wps %v: %d pictures drawn, want 1", wps, len(imgs))
		}
		img, qian, ri := imgs[0], textOp(t, r, "签"), textOp(t, r, "日")
		em := qian.size * ptToMM
		f := qian.face.font
		top := qian.y - em*f.ascent/(f.ascent+f.descent)
		mid := qian.x + float64(qian.face.glyph('签').advance)/f.upem*em/2
		baseline := mid - (f.ascent-f.descent)*em/2
		if img.angle != -90 || !near(img.w, 6) || !near(img.h, 3) || !near(img.y+img.h/2, top+2*em+3) || !near(img.x+img.w/2, baseline+1.5) || !near(ri.y-qian.y, 2*em+6) {
			t.Errorf("wps %v: the picture %+v turned %v, 签 from %.2f across %.2f, 日 %.2f under it", wps, img, img.angle, top, mid, ri.y-qian.y)
		}
	}
}

// TestMarksOfHorizontalInAnUprightColumn: a 纵横混排 run (12, 适应行宽)
// in a tbRl cell, underlined, shaded and with emphasis dots, as Word and
// WPS write it, stands across the column with its marks as a level run's
// (LibreOffice draws them so): the shading behind the digits, the
// underline under them as wide, a dot over each.
func TestMarksOfHorizontalInAnUprightColumn(t *testing.T) {
	marked := `<w:u w:val="single"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/><w:em w:val="dot"/><w:eastAsianLayout w:id="7" w:vert="1" w:vertCompress="1"/>`
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		body := rt.Table([]int{1400, 4000}, w.Cell(1400, "tbRl", "", rt.Centred(w.Run("", "完成于"), w.Run(marked, "12"), w.Run("", "月"))), w.Cell(4000, "", "", rt.Centred(w.Run("", "说明"))))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		digits := textOp(t, r, "12")
		wide := digits.face.width("12", digits.size) * cmp.Or(digits.hscale, 1)
		em := digits.size * ptToMM
		f := digits.face.font
		top := digits.y - em*f.ascent/(f.ascent+f.descent)
		shaded, under, dots := false, false, 0
		for _, o := range kindOf(r, opFill) {
			shaded = shaded || o.color == "FFFF00" && o.x <= digits.x+0.01 && o.x+o.w >= digits.x+wide-0.01 && near(o.y, top) && o.h >= em
		}
		for _, o := range kindOf(r, opLine) {
			under = under || o.y > digits.y && o.y < digits.y+em/4 && near(o.x, digits.x) && near(o.w, wide)
		}
		for _, p := range pathsOf(r) {
			x, y, pw, ph := p.Bounds()
			if p.Fill == "000000" && pw < em/4 && x > digits.x && x+pw < digits.x+wide && y+ph < digits.y-em/2 {
				dots++
			}
		}
		if digits.angle != 0 || !shaded || !under || dots != 2 {
			t.Errorf("%v: 12 turned %v at (%.2f, %.2f) %.2f wide: shaded %v, underlined %v, %d dots", w, digits.angle, digits.x, digits.y, wide, shaded, under, dots)
		}
	}
}

// TestTwoLinesInOneAndRubyInAnUprightColumn: in a tbRl cell (WPS:
// tbRlV) 双行合一 stands as two columns of half-size characters in the
// column's em, its first half (沁源财) on the right, each upright one
// under the other, what follows after the longer half; a 拼音指南's
// guide lies on its side right of its base 沁, within the base's em
// along the column, 县 right under the base.
func TestTwoLinesInOneAndRubyInAnUprightColumn(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		ruby := `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="16"/><w:hpsRaise w:val="30"/><w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt>` +
			w.Run(`<w:sz w:val="16"/>`, "qìn") + `</w:rt><w:rubyBase>` + w.Run(`<w:sz w:val="32"/>`, "沁") + `</w:rubyBase></w:ruby></w:r>`
		para := rt.Centred(w.Run("", "联合"), w.Run(`<w:eastAsianLayout w:id="2" w:combine="1"/>`, "甲乙丙丁戊"), w.Run("", "发"), ruby, w.Run("", "县"))
		r := laidDocx(t, rt.Docx(t, rt.Table([]int{1400, 4000}, w.Cell(1400, "tbRl", "", para), w.Cell(4000, "", "", rt.Centred(w.Run("", "说明")))), "", nil))
		he, jia, yi, wu, fa := textOp(t, r, "合"), textOp(t, r, "甲"), textOp(t, r, "乙"), textOp(t, r, "戊"), textOp(t, r, "发")
		em := he.size * ptToMM
		half := jia.size * ptToMM
		mid := func(o op) float64 {
			return o.x + float64(o.face.glyph([]rune(o.text)[0]).advance)/o.face.font.upem*o.size*ptToMM/2
		}
		if jia.angle != 0 || !near(half, em/2) || !near(mid(jia)-mid(wu), em/2) || !near(yi.y-jia.y, half) || !near(fa.y-he.y, em+3*half) {
			t.Errorf("%v: 甲 at (%.2f, %.2f) %.1f pt, 乙 %.2f under, 戊 at %.2f across; 合 at %.2f, 发 %.2f under it, em %.2f", w, mid(jia), jia.y, jia.size, yi.y-jia.y, mid(wu), he.y, fa.y-he.y, em)
		}
		qin, guide, last, xian := textOp(t, r, "沁"), textOp(t, r, "q"), textOp(t, r, "n"), textOp(t, r, "县")
		f := qin.face.font
		top := qin.y - em*f.ascent/(f.ascent+f.descent)
		long := last.y + last.face.width("n", last.size) - guide.y
		if guide.angle != -90 || last.angle != -90 || !near(last.x, guide.x) || guide.x <= mid(qin)+em/4 || guide.y < top || guide.y+long > top+em || !near(xian.y-qin.y, em) || !near(mid(qin), mid(he)) {
			t.Errorf("%v: the guide at (%.2f, %.2f) %.2f long turned %v; 沁 at (%.2f, %.2f) from %.2f, 合 across %.2f, 县 %.2f under 沁", w, guide.x, guide.y, long, guide.angle, mid(qin), qin.y, top, mid(he), xian.y-qin.y)
		}
	}
}

// TestALinkOnHorizontalInAnUprightColumn: a link whose text is set
// 纵横混排 in a tbRl cell is the box of its em along the column, across
// the column's width, around the digits standing across it.
func TestALinkOnHorizontalInAnUprightColumn(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		link := `<w:hyperlink w:anchor="附表" w:history="1">` + w.Run(`<w:eastAsianLayout w:id="7" w:vert="1" w:vertCompress="1"/>`, "12") + `</w:hyperlink>`
		body := rt.Table([]int{1400, 4000}, w.Cell(1400, "tbRl", "", rt.Centred(w.Run("", "见表"), link, w.Run("", "号"))), w.Cell(4000, "", "", rt.Centred(w.Run("", "说明")))) +
			rt.Para(`<w:bookmarkStart w:id="0" w:name="附表"/>`+w.Run("", "附表")+`<w:bookmarkEnd w:id="0"/>`)
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		digits := textOp(t, r, "12")
		links := kindOf(r, opLink)
		if len(links) != 1 || links[0].text != "#附表" || links[0].x > digits.x || links[0].y > digits.y-digits.size*ptToMM/2 || links[0].y+links[0].h < digits.y {
			t.Errorf("%v: the links %+v, 12 at (%.2f, %.2f)", w, links, digits.x, digits.y)
		}
	}
}

// TestFittedTextInAnUprightColumn: 适应 fitted to an inch (调整宽度)
// after 县 in a tbRl cell (WPS: tbRlV) is spread down the column: 适's
// em box starts where 县's ends, 应's ends an inch below 适's start, and
// 末 follows right under 应.
func TestFittedTextInAnUprightColumn(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		para := rt.Para(w.Run("", "县"), w.Run(rt.Fit(1440, 5), "适应"), w.Run("", "末"))
		r := laidDocx(t, rt.Docx(t, rt.Table([]int{1400, 4000}, w.Cell(1400, "tbRl", "", para), w.Cell(4000, "", "", rt.Para(w.Run("", "说明")))), "", nil))
		xian, shi, ying, mo := textOp(t, r, "县"), textOp(t, r, "适"), textOp(t, r, "应"), textOp(t, r, "末")
		em := shi.size * ptToMM
		if !near(shi.y-xian.y, em) || !near(ying.y+em-shi.y, 25.4) || !near(mo.y-ying.y, em) {
			t.Errorf("%v: 县 %.2f 适 %.2f 应 %.2f 末 %.2f down the column, em %.2f; want 适应 an inch", w, xian.y, shi.y, ying.y, mo.y, em)
		}
	}
}

// TestHorizontalInATurnedCellStandsLevel: a 纵横混排 run (12) in a btLr
// cell, as Word and WPS write it, stands level on the page as LibreOffice
// draws it: reading left to right across the turned line, centred on
// it, between 于's and 月's places an em apart up the cell; its underline
// under it, level too.
func TestHorizontalInATurnedCellStandsLevel(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		body := rt.Table([]int{1400, 4000}, w.Cell(1400, "btLr", "", rt.Para(w.Run("", "完成于"), w.Run(`<w:u w:val="single"/><w:eastAsianLayout w:id="7" w:vert="1"/>`, "12"), w.Run("", "月"))), w.Cell(4000, "", "", rt.Centred(w.Run("", "说明"))))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		digits, before, after := textOp(t, r, "12"), textOp(t, r, "完成于"), textOp(t, r, "月")
		em := before.size * ptToMM
		wide := digits.face.width("12", digits.size)
		f := digits.face.font
		// The turned line's middle, across the page: its baseline is
		// the characters' descent from their em box's middle.
		mid := before.x - (f.ascent-f.descent)*em/2
		foot := before.y - 3*em // where 于 ends, up the cell
		if digits.angle != 0 || before.angle != 90 || after.angle != 90 {
			t.Fatalf("%v: 12 at %v°, the line at %v°", w, digits.angle, before.angle)
		}
		if !near(digits.x+wide/2, mid) || digits.y > foot || digits.y < after.y+em/2 {
			t.Errorf("%v: 12 at (%.2f, %.2f), %.2f wide; the line's middle %.2f, 于 ends at %.2f, 月 from %.2f", w, digits.x, digits.y, wide, mid, foot, after.y)
		}
		under := false
		for _, p := range pathsOf(r) {
			x, y, pw, ph := p.Bounds()
			under = under || ph < 0.5 && math.Abs(pw-wide) < 0.5 && y > digits.y && y < digits.y+em/2 && math.Abs(x-digits.x) < 0.3
		}
		if !under {
			t.Errorf("%v: no level underline under 12", w)
		}
	}
}

// TestAHorizontalSelectionInAnUprightColumn: 纵横混排 over m² (Word
// writes two runs of one w:id, the 2 superscript) in a tbRl cell stands
// across the column as one level text in one em: 2 smaller, raised and
// right after m; 30 spaced 2 pt (w:spacing 40) stands with its digits
// that much further apart; WPS writes it alike.
func TestAHorizontalSelectionInAnUprightColumn(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		vert := `<w:eastAsianLayout w:id="-1905" w:vert="1"/>`
		body := rt.Table([]int{1400, 4000}, w.Cell(1400, "tbRl", "", rt.Para(w.Run("", "面积"), w.Run(vert, "m"), w.Run(`<w:vertAlign w:val="superscript"/>`+vert, "2"), w.Run("", "第"),
			w.Run(`<w:spacing w:val="40"/><w:eastAsianLayout w:id="-1906" w:vert="1"/>`, "30"), w.Run("", "日"))), w.Cell(4000, "", "", rt.Centred(w.Run("", "说明"))))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		m, two, di, three, zero, ri := textOp(t, r, "m"), textOp(t, r, "2"), textOp(t, r, "第"), textOp(t, r, "3"), textOp(t, r, "0"), textOp(t, r, "日")
		em := di.size * ptToMM
		if m.angle != 0 || two.angle != 0 || two.size >= m.size || two.y >= m.y || two.y < m.y-em/2 || !near(two.x, m.x+m.face.width("m", m.size)) {
			t.Errorf("%v: m at (%.2f, %.2f) %.1f pt, 2 at (%.2f, %.2f) %.1f pt", w, m.x, m.y, m.size, two.x, two.y, two.size)
		}
		// One em of the column for m², the next character right under it.
		if d := di.y - m.y; d < em*0.5 || d > em*1.5 {
			t.Errorf("%v: 第 %.2f under m², em %.2f", w, d, em)
		}
		if !near(zero.x-three.x, three.face.width("3", three.size)+2*ptToMM) || !near(zero.y, three.y) || ri.y-three.y > 1.5*em {
			t.Errorf("%v: 3 at %.2f, 0 at %.2f, want %.2f apart", w, three.x, zero.x, three.face.width("3", three.size)+2*ptToMM)
		}
	}
}
