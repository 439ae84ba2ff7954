package stats_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/stats"
)

// 阳高's 重点绩效评价: 一 项目 and 二 部门整体 rows in one table, whose
// figures are wanted per heading as well as in all.
const headingDef = `
tables:
  - key: 表
    sheet: 评价
    section_rows: true
    columns:
      - {key: 序号, kind: sequence, headers: [序号]}
      - {key: 名称, kind: text, headers: [项目名称]}
      - {key: 金额, kind: amount, headers: [金额（万元）]}
      - {key: 等级, kind: grade, headers: [评价等级]}
sections:
  - key: 表
    table: 表
    figures:
      - {key: 项目数, kind: count}
      - {key: 金额, kind: sum, of: 金额}
      - {key: 二中的优, kind: count, of: 等级, where: {等级: 优}, heading: 二}
  - key: 一
    table: 表
    heading: 一
    figures:
      - {key: 有数据, kind: present}
      - {key: 项目数, kind: count}
      - {key: 金额, kind: sum, of: 金额}
      - {key: 优, kind: count, of: 等级, where: {等级: 优}}
      - {key: 良, kind: count, of: 等级, where: {等级: 良}}
  - key: 三
    table: 表
    heading: 三
    figures:
      - {key: 有数据, kind: present}
      - {key: 项目数, kind: count}
`

func TestFiguresPerSectionHeading(t *testing.T) {
	def, err := definition.Parse("定义.yaml", []byte(headingDef))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := tally(t, def, map[string][]string{"评价": {
		"序号,项目名称,金额（万元）,评价等级",
		"一,项目绩效评价,,",
		"1,甲,100.50,优",
		"2,乙,200,良",
		"3,丙,50,良",
		"二,部门整体支出绩效评价,,",
		"1,丁,30.25,优",
		"2,戊,10,优",
	}}, stats.Params{Year: 2023})
	check := func(sec, fig string, want int) {
		t.Helper()
		if got := r.Section(sec).Get(fig).Count; got != want {
			t.Errorf("%s.%s = %d, want %d", sec, fig, got, want)
		}
	}
	check("表", "项目数", 5)
	check("表", "二中的优", 2)
	check("一", "项目数", 3)
	check("一", "优", 1)
	check("一", "良", 2)
	check("三", "项目数", 0)
	if got := r.Section("一").Get("金额").Amount.String(); !strings.HasPrefix(got, "350.5") {
		t.Errorf("一.金额 = %s, want 350.5", got)
	}
	if !r.Section("一").Get("有数据").Present || r.Section("三").Get("有数据").Present {
		t.Error("a heading's section is present exactly when rows are under it")
	}
}

func TestHeadingNeedsSectionRows(t *testing.T) {
	bad := strings.Replace(headingDef, "    section_rows: true\n", "", 1)
	bad = strings.Replace(bad, "heading: 三", "heading: 第三", 1)
	_, err := definition.Parse("定义.yaml", []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "section_rows: true") || !strings.Contains(err.Error(), "“第三”") {
		t.Fatalf("want errors naming section_rows and the bad heading, got %v", err)
	}
}
