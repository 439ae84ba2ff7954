package stats_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/stats"
	"jixiao/templates"
)

func TestDistributionWording(t *testing.T) {
	f := definition.Default().Section("重点评价").Figure("等级分布")
	cases := []struct {
		counts []int
		want   string
	}{
		{[]int{14, 0, 0, 0}, "评价等级全部为“优”"},
		{[]int{0, 5, 0, 0}, "评价等级全部为“良”"},
		{[]int{3, 13, 2, 0}, "评价等级为“优”的3个，评价等级为“良”的13个，评价等级为“中”的2个"},
		{[]int{4, 0, 1, 2}, "评价等级为“优”的4个，评价等级为“中”的1个，评价等级为“差”的2个"},
		{[]int{0, 0, 0, 0}, ""},
	}
	for _, c := range cases {
		if got := stats.Distribution(f, c.counts); got != c.want {
			t.Errorf("%v = %q, want %q", c.counts, got, c.want)
		}
	}
}

// tally reads CSV sheets (header line first) with def and tallies them.
func tally(t *testing.T, def *definition.Definition, sheets map[string][]string, p stats.Params) (*stats.Report, dataset.Problems) {
	t.Helper()
	dir := t.TempDir()
	for _, tb := range def.Tables {
		lines, ok := sheets[tb.Sheet]
		if !ok {
			var heads []string
			for _, c := range tb.Columns {
				heads = append(heads, c.Headers[0])
			}
			lines = []string{strings.Join(heads, ",")}
		}
		os.WriteFile(filepath.Join(dir, tb.Sheet+".csv"), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	}
	tl := stats.NewTally(def)
	ds, ps := ingest.Read(dir, def, ingest.Options{Sink: tl})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	return tl.Finish(ds, p)
}

func keyRows(n int) []string {
	lines := []string{"项目名称,单位,项目支出（万元）,评分结果,评分等级,评价机构"}
	for i := 0; i < n; i++ {
		lines = append(lines, fmt.Sprintf("项目%d,局,1,95,,机构", i))
	}
	return lines
}

func TestRequirementBranches(t *testing.T) {
	cases := []struct {
		n, r int
		want string
		warn bool
	}{
		{18, 8, "，远超市财政局要求", false},
		{16, 8, "，远超市财政局要求", false},
		{15, 8, "，超过市财政局要求", false},
		{8, 8, "，达到市财政局要求", false},
		{7, 8, "", true},
	}
	for _, c := range cases {
		r, ps := tally(t, definition.Default(), map[string][]string{"重点绩效评价": keyRows(c.n)}, stats.Params{Requirements: map[string]int{"key_evaluations": c.r}})
		got := r.Section("重点评价").Get("要求").Text
		warned := strings.Contains(fmt.Sprint(ps.Sorted()), "少于市财政局要求的 8 个")
		if got != c.want || warned != c.warn {
			t.Errorf("%d of %d: %q, warned %v", c.n, c.r, got, warned)
		}
	}
	r, _ := tally(t, definition.Default(), map[string][]string{"重点绩效评价": keyRows(3)}, stats.Params{})
	if got := r.Section("重点评价").Get("要求").Text; got != "" {
		t.Errorf("without a requirement: %q", got)
	}
}

func TestSentenceEndsFollowPresentClauses(t *testing.T) {
	self := []string{"项目名称,单位,金额（万元）", "甲,局,1"}
	r, _ := tally(t, definition.Default(), map[string][]string{"绩效自评": self, "重点绩效评价": keyRows(2)}, stats.Params{})
	ends := []string{r.Section("绩效自评").Get("句末").Text, r.Section("重点评价").Get("句末").Text, r.Section("统筹整合").Get("句末").Text}
	if strings.Join(ends, "|") != "；|。|" {
		t.Errorf("ends = %q", ends)
	}
	if r.Section("统筹整合").Get("有数据").Present || !r.Section("重点评价").Get("有数据").Present {
		t.Error("presence")
	}
}

func TestFiguresWithFilters(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(`
tables:
  - key: 表
    columns:
      - {key: 名称, required: true}
      - {key: 金额, kind: amount, headers: [金额（亿元）]}
      - {key: 得分, kind: score}
      - {key: 等级, kind: grade}
      - {key: 备注}
sections:
  - key: 节
    table: 表
    figures:
      - {key: 自评数, kind: count, where: {备注: 项目单位自评}}
      - {key: 良数, kind: count, where: {等级: 良}}
      - {key: 自评金额, kind: sum, of: 金额, where: {备注: 项目单位自评}}
      - {key: 备注种数, kind: distinct, of: 备注}
      - {key: 最低分, kind: min, of: 得分}
      - {key: 最高分, kind: max, of: 得分}
      - {key: 平均分, kind: mean, of: 得分}
      - {key: 尾差, kind: tail, of: 金额, print: {decimals: 1}}
`))
	if err != nil {
		t.Fatal(err)
	}
	r, ps := tally(t, def, map[string][]string{"表": {
		"名称,金额（亿元）,得分,等级,备注",
		"甲,1.04,87,良好,项目单位自评",
		"乙,2.04,91,优,",
		"丙,0.5,82,良,项目单位自评",
	}}, stats.Params{})
	s := r.Section("节")
	got := fmt.Sprintf("%d %d %s %d %s %s %s", s.Get("自评数").Count, s.Get("良数").Count, s.Get("自评金额").Amount.To(3), s.Get("备注种数").Count,
		s.Get("最低分").Number, s.Get("最高分").Number, s.Get("平均分").Number.StringFixed(2))
	if got != "2 2 1.54 1 82 91 86.67" {
		t.Errorf("figures = %s", got)
	}
	// Rows print 1.0 + 2.0 + 0.5 = 3.5; the total 3.58 prints 3.6.
	if tail := s.Get("尾差").Amount.To(3); tail.String() != "-0.1" || !strings.Contains(fmt.Sprint(ps.Sorted()), "尾差") {
		t.Errorf("tail %s, problems %v", tail, ps.Sorted())
	}
}

