package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/runtest"
)

// markedTable is a table of one mark a row (runtest.Marks), as w writes
// it, rows standing for header rows.
func markedTable(w runtest.Writer, header bool) string {
	rows := ""
	for _, m := range w.Marks() {
		trPr := ""
		if header {
			trPr = `<w:trPr><w:tblHeader/></w:trPr>`
		}
		rows += `<w:tr>` + trPr + w.Cell(4000, "", "", runtest.Para(w.Runs(m))) + `</w:tr>`
	}
	return `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>` + rows + `</w:tbl>`
}

// markedLine is a header's or footer's paragraph of every mark, as w
// writes it.
func markedLine(w runtest.Writer) string {
	runs := ""
	for _, m := range w.Marks() {
		runs += w.Runs(m) + w.Run("", "，")
	}
	return runtest.Para(runs)
}

// textOps are the text operations drawing text, in order, of ops.
func textOps(ops []op, text string) []op {
	var out []op
	for _, o := range ops {
		if o.kind == opText && o.text == text {
			out = append(out, o)
		}
	}
	return out
}

// textEnding is the first text operation of ops whose text ends with end.
func textEnding(t *testing.T, ops []op, end string) op {
	t.Helper()
	for _, o := range ops {
		if o.kind == opText && len(o.text) >= len(end) && o.text[len(o.text)-len(end):] == end {
			return o
		}
	}
	t.Fatalf("no text ends with %q", end)
	return op{}
}

// at are the operations of kind drawn from where the text operation t
// starts, on its line.
func at(ops []op, kind opKind, t op) []op {
	var out []op
	for _, o := range ops {
		if o.kind == kind && near(o.x, t.x) && o.y > t.y-t.size*ptToMM*1.2 && o.y < t.y+t.size*ptToMM*0.5 {
			out = append(out, o)
		}
	}
	return out
}

// wantMarksDrawn checks that ops draw every mark of runtest.Marks as a
// body paragraph's runs are drawn: scripts raised or lowered and smaller,
// the red figure red, lines through and under their text, backgrounds,
// bold, italic, small capitals, a link, emphasis dots, a text border and
// a raised run.
func wantMarksDrawn(t *testing.T, r *renderer, ops []op, what string) {
	t.Helper()
	one := func(text string) op {
		t.Helper()
		got := textOps(ops, text)
		if len(got) == 0 {
			t.Fatalf("%s: no text operation draws %q", what, text)
		}
		return got[0]
	}
	m, h := textEnding(t, ops, "m"), textEnding(t, ops, "H")
	size := m.size * ptToMM
	var scripts []op
	for _, o := range textOps(ops, "2") {
		if o.y > m.y-size && o.y < m.y+30 { // near m², not a page number
			scripts = append(scripts, o)
		}
	}
	if len(scripts) != 2 {
		t.Fatalf("%s: %d scripts drawn, want m² and H₂O: %+v", what, len(scripts), scripts)
	}
	if sup, sub := scripts[0], scripts[1]; !near(sup.size, m.size*scriptScale) || !near(sup.y, m.y-superRise*size) || !near(sub.size, h.size*scriptScale) || !near(sub.y, h.y+subDrop*size) {
		t.Errorf("%s: m² at %.2f pt, y %.2f (m at %.2f pt, y %.2f); H₂O at %.2f pt, y %.2f (H at y %.2f)", what, sup.size, sup.y, m.size, m.y, sub.size, sub.y, h.y)
	}
	if red, black := one("-3.5"), textEnding(t, ops, "增长"); red.color != "FF0000" || black.color != "" {
		t.Errorf("%s: the figure in %q among text in %q", what, red.color, black.color)
	}
	for _, c := range []struct {
		text  string
		lines int
		above bool
		kind  string
	}{{"删", 1, true, "solid"}, {"双", 2, true, "solid"}, {"单", 1, false, "solid"}, {"重", 2, false, "solid"}, {"波", 1, false, "wavy"}} {
		o := one(c.text)
		ls := at(ops, opLine, o)
		if len(ls) != c.lines || ls[0].text != c.kind || (ls[0].y < o.y) != c.above {
			t.Errorf("%s: %s has lines %v, baseline %.2f; want %d %s above %v", what, c.text, ls, o.y, c.lines, c.kind, c.above)
		}
	}
	for text, fill := range map[string]string{"黄": "FFFF00", "灰": "D9D9D9"} {
		if fs := at(ops, opFill, one(text)); len(fs) != 1 || fs[0].color != fill {
			t.Errorf("%s: %s has backgrounds %+v, want %s", what, text, fs, fill)
		}
	}
	if !one("粗").bold || textEnding(t, ops, "普通").bold {
		t.Errorf("%s: 粗 bold %v, 普通 bold %v", what, one("粗").bold, textEnding(t, ops, "普通").bold)
	}
	if one("斜").face != r.fs.role("kai") {
		t.Errorf("%s: italic Chinese is not set in 楷体", what)
	}
	if abc := one("ABC"); !near(abc.size, m.size*0.8) {
		t.Errorf("%s: small capitals at %.2f pt, text at %.2f", what, abc.size, m.size)
	}
	if links := at(ops, opLink, one("链")); len(links) != 1 || links[0].text != "#正文" {
		t.Errorf("%s: links at 链: %+v", what, links)
	}
	dot, box := one("着"), one("框")
	var marks, borders int
	for _, o := range ops {
		if o.kind != opPath {
			continue
		}
		x, y, w, hh := o.path.Bounds()
		switch {
		case x > dot.x && x+w < dot.x+size && y+hh < dot.y-0.8*size:
			marks++
		case x < box.x && x+w > box.x+size*0.9:
			borders++
		}
	}
	if marks != 1 || borders == 0 {
		t.Errorf("%s: %d emphasis marks above 着, %d borders around 框", what, marks, borders)
	}
	if up, flat := one("升"), textEnding(t, ops, "平"); !near(up.y, flat.y-3*ptToMM) {
		t.Errorf("%s: a run raised 3 pt at %.2f, its line's baseline %.2f", what, up.y, flat.y)
	}
}

