package example

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/document"

	"github.com/shopspring/decimal"
)

// share is a/b as a percentage with the given decimals, as a rate prints.
func share(a, b decimal.Decimal, decimals int32) string {
	return a.Mul(decimal.NewFromInt(100)).DivRound(b, 10).StringFixed(decimals) + "%"
}

func amountOf(s *document.Section, key string) decimal.Decimal {
	return s.Figure(key).Money.Amount.Decimal()
}

func countOf(s *document.Section, keys ...string) decimal.Decimal {
	n := 0
	for _, k := range keys {
		n += s.Figure(k).Count
	}
	return decimal.NewFromInt(int64(n))
}

// Rates whose parts and whole are of different sections are added and
// bound: one section's amount over the sum of two, one section's count
// over another's, 优良率 over two sections named together or where no
// section is named; a sentence naming one of the two keeps that
// section's own rate, not theirs. The template rebuilds the text.
func TestRatesAcrossSectionsAreBound(t *testing.T) {
	dir := t.TempDir()
	j := sampleJob(t, dir, "../../data/qinyuan-2023.xlsx", nil)
	last := lastYear(t, j)
	key, whole, pre, mon := last.Section("重点评价"), last.Section("统筹整合"), last.Section("事前评价"), last.Section("绩效监控")
	amounts := share(amountOf(key, "金额"), amountOf(key, "金额").Add(amountOf(whole, "金额")), 1)
	counts := share(countOf(pre, "项目数"), countOf(mon, "项目数"), 2)
	good := share(countOf(key, "优", "良").Add(countOf(whole, "优", "良")), countOf(key, "项目数").Add(countOf(whole, "项目数")), 1)
	own := share(countOf(whole, "优", "良"), countOf(whole, "项目数"), 1)
	if good == own {
		t.Fatalf("the sample's two 优良率 agree (%s): the test cannot tell them apart", good)
	}
	doc := docxOf(t,
		para(run("", "重点项目绩效评价金额占重点评价与统筹整合资金评价金额之和的"+amounts+"。")),
		para(run("", "事前绩效评价项目数相当于绩效定期监控条数的"+counts+"。")),
		para(run("", "重点项目绩效评价与统筹整合资金绩效评价合计的优良率为"+good+"。")),
		para(run("", "两类评价的优良率为"), run(`<w:rPr><w:b/></w:rPr>`, good), run("", "。")),
		para(run("", "统筹整合资金绩效评价的优良率为"+good+"。")),
	)
	w := widen(t, dir, j, doc)
	var got []string
	for _, m := range w.res.Marks {
		action := ""
		if m.State == Bound || m.State == Ambiguous {
			action = m.Candidates[m.Chosen].Action
		}
		got = append(got, m.Text+" "+action)
	}
	want := []string{
		amounts + " {{.统筹整合.重点评价金额占重点评价与统筹整合金额1位}}",
		counts + " {{.绩效监控.事前评价项目数占绩效监控项目数2位}}",
		good + " {{.统筹整合.重点评价与统筹整合等级优良率1位}}",
		good + " {{.统筹整合.重点评价与统筹整合等级优良率1位}}",
		good + " ", // 统筹整合's own 优良率 is not this
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("marks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	out, _ := build(t, w.job)
	if got, want := strings.Fields(text(t, out)), strings.Fields(text(t, doc)); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
}

// A heading group's sum over the whole table's (部门整体支出占全部评价
// 金额的), with the groups as sections of one table, is bound and
// rebuilds.
func TestShareOfTheWholeTable(t *testing.T) {
	dir := t.TempDir()
	book := headedJob(t, dir, nil)
	def, err := os.ReadFile(filepath.Join(dir, "def.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	groups := "\n  - key: 项目组\n    label: 项目支出绩效评价\n    table: 重点绩效评价结果\n    heading: 一\n    figures:\n      - {key: 金额, kind: sum, of: 金额, print: {decimals: 2}}\n" +
		"  - key: 部门组\n    label: 部门整体支出绩效评价\n    table: 重点绩效评价结果\n    heading: 二\n    figures:\n      - {key: 金额, kind: sum, of: 金额, print: {decimals: 2}}\n"
	if err := os.WriteFile(filepath.Join(dir, "def.yaml"), append(def, groups...), 0o644); err != nil {
		t.Fatal(err)
	}
	j := sampleJob(t, dir, book, nil)
	j.Definition = filepath.Join(dir, "def.yaml")
	last := lastYear(t, j)
	all := last.Section("附件").Figure("合计").Money.Amount.Decimal()
	dept := share(amountOf(last.Section("部门组"), "金额"), all, 1)
	proj := share(amountOf(last.Section("项目组"), "金额"), all, 1)
	doc := docxOf(t, para(run("", "其中，部门整体支出占全部评价金额的"+dept+"，项目支出占比"+proj+"。")))
	w := widen(t, dir, j, doc)
	got := w.bound()
	for text, action := range map[string]string{dept: "{{.部门组.部门组金额占附件合计1位}}", proj: "{{.项目组.项目组金额占附件合计1位}}"} {
		if got[text] != action {
			t.Errorf("%s bound to %q, want %q (all %v)", text, got[text], action, got)
		}
	}
	out, _ := build(t, w.job)
	if got, want := strings.Fields(text(t, out)), strings.Fields(text(t, doc)); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
}
