package layout

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/runtest"
)

// opStarting is the first text operation whose text starts with prefix.
func opStarting(t *testing.T, ops []op, prefix string) op {
	t.Helper()
	for _, o := range ops {
		if o.kind == opText && strings.HasPrefix(o.text, prefix) {
			return o
		}
	}
	t.Fatalf("no text operation starts with %q", prefix)
	return op{}
}

// fittedBody is a 落款's labels fitted to 84 pt and 64 pt as a clerk
// fits them (单位： of two runs, one bold, in one stretch), text
// squeezed into 45 pt, and a cell's 姓名 fitted to 64 pt, each followed
// by plain text; off the document grid where offGrid.
func fittedBody(w runtest.Writer, offGrid bool) string {
	para := func(runs ...string) string {
		p := runtest.Para(runs...)
		if offGrid {
			p = strings.Replace(p, `<w:pStyle w:val="Normal"/>`, `<w:pStyle w:val="Normal"/><w:snapToGrid w:val="0"/>`, 1)
		}
		return p
	}
	return para(w.Run(runtest.Fit(1680, 7), "单位"), w.Run(runtest.Fit(1680, 7)+"<w:b/>", "："), w.Run("", "沁源县财政局")) +
		para(w.Run(runtest.Fit(1680, 8), "联系人："), w.Run("", "张三")) +
		para(w.Run(runtest.Fit(900, 9), "预算绩效管理"), w.Run("", "后")) +
		`<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` +
		w.Cell(4000, "", "", para(w.Run(runtest.Fit(1280, 10), "姓名"), w.Run("", "李四"))) + `</w:tr></w:tbl>`
}

// TestFittedTextTakesItsWidth: text fitted to a width (调整宽度) spans
// exactly that width, on the document grid and off it, in the body and
// in a cell: its first character where the line starts, the text after
// it that far on, its characters evenly spread with no room after the
// last, or squeezed across where the text is wider.
func TestFittedTextTakesItsWidth(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		for _, off := range []bool{false, true} {
			r := laidDocx(t, runtest.Docx(t, fittedBody(w, off), "", nil))
			for _, c := range []struct {
				first, next string
				pt          float64
			}{{"单", "沁", 84}, {"联", "张", 84}, {"预", "后", 45}, {"姓", "李", 64}} {
				a, b := opStarting(t, r.ops, c.first), opStarting(t, r.ops, c.next)
				if !nearly(b.x-a.x, c.pt*ptToMM, 0.02) || !near(a.y, b.y) {
					t.Errorf("%v off grid %v: %s… at %.2f, %s after it at %.2f, want %.2f mm on",
						w, off, c.first, a.x, c.next, b.x, c.pt*ptToMM)
				}
			}
			dan, wei, colon := opStarting(t, r.ops, "单"), opStarting(t, r.ops, "位"), opStarting(t, r.ops, "：")
			if !nearly(wei.x-dan.x, colon.x-wei.x, 0.02) || wei.x-dan.x < 9 {
				t.Errorf("%v off grid %v: 单 位 ： at %.2f %.2f %.2f, want evenly spread", w, off, dan.x, wei.x, colon.x)
			}
			// The colon's glyph ends where the stretch does.
			if end := colon.x + colon.size*ptToMM; !nearly(end, dan.x+84*ptToMM, 0.3) {
				t.Errorf("%v off grid %v: ： ends at %.2f, the stretch at %.2f", w, off, end, dan.x+84*ptToMM)
			}
			if squeezed := opStarting(t, r.ops, "预"); squeezed.hscale >= 0.6 || squeezed.hscale <= 0 {
				t.Errorf("%v off grid %v: 预算绩效管理 in 45 pt scaled %.2f across", w, off, squeezed.hscale)
			}
		}
	}
}

// TestAHeaderLinesFittedTextTakesItsWidth: a header's 单位： fitted to
// 84 pt puts the text after it 84 pt on from its start, as in the body.
func TestAHeaderLinesFittedTextTakesItsWidth(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		header := runtest.Para(w.Run(runtest.Fit(1680, 3), "单位："), w.Run("", "沁源县财政局"))
		r := laidDocx(t, runtest.WithHeader(t, runtest.Docx(t, runtest.Para(w.Run("", "正文")), "", nil), header))
		a, b := opStarting(t, r.ops, "单"), opStarting(t, r.ops, "沁")
		if !nearly(b.x-a.x, 84*ptToMM, 0.02) || !near(a.y, b.y) {
			t.Errorf("%v: 单 at %.2f, 沁 at %.2f, want %.2f mm on", w, a.x, b.x, 84*ptToMM)
		}
	}
}

// TestACellFitsItsText: a cell set to fit its text (适应文字, w:tcFitText,
// as Word and WPS write it) spreads a short line across its content box,
// its first character at the box's left and its last ending at its right,
// and squeezes a long one into one line there, unwrapped.
func TestACellFitsItsText(t *testing.T) {
	fitted := func(twips int, text string) string {
		return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:tcFitText/></w:tcPr>`, twips) + runtest.Para(runtest.Word.Run("", text)) + `</w:tc>`
	}
	long := "沁源县财政局部门整体支出绩效自评报告"
	body := runtest.Table([]int{3000, 1500}, fitted(3000, "单位"), fitted(1500, long)) + runtest.Para(runtest.Word.Run("", "表后"))
	r := laidDocx(t, runtest.Docx(t, body, "", nil))
	left := r.left() + twips(108)
	var short, squeezed []op
	for _, o := range kindOf(r, opText) {
		switch {
		case o.text == "单" || o.text == "位" || o.text == "单位":
			short = append(short, o)
		case strings.HasPrefix(o.text, "沁") || strings.HasSuffix(o.text, "告"):
			squeezed = append(squeezed, o)
		}
	}
	if len(short) == 0 || !near(short[0].x, left) {
		t.Fatalf("单位 drawn as %+v, want from the content box's left %.2f", short, left)
	}
	last := short[len(short)-1]
	end := last.x + last.face.width(last.text[len(last.text)-len("位"):], last.size) // its last character's advance
	if right := r.left() + twips(3000) - twips(108); !nearly(end, right, 0.3) {
		t.Errorf("单位 ends at %.2f, want spread to the content box's right %.2f", end, right)
	}
	if len(squeezed) == 0 {
		t.Fatal("the long text is not drawn")
	}
	for _, o := range squeezed {
		if o.y != squeezed[0].y {
			t.Errorf("the long text wrapped: %+v", squeezed)
			break
		}
	}
	s := squeezed[len(squeezed)-1]
	right := r.left() + twips(4500) - twips(108)
	if hs := s.hscale; hs == 0 || hs >= 1 || s.x > right {
		t.Errorf("the long text drawn %+v, want squeezed within the cell ending at %.2f", s, right)
	}
}
