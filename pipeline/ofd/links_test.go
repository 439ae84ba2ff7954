package ofd

import (
	"strings"
	"testing"

	"jixiao/pipeline/output"
	"jixiao/pipeline/wordmodel"
)

// TestALinkIsNotDroppedSilently: the OFD copy draws a link's words but
// makes no clickable link, and says so, naming the address, once however
// many lines the link runs over.
func TestALinkIsNotDroppedSilently(t *testing.T) {
	url := "https://www.qinyuan.gov.cn/jx"
	p := &wordmodel.Paragraph{Style: "Normal", Text: "详见县政府网站，再见县政府网站。", Align: "left", Spacing: &wordmodel.Spacing{Line: 240, LineRule: "auto"}, Runs: []wordmodel.Run{
		{Text: "详见"}, {Text: "县政府网站", Link: url, Underline: true, Color: "0000FF"}, {Text: "，再见"}, {Text: "县政府网站", Link: url}, {Text: "。"}}}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}}, Blocks: []wordmodel.Block{p}}
	out, err := template{opt: testOptions(t).Layout(), meta: testMeta}.Render(&output.Input{Filled: doc})
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, w := range out.Warnings {
		if strings.Contains(w, url) {
			said = append(said, w)
		}
	}
	if len(said) != 1 || !strings.Contains(said[0], "不能点击") {
		t.Errorf("warnings about the link: %q", out.Warnings)
	}
	read, err := Read(out.Data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(read.Pages, ""), "县政府网站") {
		t.Errorf("the link's words are not drawn: %q", read.Pages)
	}
}
