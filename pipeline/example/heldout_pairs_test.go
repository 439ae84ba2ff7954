package example

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"jixiao/pipeline/opc/opctest"

	"jixiao/pipeline/document"
	"jixiao/pipeline/job"
	"jixiao/pipeline/tmpl"

	"github.com/shopspring/decimal"
)

// Held-out pairs of last year's document and workbook in the styles of
// different bureaus, each document made as Word writes one: every number
// bound rebuilds last year's text exactly, and none is bound where its
// words say it is something else.
func TestHeldOutPairs(t *testing.T) {
	for _, p := range heldOut() {
		t.Run(p.name, func(t *testing.T) {
			j, doc := p.lastYear(t, t.TempDir())
			p.check(t, j, doc)
		})
	}
}

func heldOut() []pair {
	return []pair{bonds(), headedGroups(), departments(), builtinStyle(), monitoring(), wordIsms(), yuanAndWan(), coincidences(), warnings(), excellentShare()}
}

// The same pairs with last year's document saved again by LibreOffice,
// which writes runs, text boxes, tables and headers its own way. Skipped
// without LibreOffice unless JIXIAO_INTEROP=1.
func TestHeldOutPairsSavedByLibreOffice(t *testing.T) {
	pairs := heldOut()
	jobs := make([]*job.Job, len(pairs))
	docs := make([]string, len(pairs))
	dir := t.TempDir()
	for i, p := range pairs {
		var doc []byte
		jobs[i], doc = p.lastYear(t, t.TempDir())
		docs[i] = filepath.Join(dir, fmt.Sprintf("去年%d.docx", i))
		if err := os.WriteFile(docs[i], doc, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// One LibreOffice for all: it starts slowly.
	out := opctest.SaveWithLibreOffice(t, "docx:MS Word 2007 XML", docs...)
	for i, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			saved, err := os.ReadFile(filepath.Join(out, filepath.Base(docs[i])))
			if err != nil {
				t.Fatal(err)
			}
			p.check(t, jobs[i], saved)
		})
	}
}

// bonds is a 专项债 disclosure: amounts in 元 in the sheet and 万元 or
// 亿元 in the text, a count in Chinese numerals, counts and sums per
// 区域 and per 项目类型, and the bonds' table with its 合计.
func bonds() pair {
	const def = `tables:
  - key: 专项债券
    columns:
      - {key: 序号, kind: sequence, headers: [序号]}
      - {key: 项目名称, headers: [项目名称], required: true}
      - {key: 主管部门, headers: [主管部门], required: true}
      - {key: 区域, headers: [所属区域], required: true}
      - {key: 项目类型, headers: [项目类型], required: true}
      - {key: 发行金额, kind: amount, headers: [发行金额], required: true, print: {unit: 万元, decimals: 2}}
sections:
  - key: 专项债
    label: 专项债券
    table: 专项债券
    rows: 行
    figures:
      - {key: 有数据, kind: present}
      - {key: 项目数, kind: count, of: 项目名称}
      - {key: 金额, kind: sum, of: 发行金额, print: {unit: 万元, decimals: 2, grouped: true}}
      - {key: 部门数, kind: distinct, of: 主管部门, label: 主管部门数}
`
	depts := []string{"阳城县教育局", "阳城县卫生健康局", "阳城县交通运输局", "阳城县水利局", "阳城县住房和城乡建设局"}
	regions := []string{"城区", "北部山区", "南部平川"}
	types := []string{"交通基础设施", "交通基础设施", "交通基础设施", "市政设施", "社会事业", "农林水利"}
	s := sheet{name: "专项债券", rows: [][]any{{"序号", "项目名称", "主管部门", "所属区域", "项目类型", "发行金额（元）"}}}
	city, cityN, roads := decimal.Zero, 0, 0
	for i := 0; i < 12; i++ {
		a := amount(i, 1).Shift(4)
		typ := types[min(i, 3+i%3)]
		s.rows = append(s.rows, []any{i + 1, fmt.Sprintf("专项债券项目%02d", i+1), depts[i%5], regions[i%3], typ, a.IntPart()})
		if regions[i%3] == "城区" {
			city, cityN = city.Add(a), cityN+1
		}
		if typ == "交通基础设施" {
			roads++
		}
	}
	return pair{
		name: "专项债", county: "阳城县", def: def, sheets: []sheet{s}, loops: 1, columns: []string{"序号", "项目名称", "主管部门", "区域", "项目类型", "发行金额"},
		body: func(d *document.Data) []string {
			return []string{
				wordPara("#一、专项债券资金总体情况#"),
				wordPara("2023年，我县共有|" + cn(12) + "个|专项债券项目，债券资金合计«" + printed(d, "专项债", "金额") + "万元»，涉及«5个»主管部门。"),
				wordPara(fmt.Sprintf("其中，城区项目«%d个»、涉及金额%s亿元；交通基础设施类项目^%d^个。全县%d个乡镇参与项目建设。", cityN, city.Shift(-8).StringFixed(2), roads, roads)),
				rowsTable(d.Section("专项债"), []string{"序号", "项目名称", "主管部门", "所属区域", "项目类型", "发行金额（万元）"}, printed(d, "专项债", "金额"), 5),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"共有[十二个]":                               "专项债.项目数",
				"涉及[5个]主管部门":                            "专项债.部门数",
				fmt.Sprintf("城区项目[%d个]", cityN):         "专项债.区域城区",
				"涉及金额[" + city.Shift(-8).StringFixed(2): "专项债.金额城区亿元2位",
				fmt.Sprintf("交通基础设施类项目[%d个]", roads):    "专项债.项目类型交通基础设施",
			}
		},
		stay: []string{fmt.Sprintf("全县[%d个]乡镇", roads)},
	}
}

