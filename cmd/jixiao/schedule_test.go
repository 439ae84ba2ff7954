package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// mtimes records every file of a folder with its modification time.
func mtimes(t *testing.T, dir string) map[string]time.Time {
	t.Helper()
	out := map[string]time.Time{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fi, _ := e.Info()
		out[e.Name()] = fi.ModTime()
	}
	return out
}

// copyJob makes a job in its own folder with its own copy of the sample.
func copyJob(t *testing.T, dir string) (jobPath, input, out string) {
	t.Helper()
	os.MkdirAll(dir, 0o755)
	data, _ := os.ReadFile("../../data/qinyuan-2023.xlsx")
	input = filepath.Join(dir, "数据.xlsx")
	os.WriteFile(input, data, 0o644)
	out = filepath.Join(dir, "输出")
	return writeJob(t, dir, input, out), input, out
}

func TestUnchangedRebuildWritesNothing(t *testing.T) {
	job, _, out := copyJob(t, t.TempDir())
	built(t, job)
	before := mtimes(t, out)
	time.Sleep(20 * time.Millisecond)
	code, stdout, _ := runCmd("build", job)
	if code != 0 || !strings.Contains(stdout, "已是最新") {
		t.Fatalf("second build: %d %q", code, stdout)
	}
	after := mtimes(t, out)
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("an unchanged rebuild touched files:\n%v\n%v", before, after)
	}
	if code, stdout, _ := runCmd("build", "--force", job); code != 0 || !strings.Contains(stdout, "已生成") {
		t.Errorf("--force: %d %q", code, stdout)
	}
}

func TestEditOneCellRebuildsOnlyThatJob(t *testing.T) {
	root := t.TempDir()
	jobA, inputA, outA := copyJob(t, filepath.Join(root, "甲县"))
	_, _, outB := copyJob(t, filepath.Join(root, "乙县"))
	configs := filepath.Join(root, "config")
	os.MkdirAll(configs, 0o755)
	os.Rename(jobA, filepath.Join(configs, "a.yaml"))
	os.Rename(filepath.Join(root, "乙县", "job.yaml"), filepath.Join(configs, "b.yaml"))
	built(t, configs)
	beforeB := mtimes(t, outB)
	f, err := excelize.OpenFile(inputA)
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellInt("重点绩效评价结果", "D4", 23000000)   // 公用一体化运行费: 2,272.47 → 2,300.00
	f.SetCellInt("重点绩效评价结果", "D37", 641803060) // and its 合计
	f.Save()
	f.Close()
	code, stdout, stderr := runCmd("build", configs)
	if code != 0 {
		t.Fatalf("%d %s", code, stderr)
	}
	if !strings.Contains(stdout, "a.yaml：与上次相比有") || !strings.Contains(stdout, "b.yaml：已是最新") {
		t.Errorf("stdout = %s", stdout)
	}
	if fmt.Sprint(beforeB) != fmt.Sprint(mtimes(t, outB)) {
		t.Error("the unchanged job was rebuilt")
	}
	report, err := os.ReadFile(filepath.Join(outA, "变更说明.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"项目变化：公用一体化运行费（沁源县住房和城乡建设管理局） 金额（万元） 2,272.47 → 2,300.00", "数字变化：附件合计（万元） 64,152.77 → 64,180.31"} {
		if !strings.Contains(string(report), want) {
			t.Errorf("变更说明.txt lacks %q:\n%s", want, report)
		}
	}
}

func TestDeletedOrEditedOutputIsRebuilt(t *testing.T) {
	job, _, out := copyJob(t, t.TempDir())
	runCmd("build", "-q", job)
	pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	good, _ := os.ReadFile(pdfs[0])
	os.Remove(pdfs[0])
	if code, stdout, _ := runCmd("build", job); code != 0 || !strings.Contains(stdout, "已生成") {
		t.Fatalf("after deleting the PDF: %d %q", code, stdout)
	}
	if again, _ := os.ReadFile(pdfs[0]); string(again) != string(good) {
		t.Error("the rebuilt PDF differs")
	}
	os.WriteFile(pdfs[0], append(good, ' '), 0o644)
	if code, stdout, _ := runCmd("build", job); code != 0 || !strings.Contains(stdout, "已生成") {
		t.Errorf("after editing the PDF: %d %q", code, stdout)
	}
}

func TestTwoBuildsInDifferentFoldersAreIdentical(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "一"), filepath.Join(t.TempDir(), "二")
	runCmd("build", "-q", "-o", a, "../../config/qinyuan-2023.yaml")
	runCmd("build", "-q", "-o", b, "../../config/qinyuan-2023.yaml")
	if snapshotOf(t, a, "jixiao-manifest.json") != snapshotOf(t, b, "jixiao-manifest.json") {
		t.Error("two builds of one job differ")
	}
	if code, stdout, _ := runCmd("build", "--verify", "-o", a, "../../config/qinyuan-2023.yaml"); code != 0 || !strings.Contains(stdout, "一致") {
		t.Errorf("--verify: %d %q", code, stdout)
	}
	docx, _ := filepath.Glob(filepath.Join(a, "*.docx"))
	os.WriteFile(docx[0], []byte("damaged"), 0o644)
	if code, _, stderr := runCmd("build", "--verify", "-o", a, "../../config/qinyuan-2023.yaml"); code != exitMismatch || !strings.Contains(stderr, filepath.Base(docx[0])) {
		t.Errorf("--verify after damage: %d %q", code, stderr)
	}
}

