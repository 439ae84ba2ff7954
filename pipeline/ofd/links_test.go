package ofd

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/output"
	"jixiao/pipeline/wordmodel"
)

// TestLinksAreClickable: a link to an address is an ofd:URI action and a
// link to a bookmark an ofd:Goto to its page and line, each on a path
// object over the link's words, one a line; nothing is warned of, and the
// reader finds them where the PDF's layout put them.
func TestLinksAreClickable(t *testing.T) {
	read, err := Read(linked(t))
	if err != nil {
		t.Fatal(err)
	}
	laid, err := layout.Layout(linkedDoc(), testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	_, top, _ := laid.Dest("附表")
	if len(read.Links) != 2 {
		t.Fatalf("links = %+v, want the address and the bookmark", read.Links)
	}
	address, place := read.Links[0], read.Links[1]
	if address.URI != linkURL || address.Page != 1 || address.X <= 28 || address.W <= 0 {
		t.Errorf("the address's link = %+v", address)
	}
	if place.URI != "" || place.Page != 1 || place.DestPage != 2 || math.Abs(place.DestTop-top) > 0.001 || place.X <= address.X+address.W {
		t.Errorf("the bookmark's link = %+v, want a Goto to page 2 at %.3f mm after the address", place, top)
	}
}

const linkURL = "https://www.qinyuan.gov.cn/jx?a=1&b=2"

// linkedDoc has a link to an address and one to a bookmark on page 2.
func linkedDoc() *wordmodel.Document {
	url := linkURL
	single := &wordmodel.Spacing{Line: 240, LineRule: "auto"}
	p := &wordmodel.Paragraph{Style: "Normal", Text: "详见县政府网站，再见附表。", Align: "left", Spacing: single, Runs: []wordmodel.Run{
		{Text: "详见"}, {Text: "县政府网站", Link: url, Underline: true, Color: "0000FF"}, {Text: "，再见"}, {Text: "附表", Link: "#附表"}, {Text: "。"}}}
	target := &wordmodel.Paragraph{Style: "Normal", Text: "附表正文", Spacing: single, PageBreakBefore: true, Runs: []wordmodel.Run{
		{Bookmark: "附表"}, {Text: "附表正文"}}}
	return &wordmodel.Document{Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}}, Blocks: []wordmodel.Block{p, target}}
}

// linked is linkedDoc's OFD, as the writer publishes it: no warning of
// its links.
func linked(t *testing.T) []byte {
	t.Helper()
	out, err := template{opt: testOptions(t).Layout(), meta: testMeta}.Render(&output.Input{Filled: linkedDoc()})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range out.Warnings {
		if strings.Contains(w, "链接") {
			t.Errorf("warned of a link: %s", w)
		}
	}
	return out.Data
}

// TestBrokenLinksAreRefused: the reader refuses an action out of the
// schema's order, one that opens nothing, one of an unknown event and a
// Goto to a page the document lacks.
func TestBrokenLinksAreRefused(t *testing.T) {
	raw := linked(t)
	page := "Doc_0/Pages/Page_0/Content.xml"
	for _, c := range []struct {
		what string
		edit func(string) string
		want []string
	}{
		{"actions after the path", func(s string) string {
			i, j := strings.Index(s, "<ofd:Actions>"), strings.Index(s, "</ofd:Actions>")+len("</ofd:Actions>")
			actions := s[i:j]
			s = s[:i] + s[j:]
			return strings.Replace(s, "</ofd:AbbreviatedData>", "</ofd:AbbreviatedData>"+actions, 1)
		}, []string{page, "Actions", "位置不对"}},
		{"an action that opens nothing", func(s string) string {
			return strings.Replace(s, `<ofd:URI URI="`, `<ofd:URI Old="`, 1)
		}, []string{page, "URI"}},
		{"an unknown event", func(s string) string {
			return strings.Replace(s, `Event="CLICK"`, `Event="HOVER"`, 1)
		}, []string{page, "HOVER"}},
		{"a Goto to no page", func(s string) string {
			i := strings.Index(s, `PageID="`) + len(`PageID="`)
			return s[:i] + "99999" + s[i+strings.IndexByte(s[i:], '"'):]
		}, []string{"99999"}},
	} {
		wantRefused(t, spoiled(t, raw, page, c.edit), c.what, c.want...)
	}
}

// TestNoteMarksAreClickable: a footnote's reference is an ofd:Goto to its
// note at the page's foot and the note's mark one back to the reference's
// line, as in the PDF.
func TestNoteMarksAreClickable(t *testing.T) {
	single := &wordmodel.Spacing{Line: 240, LineRule: "auto"}
	note := &wordmodel.Paragraph{Style: "Normal", Text: "1资料来源", Spacing: single,
		Runs: []wordmodel.Run{{Bookmark: "_Jxfootnote1"}, {Text: "1", VertAlign: "superscript", Link: "#_Jxfootnote1Ref"}, {Text: "资料来源"}}}
	p := &wordmodel.Paragraph{Style: "Normal", Text: "见注1", Spacing: single,
		Runs:      []wordmodel.Run{{Text: "见注"}, {Bookmark: "_Jxfootnote1Ref"}, {Text: "1", VertAlign: "superscript", Link: "#_Jxfootnote1"}},
		Footnotes: []wordmodel.Note{{Mark: "1", Anchor: "_Jxfootnote1", Paragraphs: []*wordmodel.Paragraph{note}}}}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}}, Blocks: []wordmodel.Block{p}}
	out, err := template{opt: testOptions(t).Layout(), meta: testMeta}.Render(&output.Input{Filled: doc})
	if err != nil {
		t.Fatal(err)
	}
	read, err := Read(out.Data)
	if err != nil {
		t.Fatal(err)
	}
	if len(read.Links) != 2 {
		t.Fatalf("links %+v, want the reference's and the note's", read.Links)
	}
	ref, back := read.Links[0], read.Links[1]
	if ref.DestPage != 1 || ref.DestTop < 200 || ref.Y > 60 || back.DestPage != 1 || back.DestTop > 60 || back.Y < 200 {
		t.Errorf("the reference's link %+v and the note's %+v: want one down to the note and one back up", ref, back)
	}
}
