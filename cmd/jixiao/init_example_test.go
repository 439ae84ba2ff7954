package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel/wordmodeltest"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

// wordText is a Word output's text, paragraph by paragraph and cell by cell.
func wordText(t *testing.T, docx []byte) string {
	t.Helper()
	return wordmodeltest.Text(wordmodeltest.Read(t, docx).Blocks, "|")
}

// countyBook writes a county's own workbook (no built-in sheets) of
// three graded projects, with the extra rows after them.
func countyBook(t *testing.T, dir string, extra ...[]any) string {
	t.Helper()
	book := filepath.Join(dir, "数据.xlsx")
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "项目评价")
	rows := append([][]any{{"序号", "项目名称", "金额（万元）", "评分", "等级"}, {1, "农村公路养护", 1120.5, 91, "优"}, {2, "乡村教师补助", 80, 85, "良"}, {3, "城乡居民医保补助", 45.25, 93, "优"}}, extra...)
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellValue("项目评价", cell, v)
		}
	}
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	return book
}

// A county's own workbook (no built-in sheets): last year's document,
// made by init --from and build, given back with the workbook through
// init --from X.docx --data Y, makes a job whose definition and template
// rebuild that document's text, and whose report says what was bound.
func TestInitFromLastYearsDocument(t *testing.T) {
	dir := t.TempDir()
	book := countyBook(t, dir, []any{nil, "合计", 1245.75})
	first := filepath.Join(dir, "去年")
	drafted(t, book, first)
	built(t, filepath.Join(first, "某县2023.yaml"))
	published := readOutput(t, filepath.Join(first, "out", "某县2023"), ".docx")
	lastDoc := filepath.Join(dir, "去年的说明.docx")
	if err := os.WriteFile(lastDoc, published, 0o644); err != nil {
		t.Fatal(err)
	}

	second := filepath.Join(dir, "今年")
	code, out, errOut := runCmd("init", "--from", lastDoc, "--data", book, "--county", "某县", "--year", "2023", second)
	if code != 0 {
		t.Fatalf("init --from --data: %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"已生成 " + filepath.Join(second, "模板.docx"), "已对应数据", "表格逐行填写", "{{.年度}}"} {
		if !strings.Contains(out, want) {
			t.Errorf("init output lacks %q:\n%s", want, out)
		}
	}
	built(t, filepath.Join(second, "某县2023.yaml"))
	rebuilt := readOutput(t, filepath.Join(second, "out", "某县2023"), ".docx")
	if got, want := wordText(t, rebuilt), wordText(t, published); got != want {
		t.Errorf("rebuilt:\n%s\nlast year's:\n%s", got, want)
	}
	if code, _, errOut := runCmd("init", "--from", lastDoc, "--data", book, "--county", "某县", "--year", "2023", second); code == 0 || !strings.Contains(errOut, "已存在") {
		t.Errorf("a second init overwrote the first: %d %s", code, errOut)
	}
}

// The sample's 2023 document, built from its workbook and given back to
// init with it (and with its job file), makes a job that rebuilds the
// document's text.
func TestInitFromTheSamplesDocument(t *testing.T) {
	dir := t.TempDir()
	seedOut := filepath.Join(dir, "seed")
	if code, out, errOut := runCmd("build", "-q", "-o", seedOut, "../../config/qinyuan-2023.yaml"); code != 0 {
		t.Fatalf("sample build: %d\n%s%s", code, out, errOut)
	}
	seed := readOutput(t, seedOut, ".docx")
	lastDoc := filepath.Join(dir, "2023年情况说明.docx")
	if err := os.WriteFile(lastDoc, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, data := range []string{"../../data/qinyuan-2023.xlsx", "../../config/qinyuan-2023.yaml"} {
		jobDir := filepath.Join(dir, filepath.Ext(data))
		code, out, errOut := runCmd("init", "--from", lastDoc, "--data", data, "--county", "沁源县", "--year", "2023", "--require", "key_evaluations=8", jobDir)
		if code != 0 || !strings.Contains(out, "0 个与数据无关") {
			t.Fatalf("init --data %s: %d\n%s%s", data, code, out, errOut)
		}
		built(t, filepath.Join(jobDir, "沁源县2023.yaml"))
		rebuilt := readOutput(t, filepath.Join(jobDir, "out", "沁源县2023"), ".docx")
		if got, want := wordText(t, rebuilt), wordText(t, seed); got != want {
			t.Errorf("--data %s rebuilt:\n%s\nthe sample's:\n%s", data, got, want)
		}
	}
}

// A number last year's document writes in another unit than the
// definition sums in (亿元, not 万元) gets a figure of its own in the
// definition init writes, and the job rebuilds it.
func TestInitAddsTheFiguresTheDocumentNeeds(t *testing.T) {
	dir := t.TempDir()
	seedOut := filepath.Join(dir, "seed")
	if code, out, errOut := runCmd("build", "-q", "-o", seedOut, "../../config/qinyuan-2023.yaml"); code != 0 {
		t.Fatalf("sample build: %d\n%s%s", code, out, errOut)
	}
	seed := opctest.Edit(t, readOutput(t, seedOut, ".docx"), map[string]func(string) string{"word/document.xml": func(old string) string {
		return strings.Replace(old, "涉及金额40206.26万元", "涉及金额4.02亿元", 1)
	}})
	lastDoc := filepath.Join(dir, "2023年情况说明.docx")
	if err := os.WriteFile(lastDoc, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	jobDir := filepath.Join(dir, "job")
	code, out, errOut := runCmd("init", "--from", lastDoc, "--data", "../../data/qinyuan-2023.xlsx", "--county", "沁源县", "--year", "2023", "--require", "key_evaluations=8", jobDir)
	if code != 0 || !strings.Contains(out, "“4.02亿元”：{{.重点评价.金额亿元2位}}") || !strings.Contains(out, "0 个与数据无关") {
		t.Fatalf("init: %d\n%s%s", code, out, errOut)
	}
	def, err := os.ReadFile(filepath.Join(jobDir, "文档定义.yaml"))
	if err != nil || strings.Count(string(def), "由 init 按去年的说明添加") != 1 {
		t.Fatalf("definition written: %v\n%s", err, def)
	}
	built(t, filepath.Join(jobDir, "沁源县2023.yaml"))
	rebuilt := readOutput(t, filepath.Join(jobDir, "out", "沁源县2023"), ".docx")
	if got, want := wordText(t, rebuilt), wordText(t, seed); got != want {
		t.Errorf("rebuilt:\n%s\nlast year's:\n%s", got, want)
	}
}

// A county's document that words its grades otherwise than the inferred
// definition's distribution (优秀2个，良好1个) binds each count to the
// count of its grade.
func TestInitCountsGradesTheDocumentNames(t *testing.T) {
	dir := t.TempDir()
	book := countyBook(t, dir)
	body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>2023年项目评价共3个项目，其中评价为优秀的2个，良好的1个，涉及金额1245.75万元。</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`
	lastDoc := filepath.Join(dir, "去年的说明.docx")
	if err := os.WriteFile(lastDoc, opctest.Edit(t, templates.Disclosure, map[string]func(string) string{"word/document.xml": opctest.Set(body)}), 0o644); err != nil {
		t.Fatal(err)
	}
	jobDir := filepath.Join(dir, "今年")
	code, out, errOut := runCmd("init", "--from", lastDoc, "--data", book, "--county", "某县", "--year", "2023", jobDir)
	if code != 0 || !strings.Contains(out, "0 个与数据无关") || !strings.Contains(out, "“2个”：{{.表.优}}") || !strings.Contains(out, "“1个”：{{.表.良}}") {
		t.Fatalf("init: %d\n%s%s", code, out, errOut)
	}
	built(t, filepath.Join(jobDir, "某县2023.yaml"))
	got := wordText(t, readOutput(t, filepath.Join(jobDir, "out", "某县2023"), ".docx"))
	if !strings.Contains(got, "2023年项目评价共3个项目，其中评价为优秀的2个，良好的1个，涉及金额1245.75万元。") {
		t.Errorf("rebuilt:\n%s", got)
	}
}
