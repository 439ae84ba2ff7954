package main

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A table of three amount columns with a 合计 row: the draft's Excel
// attachment sums each in a live SUM carrying its value, in the column's
// number format, and the build's check of the outputs accepts them.
func TestEveryAmountTotalIsAFormula(t *testing.T) {
	b := bureau{
		name: "三列", sheet: "专项债", header: 2,
		rows: [][]any{
			{"某县专项债券项目资金情况"},
			{"序号", "项目名称", "中央资金（万元）", "省级资金（万元）", "县级资金（万元）"},
			{1, "甲工程", shown{100.5, "#,##0.00", "100.50"}, shown{2000.0, "#,##0.00", "2,000.00"}, shown{30.25, "#,##0.00", "30.25"}},
			{2, "乙工程", shown{200.0, "#,##0.00", "200.00"}, shown{1500.75, "#,##0.00", "1,500.75"}, shown{70.0, "#,##0.00", "70.00"}},
			{3, "丙工程", shown{50.0, "#,##0.00", "50.00"}, shown{0.0, "#,##0.00", "0.00"}, shown{12.5, "#,##0.00", "12.50"}},
			{"合计", nil, shown{350.5, "#,##0.00", "350.50"}, shown{3500.75, "#,##0.00", "3,500.75"}, shown{112.75, "#,##0.00", "112.75"}},
		},
		merges: []string{"A1:E1", "A6:B6"},
	}
	_, outDir := draftAndBuild(t, b)
	xl := filepath.Join(t.TempDir(), "out.xlsx")
	os.WriteFile(xl, readOutput(t, outDir, ".xlsx"), 0o644)
	f, err := excelize.OpenFile(xl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	rows, _ := f.GetRows(sheet)
	total := 0
	for i, r := range rows {
		if len(r) > 0 && r[0] == "合计" {
			total = i + 1
		}
	}
	if total == 0 {
		t.Fatalf("no 合计 row in %v", rows)
	}
	first := total - 3
	for col, want := range map[string]string{"C": "350.50", "D": "3,500.75", "E": "112.75"} {
		cell := col + strconv.Itoa(total)
		formula, _ := f.GetCellFormula(sheet, cell)
		if formula != "SUM("+col+strconv.Itoa(first)+":"+col+strconv.Itoa(total-1)+")" {
			t.Errorf("%s: formula %q", cell, formula)
		}
		if v, _ := f.GetCellValue(sheet, cell); v != want {
			t.Errorf("%s shows %q, want %q", cell, v, want)
		}
	}
}