// headedGroups is a 重点绩效评价 whose table has heading rows 一 and 二,
// each group a section, the table's headings merged across the row in
// the document; the department group's share of the whole is a rate
// across sections.
func headedGroups() pair {
	const def = `tables:
  - key: 评价结果
    section_rows: true
    columns:
      - {key: 序号, kind: sequence, headers: [序号]}
      - {key: 项目名称, headers: [项目（部门）名称], required: true}
      - {key: 主管部门, headers: [主管部门], required: true}
      - {key: 预算资金, kind: amount, headers: [预算资金], required: true, print: {decimals: 2}}
      - {key: 评价得分, kind: score, headers: [评价得分], required: true, print: {decimals: 2}}
      - {key: 评价等级, kind: grade, headers: [评价等级], from_score: 评价得分, required: true}
sections:
  - key: 全部
    label: 重点绩效评价
    table: 评价结果
    rows: 行
    figures:
      - {key: 项目数, kind: count, of: 项目名称}
      - {key: 金额, kind: sum, of: 预算资金, print: {decimals: 2, grouped: true}}
      - {key: 优, kind: count, where: {评价等级: 优}}
  - key: 项目
    label: 项目支出绩效评价
    table: 评价结果
    heading: 一
    figures:
      - {key: 有数据, kind: present}
      - {key: 项目数, kind: count, of: 项目名称}
      - {key: 金额, kind: sum, of: 预算资金, print: {decimals: 2}}
      - {key: 优, kind: count, where: {评价等级: 优}}
      - {key: 良, kind: count, where: {评价等级: 良}}
  - key: 部门
    label: 部门整体支出绩效评价
    table: 评价结果
    heading: 二
    figures:
      - {key: 有数据, kind: present}
      - {key: 项目数, kind: count, of: 项目名称}
      - {key: 金额, kind: sum, of: 预算资金, print: {decimals: 2}}
`
	s := sheet{name: "评价结果", rows: [][]any{{"序号", "项目（部门）名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"}, {"一", "项目支出绩效评价"}}}
	for i := 0; i < 23; i++ {
		sc := decimal.NewFromInt(int64(8000 + i*433%1900)).Shift(-2)
		s.rows = append(s.rows, []any{i + 1, fmt.Sprintf("平顺县重点项目%02d", i+1), "平顺县第" + cn(i%4+1) + "局", amount(i, 2).InexactFloat64(), sc.InexactFloat64(), gradeOf(sc)})
	}
	s.rows = append(s.rows, []any{"二", "部门整体支出绩效评价"}, []any{1, "平顺县教育局", "平顺县教育局", 5120.5, 93.5, "优"}, []any{2, "平顺县民政局", "平顺县民政局", 812.25, 91, "优"})
	return pair{
		name: "重点绩效评价一二", county: "平顺县", def: def, sheets: []sheet{s}, loops: 1, columns: []string{"序号", "项目名称", "主管部门", "预算资金", "评价得分", "评价等级"},
		body: func(d *document.Data) []string {
			share := pct(d.Section("部门").Figure("金额").Money.Amount.Decimal(), d.Section("全部").Figure("金额").Money.Amount.Decimal(), 1)
			return []string{
				wordPara("一、重点绩效评价总体情况"),
				wordPara("2023年共对«25个»项目（部门）开展重点绩效评价，涉及预算资金" + printed(d, "全部", "金额") + "万元，评价为“优”的" + printed(d, "全部", "优") + "个。"),
				wordPara("（一）项目支出绩效评价"),
				wordPara("项目支出绩效评价" + cn(23) + "项，预算资金" + printed(d, "项目", "金额") + "万元，其中评价为“优”的" + printed(d, "项目", "优") + "个、“良”的" + printed(d, "项目", "良") + "个。"),
				wordPara("（二）部门整体支出绩效评价"),
				wordPara("部门整体支出绩效评价«2个»，预算资金" + printed(d, "部门", "金额") + "万元，占全部评价金额的" + share + "%，涉及2个乡镇。"),
				rowsTable(d.Section("全部"), []string{"序号", "项目（部门）名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"}, printed(d, "全部", "金额"), 3),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"共对[25个]":      "全部.项目数",
				"支出绩效评价[二十三项]": "项目.项目数",
				"绩效评价[2个]":     "部门.项目数",
				"的[" + pct(d.Section("部门").Figure("金额").Money.Amount.Decimal(), d.Section("全部").Figure("金额").Money.Amount.Decimal(), 1): "部门.部门金额占全部金额1位",
				"其中评价为“优”的[" + printed(d, "项目", "优"):                                                                                    "项目.优",
			}
		},
		stay: []string{"涉及[2个]乡镇"},
	}
}

