package wordmodel_test

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	ts "jixiao/pipeline/wordmodel/tablestyletest"
)

// grid is a table of n rows of three cells named by row and column.
func grid(n int) [][]string {
	rows := make([][]string, n)
	for i := range rows {
		for j := range 3 {
			rows[i] = append(rows[i], fmt.Sprintf("格%d-%d", i, j))
		}
	}
	return rows
}

func onlyTable(t *testing.T, doc *wordmodel.Document) *wordmodel.Table {
	t.Helper()
	for _, b := range doc.Blocks {
		if tb, ok := b.(*wordmodel.Table); ok {
			return tb
		}
	}
	t.Fatal("no table read")
	return nil
}

// TestGridTable4Formats: the header row is bold white on the accent, the
// first column bold, body rows banded, as Word shows the style with
// tblLook 04A0 (header row, first column, banded rows).
func TestGridTable4Formats(t *testing.T) {
	tb := onlyTable(t, fixture{styles: ts.GridTable4, body: ts.Table("4-1", ts.Look04A0, 3, grid(5)) + para(run("", "后"))}.read(t))
	for j, c := range tb.Rows[0].Cells {
		if c.Color != "FFFFFF" || !c.Bold || c.Shading != "4472C4" {
			t.Errorf("header cell %d: colour %q bold %v fill %q, want white bold on 4472C4", j, c.Color, c.Bold, c.Shading)
		}
	}
	for i, row := range tb.Rows[1:] {
		want := map[bool]string{true: "D9E2F3", false: ""}[i%2 == 0]
		for j, c := range row.Cells {
			if c.Shading != want {
				t.Errorf("row %d cell %d: fill %q, want %q (band %d, no column bands)", i+1, j, c.Shading, want, i%2+1)
			}
			if c.Color != "" || c.Bold != (j == 0) {
				t.Errorf("row %d cell %d: colour %q bold %v, want black, bold only in the first column", i+1, j, c.Color, c.Bold)
			}
		}
	}
	// The header's lines are its region's: its outer sides the accent,
	// none between its cells.
	h := tb.Rows[0].Cells
	if b := h[0].Borders; b == nil || b.Left == nil || b.Left.Color != "4472C4" || b.Top == nil || b.Top.Color != "4472C4" {
		t.Errorf("header's first cell's lines %+v, want the accent left and top", b)
	}
	if b := h[1].Borders; b == nil || b.Left == nil || b.Left.Style != "none" || b.Right == nil || b.Right.Style != "none" {
		t.Errorf("header's middle cell's lines %+v, want none beside it (insideV nil)", b)
	}
	if b := h[2].Borders; b == nil || b.Right == nil || b.Right.Color != "4472C4" {
		t.Errorf("header's last cell's lines %+v, want the accent right", b)
	}
	if tb.Borders == nil || tb.Borders.InsideH == nil || tb.Borders.InsideH.Color != "8EAADB" {
		t.Errorf("table lines %+v, want the style's tint", tb.Borders)
	}
}

// TestTableLookSwitchesFormats: each tblLook flag turns its format on or
// off, written as attributes or as Word 2007's bitmask alone.
func TestTableLookSwitchesFormats(t *testing.T) {
	read := func(look string) *wordmodel.Table {
		return onlyTable(t, fixture{styles: ts.GridTable4, body: ts.Table("4-1", look, 3, grid(4)) + para(run("", "后"))}.read(t))
	}
	fills := func(tb *wordmodel.Table) string {
		var s []string
		for _, row := range tb.Rows {
			for _, c := range row.Cells {
				s = append(s, map[string]string{"": ".", "4472C4": "H", "D9E2F3": "b"}[c.Shading])
			}
			s = append(s, " ")
		}
		return strings.Join(s, "")
	}
	for _, tc := range []struct{ name, look, want string }{
		{"04A0 attributes", ts.Look04A0, "HHH bbb ... bbb "},
		{"04A0 bitmask alone", `w:val="04A0"`, "HHH bbb ... bbb "},
		{"header off, bands on", `w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"`, "bbb ... bbb ... "},
		{"no bands (0620)", `w:val="0620"`, "HHH ... ... ... "},
		{"column bands only (0220)", `w:val="0220"`, "HHH b.b b.b b.b "},
		{"column bands after a first column (02A0)", `w:val="02A0"`, "HHH .b. .b. .b. "},
		{"no tblLook element", ``, "bbb b.b bbb b.b "},
	} {
		if tc.look == "" {
			tb := onlyTable(t, fixture{styles: ts.GridTable4, body: strings.Replace(ts.Table("4-1", "x", 3, grid(4)), "<w:tblLook x/>", "", 1) + para(run("", "后"))}.read(t))
			if got := fills(tb); got != tc.want {
				t.Errorf("%s: fills %q, want %q", tc.name, got, tc.want)
			}
			continue
		}
		if got := fills(read(tc.look)); got != tc.want {
			t.Errorf("%s: fills %q, want %q", tc.name, got, tc.want)
		}
	}
	// A total row: bold, under the double line, not banded.
	tb := read(`w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="1" w:noHBand="0" w:noVBand="1"`)
	last := tb.Rows[3].Cells
	for j, c := range last {
		if !c.Bold || c.Shading != "" || c.Borders == nil || c.Borders.Top == nil || c.Borders.Top.Style != "double" {
			t.Errorf("total row cell %d: bold %v fill %q lines %+v, want bold, unfilled, a double line on top", j, c.Bold, c.Shading, c.Borders)
		}
	}
	if c := tb.Rows[1].Cells; c[0].Bold || !c[2].Bold {
		t.Errorf("last column: bold %v %v, want only the last column bold", c[0].Bold, c[2].Bold)
	}
}

