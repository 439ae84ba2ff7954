package wordmodel_test

import (
	"slices"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestAPageBreakInACellMarksWhereTheRowBreaks: a page break in a cell's
// paragraph, as Word writes one (Ctrl+Enter in the cell: a run of its
// own, before, amid or after the text), names the line the row's part
// overleaf starts with; one before all or after all of the cell breaks
// nothing, and a hidden one nothing at all.
func TestAPageBreakInACellMarksWhereTheRowBreaks(t *testing.T) {
	br := `<w:r><w:br w:type="page"/></w:r>`
	hiddenBr := `<w:r><w:rPr><w:vanish/></w:rPr><w:br w:type="page"/></w:r>`
	cases := []struct {
		name  string
		paras string
		text  string
		want  []int
	}{
		{"amid a paragraph", para(run("", "甲"), br, run("", "乙")) + para(run("", "丙")), "甲\n乙\n丙", []int{1}},
		{"after a paragraph", para(run("", "甲"), br) + para(run("", "乙")), "甲\n乙", []int{1}},
		{"before a paragraph", para(run("", "甲")) + para(br, run("", "乙")) + para(run("", "丙")), "甲\n乙\n丙", []int{1}},
		{"two", para(run("", "甲"), br, run("", "乙")) + para(run("", "丙"), br) + para(run("", "丁")), "甲\n乙\n丙\n丁", []int{1, 3}},
		{"before all", para(br, run("", "甲")) + para(run("", "乙")), "甲\n乙", nil},
		{"after all", para(run("", "甲")) + para(run("", "乙"), br), "甲\n乙", nil},
		{"hidden", para(run("", "甲"), hiddenBr, run("", "乙")), "甲乙", nil},
		{"a line break", para(run("", "甲"), `<w:r><w:br/></w:r>`, run("", "乙")), "甲\n乙", nil},
	}
	for _, c := range cases {
		body := wordTable(`<w:tr><w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr>` + c.paras +
			`</w:tc><w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr>` + para(run("", "旁")) + `</w:tc></w:tr>`)
		doc := fixture{body: body + para(run("", "后"))}.read(t)
		var cell wordmodel.Cell
		for _, b := range doc.Blocks {
			if tb, ok := b.(*wordmodel.Table); ok {
				cell = tb.Rows[0].Cells[0]
			}
		}
		if cell.Text != c.text || !slices.Equal(cell.PageBreaks, c.want) {
			t.Errorf("%s: text %q breaks %v, want %q %v", c.name, cell.Text, cell.PageBreaks, c.text, c.want)
		}
	}
}
