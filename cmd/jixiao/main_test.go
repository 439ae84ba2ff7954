package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func abs(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(rel)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func runCmd(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// built builds the job file quietly, failing the test where that does
// not succeed.
func built(t *testing.T, jobPath string) {
	t.Helper()
	if code, out, errOut := runCmd("build", "-q", jobPath); code != 0 {
		t.Fatalf("build: %d\n%s%s", code, out, errOut)
	}
}

// writeJob writes a job file for input into dir, writing to out.
func writeJob(t *testing.T, dir, input, out string) string {
	t.Helper()
	path := filepath.Join(dir, "job.yaml")
	body := "county: 沁源县\nyear: 2023\ninput: " + input + "\nrequirements:\n  key_evaluations: 8\noutput: " + out + "\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBuildThenBadDataLeavesOutputsAlone(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCmd("build", "-o", out, "../../config/qinyuan-2023.yaml")
	if code != 0 || !strings.Contains(stdout, "已生成") {
		t.Fatalf("sample build: %d\n%s%s", code, stdout, stderr)
	}
	before := snapshot(t, out)
	if n := strings.Count(before, "\n"); n != 5 {
		t.Fatalf("outputs: %d\n%.500s", n, before)
	}

	f, err := excelize.OpenFile(abs(t, "../../data/qinyuan-2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellValue("重点绩效评价结果", "D5", "12,3a4")
	f.SetCellValue("绩效自评", "C9", "#DIV/0!")
	bad := filepath.Join(dir, "bad.xlsx")
	if err := f.SaveAs(bad); err != nil {
		t.Fatal(err)
	}
	job := writeJob(t, dir, bad, out)
	code, _, stderr = runCmd("build", job)
	if code != 1 {
		t.Fatalf("bad data exit %d, want 1\n%s", code, stderr)
	}
	for _, want := range []string{"bad.xlsx!重点绩效评价结果!D5：“12,3a4”不是有效金额，请填写数字（单位：元）", "bad.xlsx!绩效自评!C9：单元格是公式的错误值 #DIV/0!", "共 2 处错误"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if snapshot(t, out) != before {
		t.Error("a failed build changed the previous outputs")
	}

	if code, _, stderr := runCmd("validate", job); code != 1 || !strings.Contains(stderr, "D5") {
		t.Errorf("validate: %d %s", code, stderr)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	if code, _, _ := runCmd(); code != 2 {
		t.Errorf("no arguments: %d", code)
	}
	if code, _, _ := runCmd("frobnicate"); code != 2 {
		t.Errorf("unknown command: %d", code)
	}
	if code, out, _ := runCmd("help"); code != 0 || !strings.Contains(out, "退出码") {
		t.Errorf("help: %d %q", code, out)
	}
	if code, out, _ := runCmd("version"); code != 0 || !strings.HasPrefix(out, "jixiao ") {
		t.Errorf("version: %d %q", code, out)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("county: x\nyear: 2023\nfoo: 1\n"), 0o644)
	if code, _, stderr := runCmd("build", bad); code != 2 || !strings.Contains(stderr, "第3行") {
		t.Errorf("bad job file: %d %s", code, stderr)
	}
	if code, _, _ := runCmd("build", filepath.Join(dir, "missing.yaml")); code != 2 {
		t.Errorf("missing job file: %d", code)
	}
	if code, out, _ := runCmd("validate", "../../config/qinyuan-2023.yaml"); code != 0 || !strings.Contains(out, "数据检查通过") {
		t.Errorf("validate sample: %d %q", code, out)
	}
	job := writeJob(t, dir, abs(t, "../../data/qinyuan-2023.xlsx"), filepath.Join(dir, "out"))
	os.WriteFile(job, append(must(os.ReadFile(job)), []byte("templates:\n  docx: nowhere.docx\n")...), 0o644)
	if code, _, stderr := runCmd("build", job); code != 2 || !strings.Contains(stderr, "模板文件") {
		t.Errorf("missing template: %d %s", code, stderr)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func TestOutputFoldersThatWouldHarmInputsAreRefused(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	os.MkdirAll(data, 0o755)
	input := filepath.Join(data, "qinyuan-2023.xlsx")
	b, _ := os.ReadFile("../../data/qinyuan-2023.xlsx")
	os.WriteFile(input, b, 0o644)
	home, _ := os.UserHomeDir()
	cases := map[string]string{
		"output: " + data + "\noutputs:\n  xlsx: qinyuan-2023.xlsx\n": "会覆盖任务的输入",
		"output: /\n":             "是磁盘的根目录",
		"output: /etc\n":          "是系统目录",
		"output: " + input + "\n": "就是任务的输入",
	}
	if home != "" && home != "/" {
		cases["output: "+home+"\n"] = "是用户的主目录"
	}
	for body, want := range cases {
		path := filepath.Join(dir, "job.yaml")
		os.WriteFile(path, []byte("county: 沁源县\nyear: 2023\ninput: "+input+"\n"+body), 0o644)
		code, _, stderr := runCmd("build", "-q", path)
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("%q: exit %d, %s", body, code, stderr)
		}
	}
	after, _ := os.ReadFile(input)
	if !bytes.Equal(after, b) {
		t.Fatal("the input workbook was overwritten")
	}
	// A CSV folder inside the output folder is an input the outputs would sit in.
	csvDir := filepath.Join(dir, "out", "csv")
	os.MkdirAll(csvDir, 0o755)
	path := filepath.Join(dir, "csv.yaml")
	os.WriteFile(path, []byte("county: 沁源县\nyear: 2023\ninput: "+csvDir+"\noutput: "+filepath.Join(dir, "out")+"\n"), 0o644)
	if code, _, stderr := runCmd("build", "-q", path); code != 2 || !strings.Contains(stderr, "包含数据文件夹") {
		t.Errorf("CSV folder inside the output: %d %s", code, stderr)
	}
}
