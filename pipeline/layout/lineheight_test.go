package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"jixiao/fonts"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// lineTops are the distinct baselines of the text of sizePt drawn on
// the first page, top down (the template's footer is of another size).
func lineTops(r *renderer, sizePt float64) []float64 {
	var ys []float64
	for _, o := range r.ops {
		if o.kind != opText || strings.TrimSpace(o.text) == "" || math.Abs(o.size-sizePt) > 0.01 {
			continue
		}
		if n := len(ys); n > 0 && o.y < ys[n-1]-0.01 {
			break // the next page's
		}
		if n := len(ys); n == 0 || o.y > ys[n-1]+0.01 {
			ys = append(ys, o.y)
		}
	}
	return ys
}

// latinText is English text that wraps into many lines.
var latinText = strings.Repeat("The budget of the county was spent as planned. ", 30)

// TestALinesHeightIsItsFacesSingleLine: a paragraph off the grid at
// single, 1.5 and double spacing has its lines its face's single line of
// Word apart, times the multiple: Times New Roman and Arial 1.15 of the
// size, Calibri 1.22, Cambria 1.17, 仿宋 and 宋体 1.3; a face the table does
// not know takes the metrics of the font that draws it.
func TestALinesHeightIsItsFacesSingleLine(t *testing.T) {
	drawn, err := parsed(fonts.SerifRegular)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		face, text string
		single     float64
	}{
		{"Times New Roman", latinText, 1.1499},
		{"Arial", latinText, 1.1499},
		{"Calibri", latinText, 1.2207},
		{"Cambria", latinText, 1.1724},
		{"仿宋_GB2312", strings.Repeat("全县预算绩效管理工作按计划推进。", 20), 1.3},
		{"宋体", strings.Repeat("全县预算绩效管理工作按计划推进。", 20), 1.3},
		{"No Such Face", latinText, drawn.single},
	} {
		for _, sp := range []struct {
			line     int
			multiple float64
		}{{240, 1}, {360, 1.5}, {480, 2}} {
			t.Run(fmt.Sprintf("%s %v", c.face, sp.multiple), func(t *testing.T) {
				spacing := fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="auto"/>`, sp.line)
				r := laidDocx(t, rt.Docx(t, rt.Spaced(spacing, "", rt.FaceRun(c.face, 24, c.text)), "", nil))
				ys := lineTops(r, 12)
				if len(ys) < 5 {
					t.Fatalf("%d lines", len(ys))
				}
				want := 12 * ptToMM * c.single * sp.multiple
				for i := 1; i < len(ys); i++ {
					if d := ys[i] - ys[i-1]; math.Abs(d-want) > 0.01 {
						t.Fatalf("line %d is %.3f mm under the one before, want %.3f (%.4f of the size)", i+1, d, want, c.single*sp.multiple)
					}
				}
			})
		}
	}
}

// TestAnAtLeastLineTakesTheLargerOfItsMinimumAndItsFace: 12 pt Calibri
// (14.65 pt single) at least 12 pt is its face's line apart; at least
// 20 pt, 20 pt apart.
func TestAnAtLeastLineTakesTheLargerOfItsMinimumAndItsFace(t *testing.T) {
	for _, c := range []struct {
		line int
		want float64
	}{{240, 12 * 1.2207}, {400, 20}} {
		spacing := fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="atLeast"/>`, c.line)
		ys := lineTops(laidDocx(t, rt.Docx(t, rt.Spaced(spacing, "", rt.FaceRun("Calibri", 24, latinText)), "", nil)), 12)
		if d := ys[2] - ys[1]; math.Abs(d-c.want*ptToMM) > 0.01 {
			t.Errorf("at least %d twips: lines %.3f mm apart, want %.3f", c.line, d, c.want*ptToMM)
		}
	}
}

// TestALargerRunMakesOnlyItsLineTaller: in a 16 pt 仿宋 paragraph, a
// 22 pt run on the first line makes that line 22 pt's single line high;
// the lines after it are 16 pt's.
func TestALargerRunMakesOnlyItsLineTaller(t *testing.T) {
	body := rt.Spaced("", "", rt.FaceRun("仿宋_GB2312", 44, "大字"), rt.FaceRun("仿宋_GB2312", 32, strings.Repeat("全县预算绩效管理工作按计划推进。", 12)))
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	big := firstTextOp(t, r, "大")
	ys := lineTops(r, 16)
	if len(ys) < 4 || !near(ys[0], big.y) {
		t.Fatalf("baselines %v, the large run's at %.2f", ys, big.y)
	}
	f := big.face.font
	a := f.ascent + f.gap
	if d, want := ys[1]-ys[0], (22*1.3+a*(16-22))*ptToMM; math.Abs(d-want) > 0.01 {
		t.Errorf("second line %.3f mm under the first, want %.3f (the first 22 pt's line high)", d, want)
	}
	if d, want := ys[2]-ys[1], 16*1.3*ptToMM; math.Abs(d-want) > 0.01 {
		t.Errorf("third line %.3f mm under the second, want %.3f (16 pt's line)", d, want)
	}
}

// TestAnEmptyParagraphIsAsTallAsItsMark: an empty paragraph whose mark is
// 26 pt (w:pPr/w:rPr) between two 16 pt lines is 26 pt's single line
// high, not its style's 16 pt.
func TestAnEmptyParagraphIsAsTallAsItsMark(t *testing.T) {
	body := rt.Spaced("", "", rt.FaceRun("仿宋_GB2312", 32, "甲")) + rt.Spaced("", rt.Fonts("仿宋_GB2312")+rt.Size(52)) + rt.Spaced("", "", rt.FaceRun("仿宋_GB2312", 32, "乙"))
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	if d, want := textOp(t, r, "乙").y-textOp(t, r, "甲").y, (16+26)*1.3*ptToMM; math.Abs(d-want) > 0.01 {
		t.Errorf("乙 %.2f mm under 甲, want %.2f (a 16 pt line and a 26 pt empty one)", d, want)
	}
}

// TestACellsLineIsItsFacesLine: a table cell's paragraph in 12 pt
// Arial, off the grid, has its lines Arial's single line apart, and one
// in 12 pt Calibri Calibri's.
func TestACellsLineIsItsFacesLine(t *testing.T) {
	for _, c := range []struct {
		face   string
		single float64
	}{{"Arial", 1.1499}, {"Calibri", 1.2207}} {
		cell := rt.Word.Cell(3000, "", "", rt.Spaced("", "", rt.FaceRun(c.face, 24, latinText[:400])))
		r := laidDocx(t, rt.Docx(t, rt.Table([]int{3000}, cell), "", nil))
		ys := lineTops(r, 12)
		if len(ys) < 4 {
			t.Fatalf("%s: %d lines", c.face, len(ys))
		}
		if d, want := ys[2]-ys[1], 12*c.single*ptToMM; math.Abs(d-want) > 0.01 {
			t.Errorf("%s: a cell's lines %.3f mm apart, want %.3f", c.face, d, want)
		}
	}
}

// TestTypeTallerThanItsExactLineIsClipped: 28 pt type in a line fixed at
// 20 pt is cut off at the line's top (its text carries the clip, the
// Item too); 12 pt type in the same line, or 28 pt in a line of its own
// single height, carries none.
func TestTypeTallerThanItsExactLineIsClipped(t *testing.T) {
	exact := `<w:spacing w:line="400" w:lineRule="exact"/>`
	body := rt.Spaced("", "", rt.FaceRun("仿宋_GB2312", 24, "前")) + rt.Spaced(exact, "", rt.FaceRun("仿宋_GB2312", 56, "高")) + rt.Spaced(exact, "", rt.FaceRun("仿宋_GB2312", 24, "低")) + rt.Spaced("", "", rt.FaceRun("仿宋_GB2312", 56, "常"))
	doc, r := laidShapes(t, rt.Docx(t, body, "", nil))
	tall := textOp(t, r, "高")
	// The tall line starts one 12 pt single line under the first's top.
	if top := textOp(t, r, "前").y - r.fs.role("fangsong").font.ascent*12*ptToMM + 12*1.3*ptToMM; !near(tall.clip, top) {
		t.Errorf("28 pt type in a 20 pt line cut at %.2f mm, want the line's top %.2f", tall.clip, top)
	}
	if tall.y-tall.face.font.top*tall.size*ptToMM >= tall.clip {
		t.Errorf("the type's top %.2f is not above the cut %.2f", tall.y-tall.face.font.top*tall.size*ptToMM, tall.clip)
	}
	for _, s := range []string{"低", "常"} {
		if o := textOp(t, r, s); o.clip != 0 {
			t.Errorf("%s cut at %.2f, want no cut", s, o.clip)
		}
	}
	laid, err := Layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	clipped := 0
	laid.Pages(func(p Page) error {
		for _, it := range p.Items {
			if it.Kind == Glyphs && it.Clip > 0 {
				clipped++
			}
		}
		return nil
	})
	if clipped != 1 {
		t.Errorf("%d clipped items, want the tall line's 1", clipped)
	}
}

// TestFaceNamesMatchInAnySpelling: the table is read without case, spaces
// or underscores, and 方正's faces by their family's prefix.
func TestFaceNamesMatchInAnySpelling(t *testing.T) {
	for name, want := range map[string]float64{
		"仿宋_GB2312": 1.3, "仿宋GB2312": 1.3, "FangSong_GB2312": 1.3, "times new roman": 1.1499, "TimesNewRoman": 1.1499,
		"方正小标宋简体": 1.3, "方正仿宋_GBK": 1.3, "CALIBRI": 1.2207, "微软雅黑": 1.3198, "Courier New": 1.1328, "verdana": 1.2153,
	} {
		if got, ok := faceLine(name); !ok || got.single != want {
			t.Errorf("%s: %v %v, want %v", name, got, ok, want)
		}
	}
	if _, ok := faceLine("Comic Sans MS"); ok {
		t.Error("a face not in the table was found")
	}
}

// TestAFontsSingleLineIsItsWindowsExtent: a shipped font's single line is
// its OS/2 Windows extent with the hhea gap beyond it: WenQuanYi Micro
// Hei 1918 + 483 of 2048, Fandol's 978 + 272 of 1000 (its hhea 1200
// with its gap is inside).
func TestAFontsSingleLineIsItsWindowsExtent(t *testing.T) {
	for name, c := range map[string]struct {
		raw  []byte
		want float64
	}{"WenQuanYi": {fonts.Hei, 2401.0 / 2048}, "Fandol": {fonts.FangSong, 1.25}} {
		f, err := parsed(c.raw)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(f.single-c.want) > 1e-4 {
			t.Errorf("%s: %.4f, want %.4f", name, f.single, c.want)
		}
	}
}

// TestAFootnotesLinesAreItsFacesLines: a footnote of 9 pt Arial, off the
// grid, has its lines Arial's single line apart at the page's foot, not
// 1.3 of the size (its lines are its paragraph's, as LibreOffice sets
// them: TestCellFootnotesAsLibreOfficeDrawsThem).
func TestAFootnotesLinesAreItsFacesLines(t *testing.T) {
	sp := &wordmodel.Spacing{Line: 240, LineRule: "auto", NoGrid: true}
	text := latinText[:600]
	note := &wordmodel.Paragraph{Style: "FootnoteText", StyleSize: 9, Text: text, Spacing: sp, Indent: &wordmodel.Indent{},
		Runs: []wordmodel.Run{{Text: text, Size: 9, Font: "Arial", LatinFont: "Arial"}}}
	body := &wordmodel.Paragraph{Style: "Normal", Text: "正文", Spacing: sp, Indent: &wordmodel.Indent{},
		Footnotes: []wordmodel.Note{{Mark: "1", Paragraphs: []*wordmodel.Paragraph{note}}}}
	ys := lineTops(layoutOf(t, testSection, body), 9)
	if len(ys) < 4 {
		t.Fatalf("%d lines of the note", len(ys))
	}
	for i := 1; i < len(ys); i++ {
		if d, want := ys[i]-ys[i-1], 9*1.1499*ptToMM; math.Abs(d-want) > 0.01 {
			t.Errorf("the note's line %d %.3f mm under the one before, want %.3f", i+1, d, want)
		}
	}
}

// TestAHeadersLinesAreItsFacesLines: a header's paragraph of two lines in
// 10.5 pt Arial has them Arial's single line apart, as the body's.
func TestAHeadersLinesAreItsFacesLines(t *testing.T) {
	header := rt.Spaced("", "", rt.FaceRun("Arial", 21, "County budget\nPerformance report"))
	r := laidDocx(t, rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), header))
	ys := lineTops(r, 10.5)
	if len(ys) != 2 {
		t.Fatalf("%d header lines", len(ys))
	}
	if d, want := ys[1]-ys[0], 10.5*1.1499*ptToMM; math.Abs(d-want) > 0.01 {
		t.Errorf("the header's lines %.3f mm apart, want %.3f", d, want)
	}
}

