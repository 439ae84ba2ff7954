package main

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// The default Excel template, written once by `go run ./cmd/samplegen
// -xlsx-template templates/attachment.xlsx`. After that the .xlsx in
// templates/ is the source that clerks restyle.
//
// Sheet 附件: a merged title row, the header row, the marked template row
// whose cells name the row fields ({{.序号}} …), and the 合计 row. Sheet 统计
// is filled by the build; the template gives its column widths.

func writeXlsxTemplate(path string) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "附件"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	font := func(size float64, bold bool, family string) *excelize.Font {
		return &excelize.Font{Size: size, Bold: bold, Family: family}
	}
	style := func(s *excelize.Style) int {
		id, err := f.NewStyle(s)
		must(err)
		return id
	}
	title := style(&excelize.Style{Font: font(20, true, "方正小标宋简体"), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	header := style(&excelize.Style{Font: font(11, true, "黑体"), Border: border, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	text := style(&excelize.Style{Font: font(11, false, "仿宋_GB2312"), Border: border, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	center := style(&excelize.Style{Font: font(11, false, "仿宋_GB2312"), Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	amountFmt := "#,##0.00"
	scoreFmt := "0.00"
	amount := style(&excelize.Style{Font: font(11, false, "Times New Roman"), Border: border, CustomNumFmt: &amountFmt, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})
	score := style(&excelize.Style{Font: font(11, false, "Times New Roman"), Border: border, CustomNumFmt: &scoreFmt, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	totalLabel := style(&excelize.Style{Font: font(11, true, "黑体"), Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	totalAmount := style(&excelize.Style{Font: font(11, true, "Times New Roman"), Border: border, CustomNumFmt: &amountFmt, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})

	must(f.MergeCell(sheet, "A1", "G1"))
	must(f.SetCellStr(sheet, "A1", "{{.附件.标题}}"))
	must(f.SetCellStyle(sheet, "A1", "G1", title))
	must(f.SetRowHeight(sheet, 1, 36))
	heads := []string{"序号", "二级项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"}
	marks := []string{"{{.序号}}", "{{.项目名称}}", "{{.单位}}", "{{.金额}}", "{{.评分}}", "{{.等级}}", "{{.评价机构}}"}
	rowStyles := []int{center, text, text, amount, score, center, text}
	widths := []float64{6, 40, 26, 16, 10, 10, 30}
	for i := range heads {
		col := string(rune('A' + i))
		must(f.SetCellStr(sheet, col+"2", heads[i]))
		must(f.SetCellStyle(sheet, col+"2", col+"2", header))
		must(f.SetCellStr(sheet, col+"3", marks[i]))
		must(f.SetCellStyle(sheet, col+"3", col+"3", rowStyles[i]))
		must(f.SetColWidth(sheet, col, col, widths[i]))
		st := totalLabel
		if i == 3 {
			st = totalAmount
		}
		must(f.SetCellStyle(sheet, col+"4", col+"4", st))
	}
	must(f.SetRowHeight(sheet, 2, 30))
	must(f.SetCellStr(sheet, "B4", "合  计"))
	must(f.SetCellStr(sheet, "D4", "{{.附件.合计}}"))
	must(f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}))
	a4, landscape, one, zero := 9, "landscape", 1, 0
	must(f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}))
	fit := true
	must(f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	must(f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页，共 &N 页"}))
	must(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'附件'!$1:$2", Scope: sheet}))

	const stats = "统计"
	if _, err := f.NewSheet(stats); err != nil {
		return err
	}
	for i, w := range []float64{30, 12, 16, 10, 10, 10, 10} {
		col := string(rune('A' + i))
		must(f.SetColWidth(stats, col, col, w))
	}
	must(f.SetCellStr(stats, "A1", "统计表由程序生成，可修改列宽和样式"))
	must(f.SetPageLayout(stats, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}))
	must(f.SetSheetProps(stats, &excelize.SheetPropsOptions{FitToPage: &fit}))
	must(f.SetHeaderFooter(stats, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页，共 &N 页"}))
	f.SetActiveSheet(0)
	if err := f.SaveAs(path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
