package document_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document/documenttest"
	"jixiao/pipeline/facts"
)

const clauseDef = `tables:
  - key: 表
    columns:
      - {key: 名称, required: true}
      - {key: 金额, kind: amount, headers: [金额（万元）]}
      - {key: 等级, kind: grade}
sections:
  - key: 节
    table: 表
    figures:
      - {key: 项目数, kind: count}
      - {key: 金额, kind: sum, of: 金额, print: {decimals: 2}}
      - {key: 等级分布, kind: distribution, of: 等级}
      - {key: 差, kind: count, where: {等级: 差}}
      - {key: 分布句, kind: clause, text: "，{等级分布}"}
      - {key: 差句, kind: clause, text: "，其中“差”{差}个", omit: zero}
      - {key: 金额句, kind: clause, text: "，涉及金额{金额}万元{分布句}"}
`

func TestClauseDropsWithAnEmptyFigure(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(clauseDef))
	if err != nil {
		t.Fatal(err)
	}
	heads := map[string]string{"表": "名称,金额（万元）,等级"}
	cases := []struct {
		rows                []string
		grades, poor, money string
	}{
		{[]string{"甲,1.5,优", "乙,2,差"}, "，评价等级为“优”的1个，评价等级为“差”的1个", "，其中“差”1个", "，涉及金额3.50万元，评价等级为“优”的1个，评价等级为“差”的1个"},
		// The grade column is empty: the clause and its comma go.
		{[]string{"甲,1.5,", "乙,2,"}, "", "", ""},
		// No 差: omit: zero drops the clause that would say 0.
		{[]string{"甲,1.5,优"}, "，评价等级全部为“优”", "", "，涉及金额1.50万元，评价等级全部为“优”"},
	}
	for _, c := range cases {
		s := documenttest.BuildWith(t, def, "某县", 2024, heads, map[string][]string{"表": c.rows}).Section("节")
		got := []string{s.Figure("分布句").Printed(), s.Figure("差句").Printed(), s.Figure("金额句").Printed()}
		want := []string{c.grades, c.poor, c.money}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%v: clause %d = %q, want %q", c.rows, i, got[i], want[i])
			}
		}
	}
}

// facts.json says how a clause was made: its wording and what fills it,
// from the cells of the figure it cites.
func TestClauseFactSaysHow(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(clauseDef))
	if err != nil {
		t.Fatal(err)
	}
	d := documenttest.BuildWith(t, def, "某县", 2024, map[string]string{"表": "名称,金额（万元）,等级"}, map[string][]string{"表": {"甲,1.5,优"}})
	f, ok := facts.Build(d, "data", true).Get("节.分布句")
	if !ok || !strings.Contains(f.How, "分句“，{等级分布}”") || !strings.Contains(f.How, "等级分布") || len(f.From) != 1 || !strings.HasSuffix(f.From[0], "!C2:C2") {
		t.Errorf("fact %+v", f)
	}
}
