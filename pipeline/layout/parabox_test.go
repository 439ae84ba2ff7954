package layout

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// boxedPara is a paragraph with pPr's borders and shading as w writes
// them: Word's attributes val, sz, space, color; WPS's val, color, sz,
// space. sides are top, left, bottom, right, between, as style:sz:space
// (eighths of a point, pt) or "" for none.
func boxedPara(w rt.Writer, sides [5]string, color, shd, ind, text string) string {
	b := "<w:pBdr>"
	for i, s := range sides {
		if s == "" {
			continue
		}
		var style string
		var sz, space int
		fmt.Sscanf(strings.ReplaceAll(s, ":", " "), "%s %d %d", &style, &sz, &space)
		name := []string{"top", "left", "bottom", "right", "between"}[i]
		if w == rt.WPS {
			b += fmt.Sprintf(`<w:%s w:val="%s" w:color="%s" w:sz="%d" w:space="%d"/>`, name, style, color, sz, space)
		} else {
			b += fmt.Sprintf(`<w:%s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>`, name, style, sz, space, color)
		}
	}
	b += "</w:pBdr>"
	if b == "<w:pBdr></w:pBdr>" {
		b = ""
	}
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + b + shd + `<w:ind w:firstLineChars="0" w:firstLine="0"` + ind + `/><w:jc w:val="left"/></w:pPr>` +
		w.Run("", text) + `</w:p>`
}

// The template's text block's right edge, mm (its left: columns_test.go).
const blockRight = 210 - 1474*twip

// fillsOf are the fills among ops; rulesOf the lines across of color.
func fillsOf(ops []op) []op { return coloured(ops, opFill, "*") }

func rulesOf(ops []op, color string) []op { return coloured(ops, opLine, color) }

// coloured are the operations of kind among ops in color, any for "*".
func coloured(ops []op, kind opKind, color string) []op {
	return slices.DeleteFunc(slices.Clone(ops), func(o op) bool { return o.kind != kind || color != "*" && o.color != color })
}

func close(a, b float64) bool { return math.Abs(a-b) < 0.05 }

