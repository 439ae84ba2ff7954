package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/runner"
	"jixiao/templates"
)

// Last year's document uploaded on the job's page becomes the job's Word
// template, the page shows every number and what became of it, and
// choosing another candidate for an ambiguous one rewrites the template.
// exampleJob serves a job with its own Word template, whose page takes
// last year's document; the builds after each upload are not what the
// tests are about.
func exampleJob(t *testing.T) (sj *servedJob, token, dir string) {
	t.Helper()
	s, dir := unbuiltServer(t, nil, io.Discard, "templates:\n  docx: 模板.docx\n")
	if err := os.WriteFile(filepath.Join(dir, "模板.docx"), templates.Disclosure, 0o644); err != nil {
		t.Fatal(err)
	}
	s.update = func(*job.Job, bool) (*runner.Result, error) { return &runner.Result{Fresh: true}, nil }
	sj = behind(t, s, dir)
	return sj, sj.csrf(t), dir
}

func TestServeTemplateFromLastYearsDocument(t *testing.T) {
	sj, token, dir := exampleJob(t)
	body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>一年来，共组织14个项目进行事前绩效评价。事前评价与统筹整合中，评价等级为“差”的0个；另有7个乡镇。</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`
	last := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{"word/document.xml": opctest.Set(body)})

	code, page := sj.post(t, "/jobs/1/example", map[string]string{"csrf": token}, "2023年说明.docx", last)
	if code != 200 || !strings.Contains(page, "已按去年的说明生成 Word 模板") {
		t.Fatalf("upload: %d\n%.2000s", code, page)
	}
	for _, want := range []string{`id="example-summary"`, "{{.事前评价.项目数}}", "有歧义", "与数据无关，请人工核对", `name="candidate"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q:\n%.3000s", want, page)
		}
	}
	template := func() string {
		raw, err := os.ReadFile(filepath.Join(dir, "模板.docx"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
		if err != nil {
			t.Fatal(err)
		}
		f, err := zr.Open("word/document.xml")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(f)
		return string(b)
	}
	if doc := template(); !strings.Contains(doc, "共组织{{.事前评价.项目数}}个项目") || !strings.Contains(doc, "“差”的{{.事前评价.差}}个") {
		t.Errorf("template:\n%s", doc)
	}
	if names, _ := kept(t, dir); len(names) != 1 {
		t.Errorf("the old template was not kept: %v", names)
	}
	place := regexp.MustCompile(`name="place" value="([0-9:]+)"`).FindStringSubmatch(page)
	if place == nil {
		t.Fatal("no choice on the page")
	}
	code, page = sj.post(t, "/jobs/1/example/choose", map[string]string{"csrf": token, "place": place[1], "candidate": "统筹整合.差"}, "", nil)
	if code != 200 || !strings.Contains(page, "已按所选改写") || !strings.Contains(page, `value="统筹整合.差" selected`) {
		t.Fatalf("choose: %d\n%.3000s", code, page)
	}
	if names, _ := kept(t, dir); len(names) != 2 {
		t.Errorf("the template chosen before was not kept: %v", names)
	}
	if doc := template(); !strings.Contains(doc, "“差”的{{.统筹整合.差}}个") || !strings.Contains(doc, "另有7个乡镇") {
		t.Errorf("template after the choice:\n%s", doc)
	}
}

// What the report says besides the numbers shows on the page too: here,
// a typed heading number after more headings that may be left out than
// it rewrites.
func TestServeExampleNotes(t *testing.T) {
	sj, token, _ := exampleJob(t)
	var paras strings.Builder
	for i, sec := range [][2]string{{"事前绩效评价", "事前绩效评价14个。"}, {"项目绩效自评", "项目绩效自评1166条。"}, {"重点项目绩效评价", "重点项目绩效评价18个。"},
		{"统筹整合资金绩效评价", "统筹整合资金绩效评价17个。"}, {"绩效定期监控", "绩效定期监控1087条。"}, {"其他工作", "全县上下共同努力。"}} {
		paras.WriteString(`<w:p><w:r><w:t>（` + string([]rune("一二三四五六")[i]) + `）` + sec[0] + `</w:t></w:r></w:p><w:p><w:r><w:t>` + sec[1] + `</w:t></w:r></w:p>`)
	}
	body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		paras.String() + `<w:sectPr/></w:body></w:document>`
	last := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{"word/document.xml": opctest.Set(body)})
	code, page := sj.post(t, "/jobs/1/example", map[string]string{"csrf": token}, "2023年说明.docx", last)
	if code != 200 || !strings.Contains(page, `class="example-note">第11段的序号“（六）”：前面可省略的小节多于4个，保留原文，请人工核对`) {
		t.Fatalf("upload: %d\n%.4000s", code, page)
	}
}
