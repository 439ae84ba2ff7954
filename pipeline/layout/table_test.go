package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

func cell(text string, span int, merge wordmodel.Merge) wordmodel.Cell {
	return wordmodel.Cell{Text: text, Span: span, Merge: merge}
}

// tableOps lays out one table and returns its operations, page by page.
func tableOps(t *testing.T, table *wordmodel.Table) [][]op {
	t.Helper()
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	return byPage(r.ops)
}

// byPage are ops split at each new page.
func byPage(ops []op) [][]op {
	var pages [][]op
	for _, o := range ops {
		if o.kind == opPage || pages == nil {
			pages = append(pages, nil)
		}
		if o.kind != opPage {
			pages[len(pages)-1] = append(pages[len(pages)-1], o)
		}
	}
	return pages
}

// boxes lists the cell boxes (or, of strokes, those) drawn whose left
// edge is at x.
func boxes(ops []op, x float64) []op {
	var out []op
	for _, o := range ops {
		if (o.kind == opRect || o.kind == opFill) && near(o.x, x) {
			out = append(out, o)
		}
	}
	return out
}

func drawnTimes(pages [][]op, text string) int {
	n := 0
	for _, p := range pages {
		for _, o := range p {
			if o.kind == opText && o.text == text {
				n++
			}
		}
	}
	return n
}

// TestAVerticalMergeBesideAHorizontalOne: the merge is followed down its
// grid column, not by the cell's index, which a gridSpan in the same rows
// shifts.
func TestAVerticalMergeBesideAHorizontalOne(t *testing.T) {
	table := &wordmodel.Table{Widths: []int{1000, 1000, 1000}, Rows: []wordmodel.Row{
		{Cells: []wordmodel.Cell{cell("甲", 2, wordmodel.Alone), cell("合并", 1, wordmodel.Starts)}},
		{Cells: []wordmodel.Cell{cell("乙", 1, wordmodel.Alone), cell("丙", 1, wordmodel.Alone), cell("", 1, wordmodel.Continues)}},
		{Cells: []wordmodel.Cell{cell("丁", 2, wordmodel.Alone), cell("戊", 1, wordmodel.Alone)}},
	}}
	pages := tableOps(t, table)
	if len(pages) != 1 {
		t.Fatalf("%d pages", len(pages))
	}
	all := pages[0]
	first := boxes(all, all[0].x) // 甲's box starts the table
	if len(first) != 3 {
		t.Fatalf("%d boxes in the first column, want 3", len(first))
	}
	left := first[0].x
	third := left + 2*first[1].w // 乙 is one column wide
	merged := boxes(all, third)
	if len(merged) != 2 {
		t.Fatalf("%d boxes in the third column, want the merged cell and 戊: %+v", len(merged), merged)
	}
	if want := first[0].h + first[1].h; !near(merged[0].h, want) || !near(merged[0].y, first[0].y) {
		t.Errorf("merged cell at y %.2f, %.2f high; want at %.2f, %.2f high", merged[0].y, merged[0].h, first[0].y, want)
	}
	if drawnTimes(pages, "合并") != 1 {
		t.Error("the merged cell's text is not drawn once")
	}
}

// TestAMergeInTheHeaderRepeatsWithIt: a two-row header whose first cell
// is merged down over a row that spans the rest into two columns is drawn
// as one box on each page the header repeats on.
func TestAMergeInTheHeaderRepeatsWithIt(t *testing.T) {
	rows := []wordmodel.Row{
		{Header: true, Cells: []wordmodel.Cell{cell("序号", 1, wordmodel.Starts), cell("指标", 2, wordmodel.Alone)}},
		{Header: true, Cells: []wordmodel.Cell{cell("", 1, wordmodel.Continues), cell("一级", 1, wordmodel.Alone), cell("二级", 1, wordmodel.Alone)}},
	}
	for i := range 80 {
		n := fmt.Sprint(i + 1)
		rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{cell(n, 1, wordmodel.Alone), cell("项目"+n, 1, wordmodel.Alone), cell("值", 1, wordmodel.Alone)}})
	}
	pages := tableOps(t, &wordmodel.Table{Widths: []int{1000, 2000, 2000}, Rows: rows})
	if len(pages) < 2 {
		t.Fatalf("%d pages; the fixture must cross a page", len(pages))
	}
	for i, p := range pages {
		col := boxes(p, p[0].x)
		// The merged header box, then one box per body row.
		if len(col) < 2 || !near(col[0].h, 2*col[1].h) || !near(col[0].y+col[0].h, col[1].y) {
			t.Errorf("page %d: the header's merged cell is not one box over both header rows: %+v", i+1, col[:min(len(col), 2)])
		}
	}
	if drawnTimes(pages, "序号") != len(pages) {
		t.Errorf("序号 drawn %d times on %d pages", drawnTimes(pages, "序号"), len(pages))
	}
}