// departments is a 部门整体支出 self-evaluation: counts phrased 共有…个
// 部门，其中优…个, 优良率 with no decimals, a mean score.
func departments() pair {
	const def = `tables:
  - key: 部门评价
    columns:
      - {key: 部门名称, headers: [部门名称], required: true}
      - {key: 预算金额, kind: amount, headers: [预算金额], required: true, print: {decimals: 2}}
      - {key: 评价得分, kind: score, headers: [评价得分], required: true, print: {decimals: 2}}
      - {key: 评价等级, kind: grade, headers: [评价等级], from_score: 评价得分, required: true}
sections:
  - key: 部门
    label: 部门整体支出绩效评价
    table: 部门评价
    rows: 行
    figures:
      - {key: 有数据, kind: present}
      - {key: 部门数, kind: count, of: 部门名称, label: 部门数}
      - {key: 金额, kind: sum, of: 预算金额, print: {decimals: 2, grouped: true}}
      - {key: 优, kind: count, where: {评价等级: 优}}
      - {key: 良, kind: count, where: {评价等级: 良}}
`
	s := sheet{name: "部门评价", rows: [][]any{{"部门名称", "预算金额（万元）", "评价得分", "评价等级"}}}
	sum := decimal.Zero
	for i := 0; i < 15; i++ {
		sc := decimal.NewFromInt(int64(9000 + i*317%990)).Shift(-2)
		if i >= 12 {
			sc = decimal.NewFromInt(int64(8500 + i)).Shift(-2)
		}
		sum = sum.Add(sc)
		s.rows = append(s.rows, []any{"襄垣县第" + cn(i+1) + "部门", amount(i, 3).InexactFloat64(), sc.InexactFloat64(), gradeOf(sc)})
	}
	mean := sum.DivRound(dec(15), 2).StringFixed(2)
	return pair{
		name: "部门整体支出", county: "襄垣县", def: def, sheets: []sheet{s}, columns: []string{"部门名称", "预算金额", "评价得分", "评价等级"},
		body: func(d *document.Data) []string {
			return []string{
				wordPara("一、部门整体支出绩效评价情况"),
				wordPara("本年度共有«15个»部门开展部门整体支出绩效评价，预算金额合计" + printed(d, "部门", "金额") + "万元，其中优12个，良3个，优良率100%，平均得分" + mean + "分。"),
				wordPara("部门整体支出绩效评价发现的问题已在15个工作日内反馈，评价结果在12个月内应用。"),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"共有[15个]":             "部门.部门数",
				"其中优[12个]":            "部门.优",
				"良[3个]":               "部门.良",
				"优良率[100%]":           "部门.评价等级优良率0位",
				"平均得分[" + mean + "分]": "部门.评价得分平均2位",
			}
		},
		stay: []string{"在[15个]工作日", "在[12个]月"},
	}
}

