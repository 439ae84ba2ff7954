package layout

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// The template's text block, mm: its left margin and width, its top and
// foot.
const (
	blockLeft  = 1588 * twip
	blockWidth = (11906 - 1588 - 1474) * twip
	blockTop   = 2098 * twip
	blockFoot  = (16838 - 1984) * twip
)

// colsAs are the w:cols of two equal columns 425 twips apart, with a line
// between them or not, as Word, WPS and LibreOffice write them.
func colsAs(line bool) map[string]string {
	if line {
		return map[string]string{"Word": `<w:cols w:num="2" w:sep="1" w:space="425"/>`,
			"WPS":         `<w:cols w:space="425" w:num="2" w:sep="1"/>`,
			"LibreOffice": `<w:cols w:num="2" w:space="425" w:equalWidth="true" w:sep="true"/>`}
	}
	return map[string]string{"Word": `<w:cols w:num="2" w:space="425"/>`,
		"WPS":         `<w:cols w:space="425" w:num="2"/>`,
		"LibreOffice": `<w:cols w:num="2" w:space="425" w:equalWidth="true" w:sep="false"/>`}
}

// numbered are n paragraphs 第00段 … each some lines long in a column.
func paragraphsNumbered(from, n int) string {
	body := ""
	for i := from; i < from+n; i++ {
		body += rt.Para(rt.Word.Run("", fmt.Sprintf("第%02d段", i)+strings.Repeat("绩效评价结果良好", 3)))
	}
	return body
}

// placedLine is where a paragraph's first line stands: its page (from 0),
// its start and its baseline.
type placedLine struct {
	page int
	x, y float64
}

// starts are where each 第NN段's first line stands, by number.
func starts(r *renderer) map[int]placedLine {
	out := map[int]placedLine{}
	page := -1
	for i, o := range r.ops {
		if o.kind == opPage {
			page++
		}
		if o.kind == opText && o.text == "第" && i+1 < len(r.ops) {
			var n int
			if _, err := fmt.Sscanf(r.ops[i+1].text, "%d", &n); err == nil {
				out[n] = placedLine{page, o.x, o.y}
			}
		}
	}
	return out
}

// glyphsOf are the text operations of each page.
func glyphsOf(r *renderer) [][]op {
	var out [][]op
	for _, ops := range pagesOf(r) {
		out = append(out, slices.DeleteFunc(ops, func(o op) bool { return o.kind != opText }))
	}
	return out
}

