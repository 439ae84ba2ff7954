package example

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

// headedJob is the sample's job with the attachment split into two groups
// under heading rows (一、二), as section_rows reads them.
func headedJob(t *testing.T, dir string, docx []byte) string {
	t.Helper()
	f, err := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const sheet = "重点绩效评价结果"
	// The second group starts where no merged 评价机构 runs on.
	merges, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	second := 12
	for inside := true; inside; {
		inside = false
		for _, m := range merges {
			_, from, _ := excelize.SplitCellName(m.GetStartAxis())
			_, to, _ := excelize.SplitCellName(m.GetEndAxis())
			if from < second && second <= to {
				inside, second = true, second+1
			}
		}
	}
	for _, h := range []struct {
		row        int
		num, title string
	}{{second, "二", "部门整体绩效评价"}, {2, "一", "项目绩效评价"}} {
		if err := f.InsertRows(sheet, h.row, 1); err != nil {
			t.Fatal(err)
		}
		f.SetCellValue(sheet, "A"+itoa(h.row), h.num)
		f.SetCellValue(sheet, "B"+itoa(h.row), h.title)
	}
	book := filepath.Join(dir, "headed.xlsx")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	def := strings.Replace(string(templates.Definition), "    job_key: attachment\n", "    job_key: attachment\n    section_rows: true\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "def.yaml"), []byte(def), 0o644); err != nil {
		t.Fatal(err)
	}
	return book
}

// A table with heading rows whose rows are the section's becomes the same
// one-row loop as a plain one, its look taken from a data row; the
// heading rows print through it as the workbook has them.
func TestHeadingTableBecomesALoop(t *testing.T) {
	dir := t.TempDir()
	book := headedJob(t, dir, nil)
	j := sampleJob(t, dir, book, nil)
	j.Definition = filepath.Join(dir, "def.yaml")
	seed, _ := build(t, j)
	if !strings.Contains(text(t, seed), "部门整体绩效评价") {
		t.Fatal("the heading rows do not print")
	}
	res, err := Make(seed, lastYear(t, j), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Loops) != 1 {
		t.Fatalf("loops %v, want the attachment's", res.Loops)
	}
	if tmpl := text(t, res.Docx); strings.Contains(tmpl, "部门整体绩效评价") || strings.Count(tmpl, "{{range .附件.行}}") != 1 {
		t.Errorf("template:\n%s", tmpl)
	}
	rd := filepath.Join(dir, "again")
	if err := os.MkdirAll(rd, 0o755); err != nil {
		t.Fatal(err)
	}
	again := sampleJob(t, rd, book, res.Docx)
	again.Definition = j.Definition
	out, _ := build(t, again)
	if got, want := text(t, out), text(t, seed); got != want {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
}
