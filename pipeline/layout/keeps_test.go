package layout

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// kept is a paragraph read from Word with the keep rules k, its lines the
// short texts given (each a line, cut by line breaks, so no face's
// widths decide how it breaks).
func kept(k wordmodel.Keeps, lines ...string) *wordmodel.Paragraph {
	p := body(strings.Join(lines, "\n"))
	p.Spacing = &wordmodel.Spacing{Line: 240, LineRule: "auto", Keeps: k}
	return p
}

// fillers are n one-line paragraphs with no keep rules.
func fillers(n int) []wordmodel.Block {
	out := make([]wordmodel.Block, n)
	for i := range out {
		out[i] = kept(wordmodel.Keeps{}, fmt.Sprintf("填%d", i))
	}
	return out
}

// pageLinesFit is how many one-line paragraphs the first page holds.
func pageLinesFit(t *testing.T) int {
	t.Helper()
	n := 0
	for _, b := range bandsOf(presetLaid(t, fillers(80)...)) {
		if b.page == 1 {
			n++
		}
	}
	if n < 6 {
		t.Fatalf("%d lines on a page", n)
	}
	return n
}

// linePages lays out n fillers and then more, and says on which page each
// line of text (by its text) stands.
func linePages(t *testing.T, n int, more ...wordmodel.Block) map[string]int {
	t.Helper()
	pages := map[string]int{}
	for _, b := range bandsOf(presetLaid(t, append(fillers(n), more...)...)) {
		pages[b.text()] = b.page
	}
	return pages
}

// wantPages checks the page of each line named.
func wantPages(t *testing.T, got map[string]int, want map[string]int) {
	t.Helper()
	for text, page := range want {
		if got[text] != page {
			t.Errorf("%q on page %d, want %d", text, got[text], page)
		}
	}
}

var widows = wordmodel.Keeps{WidowControl: true}

// TestOrphansAndWidowsGoOver: a paragraph whose first line alone would
// end the page starts the next page whole, and one whose last line alone
// would start the next page takes one more line over with it; with
// widow control off each leaves its lines where they fall.
func TestOrphansAndWidowsGoOver(t *testing.T) {
	c := pageLinesFit(t)
	lines := []string{"甲一", "甲二", "甲三", "甲四"}
	for _, w := range []struct {
		name   string
		before int // fillers before the paragraph
		keeps  wordmodel.Keeps
		want   map[string]int
	}{
		{"orphan", c - 1, widows, map[string]int{"填0": 1, "甲一": 2, "甲二": 2, "甲四": 2}},
		{"orphan, control off", c - 1, wordmodel.Keeps{}, map[string]int{"甲一": 1, "甲二": 2}},
		{"widow", c - 3, widows, map[string]int{"甲一": 1, "甲二": 1, "甲三": 2, "甲四": 2}},
		{"widow, control off", c - 3, wordmodel.Keeps{}, map[string]int{"甲三": 1, "甲四": 2}},
	} {
		t.Run(w.name, func(t *testing.T) { wantPages(t, linePages(t, w.before, kept(w.keeps, lines...)), w.want) })
	}
}

// TestShortParagraphsMoveWhole: a two-line paragraph at a page's foot,
// and a three-line one of which two lines fit, go over whole.
func TestShortParagraphsMoveWhole(t *testing.T) {
	c := pageLinesFit(t)
	wantPages(t, linePages(t, c-1, kept(widows, "丙一", "丙二")), map[string]int{"丙一": 2, "丙二": 2})
	wantPages(t, linePages(t, c-2, kept(widows, "丁一", "丁二", "丁三")), map[string]int{"丁一": 2, "丁二": 2, "丁三": 2})
}