// TestTypeTallerThanAPitchIsCentredInItsPitches: on the template's grid
// of 28.95 pt, a single-spaced line of 28 pt Times New Roman (a 32.2 pt line) takes two pitches
// and its type is centred in both, as LibreOffice sets it, not at the
// top of the first.
func TestTypeTallerThanAPitchIsCentredInItsPitches(t *testing.T) {
	para := `<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + rt.FaceRun("Times New Roman", 56, "Title") + `</w:p>`
	r := laidDocx(t, rt.Docx(t, para, "", nil))
	tnr, _ := faceLine("Times New Roman")
	pitch, s := 579.0/20*ptToMM, 28*ptToMM
	want := r.top() + (2*pitch-tnr.single*s)/2 + tnr.ascent*s
	if got := textOp(t, r, "Title").y; !near(got, want) {
		t.Errorf("baseline at %.2f mm, want %.2f (centred in two pitches from %.2f)", got, want, r.top())
	}
}

// TestAnEmptyCellParagraphIsAsTallAsItsMark: a cell's empty paragraph
// whose mark is 26 pt, between two 12 pt ones, is 26 pt's single line
// high.
func TestAnEmptyCellParagraphIsAsTallAsItsMark(t *testing.T) {
	cell := rt.Word.Cell(3000, "", "", rt.Spaced("", "", rt.FaceRun("仿宋_GB2312", 24, "甲")), rt.Spaced("", rt.Fonts("仿宋_GB2312")+rt.Size(52)), rt.Spaced("", "", rt.FaceRun("仿宋_GB2312", 24, "乙")))
	r := laidDocx(t, rt.Docx(t, rt.Table([]int{3000}, cell), "", nil))
	if d, want := textOp(t, r, "乙").y-textOp(t, r, "甲").y, (12+26)*1.3*ptToMM; math.Abs(d-want) > 0.01 {
		t.Errorf("乙 %.2f mm under 甲, want %.2f (a 12 pt line and a 26 pt empty one)", d, want)
	}
}

// TestATurnedTextBoxsTallTypeIsDrawnWholeAndSaid: 28 pt type in a line
// fixed at 20 pt in a text box is cut at the line's top; in a box turned
// 30° it is drawn whole (a cut is level) and warned of, naming the box.
func TestATurnedTextBoxsTallTypeIsDrawnWholeAndSaid(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 60 * mm, CY: 30 * mm}
	inside := `<w:p><w:pPr><w:spacing w:line="400" w:lineRule="exact"/></w:pPr>` + rt.FaceRun("仿宋_GB2312", 56, "高") + `</w:p>`
	for _, c := range []struct {
		xfrm   string
		turned bool
	}{{"", false}, {` rot="1800000"`, true}} {
		body := st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", st.Shape(a, "rect", c.xfrm, st.Fill("FFFF00"), "", inside, ">")), ""))
		_, r := laidShapes(t, st.Docx(t, body, nil))
		clip := firstTextOp(t, r, "高").clip
		said := strings.Contains(strings.Join(r.warnings, "\n"), "文本框 1”是旋转的文本框，其中固定值行距的文字比行高")
		if c.turned && (clip != 0 || !said) || !c.turned && (clip == 0 || said) {
			t.Errorf("turned %v: cut at %.2f, warned %v: %v", c.turned, clip, said, r.warnings)
		}
	}
}