// TestTextFlowsDownEachColumnThenTheNextPage: two equal columns, as Word,
// WPS and LibreOffice write them: every line starts at its column's left
// and ends inside it, on the grid's character pitch (13 characters of a
// column 74 mm wide); the text goes down the first column, on at the top
// of the second, then to the next page; the header and footer are not in
// columns.
func TestTextFlowsDownEachColumnThenTheNextPage(t *testing.T) {
	colW := (blockWidth - 425*twip) / 2
	lefts := []float64{blockLeft, blockLeft + colW + 425*twip}
	for who, cols := range colsAs(false) {
		r := laidDocx(t, rt.Docx(t, paragraphsNumbered(0, 40), cols, nil))
		pages := glyphsOf(r)
		if len(pages) < 2 {
			t.Fatalf("%s: %d pages", who, len(pages))
		}
		for p, ops := range pages {
			for _, o := range ops {
				if o.y > blockFoot {
					continue // the footer
				}
				k := slices.IndexFunc(lefts, func(l float64) bool { return o.x >= l-0.01 && o.x+5 <= l+colW+0.01 })
				if k < 0 {
					t.Fatalf("%s: page %d: %q at x %.2f is in no column", who, p+1, o.text, o.x)
				}
			}
		}
		s := starts(r)
		prev := placedLine{}
		column := func(l placedLine) int {
			if nearMM(l.x, lefts[1]) {
				return 1
			}
			return 0
		}
		seen := map[[2]int]bool{}
		for n := range 40 {
			l, ok := s[n]
			if !ok {
				t.Fatalf("%s: 第%02d段 not drawn", who, n)
			}
			if !nearMM(l.x, lefts[0]) && !nearMM(l.x, lefts[1]) {
				t.Errorf("%s: 第%02d段 starts at %.2f, not at a column's left %v", who, n, l.x, lefts)
			}
			if n > 0 && (l.page < prev.page || l.page == prev.page && (column(l) < column(prev) || column(l) == column(prev) && l.y <= prev.y)) {
				t.Errorf("%s: 第%02d段 at %+v comes before 第%02d段 at %+v", who, n, l, n-1, prev)
			}
			seen[[2]int{l.page, column(l)}] = true
			prev = l
		}
		if !seen[[2]int{0, 1}] || !seen[[2]int{1, 0}] {
			t.Errorf("%s: the text does not go on in the second column and then the next page: %v", who, seen)
		}
		// The second column starts at the first's top.
		first := func(p int, x float64) float64 {
			top := math.MaxFloat64
			for _, o := range pages[p] {
				if nearMM(o.x, x) && o.y < blockFoot {
					top = min(top, o.y)
				}
			}
			return top
		}
		if a, b := first(0, lefts[0]), first(0, lefts[1]); !nearMM(a, b) {
			t.Errorf("%s: the second column's first line at %.2f, the first's at %.2f", who, b, a)
		}
		// A line of 13 characters on the grid's pitch fills the column
		// (the paragraph's second, of no digits).
		second := pages[0][slices.IndexFunc(pages[0], func(o op) bool { return o.y > pages[0][0].y+1 })].y
		line := 0
		for _, o := range pages[0] {
			if nearMM(o.y, second) && o.x < lefts[1]-1 {
				line += len([]rune(o.text))
			}
		}
		if cell := r.g.cell; line != int(colW/cell) {
			t.Errorf("%s: %d characters on a column's line, want %d of %.2f mm", who, line, int(colW/cell), cell)
		}
	}
}

// TestHeaderAndFooterAreNotInColumns: the footer's page number stands
// where it stands in one column.
func TestHeaderAndFooterAreNotInColumns(t *testing.T) {
	footer := func(cols string) []op {
		r := laidDocx(t, rt.WithHeader(t, rt.Docx(t, paragraphsNumbered(0, 3), cols, nil), rt.Centred(rt.Word.Run("", "沁源县财政局"))))
		return slices.DeleteFunc(glyphsOf(r)[0], func(o op) bool { return o.y > blockTop && o.y < blockFoot })
	}
	one, two := footer(""), footer(colsAs(true)["Word"])
	if len(one) == 0 || len(one) != len(two) {
		t.Fatalf("header and footer: %d glyphs in one column, %d in two", len(one), len(two))
	}
	for i := range one {
		if !nearMM(one[i].x, two[i].x) || !nearMM(one[i].y, two[i].y) {
			t.Errorf("%q at %.2f, %.2f in two columns, at %.2f, %.2f in one", two[i].text, two[i].x, two[i].y, one[i].x, one[i].y)
		}
	}
}

// separators are the lines drawn between columns on each page.
func separators(r *renderer) [][]*Path {
	var out [][]*Path
	for _, ops := range pagesOf(r) {
		out = append(out, pathOps(ops))
	}
	return out
}

