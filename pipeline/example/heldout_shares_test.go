package example

import (
	"fmt"

	"jixiao/pipeline/document"

	"github.com/shopspring/decimal"
)

// warnings is a 绩效运行监控 report: the share of the projects 预警 and
// of their amounts, beside problems and reforms as many as the 预警
// projects and days and units as many as all.
func warnings() pair {
	def := monitoringDef
	s := sheet{name: "监控项目", rows: [][]any{{"项目名称", "主管部门", "监控结果", "预算金额（万元）"}}}
	warned, fixed, warnedSum, all := 0, 0, decimal.Zero, decimal.Zero
	for i := 0; i < 20; i++ {
		r := "正常"
		switch {
		case i%4 == 1:
			r, warned, warnedSum = "预警", warned+1, warnedSum.Add(amount(i, 11))
		case i == 6 || i == 10:
			r, fixed = "纠偏", fixed+1
		}
		all = all.Add(amount(i, 11))
		s.rows = append(s.rows, []any{fmt.Sprintf("沁县监控项目%02d", i+1), "沁县第" + cn(i%4+1) + "局", r, amount(i, 11).InexactFloat64()})
	}
	share := pct(warnedSum, all, 1)
	return pair{
		name: "预警占比", county: "沁县", def: def, sheets: []sheet{s}, columns: []string{"项目名称", "主管部门", "监控结果", "预算金额"},
		body: func(d *document.Data) []string {
			return []string{
				wordPara("二、绩效运行监控情况"),
				wordPara(fmt.Sprintf("对全县«20个»项目开展绩效运行监控，涉及预算金额%s万元。其中“预警”项目%d个，预警项目占比%s%%，预警项目金额占全部金额的%s%%；“纠偏”项目%d个。",
					printed(d, "监控", "金额"), warned, pct(dec(warned), dec(20), 0), share, fixed)),
				wordPara(fmt.Sprintf("绩效运行监控发现问题20个，督促整改20项，历时20天，涉及20家单位，排名第%d名，预警项目发现问题%d个。", fixed, warned)),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"对全县[20个]": "监控.项目数",
				fmt.Sprintf("“预警”项目[%d个]", warned):       "监控.监控结果预警",
				fmt.Sprintf("“纠偏”项目[%d个]", fixed):        "监控.监控结果纠偏",
				"预警项目占比[" + pct(dec(warned), dec(20), 0): "监控.监控结果预警占比0位",
				"预警项目金额占全部金额的[" + share:                  "监控.金额监控结果预警占比1位",
			}
		},
		stay: []string{"发现问题[20个]", "督促整改[20项]", "历时[20]天", "涉及[20家]单位", fmt.Sprintf("第[%d]名", fixed), fmt.Sprintf("预警项目发现问题[%d个]", warned)},
	}
}

// excellentShare is a 重点绩效评价 whose 优秀 projects' amounts are given
// as a share of all, beside experts, scores and units as many as the
// projects or the 优 ones.
func excellentShare() pair {
	def := gradedDef("{decimals: 2, grouped: true}")
	s := sheet{name: "评价项目", rows: [][]any{{"项目名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"}}}
	good, goodSum, all := 0, decimal.Zero, decimal.Zero
	for i := 0; i < 16; i++ {
		sc := decimal.NewFromInt(int64(7600 + i*271%2300)).Shift(-2)
		if gradeOf(sc) == "优" {
			good, goodSum = good+1, goodSum.Add(amount(i, 13))
		}
		all = all.Add(amount(i, 13))
		s.rows = append(s.rows, []any{fmt.Sprintf("榆社县重点项目%02d", i+1), "榆社县第" + cn(i%5+1) + "局", amount(i, 13).InexactFloat64(), sc.InexactFloat64(), gradeOf(sc)})
	}
	share := pct(goodSum, all, 1)
	return pair{
		name: "优秀金额占比", county: "榆社县", def: def, sheets: []sheet{s}, columns: []string{"项目名称", "主管部门", "预算资金", "评价得分", "评价等级"},
		body: func(d *document.Data) []string {
			return []string{
				wordPara("一、重点项目绩效评价情况"),
				wordPara(fmt.Sprintf("重点项目绩效评价抽查%d个项目，涉及资金%s万元，其中评价为“优”的%d个，优秀项目金额占全部金额的%s%%。",
					16, printed(d, "重点", "金额"), good, share)),
				wordPara(fmt.Sprintf("重点项目绩效评价邀请专家16人，发现问题16个，专家评分16分，涉及16家单位，优秀项目整改问题%d项。", good)),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"抽查[16个]项目":                       "重点.项目数",
				fmt.Sprintf("评价为“优”的[%d个]", good): "重点.优",
				"优秀项目金额占全部金额的[" + share:           "重点.金额评价等级优占比1位",
			}
		},
		stay: []string{"邀请专家[16]人", "发现问题[16个]", "专家评分[16]分", "涉及[16家]单位", fmt.Sprintf("优秀项目整改问题[%d项]", good)},
	}
}
