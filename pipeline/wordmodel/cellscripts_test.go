package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestCellScriptsAreRead: what picks the font of each of a cell's
// characters is read as a body run's. Runs typed with and without a
// Chinese input method (w:hint on 年度, not on 2023), as Word and WPS
// write them, leave a long table's cell plain, the hint touching none of
// its characters: its stretches carry nothing. Runs that differ in hint
// over a “ are stretches of their own, the cell's (no hint) and the
// hinted one's, which carries all that picks its fonts.
func TestCellScriptsAreRead(t *testing.T) {
	fonts := `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>`
	hinted := `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:hint="eastAsia"/>`
	lang := `<w:lang w:val="en-US" w:eastAsia="zh-CN"/>`
	cell := func(runs ...string) wordmodel.Cell {
		t.Helper()
		body := `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + para(runs...) + `</w:tc></w:tr></w:tbl>`
		return fixture{body: body}.read(t).Blocks[0].(*wordmodel.Table).Rows[0].Cells[0]
	}
	c := cell(run(fonts+lang, "2023"), run(hinted+lang, "年度"))
	if c.LatinFont != "Times New Roman" || c.Font != "宋体" || !c.Chinese {
		t.Errorf("cell 2023年度: fonts %q %q, Chinese %v", c.LatinFont, c.Font, c.Chinese)
	}
	if c.Paras[0].Sizes != nil {
		t.Errorf("cell 2023年度: stretches %+v, want none (plain)", *c.Paras[0].Sizes)
	}
	c = cell(run(hinted+lang, "“甲”"), run(fonts+lang, "“乙”"))
	if c.Hint || c.Paras[0].Sizes == nil || len(*c.Paras[0].Sizes) != 2 {
		t.Fatalf("cell “甲”“乙”: hint %v, stretches %v, want two", c.Hint, c.Paras[0].Sizes)
	}
	if f := (*c.Paras[0].Sizes)[0].Format; f == nil || !f.Hint || f.OtherFont != "Times New Roman" || !f.Chinese {
		t.Errorf("cell “甲”“乙”: the hinted stretch's format %+v, want its hint and fonts", f)
	}
	if f := (*c.Paras[0].Sizes)[1].Format; f != nil {
		t.Errorf("cell “甲”“乙”: the stretch without hint formatted %+v, want the cell's", f)
	}
}
