package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document/documenttest"

	"github.com/xuri/excelize/v2"
)

// headingTemplate is the default template with a heading row above its
// marked row: text in one cell merged over columns A to last, bold.
func headingTemplate(t *testing.T, text, last string) []byte {
	return edited(t, func(f *excelize.File) {
		marker := markerRowOf(t, f)
		f.InsertRows("附件", marker, 1)
		f.SetCellStr("附件", "A"+itoa(marker), text)
		if last != "A" {
			f.MergeCell("附件", "A"+itoa(marker), last+itoa(marker))
		}
		bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
		f.SetCellStyle("附件", "A"+itoa(marker), last+itoa(marker), bold)
	})
}

func markerRowOf(t *testing.T, f *excelize.File) int {
	t.Helper()
	rows, _ := f.GetRows("附件")
	for r, row := range rows {
		if len(row) > 0 && row[0] == "{{.序号}}" {
			return r + 1
		}
	}
	t.Fatal("the default template has no marked row")
	return 0
}

func itoa(n int) string { return strconv.Itoa(n) }

// Each heading prints in the heading row's shape, one bold cell merged
// over the row; data rows keep the marked row's cells, the total its sum.
func TestHeadingRowPrintsMergedAcross(t *testing.T) {
	def, data := documenttest.Headed(t)
	tpl, err := Parse("a.xlsx", headingTemplate(t, "{{.序号}}{{.分组}}", "G"), def)
	if err != nil {
		t.Fatal(err)
	}
	out, tables, err := tpl.RenderTables(data)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	first := tables[0].FirstRow
	rows, _ := f.GetRows("附件")
	var got []string
	for r := first; r < first+5; r++ {
		got = append(got, strings.Join(rows[r-1], "|"))
	}
	want := []string{"一、项目绩效评价", "1|甲项目|局一|100.00|91.00|优|甲", "2|乙项目|局二|50.00|85.00|良|", "二、部门整体绩效评价", "1|丙部门|局三|30.00|70.00|中|乙"}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) || i%3 == 0 && got[i] != want[i] {
			t.Errorf("row %d: %q, want %q", first+i, got[i], want[i])
		}
	}
	merges, _ := f.GetMergeCells("附件")
	var across []string
	for _, m := range merges {
		if m.GetEndAxis()[0] == 'G' && m.GetStartAxis()[1:] == m.GetEndAxis()[1:] {
			across = append(across, m.GetStartAxis()+":"+m.GetCellValue())
		}
	}
	wantAcross := "A" + itoa(first) + ":一、项目绩效评价|A" + itoa(first+3) + ":二、部门整体绩效评价"
	if !strings.Contains(strings.Join(across, "|"), wantAcross) {
		t.Errorf("merges across the row %q, want %q", across, wantAcross)
	}
	style, _ := f.GetCellStyle("附件", "A"+itoa(first))
	if s, _ := f.GetStyle(style); s.Font == nil || !s.Font.Bold {
		t.Errorf("the heading is not in the heading row's bold")
	}
	if v, _ := f.GetCellValue("附件", "D"+itoa(first+5)); v != "180" && !strings.HasPrefix(v, "180") {
		t.Errorf("total %q under the rows, want 180", v)
	}
}

// The heading row is checked with the template: only the heading's text
// and text columns, and only for a table with section headings.
func TestHeadingRowIsChecked(t *testing.T) {
	def, _ := documenttest.Headed(t)
	if _, err := Parse("a.xlsx", headingTemplate(t, "{{.分组}}{{.金额}}", "G"), def); err == nil || !strings.Contains(err.Error(), "不能写 {{.金额}}") {
		t.Errorf("an amount in the heading row: %v", err)
	}
	if _, err := Parse("a.xlsx", headingTemplate(t, "{{ .序号 }}{{ .分组 }}", "G"), definition.Default()); err == nil || !strings.Contains(err.Error(), "section_rows: true") {
		t.Errorf("no error without section rows")
	}
	// A heading cell merged over part of the row, or not merged, prints a
	// broken row: refused, naming the sheet, the row and the columns.
	for _, last := range []string{"E", "A"} {
		_, err := Parse("a.xlsx", headingTemplate(t, "{{.序号}}{{.分组}}", last), def)
		if err == nil || !strings.Contains(err.Error(), "Excel 模板 a.xlsx：工作表“附件”第") || !strings.Contains(err.Error(), "须是一个跨整行合并的单元格（A") || !strings.Contains(err.Error(), "到 G") {
			t.Errorf("heading over A:%s: %v", last, err)
		}
	}
}