// TestCellRunsAreDrawnAsInTheBody: a table cell's runs keep their
// formatting, as Word and WPS write it, drawn as a body paragraph's; none
// is listed as not drawn.
func TestCellRunsAreDrawnAsInTheBody(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		r := laidDocx(t, runtest.Docx(t, markedTable(w, false)+runtest.Target("正文"), "", nil))
		wantMarksDrawn(t, r, r.ops, "cell")
	}
}

// TestHeaderAndFooterRunsAreDrawnAsInTheBody: a header's and a footer's
// runs keep their formatting, as Word and WPS write it; none is listed.
func TestHeaderAndFooterRunsAreDrawnAsInTheBody(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		// Off the template's character grid, as a 页眉 or 页脚 style sets
		// it, each stretch is one text operation.
		line := strings.Replace(markedLine(w), "<w:pPr>", `<w:pPr><w:snapToGrid w:val="0"/>`, 1)
		docx := runtest.WithHeader(t, runtest.Docx(t, runtest.Target("正文"), "", nil), line)
		r := laidDocx(t, docx)
		wantMarksDrawn(t, r, r.ops, "header")
		footer := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` + line + `</w:ftr>`
		r = laidDocx(t, runtest.Docx(t, runtest.Target("正文"), "", map[string]string{"word/footer1.xml": footer, "word/footer2.xml": footer}))
		wantMarksDrawn(t, r, r.ops, "footer")
		if up := textOps(r.ops, "升"); len(up) != 1 || up[0].y < r.blockBottom() {
			t.Errorf("%v: the footer's raised run is drawn at %+v, the text block ending at %.2f", w, up, r.blockBottom())
		}
	}
}

// TestARepeatedHeaderRowKeepsItsRuns: header rows repeated on the next
// page draw their runs' formatting there too.
func TestARepeatedHeaderRowKeepsItsRuns(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		table := markedTable(w, true)
		rows := ""
		for i := range 60 {
			rows += `<w:tr>` + w.Cell(4000, "", "", runtest.Para(w.Run("", "第"+string(rune('A'+i%26))+"行"))) + `</w:tr>`
		}
		table = table[:len(table)-len("</w:tbl>")] + rows + "</w:tbl>"
		r := laidDocx(t, runtest.Docx(t, table+runtest.Target("正文"), "", nil))
		pages := pagesOf(r)
		if len(pages) < 2 {
			t.Fatalf("%v: %d pages, want the table over two", w, len(pages))
		}
		wantMarksDrawn(t, r, pages[0], "header row")
		wantMarksDrawn(t, r, pages[1], "repeated header row")
	}
}

// TestASplitRowKeepsItsRuns: a row too tall for its page, split over
// pages, draws its runs' formatting on each.
func TestASplitRowKeepsItsRuns(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		paras := ""
		for range 12 {
			for _, m := range w.Marks() {
				paras += runtest.Para(w.Runs(m))
			}
		}
		table := `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` + w.Cell(4000, "", "", paras) + `</w:tr></w:tbl>`
		r := laidDocx(t, runtest.Docx(t, table+runtest.Target("正文"), "", nil))
		pages := pagesOf(r)
		if len(pages) < 3 {
			t.Fatalf("%v: %d pages, want the row over three", w, len(pages))
		}
		for i, page := range pages[:len(pages)-1] {
			struck, lit := textOps(page, "删"), textOps(page, "黄")
			if len(struck) == 0 || len(lit) == 0 {
				t.Fatalf("%v: page %d draws %d 删 and %d 黄", w, i+1, len(struck), len(lit))
			}
			for _, o := range struck {
				if ls := at(page, opLine, o); len(ls) != 1 || ls[0].y > o.y {
					t.Errorf("%v: page %d: 删 at %.2f struck by %v", w, i+1, o.y, ls)
				}
			}
			for _, o := range lit {
				if fs := at(page, opFill, o); len(fs) != 1 || fs[0].color != "FFFF00" {
					t.Errorf("%v: page %d: 黄 at %.2f on %v", w, i+1, o.y, fs)
				}
			}
		}
	}
}

// TestACellOfASuperscriptKeepsItSmall: a cell holding only a superscript
// (a note's ¹) sets it smaller and raised, its line the paragraph's.
func TestACellOfASuperscriptKeepsItSmall(t *testing.T) {
	w := runtest.Word
	table := runtest.Table([]int{2000, 2000}, w.Cell(2000, "", "", runtest.Para(w.Run("", "面积"))), w.Cell(2000, "", "", runtest.Para(w.Run(`<w:vertAlign w:val="superscript"/>`, "1"))))
	r := laidDocx(t, runtest.Docx(t, table, "", nil))
	base, sup := textOp(t, r, "面积"), textOp(t, r, "1")
	if !near(sup.size, base.size*scriptScale) || !near(sup.y, base.y-superRise*base.size*ptToMM) {
		t.Errorf("the superscript at %.2f pt, y %.2f; the text beside at %.2f pt, y %.2f", sup.size, sup.y, base.size, base.y)
	}
}
