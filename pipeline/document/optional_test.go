package document_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/tmpl"
)

// A template may not print an optional column: where the sheet lacks it,
// every row would print blank. The template check, which lint and build
// share, refuses it by name.
func TestTemplateMayNotPrintAnOptionalColumn(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(`tables:
  - key: 表
    columns:
      - {key: 名称, required: true}
      - {key: 备注, optional: true}
sections:
  - key: 节
    table: 表
    rows: 行
    figures:
      - {key: 项目数, kind: count}
`))
	if err != nil {
		t.Fatal(err)
	}
	view := document.TypeOf(def)
	if _, errs := tmpl.Compile("t", "{{range .节.行}}{{.名称}}{{end}}", view, tmpl.WithHelpers(nil)); len(errs) > 0 {
		t.Fatalf("a needed column refused: %v", errs)
	}
	_, errs := tmpl.Compile("t", "{{range .节.行}}{{.名称}}{{.备注}}{{end}}", view, tmpl.WithHelpers(nil))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "备注 是可选列") {
		t.Errorf("errors %v, want one naming 备注 as optional", errs)
	}
}