func TestBatchWithBrokenJobs(t *testing.T) {
	root := t.TempDir()
	configs := filepath.Join(root, "任务")
	os.MkdirAll(configs, 0o755)
	sample := abs(t, "../../data/qinyuan-2023.xlsx")
	broken := map[int]string{7: "bad-cells.xlsx", 23: "not-a-zip.xlsx", 41: "missing-sheet.xlsx"}
	for i := 0; i < 50; i++ {
		input := sample
		if name, ok := broken[i]; ok {
			input = abs(t, corpus(name))
		}
		body := fmt.Sprintf("county: 第%02d县\nyear: 2023\ninput: %s\noutput: %s\n", i, input, filepath.Join(root, "输出", fmt.Sprint(i)))
		os.WriteFile(filepath.Join(configs, fmt.Sprintf("job%02d.yaml", i)), []byte(body), 0o644)
	}
	code, stdout, stderr := runCmd("build", "-j", "2", configs)
	if code != 3 {
		t.Fatalf("exit %d, want 3\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "共 50 个任务：已生成 47 个，失败 3 个") {
		t.Errorf("summary: %s", stdout)
	}
	for i := range broken {
		if !strings.Contains(stderr, fmt.Sprintf("失败 %s", filepath.Join(configs, fmt.Sprintf("job%02d.yaml", i)))) {
			t.Errorf("job %d not reported as failed:\n%s", i, stderr)
		}
	}
	// Shards split the batch without overlap or gap, and a new job file
	// moves no other job to another shard.
	shards := func() [3][]string {
		var got [3][]string
		for i := range got {
			_, out, _ := runCmd("build", "--json", "--shard", fmt.Sprintf("%d/3", i), configs)
			var r struct{ Jobs []struct{ Job string } }
			json.Unmarshal([]byte(out), &r)
			for _, j := range r.Jobs {
				got[i] = append(got[i], filepath.Base(j.Job))
			}
		}
		return got
	}
	before := shards()
	if n := len(before[0]) + len(before[1]) + len(before[2]); n != 50 || len(before[0]) == 0 || len(before[1]) == 0 || len(before[2]) == 0 {
		t.Fatalf("shards: %v", before)
	}
	os.WriteFile(filepath.Join(configs, "job99.yaml"), []byte(fmt.Sprintf("county: 新县\nyear: 2023\ninput: %s\noutput: %s\n", sample, filepath.Join(root, "输出", "99"))), 0o644)
	after := shards()
	for i := range before {
		for _, name := range before[i] {
			if !slices.Contains(after[i], name) {
				t.Errorf("adding job99 moved %s off shard %d", name, i)
			}
		}
	}
	if code, _, _ := runCmd("build", "--shard", "2/2", configs); code != 2 {
		t.Error("a shard index out of range was accepted")
	}
}

func TestTwoJobsOfABatchWithOneOutputFolder(t *testing.T) {
	root := t.TempDir()
	configs := filepath.Join(root, "任务")
	os.MkdirAll(configs, 0o755)
	sample := abs(t, "../../data/qinyuan-2023.xlsx")
	for _, name := range []string{"甲", "乙", "丙"} {
		out := filepath.Join(root, "共用")
		if name == "丙" {
			out = filepath.Join(root, "丙")
		}
		os.WriteFile(filepath.Join(configs, name+".yaml"), []byte(fmt.Sprintf("county: %s县\nyear: 2023\ninput: %s\noutput: %s\n", name, sample, out)), 0o644)
	}
	code, _, stderr := runCmd("build", "-q", configs)
	if code != 3 || !strings.Contains(stderr, "与任务 "+filepath.Join(configs, "乙.yaml")+" 相同") || !strings.Contains(stderr, "与任务 "+filepath.Join(configs, "甲.yaml")+" 相同") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(root, "共用")); err == nil {
		t.Error("a shared output folder was written")
	}
}
