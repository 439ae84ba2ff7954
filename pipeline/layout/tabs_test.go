package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

func twipsOf(mm float64) float64 { return mm / ptToMM * 20 }

func TestTabStopsAndLeaders(t *testing.T) {
	right := []wordmodel.TabStop{{Pos: twipsOf(160), Align: "right"}}
	toc := []wordmodel.TabStop{{Pos: twipsOf(160), Align: "right", Leader: "dot"}}
	mixed := []wordmodel.TabStop{{Pos: twipsOf(40), Align: "center"}, {Pos: twipsOf(100), Align: "decimal", Leader: "hyphen"}}
	doc := &wordmodel.Document{DefaultTab: 420, Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "\t沁源县财政局", Align: "both", Spacing: single(), Tabs: right},
		&wordmodel.Paragraph{Style: "Normal", Text: "第一章\t三", Spacing: single(), Tabs: toc},
		&wordmodel.Paragraph{Style: "Normal", Text: "\t中心\t1234.5", Spacing: single(), Tabs: mixed},
		&wordmodel.Paragraph{Style: "Normal", Text: "甲\t乙", Spacing: single()},
	}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	edge := 30.0 + 160
	if x := opsOf(r, "局")[0].x; !near(x+5.6, edge) {
		t.Errorf("落款 after a right tab ends at %.2f, want the right margin %.2f", x+5.6, edge)
	}
	if x := opsOf(r, "三")[0].x; !near(x+5.6, edge) {
		t.Errorf("page number after a right tab ends at %.2f, want %.2f", x+5.6, edge)
	}
	var dots op
	for _, o := range r.ops {
		if o.kind == opText && strings.HasPrefix(o.text, ".") {
			dots = o
		}
	}
	if n := len(dots.text); n < 40 || strings.Trim(dots.text, ".") != "" || dots.x < 30+3*5.6 || !near(dots.y, opsOf(r, "三")[0].y) {
		t.Errorf("dot leader = %q at %.2f, want dots from after 第一章 on the line of the page number", dots.text, dots.x)
	}
	if x := opsOf(r, "中")[0].x; !near(x, 30+40-5.6) {
		t.Errorf("centred on a 40 mm stop: 中 at %.2f, want %.2f", x, 30+40-5.6)
	}
	var num op
	for _, o := range r.ops {
		if o.kind == opText && strings.Contains(o.text, "1234.5") {
			num = o
		}
	}
	w := num.face.width("1234.5", num.size)
	if point := num.x + w*4/6; point < 30+100-w/6 || point > 30+100+w/6 {
		t.Errorf("decimal stop at 130 mm: the point is at %.2f", point)
	}
	if !strings.Contains(fmtOps(r), "|----") {
		t.Errorf("no hyphen leader before the decimal stop")
	}
	// No custom stop: the next of every 420 twips.
	if x := opsOf(r, "乙")[0].x; !near(x, 30+420.0/20*ptToMM) {
		t.Errorf("default tab: 乙 at %.2f, want %.2f", x, 30+420.0/20*ptToMM)
	}
}

func fmtOps(r *renderer) string {
	var b strings.Builder
	for _, o := range r.ops {
		if o.kind == opText {
			b.WriteString(o.text + "|")
		}
	}
	return b.String()
}

// TestALeaderNeverRunsPastThePage: a stop far beyond the margin (1584 pt,
// the farthest Word sets) fills its leader only as far as a page is wide.
func TestALeaderNeverRunsPastThePage(t *testing.T) {
	far := []wordmodel.TabStop{{Pos: 31680, Align: "left", Leader: "underscore"}}
	doc := &wordmodel.Document{DefaultTab: 420, Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "签名\t", Spacing: single(), Tabs: far},
	}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range r.ops {
		if o.kind == opText && strings.HasPrefix(o.text, "_") && o.face.width(o.text, o.size) > r.g.w+0.01 {
			t.Errorf("a leader %.0f mm long on a page %.0f mm wide", o.face.width(o.text, o.size), r.g.w)
		}
	}
}

// TestAlignmentTabs: Word's 对齐方式制表符 (w:ptab) put the text after them
// at the middle or the right of the text block, or of the space between
// the paragraph's indents, whatever its tab stops and its alignment (a
// centred 页眉), the space before filled with the leader.
func TestAlignmentTabs(t *testing.T) {
	tab := func(align, relativeTo, leader string) wordmodel.Run {
		return wordmodel.Run{Text: "\t", Align: &wordmodel.AlignTab{Align: align, RelativeTo: relativeTo, Leader: leader}}
	}
	header := &wordmodel.Paragraph{Style: "Normal", Text: "左\t中\t右", Align: "center", Spacing: single(), Tabs: []wordmodel.TabStop{{Pos: twipsOf(20), Align: "left"}},
		Runs: []wordmodel.Run{{Text: "左"}, tab("center", "margin", ""), {Text: "中"}, tab("right", "margin", "dot"), {Text: "右"}}}
	indented := &wordmodel.Paragraph{Style: "Normal", Text: "甲\t乙", Spacing: single(), Indent: &wordmodel.Indent{Right: twipsOf(20)},
		Runs: []wordmodel.Run{{Text: "甲"}, tab("right", "indent", ""), {Text: "乙"}}}
	doc := &wordmodel.Document{DefaultTab: 420, Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{header, indented}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if x := opsOf(r, "左")[0].x; !near(x, 30) {
		t.Errorf("左 at %.2f, want the left margin: the centred paragraph is set by its alignment tabs", x)
	}
	if x := opsOf(r, "中")[0].x; !near(x+5.6/2, 30+80) {
		t.Errorf("中 centred at %.2f, want the text block's middle %.2f", x+5.6/2, 30.0+80)
	}
	if x := opsOf(r, "右")[0].x; !near(x+5.6, 190) {
		t.Errorf("右 ends at %.2f, want the right margin 190", x+5.6)
	}
	if x := opsOf(r, "乙")[0].x; !near(x+5.6, 170) {
		t.Errorf("乙 ends at %.2f, want the right indent at 170", x+5.6)
	}
	if !strings.Contains(fmtOps(r), "|....") {
		t.Errorf("no dot leader before 右")
	}
}
