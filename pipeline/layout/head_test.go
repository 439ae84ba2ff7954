package layout

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/fieldtest"
)

// longTable is a document of a paragraph and an n-row table with a
// repeated header, the second column merged down in groups of seven rows
// whose text runs over several lines; its last row alone holds 龘.
func longTable(n int) *wordmodel.Document {
	rows := []wordmodel.Row{{Header: true, Cells: []wordmodel.Cell{cell("序号", 1, wordmodel.Alone), cell("评价机构", 1, wordmodel.Alone), cell("项目名称", 1, wordmodel.Alone)}}}
	for i := 1; i <= n; i++ {
		merge, agency := wordmodel.Continues, ""
		if i%7 == 1 {
			merge, agency = wordmodel.Starts, strings.Repeat("山西省绩效评价中心", 12)
		}
		name := fmt.Sprintf("第%d个农村公路养护项目", i)
		if i == n {
			name = "龘"
		}
		rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{cell(fmt.Sprint(i), 1, wordmodel.Alone), cell(agency, 1, merge), cell(name, 1, wordmodel.Alone)}})
	}
	return &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "附件：项目结果汇总表"},
		&wordmodel.Table{Widths: []int{600, 1800, 2600}, Rows: rows},
	}, Footer: []string{"第" + wordmodel.PageField + "页共" + wordmodel.NumPagesField + "页"}}
}

// TestHeadStopsAfterItsPages: a Head layout of a 100,000-row table hands
// out the pages asked for and never looks at the table's last row: no font
// was asked for its character, which measuring any of its text would do.
func TestHeadStopsAfterItsPages(t *testing.T) {
	doc := longTable(100000)
	l, err := Head(doc, testOptions(t), 3)
	if err != nil {
		t.Fatal(err)
	}
	pages := mustPages(t, l)
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3", len(pages))
	}
	for _, f := range l.fs.all {
		if page := f.pages['龘'>>8]; page != nil && page['龘'&0xFF].known {
			t.Error("the layout went on to the table's last row")
		}
	}
	if text := pageText(pages[2]); !strings.Contains(text, "第3页共?页") {
		t.Errorf("the third page's footer, whose count is not known: %q", text)
	}
	if len(l.Fonts) == 0 || l.Fonts[0].Data != nil || l.Fonts[0].Key == "" {
		t.Errorf("fonts of a Head layout: %+v", l.Fonts)
	}
}

// TestHeadIsTheLayoutsFirstPages: the pages a Head layout hands out are
// those of a layout of the whole document, item for item, merges cut off
// at the last page included; only a count of pages it cannot know differs.
func TestHeadIsTheLayoutsFirstPages(t *testing.T) {
	doc := longTable(400)
	full, _ := laidOutPages(t, doc, testOptions(t))
	if len(full) < 6 {
		t.Fatalf("fixture: %d pages", len(full))
	}
	total := fmt.Sprintf("共%d页", len(full))
	for n := 1; n <= 5; n++ {
		l, err := Head(doc, testOptions(t), n)
		if err != nil {
			t.Fatal(err)
		}
		head := mustPages(t, l)
		if len(head) != n {
			t.Fatalf("%d pages, want %d", len(head), n)
		}
		for i := range head {
			samePage(t, fmt.Sprintf("head of %d, page %d", n, i+1), items(full[i]), items(head[i]), total)
		}
	}
}

// samePage compares a whole layout's page with a Head layout's, whose
// count of pages is “?”.
func samePage(t *testing.T, what string, want, got []Item, total string) {
	t.Helper()
	want = unknownCount(want, total)
	if len(want) != len(got) {
		t.Errorf("%s: %d items, want %d", what, len(got), len(want))
		return
	}
	line := -1.0 // the count's line, centred on its own width
	for _, it := range want {
		if strings.Contains(it.Text, "共?页") {
			line = it.Y
		}
	}
	for k := range want {
		if want[k].Y == line {
			want[k].Advances, got[k].Advances, want[k].X, got[k].X = nil, nil, 0, 0
		}
		if !reflect.DeepEqual(want[k], got[k]) {
			t.Errorf("%s, item %d: %+v, want %+v", what, k, got[k], want[k])
			return
		}
	}
}

