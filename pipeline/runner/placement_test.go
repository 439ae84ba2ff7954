package runner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/opc"
	"jixiao/templates"
)

// TestWithAndASecondRangeVerify: a figure reached through {{with}}, and
// the rows ranged over a second time, name their facts by their paths
// from the root, so the consistency check finds each where it is printed.
func TestWithAndASecondRangeVerify(t *testing.T) {
	docx, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" }, func(_ string, body []byte) []byte {
		s := strings.Replace(string(body), "涉及金额{{.重点评价.金额}}万元", "涉及金额{{with .重点评价}}{{.金额}}{{end}}万元", 1)
		monitor := "{{if .绩效监控.有数据}}{{.年度}}年绩效定期监控{{.绩效监控.项目数}}条，涉及金额{{.绩效监控.金额}}万元。{{end}}</w:t></w:r></w:p>"
		return []byte(strings.Replace(s, monitor, monitor+`<w:p><w:r><w:t xml:space="preserve">各项目金额：{{range $r := .附件.行}}{{$r.序号}}号{{千分位 $r.金额}}；{{end}}</w:t></w:r></w:p>`, 1))
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "with.docx")
	if err := os.WriteFile(path, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	j, err := job.Load("../../config/qinyuan-2023.yaml")
	if err != nil {
		t.Fatal(err)
	}
	j = j.WithOutput(dir)
	j.Template = path
	out, err := Render(j)
	if err != nil {
		t.Fatalf("a template using with and a second range fails the check: %v", err)
	}
	var with, row3 bool
	for _, p := range wordOf(t, out).Placed {
		with = with || p.Field == "重点评价.金额" && p.Printed == "40206.26"
		row3 = row3 || p.Field == "附件.行[].金额" && p.Index == 2 && p.Printed == "2,272.47"
	}
	if !with || !row3 {
		t.Errorf("placements do not name their figures: with %v, row 3 %v", with, row3)
	}
}
