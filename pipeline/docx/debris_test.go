package docx

import (
	"strings"
	"testing"
)

// Debris in a template's own text is refused at lint, naming the
// paragraph, whether it sits in one run or across two; marks that a tag
// separates are left to what the tag prints.
func TestDebrisInTheTemplatesOwnTextIsAProblem(t *testing.T) {
	ps := problems(t, p("正文")+p("共{{.事前评价.项目数}}个项目，", "。")+p("附件（）"))
	if len(ps) != 2 {
		t.Fatalf("problems = %v, want two", ps)
	}
	if !strings.HasPrefix(ps[0].Place, "第2段") || !strings.Contains(ps[0].Msg, "标点残留“，。”") {
		t.Errorf("problem = %v", ps[0])
	}
	if !strings.HasPrefix(ps[1].Place, "第3段") || !strings.Contains(ps[1].Msg, "“（）”") {
		t.Errorf("problem = %v", ps[1])
	}
	if _, err := parse("ok.docx", makeDocx(t, p("进行事前绩效评价{{if .事前评价.有数据}}，{{end}}。"))); err != nil {
		t.Errorf("marks a tag separates: %v", err)
	}
}
