package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"

	"github.com/xuri/excelize/v2"
)

// bondBook writes a county's bond workbook as Excel does: one sheet, the
// given header, two projects.
func bondBook(t *testing.T, path string, header []any, grades ...any) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "债券项目")
	f.SetSheetRow("债券项目", "A1", &header)
	for i, g := range grades {
		row := []any{[]string{"甲项目", "乙项目"}[i], "局一", 100.5 + float64(i), 200, g}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		f.SetSheetRow("债券项目", cell, &row)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// Issue #21's failures, end to end through init --from, validate and
// build: a renamed header never publishes zeros, next year's header is
// read, an empty grade column leaves a clean sentence, and a mistyped
// where value is a warning.
func TestNothingWrongIsPublished(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "债券.xlsx")
	header := func(amount, bond string) []any {
		return []any{"项目名称", "单位", amount, bond, "评价等级"}
	}
	bondBook(t, book, header("预算资金（万元）", "截至2023年底已发债券规模（万元）"), "优", "良")
	jobDir := filepath.Join(dir, "任务")
	drafted(t, book, jobDir)
	jobPath := filepath.Join(jobDir, "某县2023.yaml")
	outDir := filepath.Join(jobDir, "out", "某县2023")
	build := func() (int, string) {
		os.RemoveAll(outDir)
		code, out, errOut := runCmd("build", jobPath)
		return code, out + errOut
	}
	if code, out := build(); code != 0 {
		t.Fatalf("build: %d\n%s", code, out)
	}

	bondBook(t, book, header("资金（万元）", "截至2023年底已发债券规模（万元）"), "优", "良")
	code, out, errOut := runCmd("validate", jobPath)
	if code == 0 || !strings.Contains(errOut+out, "缺少“预算资金（万元）”列") || !strings.Contains(errOut+out, "最接近的是“资金（万元）”") {
		t.Errorf("validate with a renamed header: %d\n%s%s", code, out, errOut)
	}
	if code, out := build(); code == 0 {
		t.Errorf("build with a renamed header: %d\n%s", code, out)
	}
	if entries, _ := os.ReadDir(outDir); len(entries) > 0 {
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), ".") { // the job's lock
				t.Errorf("a renamed header published %s", e.Name())
			}
		}
	}

	bondBook(t, book, header("预算资金（万元）", "截至2024年底已发债券规模（万元）"), nil, nil)
	if code, out := build(); code != 0 {
		t.Fatalf("build with next year's header and no grades: %d\n%s", code, out)
	}
	doc, err := wordmodel.Read(readOutput(t, outDir, ".docx"))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdf.Text(readOutput(t, outDir, ".pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{".docx": docText(doc), ".pdf": strings.Join(strings.Fields(strings.Join(pages, "")), "")} {
		if !strings.Contains(text, "万元。") || strings.Contains(text, "，。") {
			t.Errorf("%s without grades: %s", name, text)
		}
	}

	def := filepath.Join(jobDir, "文档定义.yaml")
	raw, err := os.ReadFile(def)
	if err != nil {
		t.Fatal(err)
	}
	typo := strings.Replace(string(raw), "      - {key: 有数据, kind: present}\n", "      - {key: 有数据, kind: present}\n      - {key: 局一数, kind: count, where: {单位: 局壹}}\n", 1)
	if typo == string(raw) {
		t.Fatalf("no place for a figure in:\n%s", raw)
	}
	os.WriteFile(def, []byte(typo), 0o644)
	code, out = build()
	if code != 0 || !strings.Contains(out, "警告") || !strings.Contains(out, "单位 = “局壹” 没有匹配任何行") || !strings.Contains(out, "“局一”") {
		t.Errorf("build with a mistyped where value: %d\n%s", code, out)
	}
	code, out, errOut = runCmd("validate", jobPath)
	if code != 0 || !strings.Contains(out+errOut, "单位 = “局壹” 没有匹配任何行") {
		t.Errorf("validate with a mistyped where value: %d\n%s%s", code, out, errOut)
	}
	// The web page shows the same warning after a clerk's build.
	s, err := newServer([]string{jobPath}, nil, 10<<20, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	sj := behind(t, s, jobDir)
	if code, page := sj.post(t, "/jobs/1/build", map[string]string{"csrf": sj.csrf(t)}, "", nil); code != 200 {
		t.Fatalf("rebuild from the page: %d\n%.500s", code, page)
	}
	s.wait()
	if _, page := sj.get(t, "/jobs/1"); !strings.Contains(page, "单位 = “局壹” 没有匹配任何行") {
		t.Errorf("the job page does not show the where warning:\n%.3000s", page)
	}
}

func docText(doc *wordmodel.Document) string {
	var b strings.Builder
	for _, bl := range doc.Blocks {
		if p, ok := bl.(*wordmodel.Paragraph); ok {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}
