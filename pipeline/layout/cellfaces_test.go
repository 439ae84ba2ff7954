package layout

import (
	"strings"
	"testing"
	"unicode/utf8"

	rt "jixiao/pipeline/wordmodel/runtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// mixedRun is a run as w writes one of mixed Latin and Chinese text in
// a cell: Latin fonts latin, East Asian font east; Word writes
// w:hint="eastAsia" where hint, WPS its languages too. extra is more rPr
// (after the fonts, in the schema's order).
func mixedRun(w rt.Writer, latin, east string, hint bool, extra, text string) string {
	h := ""
	if hint {
		h = ` w:hint="eastAsia"`
	}
	fonts := `<w:rFonts w:ascii="` + latin + `" w:hAnsi="` + latin + `" w:eastAsia="` + east + `"` + h + `/>`
	lang := ""
	if w == rt.WPS {
		fonts = `<w:rFonts` + h + ` w:ascii="` + latin + `" w:eastAsia="` + east + `" w:hAnsi="` + latin + `"/>`
		lang = `<w:lang w:val="en-US" w:eastAsia="zh-CN"/>`
	}
	return `<w:r><w:rPr>` + fonts + extra + lang + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// cellOf is a one-cell table of a cell of paras, as w writes it, and a
// paragraph after it.
func cellOf(w rt.Writer, dir string, paras ...string) string {
	return rt.Table([]int{4000}, w.Cell(4000, dir, "", paras...)) + rt.Para(w.Run("", "表后"))
}

// wantFace fails where the text s is not drawn in want, or, drawn on its
// own, is not as wide as want sets it (the next text operation, next,
// standing there).
func wantFace(t *testing.T, r *renderer, what, s, next string, want *face) {
	t.Helper()
	o := opWith(t, r, s)
	if o.face != want {
		t.Errorf("%s: %q drawn in %s, want %s", what, s, o.face.family, want.family)
	}
	if next == "" || o.text != s {
		return // drawn with the text after it, in one face
	}
	n := opWith(t, r, next)
	w := want.width(s, o.size)
	if last, _ := utf8.DecodeLastRuneInString(s); last < 0x80 && ideograph([]rune(next)[0]) {
		w += max(o.size, n.size) * ptToMM / 5 // the room Word puts between digits and Chinese (autospace.go)
	}
	if !near(n.x-o.x, w) {
		t.Errorf("%s: %q %.3f mm wide, want %s's %.3f", what, s, n.x-o.x, want.family, w)
	}
}

// TestCellDigitsTakeTheRunsLatinFont: the digits of 2023年度 in a table
// cell are set in the run's Latin font (w:ascii 黑体) and its 年度 in the
// East Asian font (仿宋_GB2312), each as wide as its face sets it, as in
// a body paragraph and as Word shows both: written as one run (Word) or
// as runs with and without w:hint (WPS, text typed with and without a
// Chinese input method), in a plain cell, a cell of a red figure among
// black ones, a repeated header row's bold cell and a vertical cell.
func TestCellDigitsTakeTheRunsLatinFont(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		one := rt.Para(mixedRun(w, "黑体", "仿宋_GB2312", true, "", "2023年度"))
		split := rt.Para(mixedRun(w, "黑体", "仿宋_GB2312", false, "", "2023"), mixedRun(w, "黑体", "仿宋_GB2312", true, "", "年度"))
		red := rt.Para(mixedRun(w, "黑体", "仿宋_GB2312", true, "", "合计"), mixedRun(w, "黑体", "仿宋_GB2312", false, `<w:color w:val="FF0000"/>`, "2023"),
			mixedRun(w, "黑体", "仿宋_GB2312", true, "", "年度"))
		sized := rt.Para(mixedRun(w, "黑体", "仿宋_GB2312", false, `<w:sz w:val="24"/>`, "2023"), mixedRun(w, "黑体", "仿宋_GB2312", true, `<w:sz w:val="21"/>`, "年度"))
		for name, body := range map[string]string{"one run": cellOf(w, "", one), "two runs": cellOf(w, "", split), "red figure": cellOf(w, "", red), "two sizes": cellOf(w, "", sized)} {
			r := laidDocx(t, rt.Docx(t, body, "", nil))
			wantFace(t, r, name, "2023", "年", r.fs.role("hei"))
			wantFace(t, r, name, "年", "", r.fs.role("fangsong"))
		}
	}
	// A header row, bold: its Chinese in the header face, its digits in
	// the run's Latin font.
	bold := rt.Para(mixedRun(rt.Word, "仿宋_GB2312", "黑体", true, `<w:b/>`, "2023年度"))
	table := rt.Placed(`<w:tblW w:w="4000" w:type="dxa"/>`, []int{4000}, rt.Row(true, rt.Word.Cell(4000, "", "", bold)), rt.Row(false, rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", "甲")))))
	r := laidDocx(t, rt.Docx(t, table+rt.Para(rt.Word.Run("", "表后")), "", nil))
	wantFace(t, r, "header row", "2023", "年", r.fs.role("fangsong"))
	wantFace(t, r, "header row", "年", "", r.fs.role("hei"))
	// A table nested in a cell: its cells' paragraphs are the cell's
	// lines, set alike.
	nested := rt.Table([]int{3000}, rt.Word.Cell(3000, "", "", rt.Para(mixedRun(rt.Word, "黑体", "仿宋_GB2312", true, "", "2023年度"))))
	r = laidDocx(t, rt.Docx(t, cellOf(rt.Word, "", nested+rt.Para()), "", nil))
	wantFace(t, r, "nested table", "2023", "年", r.fs.role("hei"))
	// A vertical cell (tbRl): its characters stand one under the other,
	// each in its own face.
	r = laidDocx(t, rt.Docx(t, cellOf(rt.Word, "tbRl", rt.Para(mixedRun(rt.Word, "黑体", "仿宋_GB2312", true, "", "2023年度"))), "", nil))
	if o := opWith(t, r, "2"); o.face != r.fs.role("hei") {
		t.Errorf("vertical cell: 2 drawn in %s, want 黑体's", o.face.family)
	}
	if o := opWith(t, r, "年"); o.face != r.fs.role("fangsong") {
		t.Errorf("vertical cell: 年 drawn in %s, want 仿宋's", o.face.family)
	}
}

// TestCellHintSetsSharedCharactersInTheEastAsianFace: in a cell as in
// the body, a “ or · of a run of w:hint="eastAsia" is set in its East
// Asian font (仿宋), of a run without in its High ANSI font (黑体); a
// cell whose runs differ in hint over such a character keeps each run's.
func TestCellHintSetsSharedCharactersInTheEastAsianFace(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		for _, hint := range []bool{false, true} {
			body := cellOf(w, "", rt.Para(mixedRun(w, "黑体", "仿宋_GB2312", hint, "", "甲“乙”丙")))
			r := laidDocx(t, rt.Docx(t, body, "", nil))
			want := r.fs.role("hei")
			if hint {
				want = r.fs.role("fangsong")
			}
			wantFace(t, r, "hint "+map[bool]string{true: "eastAsia", false: "none"}[hint], "“", "乙", want)
		}
		body := cellOf(w, "", rt.Para(mixedRun(w, "黑体", "仿宋_GB2312", true, "", "甲·乙"), mixedRun(w, "黑体", "仿宋_GB2312", false, "", "丙§丁")))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		wantFace(t, r, "hinted run", "·", "乙", r.fs.role("fangsong"))
		wantFace(t, r, "run without hint", "§", "丁", r.fs.role("hei"))
	}
}

// TestCellComplexRunTakesItsComplexFont: a cell's run of w:cs is set
// all in its complex-script font (黑体) at its w:szCs, as in the body.
func TestCellComplexRunTakesItsComplexFont(t *testing.T) {
	run := `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="黑体"/><w:cs/><w:sz w:val="32"/><w:szCs w:val="21"/></w:rPr><w:t>数据abc</w:t></w:r>`
	r := laidDocx(t, rt.Docx(t, cellOf(rt.Word, "", rt.Para(run)), "", nil))
	for _, s := range []string{"数", "abc"} {
		if o := opWith(t, r, s); o.face != r.fs.role("hei") || o.size != 10.5 {
			t.Errorf("w:cs run in a cell: %q drawn in %s at %.1f pt, want 黑体 at 10.5", s, o.face.family, o.size)
		}
	}
}

// TestHeaderTableDigitsTakeTheRunsLatinFont: a table in a header sets
// its cells' characters each in its font, as the body's tables do.
func TestHeaderTableDigitsTakeTheRunsLatinFont(t *testing.T) {
	table := rt.Table([]int{4000}, rt.Word.Cell(4000, "", "", rt.Para(mixedRun(rt.Word, "黑体", "仿宋_GB2312", true, "", "2023年度"))))
	docx := rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), table+`<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>`)
	r := laidDocx(t, docx)
	wantFace(t, r, "header's table", "2023", "年", r.fs.role("hei"))
	if !strings.Contains(opWith(t, r, "年").text, "年") {
		t.Fatal("header's table drew no 年")
	}
}

// TestTextBoxTableDigitsTakeTheRunsLatinFont: a table in a text box sets
// its cells' characters each in its font, as the body's tables do.
func TestTextBoxTableDigitsTakeTheRunsLatinFont(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 80 * mm, CY: 50 * mm}
	cell := rt.Para(mixedRun(rt.Word, "黑体", "仿宋_GB2312", true, "", "2023年度"))
	table := `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + cell + `</w:tc></w:tr></w:tbl>`
	box := st.Shape(a, "rect", "", st.Fill("FFFFFF"), "", table+st.Para(st.Text("框尾")), ">")
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", box), "")), nil))
	wantFace(t, r, "text box's table", "2023", "年", r.fs.role("hei"))
	wantFace(t, r, "text box's table", "年", "", r.fs.role("fangsong"))
}