// builtinStyle is a bureau using the built-in definition with its own
// workbook: Chinese numerals, a share of 优 with two decimals, a summary
// table with a 合计 row, and the attachment's table.
func builtinStyle() pair {
	return pair{
		name: "内置定义", county: "沁县", sheets: builtinBook("沁县", 4, [6]int{12, 40, 9, 7, 25, 9}), reqs: map[string]int{"key_evaluations": 5}, loops: 1,
		body: func(d *document.Data) []string {
			good := pct(dec(n(d, "重点评价", "优")), dec(n(d, "重点评价", "项目数")), 2)
			return []string{
				wordPara("一、预算绩效管理工作开展情况"),
				wordPara("（一）事前绩效评价。全年对" + cn(12) + "个新增项目开展事前绩效评价，涉及资金" + printed(d, "事前评价", "金额") + "万元。"),
				wordPara("（二）重点绩效评价。选取重点项目«9个»开展重点绩效评价，评价为“优”的占" + good + "%。"),
				wordTable([]string{"类别", "项目数（个）", "金额（万元）"},
					[]string{"重点项目绩效评价", "9", printed(d, "重点评价", "金额")},
					[]string{"统筹整合资金绩效评价", "7", printed(d, "统筹整合", "金额")},
					[]string{"合计", "16", d.Section("重点评价").Figure("金额").Money.Amount.Add(d.Section("统筹整合").Figure("金额").Money.Amount).Decimal().StringFixed(2)}),
				wordPara("附件：" + "2023年重点绩效评价项目结果汇总表"),
				rowsTable(d.Section("附件"), []string{"序号", "二级项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"}, printed(d, "附件", "合计"), 3),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"全年对[十二个]": "事前评价.项目数",
				"重点项目[9个]": "重点评价.项目数",
				"的占[" + pct(dec(n(d, "重点评价", "优")), dec(n(d, "重点评价", "项目数")), 2): "重点评价.优/重点评价.项目数",
			}
		},
		stay: []string{},
	}
}

// monitoring is a 绩效运行监控 report: counts per value of a text column
// named one after another (“正常”的…个、“预警”的…个), a count and a sum
// per 主管部门.
// monitoringDef is a 绩效运行监控 definition: one table of monitored
// projects with their 监控结果, a count and a sum.
const monitoringDef = `tables:
  - key: 监控项目
    columns:
      - {key: 项目名称, headers: [项目名称], required: true}
      - {key: 主管部门, headers: [主管部门], required: true}
      - {key: 监控结果, headers: [监控结果], required: true}
      - {key: 预算金额, kind: amount, headers: [预算金额], required: true, print: {decimals: 2}}
sections:
  - key: 监控
    label: 绩效运行监控
    table: 监控项目
    rows: 行
    figures:
      - {key: 有数据, kind: present}
      - {key: 项目数, kind: count, of: 项目名称}
      - {key: 金额, kind: sum, of: 预算金额, print: {decimals: 2}}
`

