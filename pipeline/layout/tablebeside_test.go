package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestABesideTablesLaterPagesStandAtItsOwnWidth: a table that fits its
// page at its own width stands beside a picture at the right, narrowed;
// its rows, two lines each there, take it onto a second page, where they
// and its repeated header stand at the table's own width from the
// margin, one line each, the picture behind them.
func TestABesideTablesLaterPagesStandAtItsOwnWidth(t *testing.T) {
	table := func(rows int) *wordmodel.Table {
		tb := &wordmodel.Table{Widths: []int{4000, 4000}, Width: wordmodel.TableWidth{Twips: 8000},
			Rows: []wordmodel.Row{{Header: true, Cells: []wordmodel.Cell{{Text: "项目", Span: 1}, {Text: "说明", Span: 1}}}}}
		for k := range rows {
			tb.Rows = append(tb.Rows, wordmodel.Row{Cells: []wordmodel.Cell{{Text: wide(fmt.Sprintf("第%02d项绩效目标全部完成率达标", k)), Span: 1}, {Text: "资金使用合规", Span: 1}}})
		}
		return tb
	}
	pic := func() wordmodel.Image {
		return floatPicture(t, 60, 40, wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph"}, "square", "bothSides")
	}
	// As many rows as fit the page under the paragraph at the table's own
	// width.
	rows := 0
	for n := 10; n < 80; n++ {
		if r := presetLaid(t, body("说明"), table(n)); len(pagesOf(r)) > 1 {
			rows = n - 1
			break
		}
	}
	if rows == 0 {
		t.Fatal("the table never goes past its page")
	}
	r := presetLaid(t, body("说明", pic()), table(rows))
	pages := pagesOf(r)
	if len(pages) < 2 {
		t.Fatalf("the table beside the picture stays on its page: the case wants it narrowed onto a second")
	}
	width := 8000 * ptToMM / 20
	extent := func(ops []op) (x0, x1 float64) {
		x0, x1 = math.Inf(1), math.Inf(-1)
		for _, o := range ops {
			if o.kind == opRect {
				x0, x1 = min(x0, o.x), max(x1, o.x+o.w)
			}
		}
		return x0, x1
	}
	if x0, x1 := extent(pages[0]); !(x1-x0 < width-20) {
		t.Errorf("page 1: the table spans %.2f–%.2f, not narrowed beside the picture", x0, x1)
	}
	if x0, x1 := extent(pages[1]); !near(x0, r.left()) || !near(x1-x0, width) {
		t.Errorf("page 2: the table spans %.2f–%.2f, want %.2f wide from %.2f", x0, x1, width, r.left())
	}
	// A row's text on one line overleaf, cut in two beside the picture.
	whole := func(ops []op) (n, cut int) {
		for _, o := range ops {
			if o.kind != opText || !strings.HasPrefix(o.text, "第") {
				continue
			}
			if strings.HasSuffix(o.text, "达标") {
				n++
			} else {
				cut++
			}
		}
		return n, cut
	}
	if n, cut := whole(pages[0]); cut == 0 {
		t.Errorf("page 1: %d rows' text on one line, none cut beside the picture", n)
	}
	if n, cut := whole(pages[1]); n == 0 || cut > 0 {
		t.Errorf("page 2: %d rows' text on one line, %d cut", n, cut)
	}
	if p, head := find(pages[1:], "项目"); p != 0 || !near(head.x, textOp(t, presetLaid(t, table(3)), "项目").x) {
		t.Errorf("page 2: the header's 项目 at %.2f (found %v), want where the table's own stands", head.x, p == 0)
	}
}