// TestAShadedBoxedParagraph: a paragraph boxed on four sides and shaded
// in a 10% pattern is filled in the pattern's grey from its left indent
// less the left line's space to its right indent plus the right's, from
// its top line to its bottom line; the fill goes under its text; its
// side lines run from the top line to the bottom one, outside the fill.
func TestAShadedBoxedParagraph(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		box := [5]string{"single:4:1", "single:8:4", "single:4:1", "double:4:4", ""}
		body := rt.Para(w.Run("", "前文")) +
			boxedPara(w, box, "FF0000", `<w:shd w:val="pct10" w:color="auto" w:fill="auto"/>`, ` w:left="420" w:right="840"`, "加框并有底纹的段落") +
			rt.Para(w.Run("", "后文"))
		// A pattern of the automatic colour is the fill's: 10% black.
		body = strings.Replace(body, `w:val="pct10" w:color="auto"`, `w:val="pct10" w:color="000000"`, 1)
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		ops := pagesOf(r)[0]
		fills := fillsOf(ops)
		if len(fills) != 1 {
			t.Fatalf("%v: %d fills, want 1", w, len(fills))
		}
		f := fills[0]
		if f.color != "E6E6E6" {
			t.Errorf("%v: fill %s, want 10%% black over white E6E6E6", w, f.color)
		}
		x0, x1 := blockLeft+420*twip-4*ptToMM, blockRight-840*twip+4*ptToMM
		if !close(f.x, x0) || !close(f.x+f.w, x1) {
			t.Errorf("%v: fill across %.2f–%.2f, want %.2f–%.2f", w, f.x, f.x+f.w, x0, x1)
		}
		rules := rulesOf(ops, "FF0000")
		if len(rules) != 2+2 { // top, bottom; the double right line is paths
			t.Logf("%v: rules %+v", w, rules)
		}
		var topRule, bottomRule *op
		for i := range rules {
			switch {
			case close(rules[i].y, f.y):
				topRule = &rules[i]
			case close(rules[i].y, f.y+f.h):
				bottomRule = &rules[i]
			}
		}
		if topRule == nil || bottomRule == nil {
			t.Fatalf("%v: no top or bottom line at the fill's edges %.2f, %.2f: %+v", w, f.y, f.y+f.h, rules)
		}
		wl := ptToMM // the left line: sz 8
		if !close(topRule.x, x0-wl) {
			t.Errorf("%v: the top line starts at %.2f, want the left line's outer edge %.2f", w, topRule.x, x0-wl)
		}
		var text op
		index, fillAt := -1, -1
		for i, o := range ops {
			if o.kind == opText && strings.Contains("加框并有底纹的段落", o.text) && index < 0 {
				text, index = o, i
			}
			if o.kind == opFill {
				fillAt = i
			}
		}
		if index < 0 || fillAt > index {
			t.Errorf("%v: the fill (op %d) is not under the text (op %d)", w, fillAt, index)
		}
		if !close(text.x, blockLeft+420*twip) {
			t.Errorf("%v: text at %.2f, want at its indent %.2f", w, text.x, blockLeft+420*twip)
		}
		// The text's line stands inside the fill, a point below its top.
		if text.y < f.y+ptToMM-0.05 || text.y > f.y+f.h {
			t.Errorf("%v: text baseline %.2f outside the fill %.2f–%.2f", w, text.y, f.y, f.y+f.h)
		}
		var left, right []*Path
		for _, p := range pathOps(ops) {
			a, b := p.Segs[0].Pts[0], p.Segs[1].Pts[0]
			if a.X == b.X && p.Stroke == "FF0000" {
				if a.X < f.x {
					left = append(left, p)
				} else {
					right = append(right, p)
				}
			}
		}
		if len(left) != 1 || len(right) != 2 {
			t.Fatalf("%v: %d left and %d right strands, want 1 and a double line's 2", w, len(left), len(right))
		}
		l := left[0]
		if !close(l.Segs[0].Pts[0].X, x0-wl/2) || !close(l.Width, wl) || l.Segs[0].Pts[0].Y > f.y || l.Segs[1].Pts[0].Y < f.y+f.h {
			t.Errorf("%v: left line %+v, want at %.2f from above %.2f to below %.2f", w, l.Segs, x0-wl/2, f.y, f.y+f.h)
		}
		if r := right[0].Segs[0].Pts[0].X; r < x1 {
			t.Errorf("%v: right line at %.2f, inside the fill's right %.2f", w, r, x1)
		}
	}
}

// TestBoxedParagraphsAreOneBox: paragraphs one after another with the
// same lines and indents are one box: one top line over the first, one
// bottom line under the last, a between line over each other one, their
// sides and shading continuous through the spacing between them; a
// paragraph indented otherwise after them is a box of its own.
func TestBoxedParagraphsAreOneBox(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		box := [5]string{"single:4:1", "single:4:4", "single:4:1", "single:4:4", "dashed:4:1"}
		shd := `<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>`
		spaced := strings.Replace(boxedPara(w, box, "0000FF", shd, "", "第一段"), `<w:ind `, `<w:spacing w:before="120" w:after="120"/><w:ind `, 1)
		body := spaced + strings.ReplaceAll(spaced, "第一段", "第二段") + strings.ReplaceAll(spaced, "第一段", "第三段") +
			boxedPara(w, box, "0000FF", shd, ` w:left="840"`, "缩进的另一框")
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		ops := pagesOf(r)[0]
		fills := fillsOf(ops)
		if len(fills) != 4 {
			t.Fatalf("%v: %d fills, want one a paragraph", w, len(fills))
		}
		for i := 1; i < 3; i++ {
			if !close(fills[i].y, fills[i-1].y+fills[i-1].h) {
				t.Errorf("%v: paragraph %d's shading starts at %.2f, not where the one above ends (%.2f)", w, i+1, fills[i].y, fills[i-1].y+fills[i-1].h)
			}
		}
		if fills[3].y <= fills[2].y+fills[2].h+0.1 {
			t.Errorf("%v: the other box's shading reaches up to the group's", w)
		}
		var solid, dashed int
		for _, o := range rulesOf(ops, "0000FF") {
			switch o.text {
			case "solid":
				solid++
			case "dashed":
				dashed++
			}
		}
		// The group's top and bottom, the other box's top and bottom.
		if solid != 4 || dashed != 2 {
			t.Errorf("%v: %d solid and %d dashed lines across, want 4 and 2 between lines", w, solid, dashed)
		}
	}
}

