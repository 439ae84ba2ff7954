package main

import (
	"bytes"
	"io"
	"mime/multipart"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/runner"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

// postFiles posts a form with files, by field name.
func (sj *servedJob) postFiles(t *testing.T, path string, fields map[string]string, files map[string][2]string) (int, string) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for field, f := range files {
		w, _ := mw.CreateFormFile(field, f[0])
		w.Write([]byte(f[1]))
	}
	mw.Close()
	resp, err := sj.client.Post(sj.srv.URL+path, mw.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// fewerPreEvaluations is the sample's workbook with two 事前 projects
// fewer: last year's, 12 projects where this year's job has 14.
func fewerPreEvaluations(t *testing.T) []byte {
	t.Helper()
	f, err := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for range 2 {
		if err := f.RemoveRow("事前绩效评价", 2); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Last year's workbook uploaded with the document is the data the numbers
// are bound to (a year before the job's); a rate the job's definition
// lacks is added to it, the old one kept; and the document and choices
// are kept beside the job, so that a restarted server still rewrites the
// template when another candidate is chosen.
func TestServeExampleWithLastYearsWorkbookKeepsItsState(t *testing.T) {
	s, dir := unbuiltServer(t, nil, io.Discard, "definition: 定义.yaml\ntemplates:\n  docx: 模板.docx\n")
	for name, b := range map[string][]byte{"模板.docx": templates.Disclosure, "定义.yaml": templates.Definition} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s.update = func(*job.Job, bool) (*runner.Result, error) { return &runner.Result{Fresh: true}, nil }
	sj := behind(t, s, dir)
	token := sj.csrf(t)
	body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>2022年，共组织12个项目进行事前绩效评价。重点项目绩效评价的优良率为88.9%。事前评价与统筹整合中，评价等级为“差”的0个。</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`
	last := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{"word/document.xml": opctest.Set(body)})
	code, page := sj.postFiles(t, "/jobs/1/example", map[string]string{"csrf": token},
		map[string][2]string{"file": {"2022年说明.docx", string(last)}, "data": {"2022年.xlsx", string(fewerPreEvaluations(t))}})
	if code != 200 || !strings.Contains(page, "并在文档定义中添加了") {
		t.Fatalf("upload: %d\n%.3000s", code, page)
	}
	if doc := templateText(t, filepath.Join(dir, "模板.docx")); !strings.Contains(doc, "{{.年度}}年，共组织{{.事前评价.项目数}}个项目") || !strings.Contains(doc, "优良率为{{.重点评价.等级优良率1位}}%") {
		t.Errorf("template:\n%s", doc)
	}
	def, _ := os.ReadFile(filepath.Join(dir, "定义.yaml"))
	if !strings.Contains(string(def), "key: 等级优良率1位") {
		t.Errorf("the definition lacks the rate:\n%s", def)
	}
	if _, contents := kept(t, dir); !slicesContainBytes(contents, templates.Definition) {
		t.Error("the old definition was not kept")
	}
	for _, f := range []string{exampleDocx, exampleChoices, exampleBook + ".xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, exampleFolder, f)); err != nil {
			t.Errorf("not kept beside the job: %v", err)
		}
	}

	// A restarted server knows the upload.
	s2, err := newServer([]string{filepath.Join(dir, "job.yaml")}, nil, 1<<20, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	s2.update = s.update
	sj2 := behind(t, s2, dir)
	place := regexp.MustCompile(`name="place" value="([0-9:]+)"`).FindStringSubmatch(page)
	if place == nil {
		t.Fatal("no choice on the page")
	}
	code, page = sj2.postFiles(t, "/jobs/1/example/choose", map[string]string{"csrf": sj2.csrf(t), "place": place[1], "candidate": "统筹整合.差"}, nil)
	if code != 200 || !strings.Contains(page, "已按所选改写") {
		t.Fatalf("choose after a restart: %d\n%.3000s", code, page)
	}
	if doc := templateText(t, filepath.Join(dir, "模板.docx")); !strings.Contains(doc, "“差”的{{.统筹整合.差}}个") || !strings.Contains(doc, "{{.事前评价.项目数}}") {
		t.Errorf("template after the choice:\n%s", doc)
	}
	if raw, _ := os.ReadFile(filepath.Join(dir, exampleFolder, exampleChoices)); !strings.Contains(string(raw), "统筹整合.差") {
		t.Errorf("the choice is not kept: %s", raw)
	}
}

func slicesContainBytes(list [][]byte, b []byte) bool {
	for _, x := range list {
		if bytes.Equal(x, b) {
			return true
		}
	}
	return false
}

// templateText is a .docx's word/document.xml.
func templateText(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return wordText(t, raw)
}
