package layout

import (
	"archive/zip"
	"bytes"
	"fmt"
	"image"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// cellDoc is a one-table document as a word processor writes it: its
// styles.xml's docDefaults and styles, the section's docGrid, and the
// table's rows (w:tr elements).
type cellDoc struct {
	defaults, styles string
	grid             string // the docGrid element
	tblPr            string
	rows             []string
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

func (d cellDoc) read(t testing.TB) *wordmodel.Document {
	t.Helper()
	body := `<w:tbl><w:tblPr>` + d.tblPr + `<w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4153"/><w:gridCol w:w="4153"/></w:tblGrid>` +
		strings.Join(d.rows, "") + `</w:tbl><w:p/>`
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + body +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>` + d.grid + `</w:sectPr></w:body></w:document>`
	styles := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + wNS + `><w:docDefaults>` + d.defaults + `</w:docDefaults>` + d.styles + `</w:styles>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, s := range map[string]string{"word/document.xml": doc, "word/styles.xml": styles} {
		w, _ := zw.Create(name)
		w.Write([]byte(s))
	}
	zw.Close()
	m, err := wordmodel.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// laidCells lays doc out.
func laidCells(t *testing.T, doc *wordmodel.Document) *renderer {
	t.Helper()
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// wordRowOf is a w:tr of cells as Word writes them, each a list of
// paragraphs (w:p elements).
func wordRowOf(cells ...[]string) string {
	s := `<w:tr w:rsidR="00C53E21" w:rsidTr="00C53E21">`
	for _, c := range cells {
		s += `<w:tc><w:tcPr><w:tcW w:w="4153" w:type="dxa"/></w:tcPr>` + strings.Join(c, "") + `</w:tc>`
	}
	return s + `</w:tr>`
}

// wp is a paragraph as Word writes it: pPr content, then runs of rPr
// content and text.
func wp(pPr string, runs ...string) string {
	s := `<w:p w:rsidR="00C53E21" w:rsidRDefault="00C53E21">`
	if pPr != "" {
		s += `<w:pPr>` + pPr + `</w:pPr>`
	}
	for i := 0; i+1 < len(runs); i += 2 {
		s += `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/>` + runs[i] + `</w:rPr><w:t>` + runs[i+1] + `</w:t></w:r>`
	}
	return s + `</w:p>`
}

const (
	// Word's Chinese defaults: 五号 (10.5 pt) on a line grid of 15.6 pt.
	zhDefaults = `<w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/>`
	zhNormal   = `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`
	zhGrid     = `<w:docGrid w:type="lines" w:linePitch="312"/>`
	// The default template's grid: 28.95 pt lines, 28 characters.
	templateGrid = `<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="1983"/>`
	// Word's English defaults: 11 pt, 8 pt after, 1.08 lines; its Table
	// Grid style sets its cells single-spaced with nothing after.
	enDefaults = `<w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>`
	enStyles   = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`
	// LibreOffice's "Table Contents" style, as it saves it, set exactly.
	loStyles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:suppressAutoHyphens w:val="true"/><w:bidi w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/><w:spacing w:lineRule="exact" w:line="400" w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="21"/></w:rPr></w:style>`
)

func pt(v float64) float64 { return v * ptToMM }

// TestCellLinesFollowTheirParagraphs: two paragraphs of a cell are as far
// apart as Word sets them: a whole grid line where the document has a
// line grid, the single line where the paragraph is off the grid, the
// exact height an exact rule gives, single where the table style
// overrides the document defaults.
func TestCellLinesFollowTheirParagraphs(t *testing.T) {
	two := func(pPr string) string {
		return wordRowOf([]string{wp(pPr, "", "上"), wp(pPr, "", "下")}, []string{wp(pPr, "", "右")})
	}
	cases := []struct {
		name string
		doc  cellDoc
		gap  float64 // pt
	}{
		{"Word's grid of 15.6 pt", cellDoc{defaults: zhDefaults, styles: zhNormal, grid: zhGrid, tblPr: `<w:tblStyle w:val="a3"/>`, rows: []string{two("")}}, 15.6},
		{"the template's grid of 28.95 pt", cellDoc{defaults: zhDefaults, styles: zhNormal, grid: templateGrid, rows: []string{two(`<w:jc w:val="center"/>`)}}, 28.95},
		{"WPS: snapToGrid off", cellDoc{defaults: zhDefaults, styles: zhNormal, grid: templateGrid, rows: []string{two(`<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/><w:rPr><w:kern w:val="0"/></w:rPr>`)}}, 10.5 * singleLine},
		{"one and a half lines off the grid", cellDoc{defaults: zhDefaults, styles: zhNormal, grid: templateGrid, rows: []string{two(`<w:snapToGrid w:val="0"/><w:spacing w:line="360" w:lineRule="auto"/>`)}}, 1.5 * 10.5 * singleLine},
		{"at least 20 pt", cellDoc{defaults: zhDefaults, styles: zhNormal, grid: `<w:docGrid w:linePitch="312"/>`, rows: []string{two(`<w:spacing w:line="400" w:lineRule="atLeast"/>`)}}, 20},
		{"LibreOffice: exactly 20 pt on the grid", cellDoc{styles: loStyles, grid: templateGrid, rows: []string{two(`<w:pStyle w:val="TableContents"/><w:rPr></w:rPr>`)}}, 20},
		{"Word's Table Grid over 1.08 lines and 8 pt after", cellDoc{defaults: enDefaults, styles: enStyles, grid: `<w:docGrid w:linePitch="360"/>`, tblPr: `<w:tblStyle w:val="TableGrid"/>`, rows: []string{two("")}}, 11 * singleLine},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ops := laidCells(t, c.doc.read(t))
			up, down := textOp(t, ops, "上"), textOp(t, ops, "下")
			if got := (down.y - up.y) / ptToMM; math.Abs(got-c.gap) > 0.01 {
				t.Errorf("lines %.2f pt apart, want %.2f", got, c.gap)
			}
		})
	}
}

// TestCellTypeSizesAreTheRuns': a cell's 五号 and 小五 paragraphs, and a
// paragraph of a 五号 figure and a 小五 unit, are each drawn at their own
// size; a paragraph's line is as high as its largest type needs.
func TestCellTypeSizesAreTheRuns(t *testing.T) {
	doc := cellDoc{defaults: zhDefaults, styles: zhNormal, grid: `<w:docGrid w:linePitch="312"/>`, rows: []string{
		wordRowOf([]string{wp("", `<w:sz w:val="21"/>`, "五号"), wp("", `<w:sz w:val="18"/>`, "小五"), wp("", `<w:sz w:val="18"/>`, "末行")},
			[]string{wp("", `<w:sz w:val="21"/>`, "合计", `<w:sz w:val="18"/>`, "（万元）")}),
	}}.read(t)
	r := laidCells(t, doc)
	for text, size := range map[string]float64{"五号": 10.5, "小五": 9, "末行": 9, "合计": 10.5, "（万元）": 9} {
		if got := textOp(t, r, text).size; got != size {
			t.Errorf("%s drawn at %.1f pt, want %.1f", text, got, size)
		}
	}
	if gap := (textOp(t, r, "末行").y - textOp(t, r, "小五").y) / ptToMM; math.Abs(gap-9*singleLine) > 0.01 {
		t.Errorf("小五 lines %.2f pt apart, want %.2f", gap, 9*singleLine)
	}
	if w := textOp(t, r, "（万元）").x - textOp(t, r, "合计").x; math.Abs(w-2*pt(10.5)) > 0.05 {
		t.Errorf("合计 takes %.2f mm, want two 五号 characters, %.2f", w, 2*pt(10.5))
	}
}

// TestCellSpacingIndentsAndAlignment: a cell's first paragraph keeps its
// space before and its last its space after, which the row's height
// follows; each paragraph is indented and aligned as it says.
func TestCellSpacingIndentsAndAlignment(t *testing.T) {
	plainGrid := `<w:docGrid w:linePitch="312"/>`
	row := func(first, last string) string {
		return wordRowOf([]string{wp(first, "", "首段"), wp(`<w:jc w:val="center"/>`, "", "居中"), wp(`<w:ind w:left="420"/>`, "", "缩进"), wp(last, "", "末段")}, []string{wp("", "", "旁")})
	}
	next := wordRowOf([]string{wp("", "", "下一行")}, []string{wp("", "", "旁")})
	plain := laidCells(t, cellDoc{defaults: zhDefaults, styles: zhNormal, grid: plainGrid, rows: []string{row("", ""), next}}.read(t))
	spaced := laidCells(t, cellDoc{defaults: zhDefaults, styles: zhNormal, grid: plainGrid, rows: []string{row(`<w:spacing w:before="120"/>`, `<w:spacing w:after="240"/>`), next}}.read(t))
	if d := textOp(t, spaced, "首段").y - textOp(t, plain, "首段").y; math.Abs(d-pt(6)) > 0.01 {
		t.Errorf("space before moves the first line %.2f mm, want 6 pt", d)
	}
	if d := textOp(t, spaced, "下一行").y - textOp(t, plain, "下一行").y; math.Abs(d-pt(18)) > 0.01 {
		t.Errorf("space before and after grow the row %.2f mm, want 18 pt", d)
	}
	left := textOp(t, plain, "首段").x
	if d := textOp(t, plain, "缩进").x - left; math.Abs(d-pt(21)) > 0.01 {
		t.Errorf("indented paragraph starts %.2f mm in, want 21 pt", d)
	}
	if d := textOp(t, plain, "居中").x - left; d < 20 {
		t.Errorf("centred paragraph starts %.2f mm in, as if left-aligned", d)
	}
	if d := textOp(t, plain, "末段").x - left; math.Abs(d) > 0.01 {
		t.Errorf("the left-aligned paragraph after a centred one starts %.2f mm in", d)
	}
}

// TestGridRowsSplitOnGridLines: a cell of grid-snapped lines reaching the
// page's foot keeps above it as many whole grid lines as fit, and its row
// is as high as its lines.
func TestGridRowsSplitOnGridLines(t *testing.T) {
	var paras []string
	for i := range 40 {
		paras = append(paras, wp("", "", "行"+strings.Repeat("一", i%3+1)))
	}
	doc := cellDoc{defaults: zhDefaults, styles: zhNormal, grid: templateGrid, rows: []string{wordRowOf(paras, []string{wp("", "", "旁")})}}.read(t)
	r := laidCells(t, doc)
	pitch := pt(28.95)
	var ys []float64
	page, perPage := 0, map[int]int{}
	for _, o := range r.ops {
		if o.kind == opPage && len(ys) > 0 {
			page++
		}
		if o.kind == opText && strings.HasPrefix(o.text, "行") {
			ys = append(ys, o.y)
			perPage[page]++
		}
	}
	if len(ys) != 40 {
		t.Fatalf("%d lines drawn, want 40", len(ys))
	}
	for i := 1; i < perPage[0]; i++ {
		if math.Abs(ys[i]-ys[i-1]-pitch) > 0.01 {
			t.Fatalf("line %d is %.2f mm under the one before, want a grid line (%.2f)", i+1, ys[i]-ys[i-1], pitch)
		}
	}
	// A4 with 1440 twips margins: 247 mm of text block, 24 grid lines.
	if want := int((297 - 2*25.4) / pitch); perPage[0] != want {
		t.Errorf("%d lines on the first page, want %d", perPage[0], want)
	}
}

// TestCellDistributedAlignment: a distributed paragraph in a cell spreads
// its characters over the cell's width, its last line too; a justified
// one leaves its last line as it is.
func TestCellDistributedAlignment(t *testing.T) {
	doc := cellDoc{defaults: zhDefaults, styles: zhNormal, grid: `<w:docGrid w:linePitch="312"/>`, rows: []string{
		wordRowOf([]string{wp(`<w:jc w:val="distribute"/>`, "", "分散"), wp(`<w:jc w:val="both"/>`, "", "两端")}, []string{wp("", "", "旁")}),
	}}.read(t)
	r := laidCells(t, doc)
	var spread []op
	for _, o := range r.ops {
		if o.kind == opText && (o.text == "分" || o.text == "散") {
			spread = append(spread, o)
		}
	}
	if len(spread) != 2 {
		t.Fatalf("distributed 分散 drawn as %d pieces, want its two characters apart", len(spread))
	}
	// The cell is 4153 twips wide, less 108 twips each side.
	inner := pt((4153 - 216) / 20.0)
	if d := spread[1].x - spread[0].x; math.Abs(d-(inner-pt(10.5))) > 0.05 {
		t.Errorf("散 stands %.2f mm after 分, want %.2f", d, inner-pt(10.5))
	}
	if o := textOp(t, r, "两端"); !near(o.x, spread[0].x) {
		t.Errorf("the justified last line starts at %.2f, want the left edge %.2f", o.x, spread[0].x)
	}
}

// TestCellPictureLinesTakeGridLines: a picture's paragraph on the line
// grid takes whole grid lines, as Word and LibreOffice set it; off the
// grid (snapToGrid off) it is the picture's height.
func TestCellPictureLinesTakeGridLines(t *testing.T) {
	png := testPNG(t, image.NewGray(image.Rect(0, 0, 8, 4)))
	pitch := pt(28.95)
	below := func(onGrid bool) float64 {
		pic := wordmodel.CellPicture{Image: wordmodel.Image{Name: "p.png", Format: "PNG", Data: png, Width: 20, Height: 30}, OnGrid: onGrid}
		doc := &wordmodel.Document{Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 25.4, Bottom: 25.4, Left: 30, Right: 30, LinePitch: pitch}},
			Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{2000, 2000}, Rows: []wordmodel.Row{
				{Cells: []wordmodel.Cell{{Text: "项目", Span: 1}, {Span: 1, Pictures: []wordmodel.CellPicture{pic}}}},
				{Cells: []wordmodel.Cell{{Text: "下一行", Span: 1}, {Text: "末", Span: 1}}},
			}}}}
		r := laidCells(t, doc)
		return textOp(t, r, "下一行").y - textOp(t, r, "项目").y
	}
	on, off := below(true), below(false)
	if d := on - off; math.Abs(d-(3*pitch-30)) > 0.01 {
		t.Errorf("the picture's grid lines make its row %.2f mm higher, want %.2f (three grid lines, not 30 mm)", d, 3*pitch-30)
	}
}