// TestAShadedParagraphAcrossPages: a boxed paragraph that runs onto the
// next page is shaded and has its sides on both; its top line is on the
// first only, its bottom line on the second.
func TestAShadedParagraphAcrossPages(t *testing.T) {
	box := [5]string{"single:4:1", "single:4:4", "single:4:1", "single:4:4", ""}
	long := strings.Repeat("沁源县财政局绩效公开的说明文字。", 40)
	body := rt.Para(rt.Word.Run("", strings.Repeat("前文。", 150))) +
		boxedPara(rt.Word, box, "00B050", `<w:shd w:val="clear" w:color="auto" w:fill="E2EFDA"/>`, "", long)
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	var pages [][]op
	for _, ops := range pagesOf(r) {
		if len(fillsOf(ops)) > 0 {
			pages = append(pages, ops)
		}
	}
	if len(pages) != 2 {
		t.Fatalf("the paragraph is shaded on %d pages, want 2", len(pages))
	}
	for n, ops := range pages {
		fills, rules := fillsOf(ops), rulesOf(ops, "00B050")
		if len(fills) != 1 || len(rules) != 1 {
			t.Fatalf("page %d: %d fills and %d lines across, want 1 and 1", n+1, len(fills), len(rules))
		}
		if first := n == 0; first != close(rules[0].y, fills[0].y) {
			t.Errorf("page %d: the line across at %.2f, fill %.2f–%.2f", n+1, rules[0].y, fills[0].y, fills[0].y+fills[0].h)
		}
		sides := 0
		for _, p := range pathOps(ops) {
			if p.Stroke == "00B050" {
				sides++
			}
		}
		if sides != 2 {
			t.Errorf("page %d: %d side lines, want 2", n+1, sides)
		}
	}
}

// TestAHeaderParagraphIsShaded: a header's shaded paragraph is filled in
// the header, above the text block.
func TestAHeaderParagraphIsShaded(t *testing.T) {
	head := boxedPara(rt.WPS, [5]string{"", "", "single:6:1", "", ""}, "auto", `<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/>`, "", "沁源县财政局")
	r := laidDocx(t, rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), head))
	ops := pagesOf(r)[0]
	fills := fillsOf(ops)
	if len(fills) != 1 || fills[0].color != "DEEAF6" || fills[0].y+fills[0].h > 2098*twip {
		t.Fatalf("header fills %+v, want one above the text block's top %.2f", fills, 2098*twip)
	}
	if !close(fills[0].x, blockLeft) || !close(fills[0].x+fills[0].w, blockRight) {
		t.Errorf("header fill across %.2f–%.2f, want the text block's %.2f–%.2f", fills[0].x, fills[0].x+fills[0].w, blockLeft, blockRight)
	}
}