func monitoring() pair {
	def := monitoringDef
	results := map[string]int{}
	edu, eduSum := 0, decimal.Zero
	s := sheet{name: "监控项目", rows: [][]any{{"项目名称", "主管部门", "监控结果", "预算金额（万元）"}}}
	for i := 0; i < 30; i++ {
		r := "正常"
		switch {
		case i%7 == 3:
			r = "预警"
		case i%11 == 5:
			r = "纠偏"
		}
		results[r]++
		dept := "屯留区第" + cn(i%6+1) + "局"
		if i%6 == 2 {
			dept = "屯留区教育局"
			edu, eduSum = edu+1, eduSum.Add(amount(i, 5))
		}
		s.rows = append(s.rows, []any{fmt.Sprintf("监控项目%02d", i+1), dept, r, amount(i, 5).InexactFloat64()})
	}
	return pair{
		name: "绩效运行监控", county: "屯留区", def: def, sheets: []sheet{s}, columns: []string{"项目名称", "主管部门", "监控结果", "预算金额"},
		body: func(d *document.Data) []string {
			return []string{
				wordPara("二、绩效运行监控情况"),
				wordPara(fmt.Sprintf("对全区«30个»项目开展绩效运行监控，涉及预算金额%s万元，其中监控结果为“正常”的%d个、“预警”的%d个、“纠偏”的%d个；屯留区教育局监控项目%d个、涉及金额%s万元。",
					printed(d, "监控", "金额"), results["正常"], results["预警"], results["纠偏"], edu, eduSum.StringFixed(2))),
				wordPara(fmt.Sprintf("绩效运行监控发现的预警项目已于%d个工作日内完成纠偏。", results["预警"])),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"对全区[30个]": "监控.项目数",
				fmt.Sprintf("“正常”的[%d个]", results["正常"]): "监控.监控结果正常",
				fmt.Sprintf("“预警”的[%d个]", results["预警"]): "监控.监控结果预警",
				fmt.Sprintf("“纠偏”的[%d个]", results["纠偏"]): "监控.监控结果纠偏",
				fmt.Sprintf("监控项目[%d个]", edu):            "监控.主管部门屯留区教育局",
				"涉及金额[" + eduSum.StringFixed(2):          "监控.金额屯留区教育局万元2位",
			}
		},
		stay: []string{fmt.Sprintf("已于[%d个]工作日", results["预警"])},
	}
}

// wordIsms is a document as Word leaves it after a year of edits:
// numbers split over runs at proofing marks and a bold switch, bookmarks,
// a rendered page break, a field, smart tags, a text box (written twice,
// as DrawingML and as VML) and a header.
func wordIsms() pair {
	return pair{
		name: "Word写法", county: "武乡县", sheets: builtinBook("武乡县", 6, [6]int{14, 30, 11, 6, 20, 6}), reqs: map[string]int{"key_evaluations": 8}, loops: 0,
		header: func(d *document.Data) string {
			return wordPara("武乡县2023年预算绩效管理情况（重点项目«11个»）")
		},
		body: func(d *document.Data) []string {
			money := printed(d, "事前评价", "金额")
			return []string{
				wordPara("#一、总体情况#"),
				wordPara("事前绩效评价1~4个，涉及金额" + money[:2] + "^" + money[2:4] + "^" + money[4:] + "万元，详见第§页。"),
				wordPara("¶重点项目绩效评价«11个»，|统筹整合资金绩效评价«6个»。"),
				wordTextBox("重点项目绩效评价«11个»，涉及金额" + printed(d, "重点评价", "金额") + "万元。"),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"绩效评价[14个]":      "事前评价.项目数",
				"统筹整合资金绩效评价[6个]": "统筹整合.项目数",
			}
		},
	}
}

