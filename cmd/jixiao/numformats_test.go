package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/pipeline/opc/opctest"
)

// builtin gives the cells of a column Excel's built-in number format id,
// which Excel writes by number alone (会计专用 is 41 to 44).
func builtin(id int, cells ...string) func(t *testing.T, f *excelize.File, sheet string) {
	return func(t *testing.T, f *excelize.File, sheet string) {
		t.Helper()
		style, err := f.NewStyle(&excelize.Style{NumFmt: id})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cells {
			if err := f.SetCellStyle(sheet, c, c, style); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// formatBooks are tables whose number columns each carry one of the
// formats bureaus use, with what Excel's Chinese edition shows for each
// cell, written by hand from Excel's rules.
func formatBooks() []keptBook {
	head := []any{"序号", "项目名称", "资金（万元）", "评价得分", "评价等级"}
	book := func(name string, amounts, scores []shown) keptBook {
		rows := [][]any{head}
		for i := range amounts {
			rows = append(rows, []any{i + 1, fmt.Sprintf("项目%d", i+1), amounts[i], scores[i], []string{"优", "良", "中"}[i%3]})
		}
		return keptBook{bureau: bureau{name: name, sheet: "Sheet1", header: 1, rows: rows}}
	}
	plain := []shown{{91, "General", "91"}, {85, "General", "85"}, {72, "General", "72"}}
	var out []keptBook

	acct := `_ * #,##0.00_ ;_ * \-#,##0.00_ ;_ * "-"??_ ;_ @_ `
	out = append(out, book("会计专用", []shown{{1234.5, acct, "1,234.50"}, {0, acct, "-"}, {20, acct, "20.00"}}, plain))
	yuan := `_ "¥"* #,##0.00_ ;_ "¥"* \-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ `
	out = append(out, book("会计专用带货币", []shown{{1234.5, yuan, "¥1,234.50"}, {0, yuan, "¥-"}, {20, yuan, "¥20.00"}}, plain))
	// 会计专用 as Excel writes it: the built-in id 43 and 44, no code.
	k := book("内置会计格式", []shown{{1234.5, "General", "1,234.50"}, {0, "General", "-"}, {20.5, "General", "20.50"}}, plain)
	k.touch = builtin(43, "C2", "C3", "C4")
	out = append(out, k)
	k = book("内置货币会计格式", []shown{{1234.5, "General", "¥1,234.50"}, {7, "General", "¥7.00"}, {0, "General", "¥-"}}, plain)
	k.touch = builtin(44, "C2", "C3", "C4")
	out = append(out, k)
	paren := "#,##0.00;[Red](#,##0.00)"
	out = append(out, book("负数括号红色", []shown{{1234.5, paren, "1,234.50"}, {2, paren, "2.00"}, {3, paren, "3.00"}}, plain))
	out = append(out, book("格式带文字", []shown{{12.5, `0.00"万元"`, "12.50万元"}, {3, `"约"0.0`, "约3.0"}, {8, `0.00"万元"`, "8.00万元"}},
		[]shown{{91, `0"分"`, "91分"}, {85.5, `0.0"分"`, "85.5分"}, {72, `0"分"`, "72分"}}))
	// The Chinese edition's General is G/通用格式.
	out = append(out, book("通用格式带文字", []shown{{12.5, `G/通用格式"万元"`, "12.5万元"}, {3, `G/通用格式`, "3"}, {8.25, `G/通用格式"万元"`, "8.25万元"}},
		[]shown{{91, `G/通用格式"分"`, "91分"}, {85.5, `G/通用格式"分"`, "85.5分"}, {72, `G/通用格式"分"`, "72分"}}))
	// 大写 in a text column, as 大写金额 is kept beside the amount.
	k = book("中文大写", []shown{{1234, "#,##0.00", "1,234.00"}, {105, "#,##0.00", "105.00"}, {20, "#,##0.00", "20.00"}}, plain)
	for i, v := range []shown{{1234, "[DBNum2][$-804]General", "壹仟贰佰叁拾肆"}, {105, "[DBNum2][$-804]General", "壹佰零伍"}, {20, "[DBNum1][$-804]General", "二十"}} {
		k.rows[i+1] = append(k.rows[i+1], v)
	}
	k.rows[0] = append(append([]any{}, head...), "金额大写")
	out = append(out, k)
	out = append(out, book("分数与科学计数", []shown{{12345, "0.00E+00", "1.23E+04"}, {300, "0.00E+00", "3.00E+02"}, {0.5, "0.00E+00", "5.00E-01"}},
		[]shown{{90.5, "# ?/?", "90 1/2"}, {85.25, "# ?/4", "85 1/4"}, {72, "# ?/?", "72"}}))
	return out
}

// Each number format a bureau's workbook carries, through init --from and
// build with no edit: the Word table, the Excel attachment and the PDF
// show each cell as Excel shows it.
func TestNumberFormatsPrintAsExcelShowsThem(t *testing.T) {
	for _, k := range formatBooks() {
		t.Run(k.name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.xlsx")
			k.write(t, book)
			runKept(t, k, k, book, func(keptBook) {})
		})
	}
}

// The same workbooks as LibreOffice saves them, as .xlsx and as a legacy
// .xls, whose number formats it spells its own way, through init --from
// and build. Skipped without LibreOffice unless JIXIAO_INTEROP=1.
func TestNumberFormatsAsLibreOfficeSavesThem(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	// LibreOffice in another locale than the clerk's spells G/通用格式 and
	// the built-in ¥ of 会计专用 its own way ($, g/"通用格式"): those two
	// are the Excel edition's, tested above.
	books := slices.DeleteFunc(formatBooks(), func(k keptBook) bool {
		return k.name == "内置货币会计格式" || k.name == "通用格式带文字"
	})
	for _, kind := range []struct{ ext, filter string }{{"xlsx", "xlsx:Calc MS Excel 2007 XML"}, {"xls", "xls:MS Excel 97"}} {
		dir := t.TempDir()
		var paths []string
		for i, k := range books {
			p := filepath.Join(dir, "in", fmt.Sprintf("%c.xlsx", 'a'+i))
			os.MkdirAll(filepath.Dir(p), 0o755)
			k.write(t, p)
			paths = append(paths, p)
		}
		sofficeConvert(t, dir, kind.filter, paths)
		for i, k := range books {
			t.Run(kind.ext+"/"+k.name, func(t *testing.T) {
				book := filepath.Join(t.TempDir(), "数据."+kind.ext)
				copyFile(t, filepath.Join(dir, "saved", fmt.Sprintf("%c.%s", 'a'+i, kind.ext)), book)
				runKept(t, k, k, book, func(keptBook) {})
			})
		}
	}
}
