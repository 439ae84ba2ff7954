package pdf_test

import (
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
)

// TestLinksNotesAndLeadersArePDFA1b: what the document's layout adds to
// the PDF (link annotations to an address and to a bookmark's place, a
// footnote and its rule, tab leaders and a page reference, first-page
// headers) keeps it PDF/A-1b.
func TestLinksNotesAndLeadersArePDFA1b(t *testing.T) {
	t.Parallel()
	single := &wordmodel.Spacing{Line: 240, LineRule: "auto"}
	note := &wordmodel.Paragraph{Style: "Normal", Text: "1资料来源", StyleSize: 9, Spacing: single, Runs: []wordmodel.Run{{Text: "1", VertAlign: "superscript"}, {Text: "资料来源"}}}
	sect := wordmodel.Section{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26, LinePitch: 10.2, CharPitch: 5.57, TitlePage: true,
		Header: wordmodel.Margins{First: &wordmodel.Margin{Lines: []string{"首页页眉"}}}}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{sect}, Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "详见县政府网站1", Spacing: single, Footnotes: []wordmodel.Note{{Mark: "1", Paragraphs: []*wordmodel.Paragraph{note}}},
			Runs: []wordmodel.Run{{Text: "详见"}, {Text: "县政府网站", Link: "https://www.qinyuan.gov.cn/"}, {Text: "1", VertAlign: "superscript"}}},
		&wordmodel.Paragraph{Style: "Normal", Text: "第一部分\t" + wordmodel.PageRefField, Spacing: single, Tabs: []wordmodel.TabStop{{Pos: 8844, Align: "right", Leader: "dot"}},
			Runs: []wordmodel.Run{{Text: "第一部分\t", Link: "#_Toc1"}, {Text: wordmodel.PageRefField, Ref: "_Toc1", Link: "#_Toc1"}}},
		&wordmodel.Paragraph{Style: "Normal", Text: "第一部分", Spacing: single, PageBreakBefore: true, Runs: []wordmodel.Run{{Bookmark: "_Toc1"}, {Text: "第一部分"}}},
	}}
	out, _, err := pdf.Render(doc, options(t))
	if err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "layout", out)
}
