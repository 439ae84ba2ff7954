package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// testSection is a page unlike the preset's: other margins, a 10 mm line
// grid and a 5.6 mm character cell.
var testSection = wordmodel.Section{Width: 210, Height: 297, Top: 20, Bottom: 20, Left: 30, Right: 20, LinePitch: 10, CharPitch: 5.6}

// opsOf are the text operations drawing text, in order.
func opsOf(r *renderer, text string) []op {
	var out []op
	for _, o := range r.ops {
		if o.kind == opText && o.text == text {
			out = append(out, o)
		}
	}
	return out
}

func layoutOf(t *testing.T, sect wordmodel.Section, blocks ...wordmodel.Block) *renderer {
	t.Helper()
	r, err := layout(&wordmodel.Document{Blocks: blocks, Sections: []wordmodel.Section{sect}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func single() *wordmodel.Spacing { return &wordmodel.Spacing{Line: 240, LineRule: "auto"} }

func TestIndentsAndTheGridComeFromTheDocument(t *testing.T) {
	text := strings.Repeat("甲", 20) + strings.Repeat("乙", 40)
	p := &wordmodel.Paragraph{Style: "Normal", Text: text, Align: "both", Spacing: single(),
		Indent: &wordmodel.Indent{Left: 560, Right: 560, FirstChars: 200}}
	r := layoutOf(t, testSection, p)
	left := 30 + 560.0/20*ptToMM
	jia, yi := opsOf(r, "甲"), opsOf(r, "乙")
	if !near(jia[0].x, left+2*5.6) {
		t.Errorf("first line starts at %.2f, want the page's margin, left indent and two cells: %.2f", jia[0].x, left+2*5.6)
	}
	// 140.2 mm between the indents hold 25 cells; the first line two fewer.
	var second []op
	for _, o := range append(jia, yi...) {
		if near(o.y, jia[0].y+10) {
			second = append(second, o)
		}
	}
	if len(second) != 25 || !near(second[0].x, left) {
		t.Fatalf("second line: %d characters from %.2f, want 25 from %.2f, one grid line below", len(second), second[0].x, left)
	}
	if end := second[24].x + 5.6; !near(end, 210-20-560.0/20*ptToMM) {
		t.Errorf("a justified line ends at %.2f, not at the right indent", end)
	}
}

func TestSpacingAndLineRulesComeFromTheDocument(t *testing.T) {
	exact := &wordmodel.Spacing{Line: 400, LineRule: "exact"}
	before := &wordmodel.Spacing{Before: 240, Line: 400, LineRule: "exact"}
	lines := &wordmodel.Spacing{BeforeLines: 150, Line: 480, LineRule: "auto"}
	big := &wordmodel.Paragraph{Style: "Normal", Text: "红头\n红头", Align: "center", StyleSize: 36, Spacing: single()}
	r := layoutOf(t, testSection,
		&wordmodel.Paragraph{Style: "Normal", Text: "甲", Spacing: exact},
		&wordmodel.Paragraph{Style: "Normal", Text: "乙", Spacing: before},
		&wordmodel.Paragraph{Style: "Normal", Text: "丙\n丙", Spacing: lines},
		big,
		&wordmodel.Paragraph{Style: "Normal", Text: "丁", Spacing: &wordmodel.Spacing{Line: 600, LineRule: "atLeast"}},
		&wordmodel.Paragraph{Style: "Normal", Text: "戊", Spacing: single()},
	)
	y := func(s string, k int) float64 { return opsOf(r, s)[k].y }
	if d := y("乙", 0) - y("甲", 0); !near(d, (400+240)/20*ptToMM) {
		t.Errorf("exact 20 pt line and 12 pt before: %.2f mm apart", d)
	}
	// Each stands where its rule puts the type in its line: 乙 in its
	// exact line, 丙 centred in the grid's pitch.
	yi, bing := opsOf(r, "乙")[0], opsOf(r, "丙")[0]
	inLine := r.baseline(lines, true, 20, bing.size*ptToMM, bing.face.font, faceMetrics{}) - r.baseline(before, true, 400.0/20*ptToMM, yi.size*ptToMM, yi.face.font, faceMetrics{})
	if d := y("丙", 0) - y("乙", 0); !near(d, 400.0/20*ptToMM+15+inLine) {
		t.Errorf("1.5 lines before: %.2f mm below the exact line", d)
	}
	if d := y("丙", 1) - y("丙", 0); !near(d, 20) {
		t.Errorf("double spacing on a 10 mm grid: lines %.2f mm apart, want 20", d)
	}
	// 36 pt type takes two grid lines, so its lines do not overprint.
	hong := opsOf(r, "红头")
	if d := hong[1].y - hong[0].y; !near(d, 20) {
		t.Errorf("36 pt lines %.2f mm apart, want two 10 mm grid lines", d)
	}
	if d := y("戊", 0) - y("丁", 0); !near(d, 600.0/20*ptToMM) {
		t.Errorf("at least 30 pt: %.2f mm", d)
	}
}

func TestAlignmentFromTheDocument(t *testing.T) {
	r := layoutOf(t, testSection,
		&wordmodel.Paragraph{Style: "Normal", Text: "丙丁", Align: "right", Spacing: single()},
		&wordmodel.Paragraph{Style: "Normal", Text: "戊己庚", Align: "distribute", Spacing: single()},
		&wordmodel.Paragraph{Style: "Normal", Text: "辛壬", Align: "both", Spacing: single()},
	)
	right := 210.0 - 20
	if x := opsOf(r, "丁")[0].x; !near(x+5.6, right) {
		t.Errorf("right-aligned text ends at %.2f, want %.2f", x+5.6, right)
	}
	// Distributed: even a paragraph's only line spreads to both edges;
	// justified, its last line does not.
	if x, y := opsOf(r, "戊")[0].x, opsOf(r, "庚")[0].x; !near(x, 30) || !near(y+5.6, right) {
		t.Errorf("distributed line from %.2f to %.2f", x, y+5.6)
	}
	if x := opsOf(r, "壬")[0].x; !near(x, 30+5.6) {
		t.Errorf("justified last line is stretched: 壬 at %.2f", x)
	}
}

// TestTheSectionSetsThePage: the first section's page is the document's,
// not the preset's, and a section without a character grid sets type at
// its own width.
func TestTheSectionSetsThePage(t *testing.T) {
	sect := wordmodel.Section{Width: 148, Height: 210, Top: 15, Bottom: 15, Left: 12, Right: 12}
	r := layoutOf(t, sect, &wordmodel.Paragraph{Style: "Normal", Text: "甲乙", Spacing: single()})
	if r.ops[0].kind != opPage || !near(r.ops[0].w, 148) || !near(r.ops[0].h, 210) {
		t.Fatalf("page %+v", r.ops[0])
	}
	if o := textOp(t, r, "甲乙"); !near(o.x, 12) {
		t.Errorf("text starts at %.2f, want the section's 12 mm margin", o.x)
	}
}

// TestTheDocumentsFontsAndLargeType: a paragraph in a style set to 黑体
// is drawn in 黑体, its digits in its Latin font's face; 36 pt type in a
// body paragraph on the grid keeps its own width and height.
func TestTheDocumentsFontsAndLargeType(t *testing.T) {
	title := &wordmodel.Paragraph{Style: "JxTitle", Text: "标题", Spacing: single(), Runs: []wordmodel.Run{{Text: "标题", Font: "黑体", LatinFont: "Times New Roman"}}}
	digits := &wordmodel.Paragraph{Style: "Normal", Text: "年2023", Spacing: single(), Runs: []wordmodel.Run{{Text: "年2023", Font: "仿宋_GB2312", LatinFont: "黑体"}}}
	head := &wordmodel.Paragraph{Style: "Normal", Text: "红头文件甲", Spacing: single(), Align: "left", Runs: []wordmodel.Run{
		{Text: "红头文件", Size: 36, Color: "FF0000", Font: "方正小标宋简体"}, {Text: "甲", Font: "仿宋_GB2312"}}}
	r := layoutOf(t, testSection, title, digits, head)
	hei := r.fs.role("hei")
	if o := textOp(t, r, "标题"); o.face != hei {
		t.Error("a style's 黑体 is not drawn in 黑体, the preset's face is")
	}
	if o := textOp(t, r, "2023"); o.face != hei || textOp(t, r, "年").face != r.fs.role("fangsong") {
		t.Error("digits in a 黑体 Latin font are not drawn in 黑体")
	}
	big, jia := textOp(t, r, "红头文件"), textOp(t, r, "甲")
	if big.face != r.fs.role("xiaobiaosong") || jia.face != r.fs.role("fangsong") {
		t.Error("a run's East Asian font")
	}
	// Four characters of 36 pt, not four 5.6 mm grid cells.
	if w := jia.x - big.x; w < 4*36*ptToMM*0.95 {
		t.Errorf("36 pt characters take %.2f mm for four: they overprint", w)
	}
}

// TestContextualSpacing: list items whose style leaves out its spacing
// next to its own style stand a line apart; the space after the last one
// and before a paragraph of another style stays.
func TestContextualSpacing(t *testing.T) {
	list := &wordmodel.Spacing{Before: 240, After: 240, Line: 400, LineRule: "exact", Contextual: true}
	r := layoutOf(t, testSection,
		&wordmodel.Paragraph{Style: "ListParagraph", Text: "甲", Spacing: list},
		&wordmodel.Paragraph{Style: "ListParagraph", Text: "乙", Spacing: list},
		&wordmodel.Paragraph{Style: "Normal", Text: "丙", Spacing: &wordmodel.Spacing{Before: 120, Line: 400, LineRule: "exact"}},
	)
	line, y := 400.0/20*ptToMM, func(s string) float64 { return opsOf(r, s)[0].y }
	if d := y("乙") - y("甲"); !near(d, line) {
		t.Errorf("list items %.2f mm apart, want one %.2f mm line", d, line)
	}
	if d := y("丙") - y("乙"); !near(d, line+(240.0+120)/20*ptToMM) {
		t.Errorf("after the list: %.2f mm", d)
	}
}