// TestACellParagraphIsShaded: a table cell's shaded paragraph, as Word
// and WPS write it, is one fill behind all its lines, from its left
// indent to the cell's content box's right, its text inside it; the
// paragraph after it in the cell is not shaded.
func TestACellParagraphIsShaded(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		shaded := `<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FBE4D5"/><w:ind w:left="210" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` +
			w.Run("", "有底纹的单元格段落，文字较长，需要折成两行以上显示。") + `</w:p>`
		body := rt.Table([]int{2000, 3000}, w.Cell(2000, "", "", shaded, rt.Para(w.Run("", "无底纹"))), w.Cell(3000, "", "", rt.Para(w.Run("", "右格")))) + rt.Para()
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		ops := pagesOf(r)[0]
		var fill *op
		at := -1
		for i, o := range ops {
			if o.kind == opFill && o.color == "FBE4D5" {
				if fill != nil {
					t.Fatalf("%v: more than one fill", w)
				}
				fill, at = &ops[i], i
			}
		}
		if fill == nil {
			t.Fatalf("%v: the cell paragraph is not shaded", w)
		}
		var lines []op
		for i, o := range ops {
			if o.kind != opText {
				continue
			}
			inside := o.y > fill.y && o.y < fill.y+fill.h && o.x >= fill.x-0.01 && o.x < fill.x+fill.w
			switch {
			case strings.ContainsAny(o.text, "无右"):
				if inside {
					t.Errorf("%v: %q, not shaded, is on the fill", w, o.text)
				}
			case strings.ContainsAny(o.text, "有底纹行显示"):
				lines = append(lines, o)
				if !inside || i < at {
					t.Errorf("%v: %q at (%.2f, %.2f) is not on the fill %+v", w, o.text, o.x, o.y, *fill)
				}
			}
		}
		if len(lines) < 2 || fill.h < 1.5*(lines[len(lines)-1].y-lines[0].y)/2 {
			t.Errorf("%v: fill %.2f high for lines from %.2f to %.2f", w, fill.h, lines[0].y, lines[len(lines)-1].y)
		}
		if !close(fill.x, blockLeft+108*twip+210*twip) {
			t.Errorf("%v: fill from %.2f, want the cell's margin and the indent in, %.2f", w, fill.x, blockLeft+108*twip+210*twip)
		}
	}
}

// TestCellParagraphsAreOneBox: two paragraphs of a cell with the same box
// and a between line, as Word writes them, are one box in the cell: a
// top line over the first, the between line, a bottom line under the
// second, sides through both, their text inside; the row is taller by
// the lines' room than the same cell's without them.
func TestCellParagraphsAreOneBox(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		box := [5]string{"single:8:1", "single:8:4", "single:8:1", "single:8:4", "dotted:8:1"}
		boxed := boxedPara(w, box, "7030A0", "", "", "甲项") + boxedPara(w, box, "7030A0", "", "", "乙项")
		plain := rt.Para(w.Run("", "甲项")) + rt.Para(w.Run("", "乙项"))
		rowHeight := func(paras string) (*renderer, float64) {
			r := laidDocx(t, rt.Docx(t, rt.Table([]int{3000}, w.Cell(3000, "", "", paras))+rt.Para(w.Run("", "表后")), "", nil))
			for _, o := range r.ops {
				if o.kind == opRect || o.kind == opFill && o.color == "000000" && o.w < 0.5 {
					return r, o.h // the cell's box, or its left line
				}
			}
			t.Fatalf("%v: no cell drawn", w)
			return nil, 0
		}
		r, h := rowHeight(boxed)
		_, plainH := rowHeight(plain)
		// Top, bottom and between lines' room: each its space and width.
		if want := (1 + 1 + 1 + 3) * ptToMM; math.Abs(h-plainH-want) > 0.3 {
			t.Errorf("%v: the boxed cell's row is %.2f mm taller, want %.2f", w, h-plainH, want)
		}
		ops := pagesOf(r)[0]
		var solid, dotted []op
		for _, o := range rulesOf(ops, "7030A0") {
			if o.text == "dotted" {
				dotted = append(dotted, o)
			} else {
				solid = append(solid, o)
			}
		}
		if len(solid) != 2 || len(dotted) != 1 {
			t.Fatalf("%v: %d solid and %d dotted lines across, want top and bottom and a between line", w, len(solid), len(dotted))
		}
		a, b := firstTextOp(t, r, "甲"), firstTextOp(t, r, "乙")
		if !(solid[0].y < a.y && a.y < dotted[0].y && dotted[0].y < b.y && b.y < solid[1].y) {
			t.Errorf("%v: lines at %.2f, %.2f, %.2f around text at %.2f and %.2f", w, solid[0].y, dotted[0].y, solid[1].y, a.y, b.y)
		}
		sides, from, to := 0, math.Inf(1), math.Inf(-1)
		for _, p := range pathOps(ops) {
			if p.Stroke == "7030A0" {
				sides++
				from, to = min(from, p.Segs[0].Pts[0].Y), max(to, p.Segs[1].Pts[0].Y)
			}
		}
		if sides != 4 || from > solid[0].y || to < solid[1].y {
			t.Errorf("%v: %d side lines from %.2f to %.2f, want two a paragraph from the top line %.2f to the bottom one %.2f", w, sides, from, to, solid[0].y, solid[1].y)
		}
	}
}