// TestALineStandsBetweenColumns: w:sep draws a line in the middle of the
// gap from the columns' top down as far as the longest column reaches: a
// full page's to its last line, the last page's no lower than its text.
// Without w:sep, none.
func TestALineStandsBetweenColumns(t *testing.T) {
	colW := (blockWidth - 425*twip) / 2
	mid := blockLeft + colW + 425*twip/2
	for who, cols := range colsAs(true) {
		r := laidDocx(t, rt.Docx(t, paragraphsNumbered(0, 35), cols, nil))
		pages, glyphs := separators(r), glyphsOf(r)
		for p, lines := range pages {
			if len(lines) != 1 {
				t.Fatalf("%s: page %d has %d lines between columns, want 1", who, p+1, len(lines))
			}
			from, to := lines[0].Segs[0].Pts[0], lines[0].Segs[1].Pts[0]
			if !nearMM(from.X, mid) || !nearMM(to.X, mid) || !nearMM(from.Y, blockTop) {
				t.Errorf("%s: page %d: the line runs from %v to %v, want x %.2f from %.2f", who, p+1, from, to, mid, blockTop)
			}
			lowest := 0.0
			for _, o := range glyphs[p] {
				if o.y < blockFoot {
					lowest = max(lowest, o.y)
				}
			}
			if to.Y < lowest || to.Y > lowest+r.g.pitch {
				t.Errorf("%s: page %d: the line ends at %.2f, the lowest baseline is %.2f", who, p+1, to.Y, lowest)
			}
		}
		if last := pages[len(pages)-1][0].Segs[1].Pts[0].Y; last > blockFoot-20 {
			t.Errorf("%s: the last page's line reaches %.2f, below its text", who, last)
		}
	}
	for who, cols := range colsAs(false) {
		for p, lines := range separators(laidDocx(t, rt.Docx(t, paragraphsNumbered(0, 40), cols, nil))) {
			if len(lines) != 0 {
				t.Errorf("%s: page %d has a line between columns without w:sep", who, p+1)
			}
		}
	}
}

func nearMM(a, b float64) bool { return math.Abs(a-b) < 0.02 }

// columnBreak is a run holding a column break, as Word and WPS write it.
const columnBreak = `<w:r><w:br w:type="column"/></w:r>`

// TestAColumnBreakGoesOnInTheNextColumn: a break at a paragraph's start
// (its own line, as Word's 分栏符 writes it) or at its end moves what
// follows to the next column's top; one in the last column to the next
// page's first.
func TestAColumnBreakGoesOnInTheNextColumn(t *testing.T) {
	colW := (blockWidth - 425*twip) / 2
	second := blockLeft + colW + 425*twip
	run := rt.Word.Run
	for name, body := range map[string]string{
		"before the text": rt.Para(run("", "第00段")) + rt.Para(columnBreak, run("", "第01段")) + rt.Para(columnBreak, run("", "第02段")),
		"after the text":  rt.Para(run("", "第00段"), columnBreak) + rt.Para(run("", "第01段"), columnBreak) + rt.Para(run("", "第02段")),
		// The text after a break in the middle of a paragraph goes on
		// in the next column.
		"within the text": rt.Para(run("", "第00段"), columnBreak, run("", "第01段"), columnBreak, run("", "第02段")),
	} {
		r := laidDocx(t, rt.Docx(t, body, colsAs(false)["Word"], nil))
		s := starts(r)
		if a, b := s[0], s[1]; a.page != 0 || b.page != 0 || !nearMM(a.x, blockLeft) || !nearMM(b.x, second) || !nearMM(a.y, b.y) {
			t.Errorf("%s: 第00段 at %+v, 第01段 at %+v: want the second column's top", name, a, b)
		}
		if c := s[2]; c.page != 1 || !nearMM(c.x, blockLeft) || !nearMM(c.y, s[0].y) {
			t.Errorf("%s: 第02段 at %+v: want the next page's first column", name, c)
		}
	}
}