// TestHeadLaysOutEveryRowOfItsPages: a Head layout of a Word table whose
// rows are lower than the preset's line (exactly 8 pt, no margins) fills
// its first page as the whole layout does: it lays out enough rows.
func TestHeadLaysOutEveryRowOfItsPages(t *testing.T) {
	var rows []string
	for i := range 400 {
		rows = append(rows, wordRowOf([]string{wp(`<w:spacing w:line="160" w:lineRule="exact"/>`, `<w:sz w:val="12"/>`, fmt.Sprint("行", i))}, []string{wp(`<w:spacing w:line="160" w:lineRule="exact"/>`, `<w:sz w:val="12"/>`, "值")}))
	}
	doc := cellDoc{defaults: zhDefaults, styles: zhNormal, grid: `<w:docGrid w:linePitch="312"/>`, rows: rows}.read(t)
	head, err := Head(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	all, err := Layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	a, b := pageText(mustPages(t, head)[0]), pageText(mustPages(t, all)[0])
	if a != b {
		t.Errorf("the Head layout's first page ends %q, the whole layout's %q", a[max(len(a)-40, 0):], b[max(len(b)-40, 0):])
	}
}

// TestCellFontsAreTheDocuments: a cell set in 黑体 is drawn in 黑体 and one
// in 宋体 in 宋体, not in the table's preset face; a bold 仿宋 cell keeps the
// header face, the fonts having no bold cut.
func TestCellFontsAreTheDocuments(t *testing.T) {
	para := func(rPr, text string) string {
		return `<w:p><w:r><w:rPr>` + rPr + `</w:rPr><w:t>` + text + `</w:t></w:r></w:p>`
	}
	doc := cellDoc{defaults: zhDefaults, styles: zhNormal, grid: zhGrid, rows: []string{
		wordRowOf([]string{para(`<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hint="eastAsia"/>`, "黑体格")},
			[]string{para(`<w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hint="eastAsia"/>`, "宋体格")}),
		wordRowOf([]string{para(`<w:rFonts w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:b/>`, "粗仿宋")},
			[]string{para(`<w:rFonts w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/>`, "仿宋格")}),
	}}.read(t)
	r := laidCells(t, doc)
	for text, role := range map[string]string{"黑体格": "hei", "宋体格": "song", "粗仿宋": "hei", "仿宋格": "fangsong"} {
		if got, want := textOp(t, r, text).face, r.fs.role(role); got != want {
			t.Errorf("%s drawn in %s, want the %s face", text, got.family, role)
		}
	}
}

// TestCellLinesOfMixedSizes: a cell paragraph of a 小二 title and a long
// 小五 note sets the title's line at the title's height and each line of
// the note under it at the note's, as Word does, not every line at the
// title's; the row under it is as much higher.
func TestCellLinesOfMixedSizes(t *testing.T) {
	note := strings.Repeat("注", 60)
	doc := cellDoc{defaults: zhDefaults, styles: zhNormal, grid: `<w:docGrid w:linePitch="312"/>`, rows: []string{
		// Set left: zhNormal's 正文 justifies, drawing each character apart.
		wordRowOf([]string{wp(`<w:jc w:val="left"/>`, `<w:sz w:val="36"/>`, "标题", `<w:sz w:val="18"/>`, note)}, []string{wp("", "", "旁")}),
		wordRowOf([]string{wp("", "", "下一行")}, []string{wp("", "", "旁")}),
	}}.read(t)
	r := laidCells(t, doc)
	var ys []float64
	for _, o := range r.ops {
		if o.kind == opText && strings.HasPrefix(o.text, "注") {
			if o.size != 9 {
				t.Errorf("note drawn at %.1f pt, want 9", o.size)
			}
			ys = append(ys, o.y)
		}
	}
	if len(ys) < 3 {
		t.Fatalf("note drawn on %d lines, want at least 3", len(ys))
	}
	for i := 2; i < len(ys); i++ {
		if gap := (ys[i] - ys[i-1]) / ptToMM; math.Abs(gap-9*singleLine) > 0.01 {
			t.Errorf("note's lines %d and %d %.2f pt apart, want a 小五 line's %.2f", i, i+1, gap, 9*singleLine)
		}
	}
	// The title's line is a 小二 line: its baseline and the note's first
	// are one baseline, the second note line a 小五 line lower.
	title := textOp(t, r, "标题")
	if math.Abs(title.y-ys[0]) > 0.01 {
		t.Errorf("title's baseline %.2f, the note's on its line %.2f", title.y, ys[0])
	}
	// The row is as high as a 小二 line and the note's other 小五 lines.
	cellTop := title.y - r.baseline(nil, true, pt(18*singleLine), pt(18), title.face.font, faceMetrics{})
	want := cellTop + pt(18*singleLine) + float64(len(ys)-1)*pt(9*singleLine)
	below := textOp(t, r, "下一行")
	if below.y < want || below.y > want+pt(10.5*singleLine)+2 {
		t.Errorf("next row's text at %.2f mm, want just under %.2f", below.y, want)
	}
}