// yuanAndWan writes one sum in 万元 with separators, in 大写, in 亿元 and in 元,
// from a sheet in 元.
func yuanAndWan() pair {
	const def = `tables:
  - key: 项目支出
    columns:
      - {key: 项目名称, headers: [项目名称], required: true}
      - {key: 单位, headers: [预算单位], required: true}
      - {key: 支出金额, kind: amount, headers: [支出金额], required: true, print: {unit: 万元, decimals: 2}}
sections:
  - key: 支出
    label: 项目支出
    table: 项目支出
    rows: 行
    figures:
      - {key: 有数据, kind: present}
      - {key: 项目数, kind: count, of: 项目名称}
      - {key: 金额, kind: sum, of: 支出金额, print: {unit: 万元, decimals: 2, grouped: true}}
`
	s := sheet{name: "项目支出", rows: [][]any{{"项目名称", "预算单位", "支出金额（元）"}}}
	total := decimal.Zero
	for i := 0; i < 17; i++ {
		a := amount(i, 7).Shift(4)
		total = total.Add(a)
		s.rows = append(s.rows, []any{fmt.Sprintf("黎城县支出项目%02d", i+1), "黎城县第" + cn(i%3+1) + "局", a.IntPart()})
	}
	return pair{
		name: "万元与元", county: "黎城县", def: def, sheets: []sheet{s}, columns: []string{"项目名称", "单位", "支出金额"},
		body: func(d *document.Data) []string {
			capital := tmpl.Helpers["大写"].(func(document.Money) string)(d.Section("支出").Figure("金额").Money)
			return []string{
				wordPara("全县项目支出«17项»，合计" + printed(d, "支出", "金额") + "万元（大写：" + capital + "），约" + total.Shift(-8).StringFixed(2) + "亿元，折合" + groupedYuan(total) + "元；涉及3个乡镇。"),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"项目支出[17项]":                           "支出.项目数",
				"约[" + total.Shift(-8).StringFixed(2): "支出.金额亿元2位",
				"折合[" + groupedYuan(total):            "支出.金额元2位千分位",
			}
		},
		stay: []string{"涉及[3个]乡镇"},
	}
}

func groupedYuan(v decimal.Decimal) string {
	s := v.StringFixed(2)
	whole, frac := s[:len(s)-3], s[len(s)-3:]
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	return whole + frac
}

// coincidences has numbers equal to a figure's value whose words say
// they are something else: another section's count, a count after 其中
// (中 is a grade), days, months and 乡镇.
func coincidences() pair {
	return pair{
		name: "数值巧合", county: "长子县", sheets: builtinBook("长子县", 8, [6]int{10, 20, 12, 10, 16, 5}), reqs: map[string]int{"key_evaluations": 6},
		body: func(d *document.Data) []string {
			key, pre := n(d, "重点评价", "项目数"), n(d, "事前评价", "项目数")
			return []string{
				wordPara(fmt.Sprintf("事前绩效评价%d个项目，涉及%d个乡镇。", pre, pre)),
				wordPara(fmt.Sprintf("重点项目绩效评价%d个，其中%d个由第三方机构评价，历时%d个月，于%d个工作日内反馈。", key, n(d, "重点评价", "中"), key, key)),
				wordPara(fmt.Sprintf("部门整体绩效评价%d个。统筹整合资金绩效评价中评价为“优”的%d个。", key, n(d, "重点评价", "优")+100)),
			}
		},
		bound: func(d *document.Data) map[string]string {
			return map[string]string{
				"事前绩效评价[10个]":   "事前评价.项目数",
				"重点项目绩效评价[12个]": "重点评价.项目数",
			}
		},
		stay: []string{"涉及[10个]乡镇", "历时[12个]月", "于[12个]工作日", "部门整体绩效评价[12个]"},
	}
}
