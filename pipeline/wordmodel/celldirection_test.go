package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestCellTextDirectionsOfBothEditions: a cell's w:textDirection as Word
// writes it (tbRl, btLr, WPS's tbRlV, tbLrV) and as ISO 29500 names the
// same directions (rl, lr, rlV, lrV) is read alike, lrTb and tb are
// horizontal, and lrTbV (level lines of turned characters), which the PDF
// does not set, is listed rather than drawn level.
func TestCellTextDirectionsOfBothEditions(t *testing.T) {
	cells := ""
	values := []string{"tbRl", "rl", "btLr", "lr", "tbRlV", "rlV", "tbLrV", "lrV", "lrTb", "tb", "lrTbV"}
	for _, v := range values {
		cells += `<w:tc><w:tcPr><w:tcW w:w="800" w:type="dxa"/><w:textDirection w:val="` + v + `"/></w:tcPr>` + para(run("", "格")) + `</w:tc>`
	}
	doc := fixture{body: `<w:tbl><w:tblPr><w:tblW w:w="8800" w:type="dxa"/></w:tblPr><w:tblGrid>` + strings.Repeat(`<w:gridCol w:w="800"/>`, len(values)) + `</w:tblGrid><w:tr>` + cells + `</w:tr></w:tbl>`}.read(t)
	want := []string{"tbRl", "tbRl", "btLr", "btLr", "tbRlV", "tbRlV", "tbLrV", "tbLrV", "", "", ""}
	for i, c := range doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells {
		if c.Direction != want[i] {
			t.Errorf("%s read as %q, want %q", values[i], c.Direction, want[i])
		}
	}
	wantListed(t, doc, "表 1 第 1 行第 11 列：单元格的文字方向“lrTbV”")
}
