package layout

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"jixiao/fonts"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

func defaultFonts() FontSet {
	return FontSet{
		Roles:    map[string][]byte{"fangsong": fonts.SerifRegular, "song": fonts.SerifRegular, "xiaobiaosong": fonts.SerifBold, "hei": fonts.Hei},
		Fallback: fonts.Hei,
	}
}

func render(t *testing.T, text string) ([]Page, []string) {
	t.Helper()
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: text}}}
	return laidOutPages(t, doc, testOptions(t))
}

func TestFallbackDrawsWhatTheBodyFontLacks(t *testing.T) {
	fs, err := newFaces(defaultFonts())
	if err != nil {
		t.Fatal(err)
	}
	serif := fs.role("fangsong")
	// 堃 is in GBK (the fallback's set) but not in GB2312 (the body font's).
	if serif.covers('堃') || !fs.fallback.covers('堃') {
		t.Fatalf("fixture assumption broken: serif %v, fallback %v", serif.covers('堃'), fs.fallback.covers('堃'))
	}
	if f, ok := fs.pick(serif, "堃"); !ok || f != fs.fallback {
		t.Errorf("堃 not drawn from the fallback")
	}
	if f, ok := fs.pick(serif, "中"); !ok || f != serif {
		t.Errorf("中 not drawn from the body font")
	}
	if _, warnings := render(t, "王堃的项目"); len(warnings) != 0 {
		t.Errorf("warnings for a character the fallback has: %v", warnings)
	}
}

func TestMissingCharactersAreReported(t *testing.T) {
	_, warnings := render(t, "项目𠀀名称")
	if len(warnings) != 1 || !strings.Contains(warnings[0], "U+20000") || !strings.Contains(warnings[0], "〓") || !strings.Contains(warnings[0], "项目") {
		t.Errorf("warnings = %v", warnings)
	}
	// U+4DB5 is a CJK Extension A character neither font carries.
	_, warnings = render(t, "甲\u4DB5乙")
	if len(warnings) != 1 || !strings.Contains(warnings[0], "都没有") {
		t.Errorf("warnings = %v", warnings)
	}
}

func TestLayoutIsDeterministic(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "2023年，我县积极构建全方位、全过程、全覆盖预算绩效管理体系。"}}}
	a, _ := Layout(doc, testOptions(t))
	b, _ := Layout(doc, testOptions(t))
	if !reflect.DeepEqual(a.Fonts, b.Fonts) {
		t.Error("two layouts cut the fonts differently")
	}
	if pa, pb := pageTexts(mustPages(t, a)), pageTexts(mustPages(t, b)); !reflect.DeepEqual(pa, pb) {
		t.Errorf("two layouts differ: %q, %q", pa, pb)
	}
}

func mustPages(t *testing.T, l *Laid) []Page {
	t.Helper()
	var pages []Page
	if err := l.Pages(func(p Page) error { pages = append(pages, p); return nil }); err != nil {
		t.Fatal(err)
	}
	return pages
}