// TestColumnsOfTheirOwnWidths: unequal columns (w:equalWidth off, each
// w:col's width and gap) as Word, WPS and LibreOffice write them, and
// three equal ones: each line starts at its column's left and is no
// wider than it.
func TestColumnsOfTheirOwnWidths(t *testing.T) {
	third := (blockWidth - 2*425*twip) / 3
	for who, c := range map[string]struct {
		cols   string
		lefts  []float64
		widths []float64
	}{
		"Word": {`<w:cols w:num="2" w:space="425" w:equalWidth="0"><w:col w:w="5000" w:space="425"/><w:col w:w="3419"/></w:cols>`,
			[]float64{blockLeft, blockLeft + 5425*twip}, []float64{5000 * twip, 3419 * twip}},
		"WPS": {`<w:cols w:equalWidth="0" w:num="2" w:sep="0"><w:col w:w="3000" w:space="600"/><w:col w:w="5244"/></w:cols>`,
			[]float64{blockLeft, blockLeft + 3600*twip}, []float64{3000 * twip, 5244 * twip}},
		"LibreOffice": {`<w:cols w:num="2" w:space="0" w:equalWidth="false" w:sep="false"><w:col w:w="4000" w:space="844"/><w:col w:w="4000" w:space="0"/></w:cols>`,
			[]float64{blockLeft, blockLeft + 4844*twip}, []float64{4000 * twip, 4000 * twip}},
		"three": {`<w:cols w:num="3" w:space="425"/>`,
			[]float64{blockLeft, blockLeft + third + 425*twip, blockLeft + 2*(third+425*twip)}, []float64{third, third, third}},
	} {
		r := laidDocx(t, rt.Docx(t, paragraphsNumbered(0, 40), c.cols, nil))
		used := make([]bool, len(c.lefts))
		for p, ops := range glyphsOf(r) {
			for _, o := range ops {
				if o.y > blockFoot {
					continue
				}
				k := slices.IndexFunc(c.lefts, func(l float64) bool { return o.x >= l-0.01 && o.x < l+c.widths[slices.Index(c.lefts, l)] })
				if k < 0 {
					t.Fatalf("%s: page %d: %q at %.2f is in no column", who, p+1, o.text, o.x)
				}
				if o.x+r.g.cell > c.lefts[k]+c.widths[k]+0.01 {
					t.Errorf("%s: page %d: %q at %.2f passes its column's right %.2f", who, p+1, o.text, o.x, c.lefts[k]+c.widths[k])
				}
				used[k] = true
			}
		}
		for _, l := range starts(r) {
			if !slices.ContainsFunc(c.lefts, func(x float64) bool { return nearMM(x, l.x) }) {
				t.Errorf("%s: a paragraph starts at %.2f, not at a column's left %v", who, l.x, c.lefts)
			}
		}
		if slices.Contains(used, false) {
			t.Errorf("%s: columns used %v", who, used)
		}
	}
}

// TestATableInAColumnIsTheColumnsWidth: a table as wide as the text (100%)
// spans its column, not the page; one after a column break stands in the
// second column.
func TestATableInAColumnIsTheColumnsWidth(t *testing.T) {
	colW := (blockWidth - 425*twip) / 2
	second := blockLeft + colW + 425*twip
	table := strings.Replace(rt.Table([]int{2000, 2000}, rt.Word.Cell(2000, "", "", rt.Para(rt.Word.Run("", "项目"))), rt.Word.Cell(2000, "", "", rt.Para(rt.Word.Run("", "金额")))),
		`<w:tblW w:w="0" w:type="auto"/>`, `<w:tblW w:w="5000" w:type="pct"/>`, 1)
	body := table + rt.Para(columnBreak, rt.Word.Run("", "第01段")) + table
	r := laidDocx(t, rt.Docx(t, body, colsAs(false)["Word"], nil))
	// Each table's lines' extent across, by the column they start in.
	spans := [][2]float64{{math.MaxFloat64, 0}, {math.MaxFloat64, 0}}
	for _, o := range pagesOf(r)[0] {
		if (o.kind == opLine || o.kind == opRect) && o.w > 10 {
			k := 0
			if o.x > second-1 {
				k = 1
			}
			spans[k] = [2]float64{min(spans[k][0], o.x), max(spans[k][1], o.x+o.w)}
		}
	}
	for k, left := range []float64{blockLeft, second} {
		if math.Abs(spans[k][0]-left) > 0.5 || math.Abs(spans[k][1]-(left+colW)) > 0.5 {
			t.Errorf("the table in column %d spans %.2f to %.2f, want %.2f to %.2f", k+1, spans[k][0], spans[k][1], left, left+colW)
		}
	}
}