// TestAMergeAcrossAPageBreak: a merge running over page breaks is one
// merged box on each page, its text repeated on each (the attachment's
// agency, which a reader of a later page needs).
func TestAMergeAcrossAPageBreak(t *testing.T) {
	rows := []wordmodel.Row{{Header: true, Cells: []wordmodel.Cell{cell("类别", 1, wordmodel.Alone), cell("项目", 2, wordmodel.Alone)}}}
	for i := range 80 {
		merge := wordmodel.Continues
		if i == 0 {
			merge = wordmodel.Starts
		}
		rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{cell("一类", 1, merge), cell(fmt.Sprint("项目", i+1), 1, wordmodel.Alone), cell("值", 1, wordmodel.Alone)}})
	}
	pages := tableOps(t, &wordmodel.Table{Widths: []int{1000, 2000, 2000}, Rows: rows})
	if len(pages) < 2 {
		t.Fatalf("%d pages; the fixture must cross a page", len(pages))
	}
	for i, p := range pages {
		col := boxes(p, p[0].x)
		if len(col) != 2 {
			t.Errorf("page %d: %d boxes in the merged column, want the header's and the merge's", i+1, len(col))
			continue
		}
		rowsHere := 0
		for _, o := range boxes(p, p[0].x+col[0].w) {
			if o.y > col[0].y+0.01 {
				rowsHere++
			}
		}
		if !near(col[1].y, col[0].y+col[0].h) || !near(col[1].h, float64(rowsHere)*col[0].h) {
			t.Errorf("page %d: merged box at %.2f, %.2f high, over %d rows of %.2f", i+1, col[1].y, col[1].h, rowsHere, col[0].h)
		}
	}
	if drawnTimes(pages, "一类") != len(pages) {
		t.Errorf("一类 drawn %d times on %d pages, want once on each", drawnTimes(pages, "一类"), len(pages))
	}
}

// TestRowHeights: an atLeast row is its height when its text is shorter,
// an exact row is its height, and an exact row its text overflows grows
// and is warned of rather than cut off.
func TestRowHeights(t *testing.T) {
	long := ""
	for range 30 {
		long += "很长的说明文字"
	}
	table := &wordmodel.Table{Widths: []int{1000, 1000}, Rows: []wordmodel.Row{
		{Cells: []wordmodel.Cell{cell("自动", 1, wordmodel.Alone), cell("一", 1, wordmodel.Alone)}},
		{Height: 40, Cells: []wordmodel.Cell{cell("至少", 1, wordmodel.Alone), cell("二", 1, wordmodel.Alone)}},
		{Height: 30, Exact: true, Cells: []wordmodel.Cell{cell("固定", 1, wordmodel.Alone), cell("三", 1, wordmodel.Alone)}},
		{Height: 12, Exact: true, Cells: []wordmodel.Cell{cell("溢出", 1, wordmodel.Alone), cell(long, 1, wordmodel.Alone)}},
	}}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var col []op
	for _, o := range r.ops {
		if o.kind == opRect && (len(col) == 0 || near(o.x, col[0].x)) {
			col = append(col, o)
		}
	}
	if len(col) != 4 {
		t.Fatalf("%d rows drawn", len(col))
	}
	if !near(col[1].h, 40*ptToMM) || !near(col[2].h, 30*ptToMM) {
		t.Errorf("atLeast row %.2f mm, exact row %.2f mm; want %.2f and %.2f", col[1].h, col[2].h, 40*ptToMM, 30*ptToMM)
	}
	if col[0].h >= col[1].h || col[3].h <= 12*ptToMM {
		t.Errorf("auto row %.2f mm, overflowing exact row %.2f mm", col[0].h, col[3].h)
	}
	warned := false
	for _, w := range r.warnings {
		warned = warned || strings.Contains(w, "第 4 行设为固定行高")
	}
	if !warned {
		t.Errorf("no warning of the overflowing exact row: %q", r.warnings)
	}
}

