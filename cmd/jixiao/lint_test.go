package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
)

func TestLintCommand(t *testing.T) {
	if code, out, _ := runCmd("lint", "../../templates/disclosure.docx", "../../config/qinyuan-2023.yaml"); code != 0 || strings.Count(out, "模板检查通过") != 2 {
		t.Errorf("lint of the default template: %d %q", code, out)
	}
	unknown := brokenTemplate(t, "{{.事前评价.项目数}}", "{{.事前评价.项目总数}}")
	code, _, stderr := runCmd("lint", unknown)
	if code != 2 || !strings.Contains(stderr, "第6段（“{{if .事前评价.有…”）：未知字段 .事前评价.项目总数，是否应为 .事前评价.项目数？") {
		t.Errorf("unknown field: %d\n%s", code, stderr)
	}
	// Structure comes first: with an if left open, fields are not checked yet.
	open := brokenTemplate(t, "{{if .绩效监控.有数据}}", "{{if .绩效监控.有数据}}{{if .年度}}")
	code, _, stderr = runCmd("lint", open)
	if code != 2 || !strings.Contains(stderr, "有 1 处问题") || !strings.Contains(stderr, "第7段（“{{if .绩效监控.有…”）：段落中的 {{if}}/{{range}} 与 {{end}} 须在同一段内，或者各自单独成段") {
		t.Errorf("open if: %d\n%s", code, stderr)
	}
	if code, _, _ := runCmd("lint", filepath.Join(t.TempDir(), "没有.docx")); code != 2 {
		t.Errorf("missing template: exit %d", code)
	}
}

// brokenTemplate is the default template with one edit in its body, as a
// clerk might make it.
func brokenTemplate(t *testing.T, old, new string) string {
	t.Helper()
	src, _ := os.ReadFile("../../templates/disclosure.docx")
	edited := opctest.Edit(t, src, map[string]func(string) string{"word/document.xml": func(body string) string {
		return strings.Replace(body, old, new, 1)
	}})
	bad := filepath.Join(t.TempDir(), "改坏的模板.docx")
	os.WriteFile(bad, edited, 0o644)
	return bad
}

// TestLintAndBuildRefuseAlike: what lint refuses, build refuses first,
// with the same message and the same exit code.
func TestLintAndBuildRefuseAlike(t *testing.T) {
	bad := brokenTemplate(t, "{{.事前评价.项目数}}", "{{printf \"%d\" .事前评价.项目数}}")
	code, _, lintErr := runCmd("lint", bad)
	dir := t.TempDir()
	job := filepath.Join(dir, "job.yaml")
	os.WriteFile(job, []byte("county: 沁源县\nyear: 2023\ninput: "+abs(t, "../../data/qinyuan-2023.xlsx")+"\noutput: "+filepath.Join(dir, "out")+"\ntemplates:\n  docx: "+bad+"\n"), 0o644)
	buildCode, _, buildErr := runCmd("build", job)
	const msg = "不能使用 printf"
	if code != 2 || buildCode != 2 || !strings.Contains(lintErr, msg) || !strings.Contains(buildErr, msg) {
		t.Errorf("lint %d %s\nbuild %d %s", code, lintErr, buildCode, buildErr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		entries, _ := os.ReadDir(filepath.Join(dir, "out"))
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), ".") {
				t.Errorf("a refused template wrote %s", e.Name())
			}
		}
	}
}

// A section heading row a clerk has unmerged in the drafted template is
// refused by lint and by build alike, naming the template, table and row.
func TestLintRefusesAHeadingRowNotAcrossTheTable(t *testing.T) {
	jobPath, _ := draftAndBuild(t, mergedHeadingBureau())
	tpl := filepath.Join(filepath.Dir(jobPath), docxFile)
	raw, err := os.ReadFile(tpl)
	if err != nil {
		t.Fatal(err)
	}
	edited := false
	raw = opctest.EachPart(t, raw, func(name string, body []byte) []byte {
		if name == "word/document.xml" {
			edited = bytes.Count(body, []byte(`<w:gridSpan w:val="6"/>`)) == 1
			body = bytes.Replace(body, []byte(`<w:gridSpan w:val="6"/>`), []byte(`<w:gridSpan w:val="4"/>`), 1)
		}
		return body
	})
	if !edited {
		t.Fatal("the drafted template has no one heading cell across six columns")
	}
	os.WriteFile(tpl, raw, 0o644)
	const msg = "表1 第2行：分组标题行（{{if .分组行}} 开始的一行）须是一个跨整行合并的单元格：本表有 6 列，这一行有 1 个单元格、占 4 列"
	code, _, lintErr := runCmd("lint", jobPath)
	buildCode, _, buildErr := runCmd("build", "-q", jobPath)
	if code != 2 || buildCode != 2 || !strings.Contains(lintErr, msg) || !strings.Contains(buildErr, msg) || !strings.Contains(lintErr, docxFile) || !strings.Contains(buildErr, docxFile) {
		t.Errorf("lint %d %s\nbuild %d %s", code, lintErr, buildCode, buildErr)
	}
}
