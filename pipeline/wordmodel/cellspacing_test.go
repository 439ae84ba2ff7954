package wordmodel_test

import (
	"slices"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestCellSpacingIsRead: a table's cell spacing (w:tblCellSpacing in its
// w:tblPr, twips, as Word writes 允许调整单元格间距) is every row's, in pt,
// unless the row sets its own in its w:trPr or its w:tblPrEx (0 too);
// none is 0. One set as a percentage, auto or nil is none, as Word takes
// it (MS-OI29500 2.1.152-154), a row's own such one taking its table's
// away; none is listed.
func TestCellSpacingIsRead(t *testing.T) {
	row := func(pr string) string {
		return `<w:tr>` + pr + `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + para(run("", "格")) + `</w:tc></w:tr>`
	}
	table := func(tblPr string, rows ...string) string {
		out := `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/>` + tblPr + `</w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>`
		for _, r := range rows {
			out += row(r)
		}
		return out + `</w:tbl>`
	}
	spacing := `<w:tblCellSpacing w:w="57" w:type="dxa"/>`
	doc := fixture{body: table(spacing, "", `<w:trPr><w:tblCellSpacing w:w="113" w:type="dxa"/></w:trPr>`, `<w:tblPrEx><w:tblCellSpacing w:w="0" w:type="dxa"/></w:tblPrEx>`) +
		para(run("", "间")) + table("", "", `<w:trPr><w:tblCellSpacing w:w="20" w:type="dxa"/></w:trPr>`) + para(run("", "后"))}.read(t)
	var got []float64
	for _, b := range doc.Blocks {
		if tbl, ok := b.(*wordmodel.Table); ok {
			for _, r := range tbl.Rows {
				got = append(got, r.CellSpacing)
			}
		}
	}
	want := []float64{2.85, 5.65, 0, 0, 1}
	if len(got) != len(want) {
		t.Fatalf("spacing %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("spacing %v, want %v", got, want)
			break
		}
	}
	wantListed(t, doc)
	for _, unit := range []string{"pct", "auto", "nil"} {
		other := fixture{body: table(`<w:tblCellSpacing w:w="100" w:type="`+unit+`"/>`, "", `<w:trPr><w:tblCellSpacing w:w="57" w:type="dxa"/></w:trPr>`) +
			para(run("", "间")) + table(spacing, `<w:tblPrEx><w:tblCellSpacing w:w="200" w:type="`+unit+`"/></w:tblPrEx>`, "") + para(run("", "后"))}.read(t)
		var got []float64
		for _, b := range other.Blocks {
			if tbl, ok := b.(*wordmodel.Table); ok {
				for _, r := range tbl.Rows {
					got = append(got, r.CellSpacing)
				}
			}
		}
		if want := []float64{0, 2.85, 0, 2.85}; !slices.Equal(got, want) {
			t.Errorf("%s: spacing %v, want %v", unit, got, want)
		}
		wantListed(t, other)
	}
}

// TestACellFittingItsTextIsRead: 适应文字 (w:tcFitText) is the cell's
// FitText in horizontal text, not listed; in a vertical cell it is listed.
func TestACellFittingItsTextIsRead(t *testing.T) {
	cell := func(dir string) string {
		if dir != "" {
			dir = `<w:textDirection w:val="` + dir + `"/>`
		}
		return `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:tcFitText/>` + dir + `</w:tcPr>` + para(run("", "单位")) + `</w:tc>`
	}
	doc := fixture{body: `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` + cell("") + cell("tbRl") + `</w:tr></w:tbl>` + para(run("", "后"))}.read(t)
	row := doc.Blocks[0].(*wordmodel.Table).Rows[0]
	if !row.Cells[0].FitText || row.Cells[1].FitText {
		t.Errorf("fit text: %v, %v; want the horizontal cell's only", row.Cells[0].FitText, row.Cells[1].FitText)
	}
	wantListed(t, doc, "表 1 第 1 行第 2 列：竖排文字单元格的“适应文字”")
}
