package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestListLabelsAreDrawn: a list paragraph's label is drawn before its
// text, in its own formatting, where the list's indentation puts it; a
// label ending in a tab is followed by the space to the hanging indent,
// where the text and its following lines start.
func TestListLabelsAreDrawn(t *testing.T) {
	long := strings.Repeat("绩效", 20)
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "总体情况", Label: &wordmodel.Run{Text: "一、", Bold: true}},
		&wordmodel.Paragraph{Style: "Normal", Text: long, Label: &wordmodel.Run{Text: "•\t"}, Indent: &wordmodel.Indent{Left: 840, First: -420}},
		&wordmodel.Paragraph{Style: "Normal", Text: "甲", Label: &wordmodel.Run{Text: "（1）\t"}, Indent: &wordmodel.Indent{LeftChars: 200, FirstChars: -200}},
	}}
	opt := testOptions(t)
	r, err := layout(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	pitch := r.g.cell
	label, text := textOp(t, r, "一"), textOp(t, r, "总")
	if !label.bold || text.bold || !near(label.x, r.left()+2*pitch) || !near(text.x, r.left()+4*pitch) {
		t.Errorf("一、 at %.2f (bold %v), text at %.2f; text block at %.2f", label.x, label.bold, text.x, r.left())
	}
	left := 840.0 / 20 * ptToMM
	bullet := textOp(t, r, "•")
	// The x where each line of the bulleted paragraph starts, by its y.
	starts := map[float64]float64{}
	var ys []float64
	for _, o := range r.ops {
		if o.kind == opText && (o.text == "绩" || o.text == "效") {
			if x, ok := starts[o.y]; !ok || o.x < x {
				if !ok {
					ys = append(ys, o.y)
				}
				starts[o.y] = o.x
			}
		}
	}
	// The first line is justified: its text starts a little after the tab.
	if !near(bullet.x, r.left()+left-420.0/20*ptToMM) || len(ys) < 2 || starts[ys[0]] < r.left()+left-0.01 || starts[ys[0]] > r.left()+left+1 || !near(starts[ys[1]], r.left()+left) {
		t.Errorf("bullet at %.2f, lines start at %v; want the bullet at %.2f and the lines at %.2f", bullet.x, starts, r.left()+left-420.0/20*ptToMM, r.left()+left)
	}
	if paren, jia := textOp(t, r, "（"), textOp(t, r, "甲"); !near(paren.x, r.left()) || jia.x <= paren.x+2*pitch {
		t.Errorf("（1） at %.2f, 甲 at %.2f", paren.x, jia.x)
	}
	pages, _ := laidOutPages(t, doc, opt)
	if got := strings.Join(strings.Fields(pageText(pages[0])), ""); !strings.HasPrefix(got, "一、总体情况•绩效") || !strings.Contains(got, "（1）甲") {
		t.Errorf("the text layer reads %q", got)
	}
}

// TestATabInAHeaderIsAGap: a header's tab (and a list label's in it) is
// drawn as a gap, not looked for in the fonts.
func TestATabInAHeaderIsAGap(t *testing.T) {
	doc := &wordmodel.Document{Header: []string{"沁源县财政局\t2023年", "•\t公开"}, Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "正文"}}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.warnings) != 0 {
		t.Errorf("warnings: %v", r.warnings)
	}
	for _, o := range r.ops {
		if strings.Contains(o.text, "\t") {
			t.Errorf("a tab is drawn: %q", o.text)
		}
	}
}
