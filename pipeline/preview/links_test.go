package preview

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// linked is a document whose first page links to an address, to a
// javascript: target and to a bookmark on its second page.
func linked() *wordmodel.Document {
	para := func(breakBefore bool, runs ...wordmodel.Run) *wordmodel.Paragraph {
		text := ""
		for _, r := range runs {
			text += r.Text
		}
		return &wordmodel.Paragraph{Style: "Normal", Text: text, Runs: runs, PageBreakBefore: breakBefore}
	}
	return &wordmodel.Document{Blocks: []wordmodel.Block{
		para(false, wordmodel.Run{Text: "详见"}, wordmodel.Run{Text: "财政局网站", Link: "http://czj.example.gov.cn/a?b=1&c=2"}),
		para(false, wordmodel.Run{Text: "脚本", Link: "javascript:alert(1)"}),
		para(false, wordmodel.Run{Text: "见附件", Link: "#附件"}),
		para(true, wordmodel.Run{Bookmark: "附件"}, wordmodel.Run{Text: "附件"}),
	}}
}

// TestLinksAreAnchors: a link is an <a> over its words' box, drawn last so
// a click reaches it; an address opens in a new tab, escaped; a link to a
// bookmark goes to the SVG of the bookmark's page, which carries that id;
// a javascript: target is never clickable.
func TestLinksAreAnchors(t *testing.T) {
	opt := testOptions(t)
	laid, err := layout.Layout(linked(), opt)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := Draw(laid, 5)
	if err != nil || len(pages) != 2 {
		t.Fatalf("%d pages, %v", len(pages), err)
	}
	first := pages[0]
	for _, want := range []string{
		`<a href="http://czj.example.gov.cn/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer"><rect x="`,
		`<a href="#` + PageID(2) + `"><rect x="`,
	} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %s:\n%s", want, first)
		}
	}
	if strings.Contains(first, "javascript") {
		t.Errorf("a javascript: target is a link:\n%s", first)
	}
	if strings.Count(first, "<a ") != 2 || strings.LastIndex(first, "<text") > strings.Index(first, "<a ") {
		t.Errorf("the links are not the page's last items:\n%s", first)
	}
	if !strings.Contains(pages[1], `id="`+PageID(2)+`"`) {
		t.Errorf("page 2 has not its id: %.200s", pages[1])
	}
	// A Head layout does not know where the bookmark is: its words stay,
	// the address's link too.
	head, err := Preview(linked(), opt, 5)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(head[0], "<a ") != 1 || !strings.Contains(textOf(head[0]), "见附件") {
		t.Errorf("the head layout's links:\n%s", head[0])
	}
}

// TestDrawStopsAtTheLastPageShown: Draw hands out no more pages than
// asked, of a document that goes on.
func TestDrawStopsAtTheLastPageShown(t *testing.T) {
	doc := &wordmodel.Document{}
	for i := range 30 {
		doc.Blocks = append(doc.Blocks, &wordmodel.Paragraph{Style: "Normal", Text: fmt.Sprint("第", i, "页"), PageBreakBefore: i > 0})
	}
	laid, err := layout.Layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := Draw(laid, 3)
	if err != nil || len(pages) != 3 || !strings.Contains(textOf(pages[2]), "第2页") {
		t.Errorf("%d pages, %v", len(pages), err)
	}
}
