package ingest

import (
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/pipeline/definition"
)

// filteredBook is a sheet with an autofilter showing the 优 rows only,
// the others hidden as Excel hides them; with no criterion, when
// criterion is false (the filter's arrows alone, a row hidden by hand).
func filteredBook(t *testing.T, criterion bool) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"项目名称", "金额（万元）", "评价等级"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"甲", 10, "优"})
	f.SetSheetRow("Sheet1", "A3", &[]any{"乙", 20, "良"})
	f.SetSheetRow("Sheet1", "A4", &[]any{"丙", 30, "优"})
	var opts []excelize.AutoFilterOptions
	if criterion {
		opts = []excelize.AutoFilterOptions{{Column: "C", Expression: "x == 优"}}
	}
	if err := f.AutoFilter("Sheet1", "A1:C4", opts); err != nil {
		t.Fatal(err)
	}
	f.SetRowVisible("Sheet1", 3, false)
	return saved(t, f)
}

// Rows an autofilter leaves out are hidden rows, left out of the table as
// any is, and the warning says the filter left them out; a row hidden by
// hand under a filter with no criterion is said to be hidden.
func TestFilteredRowsAreHiddenRowsAndSaidSo(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte("tables:\n  - key: 表\n    sheet: Sheet1\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 金额, kind: amount, headers: [金额]}\n      - {key: 评价等级, kind: grade}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, criterion := range []bool{true, false} {
		book := filteredBook(t, criterion)
		if s := readSheets(t, "book.xlsx", book)[0]; s.Filtered != criterion {
			t.Errorf("criterion %t: Filtered %t", criterion, s.Filtered)
		}
		names, warns := keptRows(t, book, def)
		want := map[bool]string{true: "第3行：这一行被筛选隐藏（工作表启用了筛选）", false: "第3行：这一行是隐藏行"}[criterion]
		if names != "甲丙" || !strings.Contains(warns, want) {
			t.Errorf("criterion %t: rows %q, warnings %s", criterion, names, warns)
		}
	}
	if os.Getenv("JIXIAO_INTEROP") != "1" {
		return
	}
	needSoffice(t)
	if s := readSheets(t, "book.xls", toXLS(t, filteredBook(t, true)))[0]; !s.Filtered {
		t.Error("the .xls LibreOffice saves: the filter not seen (FILTERMODE)")
	}
}
