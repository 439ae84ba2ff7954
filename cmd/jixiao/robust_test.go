package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/runner"

	"github.com/xuri/excelize/v2"
)

// TestMain lets the test binary stand in for jixiao in a child process.
func TestMain(m *testing.M) {
	if os.Getenv("JIXIAO_AS_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "JIXIAO_AS_MAIN=1")
	return cmd
}

// whole checks that every output in dir is the one its manifest names.
func whole(t *testing.T, dir string) {
	t.Helper()
	var m struct {
		Outputs map[string]struct{ SHA256 string }
	}
	if err := json.Unmarshal([]byte(readText(t, dir, "jixiao-manifest.json")), &m); err != nil {
		t.Fatal(err)
	}
	for name, e := range m.Outputs {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if sum := sha256.Sum256(data); fmt.Sprintf("%x", sum) != e.SHA256 {
			t.Errorf("%s is not the file its manifest names: the folder mixes two versions", name)
		}
	}
}

func readText(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func hexOf(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		s.WriteString(string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&15]))
	}
	return s.String()
}

func TestWorkbookOpenInExcelStillReads(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile("../../data/qinyuan-2023.xlsx")
	input := filepath.Join(dir, "qinyuan-2023.xlsx")
	os.WriteFile(input, data, 0o644)
	os.WriteFile(filepath.Join(dir, "~$qinyuan-2023.xlsx"), []byte("locked by 张三"), 0o644)
	stat, _ := os.Stat(input)
	if code, _, stderr := runCmd("build", "-q", writeJob(t, dir, input, filepath.Join(dir, "out"))); code != 0 {
		t.Fatal(stderr)
	}
	after, _ := os.ReadFile(input)
	stat2, _ := os.Stat(input)
	if !bytes.Equal(data, after) || !stat.ModTime().Equal(stat2.ModTime()) {
		t.Error("the input was modified")
	}
}

func TestInitThenBuild(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runCmd("init", "--county", "测试县", "--year", "2024", dir)
	if code != 0 {
		t.Fatalf("%d %s", code, stderr)
	}
	if !strings.Contains(stdout, "测试县2024.yaml") {
		t.Errorf("stdout = %q", stdout)
	}
	book := filepath.Join(dir, "测试县2024.xlsx")
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	dvs, _ := f.GetDataValidations("重点绩效评价结果")
	var kinds []string
	for _, dv := range dvs {
		kinds = append(kinds, dv.Type+":"+dv.Sqref)
	}
	if got := strings.Join(kinds, ","); !strings.Contains(got, "decimal:D2:D5000") || !strings.Contains(got, "list:F2:F5000") || !strings.Contains(got, "decimal:E2:E5000") {
		t.Errorf("validations = %s", got)
	}
	rows := map[string][][]any{
		"事前绩效评价":   {{"甲项目", "局一", 100.5, "优"}},
		"绩效自评":     {{"乙项目", "局一", 20}, {"丙项目", "局二", 30}},
		"重点绩效评价":   {{"丁项目", "局二", 40, 85, "良", "某机构"}},
		"统筹整合资金评价": {},
		"绩效监控":     {{"戊项目", "局三", 50}},
		"重点绩效评价结果": {{1, "己项目", "局三", 60, 91, "优", "某机构"}, {2, "庚项目", "局三", 70.25, 75, "中", "某机构"}},
	}
	for sheet, rs := range rows {
		for i, r := range rs {
			row := r
			cell, _ := excelize.CoordinatesToCellName(1, i+2)
			f.SetSheetRow(sheet, cell, &row)
		}
	}
	f.Save()
	f.Close()
	code, _, stderr = runCmd("build", "-q", filepath.Join(dir, "测试县2024.yaml"))
	if code != 0 {
		t.Fatalf("build of a new job: %d %s", code, stderr)
	}
	outs, _ := filepath.Glob(filepath.Join(dir, "out", "测试县2024", "[^.]*"))
	if len(outs) != 5 {
		t.Errorf("outputs: %v", outs)
	}
	if code, _, stderr := runCmd("init", "--county", "测试县", "--year", "2024", dir); code != 2 || !strings.Contains(stderr, "已存在") {
		t.Errorf("init over an existing job: %d %s", code, stderr)
	}
}

