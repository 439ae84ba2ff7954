package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLintAndBuildListWhatTheReaderDoesNotKnow: an element no one taught
// the reader, and a property the PDF does not draw, are listed by lint
// with their paragraph, and build refuses with the same lines; tracked
// changes and comments are only noted, as the Word writer accepts them.
func TestLintAndBuildListWhatTheReaderDoesNotKnow(t *testing.T) {
	bad := brokenTemplate(t, `<w:t xml:space="preserve">附件：</w:t></w:r>`,
		`<w:t xml:space="preserve">附件：</w:t></w:r><w:r><w:fooBar/><w:t>甲</w:t></w:r><w:r><w:rPr><w:bdr w:val="threeDEmboss" w:sz="24" w:space="0" w:color="auto"/></w:rPr><w:t>乙</w:t></w:r>`)
	code, out, lintErr := runCmd("lint", bad)
	lines := []string{"有 2 处问题", "模板第 8 段（“附件：甲乙”）：含未能识别的 Word 内容 <w:fooBar>，PDF 中不会显示", "模板第 8 段（“附件：甲乙”）：含文字边框（立体线型“threeDEmboss”），PDF 中不会显示"}
	for _, want := range lines {
		if !strings.Contains(lintErr, want) {
			t.Errorf("lint (exit %d) does not say %q:\n%s%s", code, want, out, lintErr)
		}
	}
	buildCode, buildErr, _ := buildSample(t, bad)
	for _, want := range lines[1:] {
		if !strings.Contains(buildErr, want) {
			t.Errorf("build (exit %d) does not say %q:\n%s", buildCode, want, buildErr)
		}
	}
	if code != 2 || buildCode != 2 {
		t.Errorf("lint %d, build %d", code, buildCode)
	}

	revised := brokenTemplate(t, `<w:t xml:space="preserve">附件：</w:t></w:r>`,
		`<w:t xml:space="preserve">附件：</w:t></w:r><w:ins w:id="90" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:r><w:t>新</w:t></w:r></w:ins><w:del w:id="91" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:r><w:delText>旧</w:delText></w:r></w:del>`)
	code, out, lintErr = runCmd("lint", revised)
	if code != 0 || !strings.Contains(out+lintErr, "有未接受的修订，已按“全部接受”处理") {
		t.Errorf("lint of a revised template (exit %d):\n%s%s", code, out, lintErr)
	}
}

// buildSample builds the sample job with the Word template docx; its exit
// code, what it told the clerk, and its output folder.
func buildSample(t *testing.T, docx string) (int, string, string) {
	t.Helper()
	dir := t.TempDir()
	job := filepath.Join(dir, "job.yaml")
	os.WriteFile(job, []byte("county: 沁源县\nyear: 2023\ninput: "+abs(t, "../../data/qinyuan-2023.xlsx")+"\noutput: "+filepath.Join(dir, "out")+"\ntemplates:\n  docx: "+docx+"\n"), 0o644)
	code, _, stderr := runCmd("build", job)
	return code, stderr, filepath.Join(dir, "out")
}
