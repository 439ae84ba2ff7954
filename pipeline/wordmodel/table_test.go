package wordmodel_test

import (
	"fmt"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// wordRow is a w:tr as Word writes it, its trPr before its cells.
func wordRow(trPr string, cells ...string) string {
	s := `<w:tr w:rsidR="00A1B2C3" w:rsidTr="00A1B2C3">`
	if trPr != "" {
		s += `<w:trPr>` + trPr + `</w:trPr>`
	}
	for _, c := range cells {
		s += `<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr>` + para(run("", c)) + `</w:tc>`
	}
	return s + `</w:tr>`
}

func wordTable(rows ...string) string {
	s := `<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="2765"/><w:gridCol w:w="2765"/></w:tblGrid>`
	for _, r := range rows {
		s += r
	}
	return s + `</w:tbl>`
}

func TestRowHeightsAreRead(t *testing.T) {
	body := wordTable(
		wordRow(`<w:trHeight w:val="567"/>`, "至少", "一"),
		wordRow(`<w:cantSplit/><w:trHeight w:val="851" w:hRule="exact"/>`, "固定", "二"),
		wordRow(`<w:tblHeader/>`, "无", "三"),
	)
	doc := fixture{body: body + para(run("", "后"))}.read(t)
	var table *wordmodel.Table
	for _, b := range doc.Blocks {
		if tb, ok := b.(*wordmodel.Table); ok {
			table = tb
		}
	}
	if table == nil || len(table.Rows) != 3 {
		t.Fatal("table not read")
	}
	want := []struct {
		h     float64
		exact bool
	}{{28.35, false}, {42.55, true}, {0, false}}
	for i, w := range want {
		if r := table.Rows[i]; r.Height != w.h || r.Exact != w.exact {
			t.Errorf("row %d: height %.2f exact %v, want %.2f %v", i+1, r.Height, r.Exact, w.h, w.exact)
		}
	}
}

// tblPr is a table's properties as Word writes them, with borders.
func tblPr(style, borders string) string {
	s := `<w:tblPr>`
	if style != "" {
		s += `<w:tblStyle w:val="` + style + `"/>`
	}
	s += `<w:tblW w:w="0" w:type="auto"/>`
	if borders != "" {
		s += `<w:tblBorders>` + borders + `</w:tblBorders>`
	}
	return s + `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`
}

func tableOf(doc *wordmodel.Document) *wordmodel.Table {
	for _, b := range doc.Blocks {
		if tb, ok := b.(*wordmodel.Table); ok {
			return tb
		}
	}
	return nil
}

func TestTableAndCellBordersAreRead(t *testing.T) {
	double := `<w:top w:val="double" w:sz="4" w:space="0" w:color="auto"/><w:start w:val="single" w:sz="12" w:space="0" w:color="FF0000"/><w:bottom w:val="double" w:sz="4" w:space="0" w:color="auto"/><w:end w:val="nil"/><w:insideH w:val="dotted" w:sz="8" w:space="0" w:color="auto"/><w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/>`
	cellBdr := `<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/><w:tcBorders><w:top w:val="thick" w:sz="24" w:space="0" w:color="auto"/><w:left w:val="nil"/></w:tcBorders></w:tcPr>` + para(run("", "格")) + `</w:tc>`
	grid := `<w:tblGrid><w:gridCol w:w="2765"/><w:gridCol w:w="2765"/></w:tblGrid>`
	styled := `<w:style w:type="table" w:styleId="DoubleGrid"><w:name w:val="双线网格"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="double" w:sz="6" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`
	body := `<w:tbl>` + tblPr("", double) + grid + `<w:tr>` + cellBdr + `<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr>` + para(run("", "二")) + `</w:tc></w:tr></w:tbl>` +
		para(run("", "间")) +
		`<w:tbl>` + tblPr("DoubleGrid", "") + grid + wordRow("", "三", "四") + `</w:tbl>` + para(run("", "后"))
	doc := fixture{body: body, styles: styled}.read(t)
	var tables []*wordmodel.Table
	for _, b := range doc.Blocks {
		if tb, ok := b.(*wordmodel.Table); ok {
			tables = append(tables, tb)
		}
	}
	if len(tables) != 2 || tables[0].Borders == nil || tables[1].Borders == nil {
		t.Fatalf("tables or their borders not read: %d", len(tables))
	}
	b := tables[0].Borders
	line := func(l *wordmodel.Border) string {
		if l == nil {
			return "unset"
		}
		return fmt.Sprintf("%s %.2f %s", l.Style, l.Width, l.Color)
	}
	got := []string{line(b.Top), line(b.Left), line(b.Bottom), line(b.Right), line(b.InsideH), line(b.InsideV)}
	want := []string{"double 0.50 ", "single 1.50 FF0000", "double 0.50 ", "none 0.00 ", "dotted 1.00 ", "none 0.00 "}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("table borders %q, want %q", got, want)
	}
	c := tables[0].Rows[0].Cells[0].Borders
	if c == nil || line(c.Top) != "thick 3.00 " || line(c.Left) != "none 0.00 " || c.Bottom != nil {
		t.Errorf("cell borders not read: %+v", c)
	}
	if tables[0].Rows[0].Cells[1].Borders != nil {
		t.Error("a cell without tcBorders has borders")
	}
	s := tables[1].Borders
	if line(s.Top) != "double 0.75 " || line(s.InsideH) != "single 0.50 " || s.Left != nil {
		t.Errorf("style's borders not read: %q %q", line(s.Top), line(s.InsideH))
	}
}