// TestABarBesideAParagraph: a bar (w:bar) is a line its space left of
// the text, from its first line's top to its last line's foot, drawn
// without a box; a 3-D left line (threeDEmboss) is two toned strands.
func TestABarBesideAParagraph(t *testing.T) {
	bar := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pBdr><w:bar w:val="single" w:sz="12" w:space="6" w:color="00B0F0"/></w:pBdr><w:ind w:left="420" w:firstLineChars="0" w:firstLine="0"/></w:pPr>` +
		rt.Word.Run("", "旁边有竖线的段落") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pBdr><w:left w:val="threeDEmboss" w:sz="24" w:space="4" w:color="808080"/></w:pBdr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` +
		rt.Word.Run("", "立体左框线") + `</w:p>`
	r := laidDocx(t, rt.Docx(t, bar, "", nil))
	ops := pagesOf(r)[0]
	text := firstTextOp(t, r, "旁")
	var bars, threeD []*Path
	for _, p := range pathOps(ops) {
		switch {
		case p.Stroke == "00B0F0":
			bars = append(bars, p)
		case p.Segs[0].Pts[0].X < blockLeft:
			threeD = append(threeD, p)
		}
	}
	if len(bars) != 1 {
		t.Fatalf("%d bars drawn, want 1", len(bars))
	}
	b := bars[0]
	x := blockLeft + 420*twip - 6*ptToMM - 1.5*ptToMM/2
	if a, z := b.Segs[0].Pts[0], b.Segs[1].Pts[0]; !close(a.X, x) || a.X != z.X || a.Y > text.y-2 || z.Y < text.y {
		t.Errorf("bar from %v to %v, want at %.2f beside the text at %.2f", a, z, x, text.y)
	}
	if len(rulesOf(ops, "00B0F0")) != 0 {
		t.Error("a bar drew a line across")
	}
	if len(threeD) != 2 || threeD[0].Stroke == threeD[1].Stroke {
		t.Errorf("the 3-D left line is %d strands, want two of two tones", len(threeD))
	}
}

