package document_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/document/documenttest"
	"jixiao/pipeline/tmpl"
)

const subtotalDef = `tables:
  - key: 表
    section_rows: true
    columns:
      - {key: 序号, kind: sequence}
      - {key: 名称, required: true}
      - {key: 金额, kind: amount, headers: [金额（万元）]}
sections:
  - key: 节
    table: 表
    rows: 行
    figures:
      - {key: 项目数, kind: count}
      - {key: 金额, kind: sum, of: 金额, print: {decimals: 2}}
`

// A subtotal row is in the rows a template loops over, flagged 小计行,
// its label as written and its amount the section's; no figure counts it.
func TestSubtotalRowInTheView(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(subtotalDef))
	if err != nil {
		t.Fatal(err)
	}
	rows := []string{"一,专项,", "1,甲,1.5", "2,乙,2", ",本类小计,3.50", "二,转移,", "1,丙,4", ",小计,4.00"}
	d := documenttest.BuildWith(t, def, "某县", 2024, map[string]string{"表": "序号,名称,金额（万元）"}, map[string][]string{"表": rows})
	tpl, errs := tmpl.Compile("t", `{{range .节.行}}{{if .分组行}}H{{.分组}} {{else if .小计行}}S{{.名称}}={{.金额}} {{else}}{{.序号}}{{.名称}} {{end}}{{end}}`, document.TypeOf(def), tmpl.WithHelpers(nil))
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	var b strings.Builder
	if err := tpl.Execute(&b, d.View()); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "H专项 1甲 2乙 S本类小计=3.50 H转移 1丙 S小计=4.00 "; got != want {
		t.Errorf("rows %q, want %q", got, want)
	}
	s := d.Section("节")
	if s.Figure("项目数").Printed() != "3" || s.Figure("金额").Printed() != "7.50" {
		t.Errorf("项目数 %s, 金额 %s", s.Figure("项目数").Printed(), s.Figure("金额").Printed())
	}
}
