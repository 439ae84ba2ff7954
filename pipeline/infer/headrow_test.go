package infer

import (
	"bytes"
	"strings"
	"testing"

	"jixiao/pipeline/ingest"

	"github.com/xuri/excelize/v2"
)

// headedRows is a table under two section headings, each either in
// separate cells (一 | 项目绩效评价) or in one cell merged across.
func headedRows(merged bool) ingest.RawSheet {
	head := func(n, title string) []string {
		if merged {
			return []string{n + "、" + title}
		}
		return []string{n, title}
	}
	s := ingest.RawSheet{Name: "结果", Rows: []ingest.RawRow{
		{Row: 1, Cells: []string{"序号", "项目名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"}},
		{Row: 2, Cells: head("一", "项目绩效评价")},
		{Row: 3, Cells: []string{"1", "甲", "教育局", "100", "92", "优"}},
		{Row: 4, Cells: head("二", "部门整体支出绩效评价")},
		{Row: 5, Cells: []string{"1", "乙", "水务局", "50", "85", "良"}},
	}}
	if merged {
		s.Merges = [][4]int{{2, 1, 2, 6}, {4, 1, 4, 6}}
	}
	return s
}

// Headings merged across the workbook's row are drafted as a heading row
// of one cell across the table, in Word and in Excel; headings in
// separate cells keep the one row of cells.
func TestDraftPrintsHeadingsAsTheWorkbookHasThem(t *testing.T) {
	for _, merged := range []bool{true, false} {
		tb, _, _ := inferTable(headedRows(merged))
		tb.key = "表"
		if !tb.sectionRows {
			t.Fatalf("merged %v: no section rows", merged)
		}
		word := tableXML(tb)
		loop := `<w:gridSpan w:val="6"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="JxTable"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{{range .表.行}}{{if .分组行}}{{.序号}}{{.分组}}`
		if got := strings.Contains(word, loop) && strings.Contains(word, ">{{else}}{{.序号}}<"); got != merged {
			t.Errorf("merged %v: Word heading row across the table %v:\n%s", merged, got, word)
		}
		raw, err := xlsxTemplate([]*table{tb})
		if err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := f.GetMergeCells("附件")
		across := false
		for _, m := range ms {
			across = across || m.GetCellValue() == "{{.序号}}{{.分组}}" && m.GetEndAxis()[0] == 'F'
		}
		if across != merged {
			t.Errorf("merged %v: Excel heading row merged across %v (%v)", merged, across, ms)
		}
		f.Close()
	}
}
