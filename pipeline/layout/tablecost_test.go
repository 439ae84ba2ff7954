package layout

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// attachment is an n-row attachment as the bureau's Word template fills
// it: a header row, then rows of a number, a project's name long enough to
// wrap and an amount, each cell one paragraph with its own spacing, indent
// and alignment, as Word writes every cell's pPr anew.
func attachment(tb testing.TB, n int) *wordmodel.Document {
	tb.Helper()
	pPr := `<w:spacing w:line="240" w:lineRule="auto"/><w:ind w:left="57" w:right="57"/><w:jc w:val="%s"/>`
	cellOf := func(align, text string) []string {
		return []string{wp(fmt.Sprintf(pPr, align), "", text)}
	}
	header := wordRowOf(cellOf("center", "序号"), cellOf("center", "项目名称"), cellOf("center", "金额（万元）"))
	rows := []string{strings.Replace(header, "<w:tc>", "<w:trPr><w:tblHeader/></w:trPr><w:tc>", 1)}
	for i := 1; i <= n; i++ {
		name := fmt.Sprintf("第%d个农村公路养护项目（%s）", i, strings.Repeat("县道乡道村道", 1+i%3))
		rows = append(rows, wordRowOf(cellOf("center", fmt.Sprint(i)), cellOf("both", name), cellOf("right", fmt.Sprintf("%d,%03d.%02d", i%97, i%1000, i%100))))
	}
	return cellDoc{defaults: zhDefaults, styles: zhNormal, grid: templateGrid, tblPr: `<w:tblStyle w:val="a3"/>`, rows: rows}.read(tb)
}

// layOutAll lays doc out and hands out its pages, as the PDF writer does.
func layOutAll(tb testing.TB, doc *wordmodel.Document, opt Options) int {
	laid, err := Layout(doc, opt)
	if err != nil {
		tb.Fatal(err)
	}
	pages := 0
	if err := laid.Pages(func(Page) error { pages++; return nil }); err != nil {
		tb.Fatal(err)
	}
	return pages
}

// TestALongTablesRowsAllocateLittle: a row of a long attachment costs a
// few allocations, not some for each of its cells' characters and lines:
// wrapping a cell reuses the renderer's buffers, cells set alike share
// their settings, a text operation's string is made once, line breaking
// reads characters in place, and rows and cells come in one array each.
// Allocation counts, unlike times, are the same on any machine; the layout
// allocated 199 a row of this table before.
func TestALongTablesRowsAllocateLittle(t *testing.T) {
	opt := testOptions(t)
	short, long := attachment(t, 100), attachment(t, 300)
	if layOutAll(t, long, opt) <= layOutAll(t, short, opt) {
		t.Fatal("the longer table has no more pages")
	}
	allocs := func(doc *wordmodel.Document) float64 {
		return testing.AllocsPerRun(3, func() { layOutAll(t, doc, opt) })
	}
	perRow := (allocs(long) - allocs(short)) / 200
	t.Logf("%.1f allocations a row", perRow)
	if perRow > 5 {
		t.Errorf("%.1f allocations a row of three cells, want at most 5", perRow)
	}
}

// BenchmarkAttachmentTable is the layout of a 2,000-row attachment read
// from Word, measured and laid out page by page. Run it with -benchmem:
// allocations are stable on a loaded machine, time is not.
func BenchmarkAttachmentTable(b *testing.B) {
	doc, opt := attachment(b, 2000), testOptions(b)
	pages := 0
	for b.Loop() {
		pages = layOutAll(b, doc, opt)
	}
	b.ReportMetric(float64(pages), "pages")
}