// TestWidowsAcrossALongParagraph: a paragraph longer than a page breaks
// where it must, and its last page still does not start with its last
// line alone.
func TestWidowsAcrossALongParagraph(t *testing.T) {
	c := pageLinesFit(t)
	var lines []string
	for i := range c + 4 {
		lines = append(lines, fmt.Sprintf("长%d", i))
	}
	// Three lines on the first page, c on the next, one left over: one
	// more goes over with it.
	got := linePages(t, c-3, kept(widows, lines...))
	wantPages(t, got, map[string]int{"长0": 1, "长2": 1, "长3": 2, fmt.Sprintf("长%d", c+1): 2, fmt.Sprintf("长%d", c+2): 3, fmt.Sprintf("长%d", c+3): 3})
	got = linePages(t, c-3, kept(wordmodel.Keeps{}, lines...))
	wantPages(t, got, map[string]int{fmt.Sprintf("长%d", c+2): 2, fmt.Sprintf("长%d", c+3): 3})
}

// TestKeepLinesMovesAParagraph: a paragraph kept together that would
// break across the page starts the next; one longer than a page breaks.
func TestKeepLinesMovesAParagraph(t *testing.T) {
	c := pageLinesFit(t)
	together := wordmodel.Keeps{KeepLines: true}
	wantPages(t, linePages(t, c-3, kept(together, "戊一", "戊二", "戊三", "戊四", "戊五")), map[string]int{"戊一": 2, "戊五": 2})
	var lines []string
	for i := range c + 2 {
		lines = append(lines, fmt.Sprintf("超%d", i))
	}
	wantPages(t, linePages(t, c-3, kept(together, lines...)), map[string]int{"超0": 1, "超3": 2})
}

// TestAHeadingGoesOverWithItsText: a keepNext heading that would end the
// page goes to the next with the paragraph after it; without keepNext it
// stays.
func TestAHeadingGoesOverWithItsText(t *testing.T) {
	c := pageLinesFit(t)
	text := kept(wordmodel.Keeps{}, "正文一", "正文二")
	wantPages(t, linePages(t, c-1, kept(wordmodel.Keeps{KeepNext: true}, "标题"), text), map[string]int{"标题": 2, "正文一": 2})
	wantPages(t, linePages(t, c-1, kept(wordmodel.Keeps{}, "标题"), text), map[string]int{"标题": 1, "正文一": 2})
	// Under widow control the next paragraph's first two lines count:
	// with room for the heading and one line, both go over.
	text = kept(widows, "正文一", "正文二", "正文三")
	wantPages(t, linePages(t, c-2, kept(wordmodel.Keeps{KeepNext: true}, "标题"), text), map[string]int{"标题": 2, "正文一": 2})
}

// TestAChainOfKeepNextMovesTogether: three keepNext paragraphs move with
// the paragraph after them; a chain longer than a page is not moved.
func TestAChainOfKeepNextMovesTogether(t *testing.T) {
	c := pageLinesFit(t)
	next := wordmodel.Keeps{KeepNext: true}
	got := linePages(t, c-3, kept(next, "章"), kept(next, "节"), kept(next, "目"), kept(wordmodel.Keeps{}, "文"))
	wantPages(t, got, map[string]int{"章": 2, "节": 2, "目": 2, "文": 2})
	chain := []wordmodel.Block{}
	for i := range c + 2 {
		chain = append(chain, kept(next, fmt.Sprintf("链%d", i)))
	}
	// Longer than a page, it fills the page and goes on overleaf.
	got = linePages(t, 1, append(chain, kept(wordmodel.Keeps{}, "尾"))...)
	wantPages(t, got, map[string]int{"链0": 1, fmt.Sprintf("链%d", c-2): 1, fmt.Sprintf("链%d", c-1): 2, "尾": 2})
}

// TestKeepNextBeforeATable: a keepNext paragraph stays with the first
// row of the table after it.
func TestKeepNextBeforeATable(t *testing.T) {
	c := pageLinesFit(t)
	table := &wordmodel.Table{Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{{Text: "格一"}, {Text: "格二"}}}}}
	wantPages(t, linePages(t, c-1, kept(wordmodel.Keeps{KeepNext: true}, "表题"), table), map[string]int{"表题": 2})
	wantPages(t, linePages(t, c-1, kept(wordmodel.Keeps{}, "表题"), table), map[string]int{"表题": 1})
}