// A where value no row holds is warned about with the values that exist,
// nearest first; a grade of the scale nobody got, or a value that matches
// alone while the combination is empty, is not.
func TestFiltersThatMatchNothingSaySo(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(`
tables:
  - key: 表
    columns:
      - {key: 名称, required: true}
      - {key: 方式}
      - {key: 等级, kind: grade}
sections:
  - key: 节
    table: 表
    figures:
      - {key: 第三方数, kind: count, where: {方式: 第三分评价}, label: 第三方评价项目数}
      - {key: 差数, kind: count, where: {等级: 差}}
      - {key: 自评良数, kind: count, where: {方式: 单位自评, 等级: 良}}
      - {key: 自评数, kind: count, where: {方式: 单位自评}}
`))
	if err != nil {
		t.Fatal(err)
	}
	r, ps := tally(t, def, map[string][]string{"表": {
		"名称,方式,等级",
		"甲,第三方评价,优",
		"乙,单位自评,优",
		"丙,财政重点评价,优",
		"丁,第三方评价,优",
	}}, stats.Params{})
	if n := r.Section("节").Get("第三方数").Count; n != 0 {
		t.Fatalf("count = %d", n)
	}
	var warns []string
	for _, p := range ps.Sorted() {
		if p.Severity == dataset.Warning {
			warns = append(warns, p.Message)
		}
	}
	want := "第三方评价项目数的筛选条件 方式 = “第三分评价” 没有匹配任何行，数字为 0。该列中有：“第三方评价”、“单位自评”、“财政重点评价”"
	if len(warns) != 1 || !strings.HasPrefix(warns[0], want) {
		t.Errorf("warnings %q\nwant one starting %q", warns, want)
	}
	// A table without rows says nothing of its filters.
	_, ps = tally(t, def, map[string][]string{"表": {"名称,方式,等级"}}, stats.Params{})
	if len(ps.Sorted()) != 0 {
		t.Errorf("an empty table: %v", ps.Sorted())
	}
}

// A rate is its parts over the whole, times 100, and unset over no rows;
// a difference is the count minus the requirement, an error when short.
func TestRatesAndDifferences(t *testing.T) {
	src := strings.Replace(string(templates.Definition), "\n  - key: 统筹整合\n",
		""+
			"      - {key: 优良率, kind: rate, parts: [优, 良], over: 项目数, print: {decimals: 1}}\n"+
			"      - {key: 多, kind: difference, compare: 项目数, requirement: key_evaluations}\n\n  - key: 统筹整合\n", 1)
	def, err := definition.Parse("d.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	rows := []string{"项目名称,单位,项目支出（万元）,评分结果,评分等级,评价机构", "甲,局,1,95,,机构", "乙,局,1,85,,机构", "丙,局,1,65,,机构"}
	r, ps := tally(t, def, map[string][]string{"重点绩效评价": rows}, stats.Params{Requirements: map[string]int{"key_evaluations": 5}})
	s := r.Section("重点评价")
	if v := s.Get("优良率"); !v.Set || v.Number.StringFixed(1) != "66.7" {
		t.Errorf("优良率 %v %s", v.Set, v.Number)
	}
	if v := s.Get("多"); v.Count != -2 || !ps.HasErrors() || !strings.Contains(fmt.Sprint(ps.Sorted()), "少于要求的 5") {
		t.Errorf("多 %d; %v", v.Count, ps.Sorted())
	}
	r, _ = tally(t, def, nil, stats.Params{Requirements: map[string]int{"key_evaluations": 5}})
	if v := r.Section("重点评价").Get("优良率"); v.Set {
		t.Errorf("a rate over no rows is set: %s", v.Number)
	}
}

// A rate's parts and whole may be other sections' figures, and the whole
// a sum of several: the share of one section's amount in two sections'
// amounts, 优良率 over both.
func TestRatesAcrossSections(t *testing.T) {
	src := string(templates.Definition) + "" +
		"      - {key: 重点金额占比, kind: rate, parts: [重点评价.金额], over: [重点评价.金额, 统筹整合.金额], print: {decimals: 1}}\n" +
		"      - {key: 两类优良率, kind: rate, parts: [重点评价.优, 重点评价.良, 统筹整合.优, 统筹整合.良], over: [重点评价.项目数, 统筹整合.项目数], print: {decimals: 0}}\n"
	def, err := definition.Parse("d.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	head := "项目名称,单位,项目支出（万元）,评分结果,评分等级,评价机构"
	r, _ := tally(t, def, map[string][]string{
		"重点绩效评价":   {head, "甲,局,1,95,,机构", "乙,局,2,85,,机构", "丙,局,1,65,,机构"},
		"统筹整合资金评价": {head, "丁,局,4,95,,机构"},
	}, stats.Params{})
	s := r.Section("附件")
	if v := s.Get("重点金额占比"); !v.Set || v.Number.StringFixed(1) != "50.0" {
		t.Errorf("重点金额占比 %v %s", v.Set, v.Number)
	}
	if v := s.Get("两类优良率"); !v.Set || v.Number.StringFixed(0) != "75" {
		t.Errorf("两类优良率 %v %s", v.Set, v.Number)
	}
}