func TestCheckTrueType(t *testing.T) {
	if err := CheckTrueType("serif.ttf", fonts.SerifRegular); err != nil {
		t.Error(err)
	}
	for name, raw := range map[string][]byte{
		"a.ttc": append([]byte("ttcf"), make([]byte, 20)...),
		"b.otf": append([]byte("OTTO"), make([]byte, 20)...),
		"c.ttf": []byte("not a font at all"),
	} {
		if err := CheckTrueType(name, raw); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestRowTallerThanAPageIsSplit(t *testing.T) {
	preset, _ := ParsePreset(templates.GBT9704)
	long := strings.Repeat("很长的项目名称", 200) // far more than one page of lines
	table := &wordmodel.Table{Widths: []int{1000, 3000}, Rows: []wordmodel.Row{
		{Header: true, Cells: []wordmodel.Cell{{Text: "序号", Span: 1}, {Text: "名称", Span: 1}}},
		{Cells: []wordmodel.Cell{{Text: "1", Span: 1}, {Text: long + "完", Span: 1}}},
		{Cells: []wordmodel.Cell{{Text: "2", Span: 1}, {Text: "下一行", Span: 1}}},
	}}
	laid, _ := laidOutPages(t, &wordmodel.Document{Blocks: []wordmodel.Block{table}}, Options{Preset: preset, Fonts: defaultFonts()})
	pages := pageTexts(laid)
	if len(pages) < 2 {
		t.Fatalf("%d pages for a row taller than a page", len(pages))
	}
	all := strings.ReplaceAll(strings.Join(pages, ""), "\n", "")
	if strings.Count(all, "很") != 200 || strings.Count(all, "称") != 200+len(pages) || !strings.Contains(all, "完") || !strings.Contains(all, "下一行") {
		t.Error("text of the tall row was lost or the next row is missing")
	}
	for i, p := range pages {
		if !strings.Contains(p, "序号") {
			t.Errorf("page %d has no header", i+1)
		}
	}
}

// TestConcurrentRendersShareFontsSafely: a batch lays out documents side
// by side over the same parsed fonts, and each must come out the same.
func TestConcurrentRendersShareFontsSafely(t *testing.T) {
	want, _ := render(t, "附件：沁源县2023年重点绩效评价项目结果汇总表，共35个项目。")
	outs := make([][]Page, 8)
	done := make(chan int)
	for i := range outs {
		go func() {
			outs[i], _ = render(t, "附件：沁源县2023年重点绩效评价项目结果汇总表，共35个项目。")
			done <- i
		}()
	}
	for range outs {
		<-done
	}
	for i, o := range outs {
		if !reflect.DeepEqual(o, want) {
			t.Errorf("layout %d differs", i)
		}
	}
}

func testOptions(t testing.TB) Options {
	t.Helper()
	preset, err := ParsePreset(templates.GBT9704)
	if err != nil {
		t.Fatal(err)
	}
	return Options{Preset: preset, Fonts: defaultFonts()}
}

// TestAWideNumberShrinksToItsCell: an amount wider than its column is set
// smaller, so that none of it is drawn over the cell's border.
func TestAWideNumberShrinksToItsCell(t *testing.T) {
	widths := []int{500, 500, 500, 300, 500, 500, 500, 500}
	cells := func(texts ...string) []wordmodel.Cell {
		var out []wordmodel.Cell
		for _, s := range texts {
			out = append(out, wordmodel.Cell{Text: s, Span: 1, Align: "right"})
		}
		return out
	}
	table := &wordmodel.Table{Widths: widths, Rows: []wordmodel.Row{
		{Header: true, Cells: cells("一", "二", "三", "四", "五", "六", "七", "八")},
		{Cells: cells("1", "2", "3", "13,600.00", "5", "6", "7", "8")},
	}}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, w := range widths {
		total += w
	}
	left := r.left() + float64(widths[0]+widths[1]+widths[2])/float64(total)*r.width()
	right := left + float64(widths[3])/float64(total)*r.width()
	var drawn []op
	for _, o := range r.ops {
		if o.kind == opText && o.x >= left-0.01 && o.x < right && strings.ContainsAny(o.text, "0123456789,.") && o.y > r.top()+10 {
			drawn = append(drawn, o)
		}
	}
	if len(drawn) == 0 {
		t.Fatal("the amount was not drawn in its cell")
	}
	last := drawn[len(drawn)-1]
	end := last.x + last.face.width(last.text, last.size)
	if first := drawn[0]; first.x < left || end > right+0.01 || first.size >= r.p.Table.Size {
		t.Errorf("the amount runs from %.2f to %.2f in a cell from %.2f to %.2f, at %.1f pt", first.x, end, left, right, first.size)
	}
	if len(r.warnings) == 0 || !strings.Contains(r.warnings[0], "13,600.00") {
		t.Errorf("no warning of a column far too narrow: %v", r.warnings)
	}
}

// TestRunFormattingReachesThePDF: a run's own size, weight, underline,
// colour and East Asian font are drawn as Word shows them.
func TestRunFormattingReachesThePDF(t *testing.T) {
	para := &wordmodel.Paragraph{Style: "Normal", Text: "正文加粗大字红字下划线黑体斜体", Runs: []wordmodel.Run{
		{Text: "正文"}, {Text: "加粗", Bold: true}, {Text: "大字", Size: 22}, {Text: "红字", Color: "FF0000"},
		{Text: "下划线", Underline: true}, {Text: "黑体", Font: "黑体"}, {Text: "斜体", Italic: true},
	}}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{para}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	byText := map[string]op{}
	lines, underlined := 0, 0.0
	for _, o := range r.ops {
		switch o.kind {
		case opText:
			byText[o.text] = o
		case opLine:
			lines++
			underlined += o.w
		}
	}
	body := byText["正"]
	switch {
	case !byText["加"].bold || body.bold:
		t.Error("bold")
	case byText["大字"].size != 22 || body.size != 16: // off the grid: its own width
		t.Errorf("sizes %.1f and %.1f", byText["大字"].size, body.size)
	case byText["红"].color != "FF0000" || body.color != "":
		t.Error("colour")
	case lines != 1 || !near(underlined, 3*r.g.cell):
		t.Errorf("%d underline strokes %.2f mm long, want one under three characters", lines, underlined)
	case byText["黑"].face != r.fs.role("hei") || body.face != r.fs.role("fangsong"):
		t.Error("East Asian font")
	case byText["斜"].face != r.fs.role("kai"):
		t.Error("italic is not set in 楷体")
	}
	pages, _ := laidOutPages(t, &wordmodel.Document{Blocks: []wordmodel.Block{para}}, testOptions(t))
	if got := strings.Join(strings.Fields(strings.Join(pageTexts(pages), "")), ""); !strings.Contains(got, "正文加粗大字红字下划线黑体") {
		t.Errorf("the text layer reads %q", got)
	}
}

// TestTableTypeSizeAndShading: a table whose cells are set in 9 pt is 9 pt
// in the PDF, and a shaded cell is filled.
func TestTableTypeSizeAndShading(t *testing.T) {
	table := &wordmodel.Table{Widths: []int{1000, 3000}, Rows: []wordmodel.Row{
		{Header: true, Cells: []wordmodel.Cell{{Text: "序号", Span: 1, Size: 9, Shading: "D9E1F2"}, {Text: "名称", Span: 1, Size: 9, Shading: "D9E1F2"}}},
		{Cells: []wordmodel.Cell{{Text: "1", Span: 1, Size: 9}, {Text: "项目", Span: 1, Size: 9}}},
	}}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	fills, texts := 0, 0
	for _, o := range r.ops {
		if o.kind == opText && o.text == "项目" {
			texts++
		}
		switch {
		case o.kind == opText && o.text == "项目" && o.size != 9:
			t.Errorf("cell text at %.1f pt, want 9", o.size)
		case o.kind == opFill && o.color == "D9E1F2":
			fills++
		}
	}
	if fills != 2 || texts != 1 {
		t.Errorf("%d shaded cells, want 2; 项目 drawn %d times, want once", fills, texts)
	}
	laidOutPages(t, &wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
}

// TestACellsTextIsOneOperation: a table cell's characters share a face and
// their own advances, so they are drawn by one text operation (a long
// attachment would otherwise record one per character), placed where the
// characters laid out one by one would have ended.
func TestACellsTextIsOneOperation(t *testing.T) {
	table := &wordmodel.Table{Widths: []int{3000, 1000}, Rows: []wordmodel.Row{
		{Cells: []wordmodel.Cell{{Text: "农村公路养护项目", Span: 1}, {Text: "12.50", Span: 1, Align: "right"}}},
	}}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var texts []op
	for _, o := range r.ops {
		if o.kind == opText {
			texts = append(texts, o)
		}
	}
	// The page number (— 1 —) follows the table's two cells.
	if len(texts) < 2 || texts[0].text != "农村公路养护项目" || texts[1].text != "12.50" {
		var got []string
		for _, o := range texts {
			got = append(got, o.text)
		}
		t.Fatalf("text operations %q, want one per cell", got)
	}
	sum := 0.0
	for _, s := range split(nil, texts[0].text) {
		sum += texts[0].face.width(s, texts[0].size)
	}
	if whole := texts[0].face.width(texts[0].text, texts[0].size); math.Abs(whole-sum) > 1e-6 {
		t.Errorf("the run measures %.4f mm whole but %.4f mm unit by unit", whole, sum)
	}
}

// TestGridAndJustifiedUnitsStayApart: a unit on the document grid, or a
// line with a justification gap, is not where the font's own advances
// would put it, so it keeps its own operation.
func TestGridAndJustifiedUnitsStayApart(t *testing.T) {
	fs, err := newFaces(defaultFonts())
	if err != nil {
		t.Fatal(err)
	}
	f := fs.role("fangsong")
	r := &renderer{fs: fs}
	units := []unit{{text: "一", face: f, width: 5}, {text: "二", face: f, width: 5}}
	r.drawUnits(units, f, 0, 0, 5, 0.5)
	grid := []unit{{text: "三", face: f, width: 6, grid: true}, {text: "四", face: f, width: 6, grid: true}}
	r.drawUnits(grid, f, 0, 10, 5, 0)
	if len(r.ops) != 4 {
		t.Errorf("%d operations, want 4 (2 justified, 2 on the grid)", len(r.ops))
	}
}

// TestNumPagesInTheLaidOutPages: a layout of every page counts them first, so a footer's NUMPAGES shows the count on every page.
func TestNumPagesInTheLaidOutPages(t *testing.T) {
	var blocks []wordmodel.Block
	for i := 0; i < 3; i++ {
		blocks = append(blocks, &wordmodel.Paragraph{Style: "Normal", Text: "正文", Runs: []wordmodel.Run{{Text: "正文"}}, PageBreakBefore: i > 0})
	}
	footer := []string{"第" + wordmodel.PageField + "页共" + wordmodel.NumPagesField + "页"}
	r, err := layout(&wordmodel.Document{Blocks: blocks, Footer: footer}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	pages := 0
	for _, o := range r.ops {
		switch o.kind {
		case opPage:
			pages++
			text.WriteString("|")
		case opText:
			text.WriteString(o.text)
		}
	}
	if pages != 3 {
		t.Fatalf("%d pages", pages)
	}
	for p := 1; p <= 3; p++ {
		if want := fmt.Sprintf("第%d页共3页", p); !strings.Contains(text.String(), want) {
			t.Errorf("no %q in %q", want, text.String())
		}
	}
}
