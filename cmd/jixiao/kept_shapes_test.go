package main

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"jixiao/pipeline/money"

	"github.com/xuri/excelize/v2"
)

func f2(v float64) shown { return shown{v, "0.00", fmt.Sprintf("%.2f", v)} }

// g2 is an amount as #,##0.00 shows it.
func g2(v float64) shown { return shown{v, "#,##0.00", money.Group(fmt.Sprintf("%.2f", v))} }

// items are n project rows for year y, numbered from 1, with an amount
// that moves with the year; cells builds each row from its number and amount.
func items(n int, y int, cells func(i int, amount float64) []any) (rows [][]any, sum float64) {
	for i := 1; i <= n; i++ {
		a := float64(i*1000+(y-2000)*7) + float64(i*13%100)/100
		sum += a
		rows = append(rows, cells(i, a))
	}
	return rows, sum
}

var gradesByRow = []string{"优", "良", "中", "良", "优", "差"}

// keptBooks are the workbooks of other bureaus as they keep them, for
// year y; next year's (y+1) moves the year in titles and headers, changes
// the amounts, adds or removes a row and empties a section.
func keptBooks(y int) []keptBook {
	ys := strconv.Itoa(y)
	next := y - 2023 // 0 this year, 1 next
	var out []keptBook

	// 1. The title merged across the table, the unit in it.
	rows, sum := items(3+next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("第%d号道路修缮工程", i), "县交通运输局", f2(a), 80 + i, gradesByRow[i]}
	})
	n := len(rows) + 3 // the total's row, under the title, header and items
	out = append(out, keptBook{bureau: bureau{
		name: "标题含单位", sheet: "Sheet1", header: 2, unit: "单位：万元",
		title: "某县" + ys + "年度项目支出绩效评价结果表",
		rows: append(append([][]any{
			{"某县" + ys + "年度项目支出绩效评价结果表（单位：万元）"},
			{"序号", "项目名称", "主管部门", "预算金额", "评价得分", "评价等级"},
		}, rows...), []any{"合计", nil, nil, f2(sum)}),
		merges: []string{"A1:F1", fmt.Sprintf("A%d:C%d", n, n)},
	}})

	// 2. The unit in a header cell, amounts in thousands.
	rows, sum = items(4-next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("乡村振兴项目%d", i), []string{"农业农村局", "水利局"}[i%2], g2(a * 10), float64(85+i) + 0.5, gradesByRow[i]}
	})
	out = append(out, keptBook{bureau: bureau{
		name: "表头含单位", sheet: ys + "年", header: 2,
		title: ys + "年度部门项目绩效自评结果",
		rows: append(append([][]any{
			{ys + "年度部门项目绩效自评结果"},
			{"序号", "项目名称", "实施单位", "金额（万元）", "自评得分", "自评等级"},
		}, rows...), []any{nil, "合计", nil, g2(sum * 10)}),
	}})

	// 3. A 填报单位 line and a blank row above the header on row 3.
	rows, _ = items(3, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("村级公益事业奖补%d", i), f2(a / 100), 90 - i, gradesByRow[i-1]}
	})
	out = append(out, keptBook{bureau: bureau{
		name: "填报单位行", sheet: "绩效评价", header: 3, unit: "单位：万元",
		rows: append([][]any{{"填报单位：某县财政局", nil, nil, "单位：万元"}, {}, {"序号", "项目名称", "资金规模", "评分", "等级"}}, rows...),
	}})
	// The form is signed under the table: not data, and not published.
	signed := &out[len(out)-1]
	signed.rows = append(slices.Clone(signed.rows), []any{}, []any{"填报人：王某", nil, "审核人：李某", nil, "填报日期：" + ys + "年1月10日"})
	signed.shows = signed.want()[:len(signed.rows)-signed.header-1]

	// 4. Sections numbered 一、二、 in the 序号 column, items 1, 2 …; a year
	// in a header; next year the second section is empty.
	one, s1 := items(3, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("教育项目%d", i), "教育局", f2(a), 88 + i, "良"}
	})
	two, s2 := items(2-2*next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("部门整体%d", i), "卫健委", f2(a), 95, "优"}
	})
	sec := [][]any{{"序号", "项目名称", "主管部门", ys + "年预算资金（万元）", "得分", "等级"}, {"一、", "项目支出绩效评价"}}
	sec = append(append(append(sec, one...), []any{"二、", "部门整体支出绩效评价"}), two...)
	out = append(out, keptBook{bureau: bureau{
		name: "序号一二", sheet: "评价结果", header: 1,
		rows:   append(sec, []any{"合计", nil, nil, f2(s1 + s2)}),
		merges: []string{fmt.Sprintf("A%d:C%d", len(sec)+1, len(sec)+1)},
	}})

	// 5. Sections closed by subtotal rows, a total at the top or the
	// bottom (kept_subtotals_test.go).
	out = append(out, subtotalBooks(y)...)

	// 6. A hidden column (项目编码) and a hidden row: the clerk sees, and
	// the outputs print, the sheet without them; the total is what
	// SUBTOTAL(109) shows, the visible rows' sum.
	rows, _ = items(4, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("水利工程%d", i), fmt.Sprintf("SL%s%03d", ys, i), f2(a), gradesByRow[i]}
	})
	visible := f2(rows[0][3].(shown).value.(float64) + rows[2][3].(shown).value.(float64) + rows[3][3].(shown).value.(float64))
	hidden := keptBook{bureau: bureau{
		name: "隐藏行列", sheet: "Sheet1", header: 1,
		rows: append(append([][]any{{"序号", "项目名称", "项目编码", "金额（万元）", "评价等级"}}, rows...), []any{nil, "合计", nil, visible}),
	}, touch: func(t *testing.T, f *excelize.File, sheet string) {
		if f.SetColVisible(sheet, "C", false) != nil || f.SetRowVisible(sheet, 3, false) != nil {
			t.Fatal("hiding")
		}
	}}
	// The 序号 counts the rows printed, as it always does: 1, 2, 3.
	for r, row := range hidden.rows {
		if r == 2 {
			continue
		}
		line := displayed(row, 5)
		if n := len(hidden.shows); n > 0 && line[0] != "" {
			line[0] = strconv.Itoa(n)
		}
		hidden.shows = append(hidden.shows, append(line[:2:2], line[3:]...))
	}
	out = append(out, hidden)

	// 7. A rate stored as a number in a % format, its header naming 资金
	// as amounts' do.
	rows, _ = items(3, y, func(i int, a float64) []any {
		rate := float64(9000+i*137+next*11) / 10000
		return []any{i, fmt.Sprintf("民生项目%d", i), f2(a), f2(a * rate), shown{rate, "0.00%", fmt.Sprintf("%.2f%%", rate*100)}, 90 + i}
	})
	out = append(out, keptBook{bureau: bureau{
		name: "百分比", sheet: "执行", header: 1,
		rows: append([][]any{{"序号", "项目名称", "预算数（万元）", "执行数（万元）", "资金到位率", "自评得分"}}, rows...),
	}})

	// 8. Scores written as text with 分, and scores kept as numbers in a
	// format that shows 分.
	rows, _ = items(3+next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("文化项目%d", i), f2(a), fmt.Sprintf("%d分", 84+i), shown{80 + i, `0"分"`, fmt.Sprintf("%d分", 80+i)}, gradesByRow[i]}
	})
	out = append(out, keptBook{bureau: bureau{
		name: "得分带分字", sheet: "评分", header: 1,
		rows: append([][]any{{"序号", "项目名称", "金额（万元）", "评价得分", "复核得分", "评价等级"}}, rows...),
	}})

	// 9. Dates as serials in a yyyy"年"m"月"d"日" format.
	const cn = `yyyy"年"m"月"d"日"`
	base := 45107 + 366*next // 2023年6月30日, 2024年6月30日
	rows, _ = items(3, y, func(i int, a float64) []any {
		start, end := base-200+i, base+i*31
		return []any{i, fmt.Sprintf("基建项目%d", i), shown{start, cn, chineseDate(start)}, shown{end, cn, chineseDate(end)}, f2(a)}
	})
	out = append(out, keptBook{bureau: bureau{
		name: "中文日期", sheet: "进度", header: 1,
		rows: append([][]any{{"序号", "项目名称", "开工日期", "完成时间", "金额（万元）"}}, rows...),
	}})

	// 10. Two tables on one sheet, one under the other and side by side.
	rows, _ = items(3, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("项目%d", i), f2(a), "良"} })
	under := append(append([][]any{{"序号", "项目名称", "金额（万元）", "等级"}}, rows...), []any{}, []any{"部门整体支出绩效评价"},
		[]any{"序号", "部门名称", "预算（万元）", "等级"}, []any{1, "县教育局", f2(900), "优"})
	out = append(out, keptBook{bureau: bureau{name: "上下两表", sheet: "两表", header: 1, rows: under},
		refuse: []string{"工作表“两表”", "A6", "两张表"}})
	side := [][]any{{"序号", "项目名称", "金额（万元）", "等级", nil, "序号", "部门名称", "预算（万元）"}}
	for i, r := range rows {
		side = append(side, append(r, nil, i+1, fmt.Sprintf("部门%d", i+1), f2(100*float64(i+1))))
	}
	out = append(out, keptBook{bureau: bureau{name: "左右两表", sheet: "两表", header: 1, rows: side},
		refuse: []string{"工作表“两表”", "F1", "两张表"}})

	// 11. A 填表说明 sheet first, the data on the second.
	rows, sum = items(3, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("社保项目%d", i), "人社局", f2(a), 90, "优"}
	})
	out = append(out, keptBook{bureau: bureau{
		name: "说明页在前", sheet: "评价表", header: 2, title: "某县" + ys + "年社会保障项目绩效评价表",
		rows: append(append([][]any{{"某县" + ys + "年社会保障项目绩效评价表"}, {"序号", "项目名称", "主管部门", "金额（万元）", "评分", "等级"}}, rows...),
			[]any{nil, "合计", nil, f2(sum)}),
		merges: []string{"A1:F1"},
	}, before: [][]any{{"填表说明"}, {"序号", "说明事项"}, {1, "本表金额单位为万元，保留两位小数。"}, {2, "评价等级分为优、良、中、差四档。"}, {3, "请勿改动表头。"}}})

	// 12. Sixteen columns, printed landscape.
	wideHead := []any{"序号", "项目名称", "主管部门", "实施单位", "预算数（万元）", "执行数（万元）", "产出数量", "产出质量", "产出时效", "产出成本", "经济效益", "社会效益", "生态效益", "满意度", "总分", "等级"}
	rows, _ = items(3+next, y, func(i int, a float64) []any {
		r := []any{i, fmt.Sprintf("高标准农田%d", i), "农业农村局", fmt.Sprintf("第%d乡镇", i), f2(a), f2(a - 10)}
		for k := 0; k < 8; k++ {
			r = append(r, 5+(i+k)%5)
		}
		return append(r, 80+i, gradesByRow[i])
	})
	out = append(out, keptBook{bureau: bureau{name: "十六列宽表", sheet: "宽表", header: 1, rows: append([][]any{wideHead}, rows...)}, landscape: true})

	// 13. Borders drawn down to the sheet's last row, 1,048,576: empty,
	// formatted rows after the data, as a clerk who formats whole rows leaves them.
	rows, sum = items(3, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("环保项目%d", i), f2(a), 86, "良"} })
	out = append(out, keptBook{bureau: bureau{
		name: "格式到末行", sheet: "Sheet1", header: 1,
		rows: append(append([][]any{{"序号", "项目名称", "金额（万元）", "评分", "等级"}}, rows...), []any{nil, "合计", f2(sum)}),
	}, touch: formatToTheEnd})

	// 14. Headers broken over two lines in their cells (Alt+Enter).
	rows, sum = items(3+next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("养老服务项目%d", i), f2(a), 85 + i, gradesByRow[i]}
	})
	out = append(out, keptBook{bureau: bureau{
		name: "表头换行", sheet: "Sheet1", header: 1,
		rows: append(append([][]any{{"序号", "项目\n名称", "预算资金\n（万元）", "评价\n得分", "评价\n等级"}}, rows...), []any{nil, "合计", f2(sum)}),
	}})

	// 15. The table from column B, column A left empty as a margin, under
	// an empty first row.
	rows, sum = items(2+next, y, func(i int, a float64) []any {
		return []any{nil, i, fmt.Sprintf("农村饮水项目%d", i), "水利局", f2(a), gradesByRow[i]}
	})
	margin := keptBook{bureau: bureau{
		name: "从B列开始", sheet: "Sheet1", header: 3, title: "某县" + ys + "年农村饮水项目绩效评价表",
		rows: append(append([][]any{{}, {nil, "某县" + ys + "年农村饮水项目绩效评价表"}, {nil, "序号", "项目名称", "主管部门", "金额（万元）", "评价等级"}}, rows...),
			[]any{nil, "合计", nil, nil, f2(sum)}),
		merges: []string{"B2:F2", fmt.Sprintf("B%d:D%d", len(rows)+4, len(rows)+4)},
	}}
	for _, row := range margin.rows[2:] {
		margin.shows = append(margin.shows, displayed(row, 6)[1:])
	}
	out = append(out, margin)

	// 16. The title merged over the first columns, the unit in the last
	// cell of the same row.
	rows, sum = items(3, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("城乡供水项目%d", i), "水务局", f2(a), gradesByRow[i]}
	})
	out = append(out, keptBook{bureau: bureau{
		name: "标题与单位同一行", sheet: "Sheet1", header: 2, unit: "单位：万元", title: "某县" + ys + "年城乡供水项目绩效评价表",
		rows: append(append([][]any{{"某县" + ys + "年城乡供水项目绩效评价表", nil, nil, nil, "单位：万元"},
			{"序号", "项目名称", "主管部门", "金额", "评价等级"}}, rows...), []any{"合计", nil, nil, f2(sum)}),
		merges: []string{"A1:D1", "A6:C6"},
	}})

	// 17. Last year's table kept on a hidden sheet beside this year's.
	rows, _ = items(3, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("就业补助项目%d", i), f2(a), gradesByRow[i]}
	})
	head := []any{"序号", "项目名称", "金额（万元）", "评价等级"}
	out = append(out, keptBook{bureau: bureau{
		name: "隐藏工作表", sheet: "评价", header: 1,
		rows: append([][]any{head}, rows...),
	}, touch: func(t *testing.T, f *excelize.File, _ string) {
		f.NewSheet("上年")
		f.SetSheetRow("上年", "A1", &head)
		f.SetSheetRow("上年", "A2", &[]any{1, "旧项目", 12.5, "良"})
		if err := f.SetSheetVisible("上年", false); err != nil {
			t.Fatal(err)
		}
	}})
	return out
}
