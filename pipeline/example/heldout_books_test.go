package example

import (
	"fmt"

	"jixiao/pipeline/document"

	"github.com/shopspring/decimal"
)

// builtinBook is a workbook in the built-in definition's shape with its
// own data: sizes are the rows of 事前, 自评, 重点, 统筹整合, 监控 and the
// attachment, and seed varies the amounts and scores.
func builtinBook(county string, seed int, sizes [6]int) []sheet {
	units := []string{county + "教育局", county + "卫生健康局", county + "交通运输局", county + "水利局", county + "农业农村局"}
	agencies := []string{"山西正信会计师事务所", "长治市华审工程咨询有限公司"}
	score := func(i int) decimal.Decimal {
		return decimal.NewFromInt(int64(7000 + (i*37+seed*11)%2900)).Shift(-2)
	}
	plain := func(name, kind string, n, off int) sheet {
		s := sheet{name: name, rows: [][]any{{"项目名称", "单位", "金额（万元）"}}}
		for i := 0; i < n; i++ {
			s.rows = append(s.rows, []any{fmt.Sprintf("%s项目%03d", kind, i+1), units[i%len(units)], amount(i+off, seed).InexactFloat64()})
		}
		return s
	}
	graded := func(name, kind string, n, off int) sheet {
		s := sheet{name: name, rows: [][]any{{"项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"}}}
		for i := 0; i < n; i++ {
			sc := score(i + off)
			s.rows = append(s.rows, []any{fmt.Sprintf("%s项目%02d", kind, i+1), units[i%len(units)], amount(i+off, seed).InexactFloat64(),
				sc.InexactFloat64(), gradeOf(sc), agencies[i%2]})
		}
		return s
	}
	pre := sheet{name: "事前绩效评价", rows: [][]any{{"项目名称", "单位", "金额（万元）", "评价等级"}}}
	for i := 0; i < sizes[0]; i++ {
		pre.rows = append(pre.rows, []any{fmt.Sprintf("事前评价项目%02d", i+1), units[i%len(units)], amount(i, seed).InexactFloat64(), gradeOf(score(i))})
	}
	att := sheet{name: "重点绩效评价结果", rows: [][]any{{"序号", "二级项目名称", "单位", "项目支出（元）", "评分结果", "评分等级", "评价机构"}}}
	for i := 0; i < sizes[5]; i++ {
		sc := score(i + 500)
		att.rows = append(att.rows, []any{i + 1, fmt.Sprintf("%d年重点项目%02d", 2023, i+1), units[i%len(units)], amount(i+500, seed).Shift(4).IntPart(),
			sc.InexactFloat64(), gradeOf(sc), agencies[i%2]})
	}
	return []sheet{att, pre, plain("绩效自评", "自评", sizes[1], 100), graded("重点绩效评价", "重点评价", sizes[2], 200),
		graded("统筹整合资金评价", "统筹整合", sizes[3], 300), plain("绩效监控", "监控", sizes[4], 400)}
}

// rowsTable is a section's printed rows as last year's Word table had
// them, under header, with a 合计 row of total in the given column; a
// heading row is one cell across the table (一、项目支出绩效评价).
func rowsTable(s *document.Section, header []string, total string, at int) string {
	rows := [][]string{header}
	for _, r := range s.Rows {
		if r.Heading != "" {
			rows = append(rows, []string{r.Cells[0].String() + "、" + r.Heading})
			continue
		}
		var cells []string
		for _, c := range r.Cells {
			cells = append(cells, c.String())
		}
		rows = append(rows, cells)
	}
	if total != "" {
		sum := make([]string, len(header))
		sum[0], sum[at] = "合  计", total
		rows = append(rows, sum)
	}
	return wordTable(rows...)
}