// sectionEnd is a paragraph ending a section of the template's page as
// Word writes it: its start (w:type) and its columns; runs are the
// paragraph's, none for the break's own empty paragraph.
func sectionEnd(typ, cols string, runs ...string) string {
	if typ != "" {
		typ = `<w:type w:val="` + typ + `"/>`
	}
	return `<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/><w:sectPr>` + typ + `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>` +
		cols + `<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// TestColumnsEndedOnThePageAreBalanced: a section of two columns between
// continuous section breaks, in the middle of a page, as Word and WPS
// write it: its columns start below the text before, are balanced (the
// first no more than a line longer than the second), the line between
// them is as tall as they are, and the next section starts below them
// across the page.
func TestColumnsEndedOnThePageAreBalanced(t *testing.T) {
	colW := (blockWidth - 425*twip) / 2
	second := blockLeft + colW + 425*twip
	for who, cols := range colsAs(true) {
		body := paragraphsNumbered(0, 2) + sectionEnd("", "") + paragraphsNumbered(2, 5) + sectionEnd("continuous", cols) +
			paragraphsNumbered(7, 2) + sectionEnd("continuous", "")
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		s := starts(r)
		pages := glyphsOf(r)
		if len(pages) != 1 {
			t.Fatalf("%s: %d pages", who, len(pages))
		}
		// The columns' lines: their top and foot in each.
		tops, feet := [2]float64{math.MaxFloat64, math.MaxFloat64}, [2]float64{}
		sectionTop, sectionFoot := s[2].y, s[7].y
		for _, o := range pages[0] {
			if o.y < sectionTop-0.01 || o.y > sectionFoot-0.01 {
				continue
			}
			k := 0
			if o.x > second-1 {
				k = 1
			}
			tops[k], feet[k] = min(tops[k], o.y), max(feet[k], o.y)
		}
		if feet[1] == 0 {
			t.Fatalf("%s: nothing in the second column: the columns are not balanced", who)
		}
		if !nearMM(tops[0], tops[1]) || !nearMM(tops[0], sectionTop) || sectionTop <= s[1].y {
			t.Errorf("%s: the columns start at %.2f and %.2f, the section at %.2f below %.2f", who, tops[0], tops[1], sectionTop, s[1].y)
		}
		if d := feet[0] - feet[1]; d < -0.01 || d > r.g.pitch+0.01 {
			t.Errorf("%s: the columns end at %.2f and %.2f: not balanced", who, feet[0], feet[1])
		}
		if l := s[7]; !nearMM(l.x, blockLeft) || l.y <= max(feet[0], feet[1]) || l.y > max(feet[0], feet[1])+2*r.g.pitch {
			t.Errorf("%s: the section after the columns starts at %+v, the columns end at %.2f", who, l, max(feet[0], feet[1]))
		}
		lines := separators(r)[0]
		if len(lines) != 1 {
			t.Fatalf("%s: %d lines between columns", who, len(lines))
		}
		if from, to := lines[0].Segs[0].Pts[0].Y, lines[0].Segs[1].Pts[0].Y; from > tops[0] || from < s[1].y || to < max(feet[0], feet[1]) || to > s[7].y {
			t.Errorf("%s: the line between the columns runs from %.2f to %.2f; they stand from %.2f to %.2f", who, from, to, tops[0], max(feet[0], feet[1]))
		}
	}
}

// withFootnote adds footnote 1 saying text to docx, as Word writes it.
func withFootnote(t *testing.T, docx []byte, text string) []byte {
	notes := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t>` + text + `</w:t></w:r></w:p></w:footnote></w:footnotes>`
	return opctest.Edit(t, docx, map[string]func(string) string{
		"word/footnotes.xml": opctest.Set(notes),
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`, 1)
		},
	})
}

// footnoteRef is a run referring to footnote 1.
const footnoteRef = `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`

// TestAFootnoteStandsAtItsColumnsFoot: a footnote referred to in the
// first column, or in the second, stands at that column's foot, its text
// wrapped to the column's width, under a rule starting at its left, as
// Word (footnotes matching the section's columns) and LibreOffice put
// it; the other column's text runs down past it.
func TestAFootnoteStandsAtItsColumnsFoot(t *testing.T) {
	colW := (blockWidth - 425*twip) / 2
	lefts := []float64{blockLeft, blockLeft + colW + 425*twip}
	for k, at := range []int{2, 9} {
		body := paragraphsNumbered(0, at) + rt.Para(rt.Word.Run("", fmt.Sprintf("第%02d段见注", at)), footnoteRef) + paragraphsNumbered(at+1, 15-at)
		r := laidDocx(t, withFootnote(t, rt.Docx(t, body, colsAs(false)["Word"], nil), strings.Repeat("脚注内容资料来源", 6)))
		left := lefts[k]
		if ref := starts(r)[at]; ref.page != 0 || !nearMM(ref.x, left) {
			t.Fatalf("the reference's paragraph at %+v, want in column %d", ref, k+1)
		}
		var note []op
		lowestOther := 0.0
		for _, o := range glyphsOf(r)[0] {
			switch {
			case strings.ContainsAny(o.text, "脚注资料来源内容"):
				note = append(note, o)
			case !nearMM(o.x, left) && (o.x < left || o.x > left+colW) && o.y < blockFoot:
				lowestOther = max(lowestOther, o.y)
			}
		}
		if len(note) == 0 {
			t.Fatal("the footnote is not drawn on the page")
		}
		for _, o := range note {
			if o.x < left-0.01 || o.x+o.face.width(o.text, o.size) > left+colW+0.1 || o.y > blockFoot {
				t.Errorf("column %d: the footnote's %q at %.2f, %.2f: not in its column's foot", k+1, o.text, o.x, o.y)
			}
		}
		if lowestOther < note[0].y {
			t.Errorf("column %d: the other column ends at %.2f, above the footnote at %.2f", k+1, lowestOther, note[0].y)
		}
		rules := slices.DeleteFunc(pagesOf(r)[0], func(o op) bool { return o.kind != opLine })
		if len(rules) != 1 || !nearMM(rules[0].x, left) || rules[0].w > colW {
			t.Errorf("column %d: the footnote's rule: %+v, want one from the column's left %.2f", k+1, rules, left)
		}
	}
}

// TestAFloatFromTheColumnStandsInItsColumn: a shape placed 10 mm from
// the column, in a paragraph of the second column, stands 10 mm from
// that column's left; one placed from the margin, 10 mm from the text
// block's.
func TestAFloatFromTheColumnStandsInItsColumn(t *testing.T) {
	const mm = 36000
	colW := (blockWidth - 425*twip) / 2
	second := blockLeft + colW + 425*twip
	for from, want := range map[string]float64{"column": second + 10, "margin": blockLeft + 10} {
		a := st.Anchor{H: from, V: "paragraph", X: 10 * mm, Y: 0, CX: 20 * mm, CY: 10 * mm}
		shape := st.Run(a.Drawing(1, "矩形 1", st.Shape(a, "rect", "", st.Fill("FF0000"), "", "", "")), "")
		body := rt.Para(rt.Word.Run("", "第00段")) + rt.Para(columnBreak, rt.Word.Run("", "第01段"), shape)
		r := laidDocx(t, rt.Docx(t, body, colsAs(false)["Word"], nil))
		var filled []*Path
		for _, p := range pathsOf(r) {
			if p.Fill == "FF0000" {
				filled = append(filled, p)
			}
		}
		if len(filled) != 1 {
			t.Fatalf("from the %s: %d shapes drawn", from, len(filled))
		}
		if x, _, w, _ := filled[0].Bounds(); !nearly(x, want, 0.05) || !nearly(w, 20, 0.05) {
			t.Errorf("from the %s: the shape at %.2f, %.2f wide; want at %.2f", from, x, w, want)
		}
	}
}

// TestALongTableGoesOnInTheNextColumn: a table of many rows in columns
// begun below a page's text (a continuous section break) goes on at the
// top of the second column, level with the first's top, not over the
// text above, then on the next page's first column.
func TestALongTableGoesOnInTheNextColumn(t *testing.T) {
	colW := (blockWidth - 425*twip) / 2
	second := blockLeft + colW + 425*twip
	one := rt.Table([]int{2000, 2000}, rt.Word.Cell(2000, "", "", rt.Para(rt.Word.Run("", "项目"))), rt.Word.Cell(2000, "", "", rt.Para(rt.Word.Run("", "金额"))))
	row := one[strings.Index(one, "<w:tr>"):strings.Index(one, "</w:tbl>")]
	table := strings.Replace(one, row, strings.Repeat(row, 40), 1)
	body := paragraphsNumbered(0, 3) + sectionEnd("", "") + table + rt.Para(rt.Word.Run("", "第03段"))
	docx := opctest.Edit(t, rt.Docx(t, body, colsAs(false)["Word"], nil), map[string]func(string) string{"word/document.xml": func(s string) string {
		i := strings.LastIndex(s, "<w:pgSz ")
		return s[:i] + `<w:type w:val="continuous"/>` + s[i:]
	}})
	r := laidDocx(t, docx)
	sectionTop := starts(r)[2].y // the last paragraph above the columns
	tops := map[[2]int]float64{} // the highest cell text by page and column
	for p, ops := range glyphsOf(r) {
		for _, o := range ops {
			if o.text != "项目" {
				continue
			}
			k := [2]int{p, 0}
			if o.x > second-1 {
				k[1] = 1
			}
			if v, ok := tops[k]; !ok || o.y < v {
				tops[k] = o.y
			}
		}
	}
	first, next, overleaf := tops[[2]int{0, 0}], tops[[2]int{0, 1}], tops[[2]int{1, 0}]
	if first <= sectionTop || !nearMM(first, next) {
		t.Errorf("the table's rows start at %.2f in the first column and %.2f in the second, below the text at %.2f", first, next, sectionTop)
	}
	if overleaf == 0 || overleaf > first {
		t.Errorf("the table goes on overleaf at %.2f", overleaf)
	}
}

// TestColumnsBeforeAPageOfItsOwn: a section of columns with a line
// between them, followed by a landscape section (a page of its own), has
// its line drawn once, on its own page.
func TestColumnsBeforeAPageOfItsOwn(t *testing.T) {
	landscape := strings.Replace(sectionEnd("", ""), `<w:pgSz w:w="11906" w:h="16838"/>`, `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`, 1)
	body := paragraphsNumbered(0, 10) + sectionEnd("", colsAs(true)["Word"]) + paragraphsNumbered(10, 2) + landscape
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	pages := separators(r)
	if len(pages) < 2 || len(pages[0]) != 1 || len(pages[1]) != 0 {
		counts := []int{}
		for _, p := range pages {
			counts = append(counts, len(p))
		}
		t.Errorf("lines between columns by page: %v, want one on the first page only", counts)
	}
}

// TestColumnsNotBalancedAreWarnedOf: a section of columns ended by a
// continuous break on a page its columns began inside a paragraph going
// on from the page before is laid out unbalanced, and warned of, naming
// the section and the page; balanced ones are not warned of.
func TestColumnsNotBalancedAreWarnedOf(t *testing.T) {
	long := rt.Para(rt.Word.Run("", "第00段"+strings.Repeat("绩效评价结果良好", 100)))
	for name, c := range map[string]struct {
		body string
		warn bool
	}{
		"going on from the page before": {long + sectionEnd("continuous", colsAs(true)["Word"]) + paragraphsNumbered(1, 1) + sectionEnd("continuous", ""), true},
		"begun on the page":             {paragraphsNumbered(0, 5) + sectionEnd("continuous", colsAs(true)["Word"]) + paragraphsNumbered(5, 1) + sectionEnd("continuous", ""), false},
	} {
		r := laidDocx(t, rt.Docx(t, c.body, "", nil))
		warned := slices.ContainsFunc(r.warnings, func(w string) bool {
			return strings.Contains(w, "第 1 节的分栏在第 2 页以连续分节符结束")
		})
		if warned != c.warn {
			t.Errorf("%s: warned %v, want %v: %q", name, warned, c.warn, r.warnings)
		}
	}
}
