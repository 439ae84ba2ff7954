package pdf

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

func TestFootnotesAtTheFootOfTheirPage(t *testing.T) {
	noteText := &wordmodel.Paragraph{Style: "FootnoteText", Text: "1资料来源", StyleSize: 9, Spacing: single(), Runs: []wordmodel.Run{
		{Text: "1", VertAlign: "superscript"}, {Text: "资料来源"}}}
	var blocks []wordmodel.Block
	for k := range 40 {
		p := &wordmodel.Paragraph{Style: "Normal", Text: fmt.Sprintf("第%d段", k), Spacing: single()}
		if k == 3 {
			p.Footnotes = []wordmodel.Note{{Mark: "1", Paragraphs: []*wordmodel.Paragraph{noteText}}}
		}
		blocks = append(blocks, p)
	}
	end := &wordmodel.Paragraph{Style: "Normal", Text: "i尾注内容", Spacing: single()}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: blocks, Endnotes: []wordmodel.Note{{Mark: "i", Paragraphs: []*wordmodel.Paragraph{end}}}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	type placed struct {
		op   op
		page int
	}
	var texts, rules []placed
	page := 0
	for _, o := range r.ops {
		switch o.kind {
		case opPage:
			page++
		case opText:
			texts = append(texts, placed{o, page})
		case opLine:
			rules = append(rules, placed{o, page})
		}
	}
	if len(rules) != 2 || rules[0].page != 1 || !near(rules[0].op.x, 30) || !near(rules[0].op.w, 160.0/3) {
		t.Fatalf("separator rules: %+v, want one on page 1 a third of the text block long and one before the endnotes", rules)
	}
	sep := rules[0].op.y
	var note, lastBody placed
	for _, p := range texts {
		switch {
		case strings.Contains(p.op.text, "资"):
			note = p
		case p.page == 1 && strings.HasPrefix(p.op.text, "第"):
			lastBody = p
		}
	}
	if note.page != 1 || note.op.y < sep || note.op.y > 297-20 {
		t.Errorf("footnote on page %d at %.1f mm, want on page 1 below the rule at %.1f and above the margin", note.page, note.op.y, sep)
	}
	if lastBody.op.y > sep {
		t.Errorf("body text at %.1f mm runs under the footnote rule at %.1f", lastBody.op.y, sep)
	}
	// Endnotes come after the last paragraph, under their rule.
	last := texts[len(texts)-1]
	for _, p := range texts {
		if strings.Contains(p.op.text, "尾") {
			last = p
		}
	}
	if !strings.Contains(last.op.text, "尾") || last.page != rules[1].page || last.op.y < rules[1].op.y {
		t.Errorf("endnote %q on page %d, its rule on page %d", last.op.text, last.page, rules[1].page)
	}
	for _, p := range texts {
		if p.page == last.page && strings.HasPrefix(p.op.text, "第") && p.op.y > rules[1].op.y {
			t.Errorf("body text %q after the endnotes' rule", p.op.text)
		}
	}
}

// TestALinkIsClickable: a run linking to an address is a link annotation
// over its text, in the PDF's own bytes.
func TestALinkIsClickable(t *testing.T) {
	url := "https://www.qinyuan.gov.cn/jx"
	p := &wordmodel.Paragraph{Style: "Normal", Text: "详见县政府网站。", Align: "left", Spacing: single(), Runs: []wordmodel.Run{
		{Text: "详见"}, {Text: "县政府网站", Link: url, Underline: true, Color: "0000FF"}, {Text: "。"}}}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{p}}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`/Rect \[([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\][^>]*/A <</S /URI /URI \(([^)]*)\)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no link annotation in the PDF")
	}
	// Two grid cells in from the margin, five cells wide, in points.
	x1, x2 := atof(string(m[1])), atof(string(m[3]))
	if string(m[5]) != url || math.Abs(x1-(30+2*5.6)/ptToMM) > 0.5 || math.Abs(x2-(30+7*5.6)/ptToMM) > 0.5 {
		t.Errorf("link %s from %.1f to %.1f pt, want %s over 县政府网站", m[5], x1, x2, url)
	}
	if !bytes.Contains(out, []byte("/Subtype /Link /F 4 ")) {
		t.Errorf("the link annotation does not print (PDF/A asks for the Print flag)")
	}
	if n := bytes.Count(out, []byte("/Subtype /Link")); n != 1 {
		t.Errorf("%d link annotations, want one box for the run's line", n)
	}
}
