package tmpl

import (
	"reflect"
	"strings"
	"testing"
	"text/template"
)

type row struct {
	Name  string `tpl:"名称"`
	Score int    `tpl:"评分"`
}

type model struct {
	County string `tpl:"县"`
	Rows   []row  `tpl:"行"`
	Inner  struct {
		Count int `tpl:"项目数"`
	} `tpl:"节"`
}

var helpers = template.FuncMap{"双倍": func(n int) int { return 2 * n }}

func execute(t *testing.T, src string, data model) string {
	t.Helper()
	tp, errs := Compile("t", src, reflect.TypeFor[model](), helpers)
	if len(errs) > 0 {
		t.Fatalf("Compile(%q): %v", src, errs[0])
	}
	var b strings.Builder
	if err := tp.Execute(&b, data); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestChineseFieldsResolve(t *testing.T) {
	data := model{County: "沁源县", Rows: []row{{"甲", 90}, {"乙", 80}}}
	data.Inner.Count = 7
	cases := map[string]string{
		"{{.县}}{{.节.项目数}}":                             "沁源县7",
		"{{range .行}}{{.名称}}{{双倍 .评分}};{{end}}":        "甲180;乙160;",
		"{{range $i, $r := .行}}{{$i}}{{$r.名称}}{{end}}": "0甲1乙",
		"{{with .节}}{{.项目数}}{{$.县}}{{end}}":            "7沁源县",
		"{{.County}}":                "沁源县",
		"{{if gt .节.项目数 5}}多{{end}}": "多",
	}
	for src, want := range cases {
		if got := execute(t, src, data); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}
}

func TestEveryUnknownFieldIsReported(t *testing.T) {
	_, errs := Compile("t", "{{.县名}} {{range .行}}{{.名字}}{{end}} {{.节.项目数.多}}", reflect.TypeFor[model](), helpers)
	if len(errs) != 3 {
		t.Fatalf("errors = %v", errs)
	}
	want := []string{"未知字段 .县名，是否应为 .县？", "未知字段 .名字，是否应为 .名称？", "字段 .节.项目数 没有下级字段 .多"}
	for i, w := range want {
		if errs[i].Msg != w {
			t.Errorf("error %d = %q, want %q", i, errs[i].Msg, w)
		}
		if errs[i].Pos < 0 {
			t.Errorf("error %d has no position", i)
		}
	}
}

func TestRecordedFieldsNameTheirPathFromTheRoot(t *testing.T) {
	type call struct {
		path  string
		index int
	}
	var calls []call
	funcs := template.FuncMap{Recorder: func(path string, index int, before string, v any) string {
		calls = append(calls, call{path, index})
		return ""
	}}
	src := `{{xml ".县" "" (.县)}}{{with .节}}{{xml ".项目数" "" (.项目数)}}{{end}}` +
		`{{range .行}}{{xml ".评分" "" (.评分)}}{{end}}{{range $r := .行}}{{xml "$r.名称" "" ($r.名称)}}{{end}}`
	tp, errs := Compile("t", src, reflect.TypeFor[model](), funcs)
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	if err := tp.Execute(&strings.Builder{}, model{Rows: []row{{"甲", 1}, {"乙", 2}}}); err != nil {
		t.Fatal(err)
	}
	want := []call{{"县", 0}, {"节.项目数", 0}, {"行[].评分", 0}, {"行[].评分", 1}, {"行[].名称", 0}, {"行[].名称", 1}}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("recorded %v, want %v", calls, want)
	}
}