// TestABoxedGroupAcrossPagesIsOpenAtTheBreak: paragraphs boxed as one
// group (top, bottom and between lines) that a page break parts are a box
// on each page, open where the break parts them: the top line over the
// group's first paragraph only, the bottom line under its last only, no
// line at the foot of the first page nor at the top of the second, and a
// between line where two of its paragraphs meet on a page, on both pages.
// The break falls between two paragraphs and inside one.
func TestABoxedGroupAcrossPagesIsOpenAtTheBreak(t *testing.T) {
	box := [5]string{"single:4:1", "single:4:4", "dotted:4:1", "single:4:4", "dashed:4:1"}
	for _, repeat := range []int{3, 9} { // short paragraphs, long ones
		body := rt.Para(rt.Word.Run("", strings.Repeat("前文。", 150)))
		for k := range 12 {
			body += boxedPara(rt.Word, box, "0000FF", "", "", fmt.Sprintf("第%02d段", k)+strings.Repeat("沁源县财政局绩效公开的说明文字。", repeat))
		}
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		begun := starts(r)
		all := pagesOf(r)
		first, last := begun[0].page, len(all)-1
		if first == last {
			t.Fatalf("%d: the group is on one page, the case wants it parted", repeat)
		}
		for n := first; n <= last; n++ {
			lines := map[string][]float64{}
			for _, o := range rulesOf(all[n], "0000FF") {
				lines[o.text] = append(lines[o.text], o.y)
			}
			wantTop, wantBottom, wantBetween := 0, 0, 0
			if n == first {
				wantTop = 1
			}
			if n == last {
				wantBottom = 1
			}
			// A between line over each paragraph but the first that
			// begins on the page below another's lines.
			for k := 1; k < 12; k++ {
				if s := begun[k]; s.page == n && s.y > r.top()+12 {
					wantBetween++
				}
			}
			if len(lines["solid"]) != wantTop || len(lines["dotted"]) != wantBottom || len(lines["dashed"]) != wantBetween {
				t.Errorf("%d, page %d: %d top, %d bottom and %d between lines, want %d, %d and %d",
					repeat, n+1, len(lines["solid"]), len(lines["dotted"]), len(lines["dashed"]), wantTop, wantBottom, wantBetween)
			}
		}
	}
}

// TestABoxedGroupInASplitRowIsOpenAtTheBreak: boxed paragraphs in a cell
// whose row splits at the page's foot, a paragraph of them parted there:
// its top line on the first page only, its bottom line on the second
// only, nothing drawn across at the foot or at the second part's top,
// and a between line where two paragraphs meet in each part.
func TestABoxedGroupInASplitRowIsOpenAtTheBreak(t *testing.T) {
	box := [5]string{"single:4:1", "single:4:4", "dotted:4:1", "single:4:4", "dashed:4:1"}
	var paras string
	for k := range 6 {
		paras += boxedPara(rt.Word, box, "7030A0", "", "", wide(fmt.Sprintf("第%02d段", k))+strings.Repeat("绩效说明文字。", 6))
	}
	body := rt.Para(rt.Word.Run("", strings.Repeat("前文。", 100))) + rt.Table([]int{4000}, rt.Word.Cell(4000, "", "", paras)) + rt.Para(rt.Word.Run("", "表后"))
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	all := pagesOf(r)
	// Where each paragraph's first line stands.
	begun := map[int]placedLine{}
	for n, ops := range all {
		for _, o := range ops {
			var k int
			if _, err := fmt.Sscanf(narrow(o.text), "第%02d段", &k); o.kind == opText && err == nil {
				begun[k] = placedLine{n, o.x, o.y}
			}
		}
	}
	first, second := begun[0].page, begun[5].page
	if second != first+1 || begun[1].page != first {
		t.Fatalf("the cell's paragraphs start on pages %d to %d, the case wants the row split over two", first+1, second+1)
	}
	for n := first; n <= second; n++ {
		lines := map[string]int{}
		for _, o := range rulesOf(all[n], "7030A0") {
			lines[o.text]++
		}
		meet := 0
		for k := 1; k < 6; k++ {
			if s := begun[k]; s.page == n && s.y > r.top()+12 {
				meet++
			}
		}
		wantTop, wantBottom := 0, 0
		if n == first {
			wantTop = 1
		} else {
			wantBottom = 1
		}
		if lines["solid"] != wantTop || lines["dotted"] != wantBottom || lines["dashed"] != meet {
			t.Errorf("page %d: %d top, %d bottom and %d between lines, want %d, %d and %d", n+1, lines["solid"], lines["dotted"], lines["dashed"], wantTop, wantBottom, meet)
		}
	}
}