func TestJSONReport(t *testing.T) {
	code, stdout, _ := runCmd("validate", "--json", "cmd/jixiao/testdata/none.yaml", "testdata/../../../config/qinyuan-2023.yaml")
	var report struct {
		Jobs []struct {
			Job, Status, Error, Stage string
			Problems                  []struct{ Level, At, Cell, Message string }
		}
		Exit int
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	if code != 3 || report.Exit != 3 || len(report.Jobs) != 2 || report.Jobs[0].Status != "失败" || report.Jobs[1].Status != "已检查" {
		t.Errorf("report = %+v", report)
	}
	bad := writeJob(t, t.TempDir(), abs(t, corpus("bad-cells.xlsx")), t.TempDir())
	code, stdout, _ = runCmd("build", "--json", bad)
	json.Unmarshal([]byte(stdout), &report)
	if code != 1 || len(report.Jobs) != 1 || len(report.Jobs[0].Problems) < 9 || report.Jobs[0].Stage != "读取" {
		t.Fatalf("bad cells: %d %s", code, stdout)
	}
	p := report.Jobs[0].Problems[0]
	if p.Level != "error" || p.Cell != "D7" || p.At != "bad-cells.xlsx!重点绩效评价结果!D7" || !strings.Contains(p.Message, "12,3a4") {
		t.Errorf("first problem = %+v", p)
	}
}

func TestAnnotateMarksEveryBadCell(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCmd("validate", "--annotate", writeJob(t, dir, abs(t, corpus("bad-cells.xlsx")), out))
	if code != 1 {
		t.Fatalf("%d %s", code, stderr)
	}
	path := filepath.Join(out, "bad-cells-问题标注.xlsx")
	if !strings.Contains(stdout+stderr, path) {
		t.Errorf("the annotated copy is not named in the output:\n%s%s", stdout, stderr)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	comments, _ := f.GetComments("重点绩效评价结果")
	cells := map[string]string{}
	for _, c := range comments {
		cells[c.Cell] = c.Paragraph[0].Text
	}
	for _, cell := range []string{"D7", "D8", "D9", "D10", "E11", "F12", "F13", "C14", "B16"} {
		if !strings.HasPrefix(cells[cell], "错误：") {
			t.Errorf("%s has no error comment: %q", cell, cells[cell])
		}
		id, _ := f.GetCellStyle("重点绩效评价结果", cell)
		st, _ := f.GetStyle(id)
		if st == nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FF9999" {
			t.Errorf("%s is not filled red", cell)
		}
	}
	if orig, _ := os.ReadFile(corpus("bad-cells.xlsx")); len(orig) == 0 {
		t.Error("the input went missing")
	}
}

// TestZipBombIsRefused: a workbook that unpacks past the limit ends in a
// clear error, without being unpacked.
func TestZipBombIsRefused(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("../../data/qinyuan-2023.xlsx")
	// 1.2 GB of white space after the sheet's XML: tiny compressed, huge unpacked.
	data := opctest.Stream(t, src, "xl/worksheets/sheet7.xml", func(w io.Writer, old []byte) {
		w.Write(old)
		chunk := bytes.Repeat([]byte(" "), 1<<20)
		for i := 0; i < 1200; i++ {
			w.Write(chunk)
		}
	})
	bomb := filepath.Join(dir, "bomb.xlsx")
	os.WriteFile(bomb, data, 0o644)
	start := time.Now()
	code, _, stderr := runCmd("build", writeJob(t, dir, bomb, filepath.Join(dir, "out")))
	if code != 1 || !strings.Contains(stderr, "bomb.xlsx：工作簿解压后超过 1024 MB") {
		t.Errorf("zip bomb: %d %s", code, stderr)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Logf("refusing the bomb took %v", d)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func waitFor(t *testing.T, path string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(path); err == nil {
			return
		}
	}
	t.Fatalf("%s never appeared", path)
}

func TestSecondRunWaitsThenGivesUp(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	lock, err := publish.Acquire(out, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	start := time.Now()
	code, _, stderr := runCmd("build", "-q", "--wait", "300ms", "-o", out, "../../config/qinyuan-2023.yaml")
	if code != 5 || !strings.Contains(stderr, "正被另一次运行使用") || time.Since(start) < 300*time.Millisecond {
		t.Fatalf("exit %d after %s: %s", code, time.Since(start), stderr)
	}
	lock.Release()
	if code, _, stderr := runCmd("build", "-q", "-o", out, "../../config/qinyuan-2023.yaml"); code != 0 {
		t.Fatalf("after the lock was released: %d %s", code, stderr)
	}
	// --wait was that run's: the next one (serve and watch run many in
	// one process) waits as long as ever.
	if o, _, _ := parseFlags("build", []string{"job.yaml"}, io.Discard); o.wait != runner.DefaultLockWait {
		t.Errorf("a later build waits %v", o.wait)
	}
}
