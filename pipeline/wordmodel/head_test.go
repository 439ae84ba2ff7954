package wordmodel_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	ts "jixiao/pipeline/wordmodel/tablestyletest"
)

// headDocs are documents whose heads are read below, as Word writes them:
// a table styled by a table style whose last row has a format of its own
// (a total row), between paragraphs kept with the next; sections of
// several page sizes, ended by section breaks' paragraphs and the body's
// sectPr, one of them with the old properties of a tracked change
// (w:sectPrChange) inside it.
func headDocs() map[string][]byte {
	cond := func(typ, fill string) string {
		return `<w:tblStylePr w:type="` + typ + `"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="` + fill + `"/></w:tcPr></w:tblStylePr>`
	}
	style := `<w:style w:type="table" w:customStyle="1" w:styleId="Total"><w:name w:val="合计行"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/></w:tblPr>` +
		cond("firstRow", "000001") + cond("lastRow", "000002") + cond("band1Horz", "000007") + cond("band2Horz", "000008") + `</w:style>`
	rows := [][]string{{"单位", "金额"}}
	for i := range 30 {
		rows = append(rows, []string{fmt.Sprintf("单位%d", i), fmt.Sprintf("%d.00", i)})
	}
	look := `w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"`
	kept := func(text string) string {
		return `<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	sect := func(w, h int, extra string) string {
		return fmt.Sprintf(`<w:p><w:pPr><w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>%s<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:pPr></w:p>`, w, h, extra)
	}
	change := `<w:sectPrChange w:id="1" w:author="科员" w:date="2026-01-01T00:00:00Z"><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:sectPrChange>`
	return map[string][]byte{
		"a styled table": ts.Docx(ts.Styles(style), kept("表一")+ts.Table("Total", look, 2, rows)+kept("说明")+ts.Para("", "后文")+ts.Table("Total", look, 2, rows[:4])),
		"sections": ts.Docx(ts.Styles(""), ts.Para("", "甲")+ts.Para("", "乙")+sect(16838, 11906, `<w:cols w:num="2" w:space="425"/>`)+ts.Para("", "丙")+ts.Para("", "丁")+
			ts.Para("", "戊")+sect(11906, 16838, change)+ts.Para("", "己")+ts.Para("", "庚")),
	}
}

// TestAHeadIsTheWholeDocumentsHead: cut after each block and at each
// row, the head holds the whole document's blocks up to the cut, their
// sections' page setups (from a section break or the body's sectPr after
// the cut) and a cut table's first rows formatted as in the whole table,
// its last row no total row; a limit past the document's end reads it
// whole.
func TestAHeadIsTheWholeDocumentsHead(t *testing.T) {
	for name, docx := range headDocs() {
		whole, err := wordmodel.Read(docx)
		if err != nil {
			t.Fatal(err)
		}
		for blocks := 1; blocks <= len(whole.Blocks)+1; blocks++ {
			for rows := 1; rows <= 32; rows += 3 {
				limit := wordmodel.HeadLimit{Blocks: blocks, Rows: rows}
				head, err := wordmodel.ReadHead(docx, limit)
				if err != nil {
					t.Fatalf("%s %+v: %v", name, limit, err)
				}
				if msg := headOf(head, whole, limit); msg != "" {
					t.Errorf("%s %+v: %s", name, limit, msg)
				}
			}
		}
	}
}

// headOf says how head is not whole's head as limit cuts it; "" if it is.
func headOf(head, whole *wordmodel.Document, limit wordmodel.HeadLimit) string {
	if !head.Partial() {
		if !reflect.DeepEqual(head, whole) {
			return "read whole, it differs from Read's"
		}
		return ""
	}
	n := len(head.Blocks)
	if n == 0 || n > len(whole.Blocks) || n > limit.Blocks && head.CutTable() == nil {
		return fmt.Sprintf("%d blocks of %d", n, len(whole.Blocks))
	}
	for i, b := range head.Blocks[:n-1] {
		if !reflect.DeepEqual(b, whole.Blocks[i]) {
			return fmt.Sprintf("block %d differs", i+1)
		}
	}
	last, want := head.Blocks[n-1], whole.Blocks[n-1]
	if cut := head.CutTable(); cut != nil {
		full, ok := want.(*wordmodel.Table)
		if last != cut || !ok || len(cut.Rows) != limit.Rows || len(full.Rows) <= limit.Rows {
			return fmt.Sprintf("cut table of %d rows, the limit %d", len(cut.Rows), limit.Rows)
		}
		cropped := *full
		cropped.Rows = full.Rows[:len(cut.Rows)]
		want = &cropped
	}
	if !reflect.DeepEqual(last, want) {
		return fmt.Sprintf("the last block (%d) differs", n)
	}
	k := wordmodel.SectionOf(last)
	if len(head.Sections) <= k || !reflect.DeepEqual(head.Sections[:k+1], whole.Sections[:k+1]) {
		return fmt.Sprintf("sections %+v, want %+v", head.Sections, whole.Sections[:k+1])
	}
	return ""
}

// TestAHeadReadsLittleOfALongTable: of a table of 20,000 rows, a head of
// 50 rows holds 50 and is cut; a limit of 10 blocks reads no more.
func TestAHeadReadsLittleOfALongTable(t *testing.T) {
	rows := [][]string{{"序号", "项目"}}
	for i := range 20000 {
		rows = append(rows, []string{fmt.Sprint(i), strings.Repeat("项目", 1+i%5)})
	}
	docx := ts.Docx(ts.Styles(""), ts.Para("", "附件")+ts.Table("a1", ts.Look04A0, 2, rows)+ts.Para("", "完"))
	head, err := wordmodel.ReadHead(docx, wordmodel.HeadLimit{Blocks: 10, Rows: 50})
	if err != nil {
		t.Fatal(err)
	}
	if cut := head.CutTable(); !head.Partial() || cut == nil || len(cut.Rows) != 50 || len(head.Blocks) != 2 || cut.Rows[49].Cells[0].Text != "48" {
		t.Fatalf("partial %v, %d blocks, cut table %v", head.Partial(), len(head.Blocks), cut)
	}
}