// TestAKeepNextParagraphMayBreak: 与下段同页 forbids a break only after a
// paragraph's last line: a long one near the page's foot breaks, its last
// lines (two under widow control) going over with the next; kept whole
// (段中不分页) it goes over whole.
func TestAKeepNextParagraphMayBreak(t *testing.T) {
	c := pageLinesFit(t)
	lines := []string{"甲一", "甲二", "甲三", "甲四", "甲五"}
	next := func(k wordmodel.Keeps) wordmodel.Keeps { k.KeepNext = true; return k }
	text := kept(widows, "文")
	for _, w := range []struct {
		name   string
		before int
		keeps  wordmodel.Keeps
		want   map[string]int
	}{
		// Three lines fit: it breaks where the page is full.
		{"breaks where full", c - 3, next(widows), map[string]int{"甲三": 1, "甲四": 2, "甲五": 2, "文": 2}},
		// It fits but the next does not: its last two lines go over.
		{"last two go over", c - 5, next(widows), map[string]int{"甲三": 1, "甲四": 2, "甲五": 2, "文": 2}},
		{"last one goes over", c - 5, next(wordmodel.Keeps{}), map[string]int{"甲四": 1, "甲五": 2, "文": 2}},
		{"kept whole", c - 5, next(wordmodel.Keeps{KeepLines: true, WidowControl: true}), map[string]int{"甲一": 2, "甲五": 2, "文": 2}},
		// Room for one line: under widow control it goes over whole.
		{"orphan", c - 1, next(widows), map[string]int{"甲一": 2, "甲五": 2, "文": 2}},
	} {
		t.Run(w.name, func(t *testing.T) { wantPages(t, linePages(t, w.before, kept(w.keeps, lines...), text), w.want) })
	}
}

// TestAHeadingStaysWithALongParagraph: a heading kept with a long
// paragraph that may break stays with that paragraph's first two lines,
// not with all of it; a three-line one under widow control, which cannot
// break, takes the heading over with it.
func TestAHeadingStaysWithALongParagraph(t *testing.T) {
	c := pageLinesFit(t)
	heading := kept(wordmodel.Keeps{KeepNext: true}, "标题")
	long := kept(wordmodel.Keeps{KeepNext: true, WidowControl: true}, "乙一", "乙二", "乙三", "乙四", "乙五", "乙六")
	got := linePages(t, c-4, heading, long, kept(widows, "文"))
	wantPages(t, got, map[string]int{"标题": 1, "乙一": 1, "乙三": 1, "乙四": 2, "乙六": 2, "文": 2})
	short := kept(widows, "丙一", "丙二", "丙三")
	got = linePages(t, c-3, kept(wordmodel.Keeps{KeepNext: true}, "标题"), short)
	wantPages(t, got, map[string]int{"标题": 2, "丙一": 2, "丙三": 2})
}

// TestKeepNextBeforeAPageBreak: a keepNext paragraph before one that
// starts a page of its own (段前分页) has nothing to keep with on its page
// and stays where it is, the next going over alone.
func TestKeepNextBeforeAPageBreak(t *testing.T) {
	c := pageLinesFit(t)
	after := kept(widows, "新页一", "新页二")
	after.PageBreakBefore = true
	got := linePages(t, c-1, kept(wordmodel.Keeps{KeepNext: true, WidowControl: true}, "页末"), after)
	wantPages(t, got, map[string]int{"页末": 1, "新页一": 2})
	// Two keepNext lines long, it still breaks only where the page is full.
	got = linePages(t, c-1, kept(wordmodel.Keeps{KeepNext: true}, "末一", "末二"), after)
	wantPages(t, got, map[string]int{"末一": 1, "末二": 2, "新页一": 3})
}
