package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// 阳高's table with its section headings written as one cell merged
// across the row (一、项目绩效评价 over A:F), as many bureaus write them:
// init --from finds the headings, and the draft builds with no edit, each
// heading printed with its number and title, its rows counted apart.
func TestMergedHeadingsFirstDraft(t *testing.T) {
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
	jobPath, outDir := draftAndBuild(t, b)
	checkFields(t, b, jobPath)
	doc, err := wordmodel.Read(readOutput(t, outDir, ".docx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, bl := range doc.Blocks {
		if tbl, ok := bl.(*wordmodel.Table); ok {
			rows := tableText(tbl)
			if got := strings.Join(rows[1][:2], "|"); got != "一、|项目绩效评价" {
				t.Errorf(".docx: first heading %q", got)
			}
			if got := strings.Join(rows[26][:2], "|"); got != "二、|部门整体支出绩效评价" {
				t.Errorf(".docx: second heading %q", got)
			}
			return
		}
	}
	t.Fatal("the .docx has no table")
}

// draftAndBuild writes the bureau's workbook, drafts a job from it with
// init --from and builds it with no edit, failing the test where either
// does not succeed; it returns the job file and its output folder.
func draftAndBuild(t *testing.T, b bureau) (jobPath, outDir string) {
	t.Helper()
	dir := t.TempDir()
	book := filepath.Join(dir, "数据.xlsx")
	b.write(t, book)
	jobDir := filepath.Join(dir, "任务")
	if code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", jobDir); code != 0 {
		t.Fatalf("init --from: %d\n%s%s", code, out, errOut)
	}
	jobPath = filepath.Join(jobDir, "某县2023.yaml")
	if code, out, errOut := runCmd("build", "-q", jobPath); code != 0 {
		t.Fatalf("build: %d\n%s%s", code, out, errOut)
	}
	return jobPath, filepath.Join(jobDir, "out", "某县2023")
}
