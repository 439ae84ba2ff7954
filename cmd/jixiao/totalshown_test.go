package main

import (
	"fmt"
	"path/filepath"
	"testing"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/money"
)

// as is an amount in a number format, shown as Excel's Chinese edition
// shows it: the text written by hand where the format is simple, else
// by the format renderer (whose own tests hold it to Excel's).
func as(format string, v float64) shown {
	s := fmt.Sprintf("%.2f", v)
	switch format {
	case yen:
		return shown{v, format, "¥" + money.Group(s)}
	case wan:
		return shown{v, format, s + "万元"}
	case about:
		return shown{v, format, fmt.Sprintf("约 %.1f", v)}
	case "#,##0.00":
		return shown{v, format, money.Group(s)}
	}
	return shown{v, format, ingest.Display(fmt.Sprint(v), format)}
}

const (
	yen     = `"¥"#,##0.00`
	wan     = `0.00"万元"`
	about   = `"约 "0.0`
	acctYen = `_ "¥"* #,##0.00_ ;_ "¥"* \-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ `
	upper   = `[DBNum2][$-804]General`
)

// totalBooks are tables whose amounts the workbook shows with text beside
// the number (¥, 万元, 约, 会计专用, 大写), for year y: the outputs print
// their 合计 and 小计 rows, computed, as the workbook shows them, in the
// total row's own format where it has one, each label merged as the
// workbook merges it. Next year a row more, other amounts.
func totalBooks(y int) []keptBook {
	next := y - 2023
	var out []keptBook
	book := func(name string, format, totalFormat string, n int) keptBook {
		rows, sum := items(n+next, y, func(i int, a float64) []any {
			return []any{i, fmt.Sprintf("项目%d", i), "财政局", as(format, a/100), gradesByRow[i]}
		})
		total := len(rows) + 2
		return keptBook{bureau: bureau{
			name: name, sheet: "Sheet1", header: 1,
			rows:   append(append([][]any{{"序号", "项目名称", "主管部门", "资金（万元）", "评价等级"}}, rows...), []any{"合计", nil, nil, as(totalFormat, sum/100)}),
			merges: []string{fmt.Sprintf("A%d:C%d", total, total)},
		}}
	}
	out = append(out, book("货币符号", yen, yen, 3))
	out = append(out, book("万元后缀", wan, wan, 2))
	out = append(out, book("约数", about, about, 3))
	out = append(out, book("会计专用带货币", acctYen, acctYen, 3))
	// The rows plain, the total in ¥: the total row's own format.
	out = append(out, book("合计行自有格式", "#,##0.00", yen, 3))
	out = append(out, book("合计行大写", "#,##0.00", upper, 2))
	out = append(out, book("合计行百分比", "0.00", "0.0%", 2))
	return append(out, bothTotals(y, wan, yen)...)
}

// bothTotals are tables with a 总计 just under the header and a 合计 at the
// bottom, each label merged across the columns before the amounts, their
// amounts in format and, in sections closed by 小计, in sectioned: both
// print where they stand, computed, checked against the rows.
func bothTotals(y int, format, sectioned string) []keptBook {
	next := y - 2023
	var out []keptBook
	rows, sum := items(3+next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("道路项目%d", i), "交通局", as(format, a/10), gradesByRow[i]}
	})
	last := len(rows) + 3
	out = append(out, keptBook{bureau: bureau{
		name: "总计在上合计在下", sheet: "Sheet1", header: 1,
		rows: append(append([][]any{{"序号", "项目名称", "主管部门", "资金（万元）", "评价等级"}, {"总计", nil, nil, as(format, sum/10)}}, rows...),
			[]any{"合计", nil, nil, as(format, sum/10)}),
		merges: []string{"A2:C2", fmt.Sprintf("A%d:C%d", last, last)},
	}})

	// Sections closed by 小计, or by 合计, merged across 序号 and 名称 as
	// the totals are; then with each heading one cell across the row.
	for _, v := range []struct {
		name, closing string
		wholeHeads    bool
	}{{"总计在上分组小计合计在下", "小计", false}, {"总计在上分组合计合计在下", "合计", false}, {"总计在上分组标题整行小计合计在下", "小计", true}} {
		one, s1 := items(2, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("教育项目%d", i), as(sectioned, a)} })
		two, s2 := items(1+next, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("卫生项目%d", i), as(sectioned, a)} })
		sec := [][]any{{"序号", "项目名称", "金额（万元）"}, {"总计", nil, as(sectioned, s1+s2)}, {"一", "教育"}}
		sec = append(append(sec, one...), []any{v.closing, nil, as(sectioned, s1)}, []any{"二", "卫生"})
		sec = append(append(sec, two...), []any{v.closing, nil, as(sectioned, s2)}, []any{"合计", nil, as(sectioned, s1+s2)})
		merges := []string{"A2:B2"}
		for r, row := range sec[2:] {
			switch {
			case row[0] == v.closing || row[0] == "合计":
				merges = append(merges, fmt.Sprintf("A%d:B%d", r+3, r+3))
			case v.wholeHeads && len(row) == 2:
				sec[r+2] = []any{row[0].(string) + "、" + row[1].(string)}
				merges = append(merges, fmt.Sprintf("A%d:C%d", r+3, r+3))
			}
		}
		out = append(out, keptBook{bureau: bureau{name: v.name, sheet: "结果", header: 1, rows: sec, merges: merges}})
	}
	return out
}

// Tables whose amount format prints text beside the number, through init
// --from and build with no edit: the Word, Excel and PDF 合计 and 小计
// cells read as the workbook shows them; then next year's workbook.
func TestTotalsPrintAsTheWorkbookShowsThem(t *testing.T) {
	this, next := totalBooks(2023), totalBooks(2024)
	for i, k := range this {
		t.Run(k.name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.xlsx")
			k.write(t, book)
			runKept(t, k, next[i], book, func(n keptBook) { n.write(t, book) })
		})
	}
}

// The same tables as LibreOffice saves them as a legacy .xls; skipped
// without LibreOffice unless JIXIAO_INTEROP=1.
func TestTotalsPrintAsShownFromXLS(t *testing.T) {
	keptSavedBy(t, totalBooks(2023), totalBooks(2024), "xls:MS Excel 97")
}

// Tables with both totals saved as Excel saves a GBK CSV file, each cell
// as the sheet shows it: the 总计, 合计 and 小计 rows print as the rows are
// written; a heading across the row is its first cell, the rest empty.
func TestTotalsPrintAsShownFromCSV(t *testing.T) {
	this, next := bothTotals(2023, "#,##0.00", "0.00"), bothTotals(2024, "#,##0.00", "0.00")
	for i, k := range this {
		t.Run(k.name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.csv")
			k.writeCSV(t, book)
			runKept(t, k, next[i], book, func(n keptBook) { n.writeCSV(t, book) })
		})
	}
}
