package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
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
