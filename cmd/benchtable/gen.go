package main

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// writeScale writes a workbook shaped like the bureau's, with n rows in
// 绩效自评 and 绩效监控 and att rows in the attachment (agencies merged in
// blocks of five), through excelize's StreamWriter so that a million rows
// fit in memory.
func writeScale(path string, n, att int) error {
	f := excelize.NewFile()
	defer f.Close()
	sheets := []struct {
		name   string
		header []any
		rows   int
		row    func(i int) []any
	}{
		{"事前绩效评价", []any{"项目名称", "单位", "金额（万元）", "评价等级"}, 14, func(i int) []any {
			return []any{fmt.Sprintf("事前项目%d", i), "某局", 10.5, "优"}
		}},
		{"绩效自评", []any{"项目名称", "单位", "金额（万元）"}, n, func(i int) []any {
			return []any{fmt.Sprintf("自评项目%07d", i), fmt.Sprintf("单位%d", i%97), float64(i%1000) + 0.25}
		}},
		{"重点绩效评价", []any{"项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"}, 18, func(i int) []any {
			return []any{fmt.Sprintf("重点项目%d", i), "某局", 100, 85, "良", "某机构"}
		}},
		{"统筹整合资金评价", []any{"项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"}, 17, func(i int) []any {
			return []any{fmt.Sprintf("统筹项目%d", i), "某局", 100, 92, "优", "某机构"}
		}},
		{"绩效监控", []any{"项目名称", "单位", "金额（万元）"}, n, func(i int) []any {
			return []any{fmt.Sprintf("监控项目%07d", i), fmt.Sprintf("单位%d", i%89), float64(i%500) + 0.5}
		}},
	}
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(s.name)
		if err != nil {
			return err
		}
		if err := sw.SetRow("A1", s.header); err != nil {
			return err
		}
		for r := 1; r <= s.rows; r++ {
			if err := sw.SetRow(fmt.Sprintf("A%d", r+1), s.row(r)); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	const name = "重点绩效评价结果"
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	sw.SetRow("A1", []any{"序号", "二级项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"})
	var fen int64
	for r := 1; r <= att; r++ {
		amount := int64(r%5000)*100 + 37 // fen
		fen += amount
		score, grade := 70+r%30, ""
		switch {
		case score >= 90:
			grade = "优"
		case score >= 80:
			grade = "良"
		default:
			grade = "中"
		}
		row := []any{r, fmt.Sprintf("附件项目名称第%d号（用于测量排版）", r), fmt.Sprintf("单位%d", r%31), float64(amount) / 100, score, grade}
		if (r-1)%5 == 0 {
			row = append(row, fmt.Sprintf("评价机构%d", (r-1)/5))
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", r+1), row); err != nil {
			return err
		}
		if (r-1)%5 == 0 && r+4 <= att {
			if err := sw.MergeCell(fmt.Sprintf("G%d", r+1), fmt.Sprintf("G%d", r+5)); err != nil {
				return err
			}
		}
	}
	sw.SetRow(fmt.Sprintf("A%d", att+2), []any{nil, "合计", nil, float64(fen) / 100})
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}