// TestVerticalAlignment: in a row taller than its text, a cell's text
// stands at the top (Word's default), in the middle or at the bottom.
func TestVerticalAlignment(t *testing.T) {
	at := func(text, v string) wordmodel.Cell {
		c := cell(text, 1, wordmodel.Alone)
		c.VAlign = v
		return c
	}
	table := &wordmodel.Table{Widths: []int{1000, 1000, 1000}, Rows: []wordmodel.Row{
		{Height: 60, Cells: []wordmodel.Cell{at("上", ""), at("中", "center"), at("下", "bottom")}},
	}}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	box := boxes(r.ops, textOp(t, r, "上").x-r.p.Table.Padding)
	if len(box) != 1 {
		t.Fatalf("%d boxes", len(box))
	}
	top, mid, bottom := textOp(t, r, "上").y, textOp(t, r, "中").y, textOp(t, r, "下").y
	// Top and bottom text stand a padding from the box's edges: the two
	// gaps and one line fill the box.
	lineH := r.p.Table.Size * ptToMM * r.p.Table.LineHeight
	gaps := (top - box[0].y) + (box[0].y + box[0].h - bottom)
	if !(top < mid && mid < bottom) || math.Abs((mid-top)-(bottom-mid)) > 0.01 || math.Abs(gaps-2*r.p.Table.Padding-lineH) > 0.01 {
		t.Errorf("texts at %.2f, %.2f, %.2f in the box %.2f to %.2f", top, mid, bottom, box[0].y, box[0].y+box[0].h)
	}
}

// TestCellMargins: a cell's own margins, else the table's, set where its
// text stands and how high its row is.
func TestCellMargins(t *testing.T) {
	own := cell("自", 1, wordmodel.Alone)
	own.Margins = wordmodel.CellMargins{Pt: [4]float64{10, 20, 10, 0}, Set: [4]bool{true, true, true, false}}
	table := &wordmodel.Table{Widths: []int{1000, 1000}, Margins: wordmodel.CellMargins{Pt: [4]float64{0, 5, 0, 5}, Set: [4]bool{false, true, false, true}},
		Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{own, cell("表", 1, wordmodel.Alone)}}}}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var box []op
	for _, o := range r.ops {
		if o.kind == opRect {
			box = append(box, o)
		}
	}
	lineH := r.p.Table.Size * ptToMM * r.p.Table.LineHeight
	if len(box) != 2 || !near(box[0].h, lineH+20*ptToMM) {
		t.Fatalf("boxes %+v; want a row one line and 20 pt of margins high", box)
	}
	if x := textOp(t, r, "自").x; !near(x, box[0].x+20*ptToMM) {
		t.Errorf("own margin: text at %.2f, want %.2f", x, box[0].x+20*ptToMM)
	}
	if x := textOp(t, r, "表").x; !near(x, box[1].x+5*ptToMM) {
		t.Errorf("table's margin: text at %.2f, want %.2f", x, box[1].x+5*ptToMM)
	}
}

// TestTablesWithoutCellsAreLaidOutWithoutCrashing: a damaged table whose
// rows lost their cells (a crafted template, a tool's bad edit) floats,
// stands beside a float or keeps its cell spacing without a panic; there
// is nothing of it to draw.
func TestTablesWithoutCellsAreLaidOutWithoutCrashing(t *testing.T) {
	float := floatPicture(t, 40, 60, wordmodel.Float{FromX: "margin", AlignX: "left", FromY: "paragraph"}, "square", "bothSides")
	empty := func(tf *wordmodel.TableFloat, spacing float64) *wordmodel.Table {
		return &wordmodel.Table{Float: tf, Rows: []wordmodel.Row{{CellSpacing: spacing}, {CellSpacing: spacing}}}
	}
	for _, blocks := range [][]wordmodel.Block{
		{body("浮动表格"), empty(&wordmodel.TableFloat{FromX: "margin", FromY: "text"}, 0), body("其后")},
		{body("环绕", float), empty(nil, 0), body("其后")},
		{body("单元格间距"), empty(nil, 2), body("其后")},
	} {
		r := presetLaid(t, blocks...)
		if len(opsOf(r, "其")) == 0 {
			t.Errorf("the text after the table is lost: %s", fmtOps(r))
		}
	}
}
