package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"

	"github.com/xuri/excelize/v2"
)

// mergedHeadingBureau is 阳高's table with its section headings written
// as one cell merged across the row (一、项目绩效评价 over A:F), as many
// bureaus write them.
func mergedHeadingBureau() bureau {
	var b bureau
	for _, x := range bureaus(2023) {
		if x.name == "阳高" {
			b = x
		}
	}
	b.rows = append([][]any(nil), b.rows...)
	for i, r := range b.rows {
		if len(r) == 2 && (r[0] == "一" || r[0] == "二") {
			b.rows[i] = []any{r[0].(string) + "、" + r[1].(string)}
			b.merges = append(b.merges, fmt.Sprintf("A%d:F%d", i+1, i+1))
		}
	}
	return b
}

var mergedHeadings = []string{"一、项目绩效评价", "二、部门整体支出绩效评价"}

// init --from finds the headings, and the draft builds with no edit, each
// heading printed as the workbook shows it: one cell across the table, in
// Word and in Excel, its rows counted apart.
func TestMergedHeadingsFirstDraft(t *testing.T) {
	b := mergedHeadingBureau()
	jobPath, outDir := draftAndBuild(t, b)
	checkFields(t, b, jobPath)
	doc, err := wordmodel.Read(readOutput(t, outDir, ".docx"))
	if err != nil {
		t.Fatal(err)
	}
	var tbl *wordmodel.Table
	for _, bl := range doc.Blocks {
		if x, ok := bl.(*wordmodel.Table); ok && tbl == nil {
			tbl = x
		}
	}
	if tbl == nil {
		t.Fatal("the .docx has no table")
	}
	var heads []string
	for i, r := range tbl.Rows {
		if len(r.Cells) == 1 && r.Cells[0].Span == 6 {
			heads = append(heads, r.Cells[0].Text)
			continue
		}
		if len(r.Cells) != 6 && i != len(tbl.Rows)-1 { // the total's label spans columns
			t.Errorf(".docx row %d has %d cells", i+1, len(r.Cells))
		}
	}
	if strings.Join(heads, "|") != strings.Join(mergedHeadings, "|") {
		t.Errorf(".docx: rows of one cell across the table %q, want %q", heads, mergedHeadings)
	}
	if rows := tableText(tbl); len(rows) != len(b.rows)-1 { // the workbook's title row is above the table
		t.Errorf(".docx: %d rows, the workbook %d", len(rows), len(b.rows))
	}

	f, err := excelize.OpenReader(bytes.NewReader(readOutput(t, outDir, ".xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	merges, err := f.GetMergeCells("附件")
	if err != nil {
		t.Fatal(err)
	}
	heads = nil
	for _, m := range merges {
		if strings.HasPrefix(m.GetStartAxis(), "A") && strings.HasPrefix(m.GetEndAxis(), "F") && m.GetStartAxis()[1:] == m.GetEndAxis()[1:] && m.GetStartAxis() != "A1" {
			heads = append(heads, m.GetCellValue())
		}
	}
	if strings.Join(heads, "|") != strings.Join(mergedHeadings, "|") {
		t.Errorf(".xlsx: merges across the row %q, want %q", heads, mergedHeadings)
	}
	rows, _ := f.GetRows("附件")
	for _, r := range rows {
		if len(r) > 1 && r[0] == "一、" {
			t.Errorf(".xlsx: a heading in separate cells %q", r)
		}
	}

	if os.Getenv("JIXIAO_INTEROP") != "1" {
		return
	}
	// The PDF draws the merged cell across the table: the heading is on
	// one line, not wrapped in the narrow 序号 column.
	pdf := filepath.Join(t.TempDir(), "out.pdf")
	os.WriteFile(pdf, readOutput(t, outDir, ".pdf"), 0o644)
	text, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range mergedHeadings {
		found := false
		for _, line := range strings.Split(string(text), "\n") {
			found = found || strings.Join(strings.Fields(line), "") == h
		}
		if !found {
			t.Errorf(".pdf: no line reads %q:\n%s", h, text)
		}
	}
}

// drafted drafts a job of 2023 for 某县 from book into jobDir with
// init --from, failing the test where that does not succeed.
func drafted(t *testing.T, book, jobDir string) {
	t.Helper()
	if code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", jobDir); code != 0 {
		t.Fatalf("init --from: %d\n%s%s", code, out, errOut)
	}
}

// draft writes the bureau's 2023 workbook into a folder of its own and
// drafts a job from it with init --from, failing the test where that does
// not succeed; it returns the workbook and the job's folder.
func draft(t *testing.T, b bureau) (book, jobDir string) {
	t.Helper()
	dir := t.TempDir()
	book = filepath.Join(dir, "数据.xlsx")
	b.write(t, book)
	jobDir = filepath.Join(dir, "任务")
	drafted(t, book, jobDir)
	return book, jobDir
}

// draftAndBuild writes the bureau's workbook, drafts a job from it with
// init --from and builds it with no edit, failing the test where either
// does not succeed; it returns the job file and its output folder.
func draftAndBuild(t *testing.T, b bureau) (jobPath, outDir string) {
	t.Helper()
	_, jobDir := draft(t, b)
	jobPath = filepath.Join(jobDir, "某县2023.yaml")
	built(t, jobPath)
	return jobPath, filepath.Join(jobDir, "out", "某县2023")
}
