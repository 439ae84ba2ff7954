package tmpl

import (
	"reflect"
	"strings"
	"testing"
	"text/template"
)

type printModel struct {
	County string `tpl:"县"`
	Done   bool   `tpl:"有数据"`
	Rows   []row  `tpl:"行"`
	Inner  struct {
		Count int    `tpl:"项目数"`
		Name  string `tpl:"名称"`
	} `tpl:"节"`
	ByKey map[string]int `tpl:"表"`
}

// TestOnlyScalarsPrint: a tag that would print a section, a row, a list
// or a yes/no, in Go's own format, is refused with the tag named; its
// scalars still print, and a section still works as a condition.
func TestOnlyScalarsPrint(t *testing.T) {
	recorder := template.FuncMap{Recorder: func(string, int, string, any) string { return "" }}
	refused := map[string]string{
		`{{.}}`:                    "{{.}} 是一组字段",
		`甲{{.节}}乙`:                 "{{.节}} 是一组字段（整个部分），打印出来是程序内部的格式，不是文字；请写出其中要打印的字段，如 .节.项目数、.节.名称",
		`{{with .节}}{{.}}{{end}}`:  "{{.}} 是一组字段",
		`{{range .行}}{{.}}{{end}}`: "请写出其中要打印的字段，如 .名称、.评分",
		`{{.行}}`:                   "{{.行}} 是一个列表",
		`{{.表}}`:                   "是一个列表",
		`{{.有数据}}`:                 "{{.有数据}} 是“是/否”",
		`{{$}}`:                    "{{$}} 是一组字段",
		`{{xml ".节" "共" (.节)}}`:    "{{.节}} 是一组字段",
		`{{range .行}}{{xml "." "" (.)}}{{end}}`: "{{.}} 是一组字段",
	}
	for src, want := range refused {
		_, errs := Compile("t", src, reflect.TypeFor[printModel](), recorder)
		if len(errs) != 1 || !strings.Contains(errs[0].Msg, want) || errs[0].Pos < 0 {
			t.Errorf("%s: %v", src, errs)
		}
	}
	for _, src := range []string{`{{.县}}{{.节.项目数}}`, `{{if .节}}有{{end}}{{if .有数据}}有{{end}}`, `{{with .节}}{{.名称}}{{end}}`,
		`{{range .行}}{{.名称}}{{end}}`, `{{len .行}}`, `{{xml ".节.项目数" "" (.节.项目数)}}`, `{{$x := .节}}{{$x.项目数}}`} {
		if _, errs := Compile("t", src, reflect.TypeFor[printModel](), recorder); len(errs) > 0 {
			t.Errorf("%s: %v", src, errs[0])
		}
	}
}