// TestStyleLayersPrecedence: document defaults < table style < paragraph
// style < character style < direct formatting, and a cell's own fill and
// lines over its style's.
func TestStyleLayersPrecedence(t *testing.T) {
	styles := ts.WPSBlue +
		`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Cell12"><w:name w:val="表格正文12"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="C00000"/><w:sz w:val="24"/></w:rPr></w:style>` +
		`<w:style w:type="character" w:customStyle="1" w:styleId="Green"><w:name w:val="绿字"/><w:rPr><w:color w:val="00B050"/></w:rPr></w:style>`
	cell := func(pStyle, rPr, text string) string {
		pPr := ""
		if pStyle != "" {
			pPr = `<w:pPr><w:pStyle w:val="` + pStyle + `"/></w:pPr>`
		}
		return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>` + pPr + run(rPr, text) + `</w:p></w:tc>`
	}
	body := `<w:tbl><w:tblPr><w:tblStyle w:val="10"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
		`<w:tr>` + cell("", "", "项目") + cell("Cell12", "", "金额") + cell("", `<w:rStyle w:val="Green"/>`, "备注") + `</w:tr>` +
		`<w:tr>` + cell("", "", "甲") + cell("Cell12", "", "12") + cell("Cell12", `<w:rStyle w:val="Green"/><w:sz w:val="28"/>`, "14") + `</w:tr></w:tbl>` + para(run("", "后"))
	tb := onlyTable(t, fixture{body: body, parts: map[string]string{"word/styles.xml": ts.Styles(styles)}}.read(t))
	head, row := tb.Rows[0], tb.Rows[1]
	if !head.CantSplit || row.CantSplit {
		t.Errorf("cantSplit: header %v, body %v; want the header row's trPr kept whole", head.CantSplit, row.CantSplit)
	}
	for _, tc := range []struct {
		name         string
		c            wordmodel.Cell
		color, font  string
		size         float64
		bold         bool
		align, vAlgn string
	}{
		{"header, table style only", head.Cells[0], "FFFFFF", "黑体", 9, true, "center", "center"},
		{"header, paragraph style over table style", head.Cells[1], "C00000", "黑体", 12, true, "center", "center"},
		{"header, character style over both", head.Cells[2], "00B050", "黑体", 9, true, "center", "center"},
		{"body, table style's size over the defaults'", row.Cells[0], "", "宋体", 9, false, "", "center"},
		{"body, paragraph style", row.Cells[1], "C00000", "宋体", 12, false, "", "center"},
		{"body, direct size over character style over paragraph style", row.Cells[2], "00B050", "宋体", 14, false, "", "center"},
	} {
		c := tc.c
		if c.Color != tc.color || c.Font != tc.font || c.Paras[0].Size != tc.size || c.Bold != tc.bold || c.Align != tc.align || c.VAlign != tc.vAlgn {
			t.Errorf("%s: colour %q font %q size %v bold %v align %q/%q; want %q %q %v %v %q/%q", tc.name, c.Color, c.Font, c.Paras[0].Size, c.Bold, c.Align, c.VAlign,
				tc.color, tc.font, tc.size, tc.bold, tc.align, tc.vAlgn)
		}
	}
	if head.Cells[0].Shading != "1F4E79" {
		t.Errorf("header fill %q, want 1F4E79", head.Cells[0].Shading)
	}
	// The built-in template's Normal sets 仿宋 三号, both justified: a
	// paragraph style, it wins over the table style, as in Word.
	tb = onlyTable(t, fixture{styles: styles, body: body}.read(t))
	if c := tb.Rows[0].Cells[0]; c.Font != "仿宋_GB2312" || c.Paras[0].Size != 16 || c.Align != "both" || c.Color != "FFFFFF" || !c.Bold {
		t.Errorf("under a Normal that sets them: font %q size %v align %q colour %q bold %v; want Normal's face, size and alignment, the style's white bold",
			c.Font, c.Paras[0].Size, c.Align, c.Color, c.Bold)
	}
}

// TestCellOwnFormattingWins: a cell's own fill (none included), lines
// and run formatting stand over its style's conditional formats.
func TestCellOwnFormattingWins(t *testing.T) {
	rows := grid(3)
	rows[0][1] += `|<w:color w:val="FF0000"/><w:b w:val="0"/>`
	rows[1][1] += `||<w:shd w:val="clear" w:color="auto" w:fill="auto"/>`
	rows[1][2] += `||<w:tcBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="00FF00"/></w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>`
	tb := onlyTable(t, fixture{styles: ts.GridTable4, body: ts.Table("4-1", ts.Look04A0, 3, rows) + para(run("", "后"))}.read(t))
	if c := tb.Rows[0].Cells[1]; c.Color != "FF0000" || c.Bold || c.Shading != "4472C4" {
		t.Errorf("header cell with its own red, not bold: colour %q bold %v fill %q", c.Color, c.Bold, c.Shading)
	}
	if c := tb.Rows[1].Cells[1]; c.Shading != "" {
		t.Errorf("banded cell with its own fill auto: fill %q, want none", c.Shading)
	}
	c := tb.Rows[1].Cells[2]
	if c.Shading != "FFFF00" || c.Borders == nil || c.Borders.Top == nil || c.Borders.Top.Color != "00FF00" {
		t.Errorf("banded cell with its own fill and top line: fill %q lines %+v", c.Shading, c.Borders)
	}
}

// TestStyleBasedOnTableStyle: a custom style based on a built-in one
// keeps the base's conditional formats and overrides what it sets: its
// header fill, its band size, its type face.
func TestStyleBasedOnTableStyle(t *testing.T) {
	custom := `<w:style w:type="table" w:customStyle="1" w:styleId="MyGrid"><w:name w:val="本局表格"/><w:basedOn w:val="4-1"/><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr>` +
		`<w:tblPr><w:tblStyleRowBandSize w:val="2"/></w:tblPr><w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="2E74B5"/></w:tcPr></w:tblStylePr></w:style>`
	tb := onlyTable(t, fixture{parts: map[string]string{"word/styles.xml": ts.Styles(ts.GridTable4 + custom)}, body: ts.Table("MyGrid", ts.Look04A0, 3, grid(6)) + para(run("", "后"))}.read(t))
	if c := tb.Rows[0].Cells[1]; c.Shading != "2E74B5" || c.Color != "FFFFFF" || !c.Bold || c.Font != "楷体_GB2312" {
		t.Errorf("header: fill %q colour %q bold %v font %q; want its own fill, the base's white bold, its face", c.Shading, c.Color, c.Bold, c.Font)
	}
	var got []string
	for _, row := range tb.Rows[1:] {
		got = append(got, row.Cells[1].Shading)
	}
	if want := []string{"D9E2F3", "D9E2F3", "", "", "D9E2F3"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("bands of two rows: %q, want %q", got, want)
	}
}

// TestFilledRowsTakeTheirBands: rows the build fills into a table (an
// attachment of many) are banded by their place in the filled table, and
// header rows repeated on each page keep the header's look.
func TestFilledRowsTakeTheirBands(t *testing.T) {
	rows := grid(203)
	body := ts.Table("4-1", ts.Look04A0, 3, rows)
	// A second header row under the first repeats too, and is the header.
	body = strings.Replace(body, `<w:tr><w:tc>`, `<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>`, 1)
	tb := onlyTable(t, fixture{styles: ts.GridTable4, body: body + para(run("", "后"))}.read(t))
	for i, row := range tb.Rows {
		want := map[bool]string{true: "D9E2F3", false: ""}[(i-2)%2 == 0]
		if i < 2 {
			want = "4472C4"
		}
		if c := row.Cells[2]; c.Shading != want {
			t.Fatalf("row %d: fill %q, want %q", i, c.Shading, want)
		}
	}
	if !tb.Rows[1].Header || tb.Rows[1].Cells[0].Color != "FFFFFF" {
		t.Errorf("second header row: header %v colour %q, want a white header", tb.Rows[1].Header, tb.Rows[1].Cells[0].Color)
	}
}

// TestCornerCellsAndSecondBands: every conditional format Word has, each
// filling its cells with a colour of its own, shows where Word applies
// it: the corner cells over the first and last rows, those over the
// first and last columns, those over the bands, the second bands under
// all; a format setting what the PDF does not draw in a cell (italic
// type) is refused, naming the cell.
func TestCornerCellsAndSecondBands(t *testing.T) {
	cond := func(typ, fill string) string {
		return `<w:tblStylePr w:type="` + typ + `"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="` + fill + `"/></w:tcPr></w:tblStylePr>`
	}
	style := `<w:style w:type="table" w:customStyle="1" w:styleId="All"><w:name w:val="全部条件"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/></w:tblPr>` +
		cond("firstRow", "000001") + cond("lastRow", "000002") + cond("firstCol", "000003") + cond("lastCol", "000004") +
		cond("band1Vert", "000005") + cond("band2Vert", "000006") + cond("band1Horz", "000007") + cond("band2Horz", "000008") +
		cond("neCell", "000009") + cond("nwCell", "00000A") + cond("seCell", "00000B") + cond("swCell", "00000C") + `</w:style>`
	all := `w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="1" w:noHBand="0" w:noVBand="0"`
	rows := make([][]string, 5)
	for i := range rows {
		rows[i] = []string{"a", "b", "c", "d", "e"}
	}
	tb := onlyTable(t, fixture{styles: style, body: ts.Table("All", all, 5, rows) + para(run("", "后"))}.read(t))
	var got []string
	for _, row := range tb.Rows {
		var r []string
		for _, c := range row.Cells {
			r = append(r, strings.TrimLeft(c.Shading, "0"))
		}
		got = append(got, strings.Join(r, ""))
	}
	// Rows: header, band 1, band 2, band 1, total. Columns: first,
	// band 1, band 2, band 1, last; a row's band over a column's.
	want := []string{"A1119", "3777" + "4", "3888" + "4", "3777" + "4", "C222B"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("fills by row %q, want %q", got, want)
	}
	// Columns' bands alone where the rows have none.
	tb = onlyTable(t, fixture{styles: style, body: ts.Table("All", `w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="0"`, 5, rows[:2]) + para(run("", "后"))}.read(t))
	got = got[:0]
	for _, c := range tb.Rows[1].Cells {
		got = append(got, strings.TrimLeft(c.Shading, "0"))
	}
	if want := "56565"; strings.Join(got, "") != want {
		t.Errorf("column bands %q, want %q", strings.Join(got, ""), want)
	}
	italic := strings.Replace(style, cond("band2Horz", "000008"), `<w:tblStylePr w:type="band2Horz"><w:rPr><w:i/></w:rPr></w:tblStylePr>`, 1)
	doc := fixture{styles: italic, body: ts.Table("All", all, 5, rows) + para(run("", "后"))}.read(t)
	italicRow := func(i int) bool {
		s := onlyTable(t, doc).Rows[i].Cells[1].Paras[0].Sizes
		return s != nil && (*s)[0].Format != nil && (*s)[0].Format.Italic
	}
	if len(doc.Undrawn) != 0 || !italicRow(2) || italicRow(1) {
		t.Errorf("italic second band: undrawn %v, row 3 italic %v, row 2 %v; want row 3's cells italic, row 2's not", doc.Undrawn, italicRow(2), italicRow(1))
	}
}

// TestStyleCellMargins: a table's cell margins are its own where it sets
// them, else its style's, else those of the style's base (Word's Normal
// Table: none above and below, 108 twips beside), side by side.
func TestStyleCellMargins(t *testing.T) {
	style := `<w:style w:type="table" w:customStyle="1" w:styleId="Tight"><w:name w:val="紧凑表格"/><w:basedOn w:val="a1"/>` +
		`<w:tblPr><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`
	body := strings.Replace(ts.Table("Tight", ts.Look04A0, 3, grid(2)), `<w:tblLook`, `<w:tblCellMar><w:right w:w="200" w:type="dxa"/></w:tblCellMar><w:tblLook`, 1)
	tb := onlyTable(t, fixture{parts: map[string]string{"word/styles.xml": ts.Styles(style)}, body: body + para(run("", "后"))}.read(t))
	want := wordmodel.CellMargins{Pt: [4]float64{2.85, 0, 0, 10}, Set: [4]bool{true, true, true, true}}
	if tb.Margins != want {
		t.Errorf("margins %+v, want %+v (top and left the style's, bottom the base's, right the table's)", tb.Margins, want)
	}
}

// TestPatternedShading: Word 2003's table styles (「彩色型 1」…) fill with
// patterns: solid is the pattern's colour, pctN its blend over the fill
// as printed; a pattern of the automatic colour is the fill, as the
// generators writing it mean.
func TestPatternedShading(t *testing.T) {
	shd := func(val, color, fill string) string {
		return `<w:shd w:val="` + val + `" w:color="` + color + `" w:fill="` + fill + `"/>`
	}
	style := `<w:style w:type="table" w:styleId="Colorful1"><w:name w:val="Table Colorful 1"/><w:basedOn w:val="a1"/>` +
		`<w:tcPr>` + shd("solid", "008080", "FFFFFF") + `</w:tcPr>` +
		`<w:tblStylePr w:type="firstRow"><w:tcPr>` + shd("solid", "800000", "FFFFFF") + `</w:tcPr></w:tblStylePr>` +
		`<w:tblStylePr w:type="lastRow"><w:tcPr>` + shd("pct25", "000000", "FFFFFF") + `</w:tcPr></w:tblStylePr></w:style>`
	rows := grid(3)
	rows[1][1] += "||" + shd("pct50", "FF0000", "0000FF")
	rows[1][2] += "||" + shd("solid", "auto", "FFC000")
	tb := onlyTable(t, fixture{styles: style, body: ts.Table("Colorful1", `w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"`, 3, rows) + para(run("", "后"))}.read(t))
	var got []string
	for _, row := range tb.Rows {
		for _, c := range row.Cells {
			got = append(got, c.Shading)
		}
	}
	want := []string{"800000", "800000", "800000", "008080", "800080", "FFC000", "BFBFBF", "BFBFBF", "BFBFBF"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("fills %q, want %q", got, want)
	}
}

// TestDefaultTableStyle: a table naming no style takes the document's
// default table style, as Word gives it: its lines and its header row's
// fill.
func TestDefaultTableStyle(t *testing.T) {
	def := strings.Replace(ts.Styles(ts.GridTable4), `w:default="1" w:styleId="a1"`, `w:styleId="a1"`, 1)
	def = strings.Replace(def, `<w:style w:type="table" w:styleId="4-1">`, `<w:style w:type="table" w:default="1" w:styleId="4-1">`, 1)
	body := strings.Replace(ts.Table("4-1", ts.Look04A0, 3, grid(3)), `<w:tblStyle w:val="4-1"/>`, "", 1)
	tb := onlyTable(t, fixture{parts: map[string]string{"word/styles.xml": def}, body: body + para(run("", "后"))}.read(t))
	if c := tb.Rows[0].Cells[0]; c.Shading != "4472C4" || c.Color != "FFFFFF" {
		t.Errorf("header under the default style: fill %q colour %q, want white on 4472C4", c.Shading, c.Color)
	}
	if b := tb.Borders; b == nil || b.InsideH == nil || b.InsideH.Color != "8EAADB" {
		t.Errorf("table lines %+v, want the default style's", b)
	}
	// Word's own default, Normal Table, sets no lines: none drawn.
	tb = onlyTable(t, fixture{parts: map[string]string{"word/styles.xml": ts.Styles(ts.GridTable4)}, body: body + para(run("", "后"))}.read(t))
	if c := tb.Rows[0].Cells[0]; c.Shading != "" || tb.Borders == nil || tb.Borders.Top == nil || tb.Borders.Top.Style != "none" {
		t.Errorf("under Normal Table: fill %q lines %+v, want none", c.Shading, tb.Borders)
	}
}

// TestAConditionalFormatsRowAndMargins: a table style whose header row
// format repeats and keeps the row whole (its trPr) makes the table's
// first row a header row that does not split, though the row says
// nothing of it; the format's own tblPr gives that row's cells room above
// and below, and the body bands' tcMar indents theirs, under a cell's own
// tcMar. With tblLook's header row off, the first row is a body row.
func TestAConditionalFormatsRowAndMargins(t *testing.T) {
	rows := grid(4)
	rows[2][1] = `格2-1||<w:tcMar><w:left w:w="0" w:type="dxa"/></w:tcMar>`
	table := strings.Replace(ts.Table("Repeat", ts.Look04A0, 3, rows), `<w:trPr><w:tblHeader/></w:trPr>`, "", 1)
	tb := onlyTable(t, fixture{styles: ts.Repeating, body: table + para(run("", "后"))}.read(t))
	if r := tb.Rows[0]; !r.Header || !r.CantSplit || tb.Rows[1].Header || tb.Rows[1].CantSplit {
		t.Errorf("rows header %v %v, kept whole %v %v; want the first only", r.Header, tb.Rows[1].Header, r.CantSplit, tb.Rows[1].CantSplit)
	}
	head, body, own := tb.Rows[0].Cells[1].Margins, tb.Rows[1].Cells[1].Margins, tb.Rows[2].Cells[1].Margins
	if head.Pt[0] != 5.65 || !head.Set[0] || head.Pt[2] != 5.65 || head.Set[1] {
		t.Errorf("the header's cell margins %+v, want 5.65 pt above and below", head)
	}
	if body.Pt[1] != 14.2 || !body.Set[1] || body.Set[0] || own.Pt[1] != 0 || !own.Set[1] {
		t.Errorf("a body cell's margins %+v, one of its own %+v; want 14.2 pt at the left, its own 0", body, own)
	}
	off := strings.Replace(table, ts.Look04A0, `w:val="0480" w:firstRow="0" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"`, 1)
	if tb := onlyTable(t, fixture{styles: ts.Repeating, body: off + para(run("", "后"))}.read(t)); tb.Rows[0].Header {
		t.Error("the header row format repeats a row with tblLook's header row off")
	}
}

// TestNormalYieldsToTheTableStyle: in a document Word 2007 or WPS saved
// (no compatSetting overrideTableStyleFontSizeAndJustification), a
// cell's paragraph of the default style takes the table style's 9 pt
// and centring over Normal's 12 pt and left alignment; not over Normal's
// 11 pt, nor in a document Word 2010 or later saved (the setting on),
// nor in a paragraph of another style that sets its own 12 pt.
func TestNormalYieldsToTheTableStyle(t *testing.T) {
	small := `<w:style w:type="table" w:customStyle="1" w:styleId="Small"><w:name w:val="小字居中"/><w:basedOn w:val="a1"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Body"><w:name w:val="表格正文"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>`
	settings := func(on bool) string {
		compat := `<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/>`
		if on {
			compat += `<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>`
		}
		return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ` + ts.NS + `><w:compat>` + compat + `</w:compat></w:settings>`
	}
	for _, c := range []struct {
		name, normalSz, pStyle string
		setting                bool
		size                   float64
		align                  string
	}{
		{"Word 2007: Normal's 12 pt and left yield", "24", "", false, 9, "center"},
		{"Word 2010: Normal stands", "24", "", true, 12, "left"},
		{"Normal's 11 pt stands, its left yields", "22", "", false, 11, "center"},
		{"a style of its own stands", "24", "Body", false, 12, "center"},
	} {
		styles := strings.Replace(ts.Styles(small), `<w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>`,
			`<w:pPr><w:widowControl w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="`+c.normalSz+`"/></w:rPr></w:style>`, 1)
		p := ts.Para("", "格")
		if c.pStyle != "" {
			p = strings.Replace(p, "<w:p>", `<w:p><w:pPr><w:pStyle w:val="`+c.pStyle+`"/></w:pPr>`, 1)
		}
		body := `<w:tbl><w:tblPr><w:tblStyle w:val="Small"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>` + p + `</w:tc></w:tr></w:tbl>` + para(run("", "后"))
		f := fixture{body: body, parts: map[string]string{"word/styles.xml": styles, "word/settings.xml": settings(c.setting)}}
		cp := onlyTable(t, f.read(t)).Rows[0].Cells[0].Paras[0]
		if cp.Size != c.size || cp.Align != c.align {
			t.Errorf("%s: %v pt, %q; want %v pt, %q", c.name, cp.Size, cp.Align, c.size, c.align)
		}
	}
}