// items are a page's items with their font left out, whose index differs
// between a Head layout (every font) and a whole one (the fonts used).
func items(p Page) []Item {
	out := append([]Item(nil), p.Items...)
	for i := range out {
		out[i].Font = 0
	}
	return out
}

// TestHeadOfAShortDocumentCountsItsPages: a document that ends within the
// pages asked for shows its number of pages, as a whole layout does.
func TestHeadOfAShortDocumentCountsItsPages(t *testing.T) {
	var blocks []wordmodel.Block
	for i := 0; i < 3; i++ {
		blocks = append(blocks, &wordmodel.Paragraph{Style: "Normal", Text: "正文", PageBreakBefore: i > 0})
	}
	doc := &wordmodel.Document{Blocks: blocks, Footer: []string{"第" + wordmodel.PageField + "页共" + wordmodel.NumPagesField + "页"}}
	l, err := Head(doc, testOptions(t), 20)
	if err != nil {
		t.Fatal(err)
	}
	pages := mustPages(t, l)
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3", len(pages))
	}
	for i, p := range pages {
		if want := fmt.Sprintf("第%d页共3页", i+1); !strings.Contains(pageText(p), want) {
			t.Errorf("page %d: no %q in %q", i+1, want, pageText(p))
		}
	}
}

// TestPagesStopAtAnError: a back-end's error ends the layout there and is
// returned; no page follows it.
func TestPagesStopAtAnError(t *testing.T) {
	l, err := Layout(longTable(300), testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	stop, seen := errors.New("stop"), 0
	err = l.Pages(func(Page) error {
		seen++
		return stop
	})
	if err != stop || seen != 1 {
		t.Errorf("err %v after %d pages", err, seen)
	}
}

// TestAShortDocumentsPagesAreKept: the second back-end handed a short
// document's pages gets the ones the first was handed, not a layout of
// its own; a document longer than keptPages is laid out for each, so that
// its pages are never all held.
func TestAShortDocumentsPagesAreKept(t *testing.T) {
	short, err := Layout(longTable(30), testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	a, b := mustPages(t, short), mustPages(t, short)
	if len(a) == 0 || len(a) != len(b) || &a[0].Items[0] != &b[0].Items[0] {
		t.Errorf("a short document was laid out again for the second back-end")
	}
	long, err := Layout(longTable(keptPages*40), testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	a = mustPages(t, long)
	if len(a) <= keptPages || long.kept != nil {
		t.Errorf("%d pages, kept %d", len(a), len(long.kept))
	}
}

// TestHeadOfATOC: a TOC's page numbers in a Head layout are the whole
// layout's where the document ends within the pages asked for, and “?”
// where it goes on, not the page the reference stands on.
func TestHeadOfATOC(t *testing.T) {
	doc := fieldtest.Read(t, fieldtest.Docx(t, fieldtest.Word, fieldtest.Entries(fieldtest.Word)))
	full, _ := laidOutPages(t, doc, testOptions(t))
	whole, err := Head(doc, testOptions(t), len(full)+1)
	if err != nil {
		t.Fatal(err)
	}
	pages := mustPages(t, whole)
	if len(pages) != len(full) {
		t.Fatalf("%d pages, want %d", len(pages), len(full))
	}
	for i := range pages {
		samePage(t, fmt.Sprintf("page %d", i+1), items(full[i]), items(pages[i]), "\x00")
	}
	part, err := Head(doc, testOptions(t), 2)
	if err != nil {
		t.Fatal(err)
	}
	first := pageText(mustPages(t, part)[0])
	if strings.Count(first, "?") != 3 || strings.Contains(first, "13") {
		t.Errorf("the TOC of a document longer than the pages laid out: %q", first)
	}
}

// unknownCount is a page's items with the count of pages in total
// (共N页) shown as a Head layout shows it, 共?页: the count is an item of
// its own, set apart from 共 and 页 by the room Word puts between digits
// and Chinese, where ? takes none.
func unknownCount(items []Item, total string) []Item {
	n := strings.TrimSuffix(strings.TrimPrefix(total, "共"), "页")
	out := slices.Clone(items)
	for k := 1; k+1 < len(out); k++ {
		if out[k].Text == n && strings.HasSuffix(out[k-1].Text, "共") && strings.HasPrefix(out[k+1].Text, "页") {
			out[k-1].Text += "?" + out[k+1].Text
			out = slices.Delete(out, k, k+2)
		}
	}
	return out
}