// TestAnArtBorderIsListed: a line style the PDF cannot draw is drawn
// single and listed, naming the table or the cell.
// TestAnArtBorderIsListed: an art border (a row of pictures) is listed
// as one, a wavy line by its style; a 3-D line is read as it is, drawn.
func TestAnArtBorderIsListed(t *testing.T) {
	grid := `<w:tblGrid><w:gridCol w:w="2765"/><w:gridCol w:w="2765"/></w:tblGrid>`
	cell := func(style string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/><w:tcBorders><w:bottom w:val="` + style + `" w:sz="24" w:space="0" w:color="auto"/></w:tcBorders></w:tcPr>` + para(run("", "格")) + `</w:tc>`
	}
	body := `<w:tbl>` + tblPr("", `<w:top w:val="apples" w:sz="12" w:space="0" w:color="auto"/>`) + grid + `<w:tr>` + cell("threeDEmboss") + cell("wave") + `</w:tr></w:tbl>` + para(run("", "后"))
	doc := fixture{body: body}.read(t)
	wantListed(t, doc, "表 1：表格边框（艺术型边框“apples”）", "表 1 第 1 行第 2 列：表格边框（线型“wave”）")
	if b := tableOf(doc).Rows[0].Cells[0].Borders.Bottom; b.Style != "threeDEmboss" || b.Width != 3 {
		t.Errorf("a 3-D line read as %+v, want a 3 pt threeDEmboss", b)
	}
}

func TestVerticalAlignmentIsRead(t *testing.T) {
	tc := func(v, text string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/>` + v + `</w:tcPr>` + para(run("", text)) + `</w:tc>`
	}
	body := wordTable(`<w:tr>`+tc(`<w:vAlign w:val="center"/>`, "中")+tc(`<w:vAlign w:val="bottom"/>`, "下")+`</w:tr>`,
		`<w:tr>`+tc(`<w:vAlign w:val="top"/>`, "上")+tc("", "默认")+`</w:tr>`) + para(run("", "后"))
	rows := tableOf(fixture{body: body}.read(t)).Rows
	got := []string{rows[0].Cells[0].VAlign, rows[0].Cells[1].VAlign, rows[1].Cells[0].VAlign, rows[1].Cells[1].VAlign}
	if fmt.Sprint(got) != fmt.Sprint([]string{"center", "bottom", "", ""}) {
		t.Errorf("vAlign read as %q", got)
	}
}

func TestCellMarginsAreRead(t *testing.T) {
	cellMar := `<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/><w:tcMar><w:top w:w="200" w:type="dxa"/><w:start w:w="0" w:type="dxa"/></w:tcMar></w:tcPr>` + para(run("", "格")) + `</w:tc>`
	grid := `<w:tblGrid><w:gridCol w:w="2765"/></w:tblGrid>`
	pr := `<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="10" w:type="pct"/></w:tblCellMar></w:tblPr>`
	table := tableOf(fixture{body: `<w:tbl>` + pr + grid + `<w:tr>` + cellMar + `</w:tr></w:tbl>` + para(run("", "后"))}.read(t))
	want := wordmodel.CellMargins{Pt: [4]float64{0, 2.85, 0, 0}, Set: [4]bool{false, true, false, false}}
	if table.Margins != want {
		t.Errorf("table margins %+v, want %+v", table.Margins, want)
	}
	own := wordmodel.CellMargins{Pt: [4]float64{10, 0, 0, 0}, Set: [4]bool{true, true, false, false}}
	if c := table.Rows[0].Cells[0].Margins; c != own {
		t.Errorf("cell margins %+v, want %+v", c, own)
	}
}

// TestATableWithoutLinesHasNone: a table whose properties and style set
// no border is drawn by Word without lines, its cells' own lines aside.
func TestATableWithoutLinesHasNone(t *testing.T) {
	table := tableOf(fixture{body: wordTable(wordRow("", "无", "线")) + para(run("", "后"))}.read(t))
	b := table.Borders
	if b == nil || b.Top == nil || b.Top.Style != "none" || b.InsideV == nil || b.InsideV.Style != "none" {
		t.Errorf("borders of a table without lines: %+v", b)
	}
}

// TestRowsThatMayNotSplit: w:cantSplit as Word writes it (bare), as
// LibreOffice writes it (w:val="true") and switched off (w:val="0", as WPS
// may write it); a tblHeader switched off is no header.
func TestRowsThatMayNotSplit(t *testing.T) {
	body := wordTable(
		wordRow(`<w:cantSplit/>`, "Word", "一"),
		wordRow(`<w:cantSplit w:val="true"/><w:tblHeader w:val="false"/>`, "LibreOffice", "二"),
		wordRow(`<w:cantSplit w:val="0"/>`, "WPS", "三"),
		wordRow(``, "无", "四"),
	)
	doc := fixture{body: body + para(run("", "后"))}.read(t)
	table, ok := doc.Blocks[0].(*wordmodel.Table)
	if !ok || len(table.Rows) != 4 {
		t.Fatal("table not read")
	}
	for i, want := range []bool{true, true, false, false} {
		if got := table.Rows[i].CantSplit; got != want {
			t.Errorf("row %d: CantSplit %v, want %v", i+1, got, want)
		}
		if table.Rows[i].Header {
			t.Errorf("row %d read as a header row", i+1)
		}
	}
}

// TestANestedTableIsMarked: a table in a cell is read as the cell's
// lines, in order, and the cell says a table stood there (the PDF warns
// that its grid is not drawn); a template holding one is not refused, a
// layout table holding the attachment's being common.
func TestANestedTableIsMarked(t *testing.T) {
	inner := wordTable(wordRow("", "内一", "内二"))
	body := wordTable(
		wordRow("", "外", "表"),
		`<w:tr><w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr>`+inner+para(run("", "下"))+`</w:tc><w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr>`+para(run("", "旁"))+`</w:tc></w:tr>`,
	)
	doc := fixture{body: body + para(run("", "后"))}.read(t)
	table, ok := doc.Blocks[0].(*wordmodel.Table)
	if !ok || len(table.Rows) != 2 {
		t.Fatal("table not read")
	}
	got := table.Rows[1].Cells
	if !got[0].Nested || got[0].Text != "内一\n内二\n下" || got[1].Nested || table.Rows[0].Cells[0].Nested {
		t.Errorf("cells %+v", got)
	}
}

// TestTheTemplatesTableIsOffTheGrid: the default template's table cells
// are single-spaced 5号 off the document grid, exactly 13.65 pt, with
// 1.2 mm margins above and below: what the PDF draws, Word and
// LibreOffice show (on the grid each line would be 28.95 pt).
func TestTheTemplatesTableIsOffTheGrid(t *testing.T) {
	doc, err := wordmodel.Read(templates.Disclosure)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range doc.Blocks {
		table, ok := b.(*wordmodel.Table)
		if !ok {
			continue
		}
		if m := table.Margins; !m.Set[0] || !m.Set[2] || m.Pt[0] != 3.4 || m.Pt[2] != 3.4 {
			t.Errorf("cell margins %+v, want 3.4 pt above and below", m)
		}
		for i, row := range table.Rows {
			for k, c := range row.Cells {
				if len(c.Paras) != 1 {
					t.Fatalf("row %d cell %d: %d paragraphs", i+1, k+1, len(c.Paras))
				}
				p := c.Paras[0]
				if sp := p.Spacing; !sp.NoGrid || sp.LineRule != "exact" || sp.Line != 273 || p.Size != 10.5 {
					t.Errorf("row %d cell %d: %+v at %.1f pt, want exactly 273 twips off the grid at 10.5 pt", i+1, k+1, *sp, p.Size)
				}
			}
		}
		return
	}
	t.Fatal("no table in the template")
}

// TestARowWithoutCellsIsLeftOut: a damaged row that lost its cells has
// nothing to show and no place in the grid; the rows around it are read.
func TestARowWithoutCellsIsLeftOut(t *testing.T) {
	grid := `<w:tblGrid><w:gridCol w:w="2765"/><w:gridCol w:w="2765"/></w:tblGrid>`
	body := `<w:tbl>` + tblPr("", "") + grid + wordRow("", "一", "二") + `<w:tr><w:trPr><w:trHeight w:val="400"/></w:trPr></w:tr>` + wordRow("", "三", "四") + `</w:tbl>` + para(run("", "后"))
	doc := fixture{body: body}.read(t)
	tb, ok := doc.Blocks[0].(*wordmodel.Table)
	if !ok || len(tb.Rows) != 2 || tb.Rows[1].Cells[0].Text != "三" {
		t.Fatalf("blocks %+v", doc.Blocks)
	}
}
