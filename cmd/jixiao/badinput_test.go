package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

var update = flag.Bool("update", false, "rewrite the bad-input corpus in testdata/")

// badCase is one rule of the input checks: a workbook in testdata/bad that
// breaks it, and what the build must say.
type badCase struct {
	name   string
	make   func(t *testing.T, path string) // writes the corpus file
	want   []string                        // in stderr
	exit   int
	outDir bool // the case's "workbook" is a folder
}

func sample(t *testing.T) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func mutate(edit func(f *excelize.File)) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		f := sample(t)
		defer f.Close()
		edit(f)
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
	}
}

func raw(data []byte) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var ole = append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...)

var badCases = []badCase{
	{name: "not-a-zip.xlsx", make: raw([]byte("项目名称,金额\n甲,1\n")), want: []string{"not-a-zip.xlsx：不是有效的 .xlsx 文件"}, exit: 1},
	{name: "damaged.xls", make: raw(ole), want: []string{"damaged.xls：不是有效的 .xls 文件（复合文档结构无法解析"}, exit: 1},
	{name: "encrypted.xlsx", make: func(t *testing.T, path string) {
		f, _ := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
		if err := f.SaveAs(path, excelize.Options{Password: "1234"}); err != nil {
			t.Fatal(err)
		}
	}, want: []string{"encrypted.xlsx：文件设置了打开密码（已加密）"}, exit: 1},
	{name: "truncated.xlsx", make: func(t *testing.T, path string) {
		b, _ := os.ReadFile("../../data/qinyuan-2023.xlsx")
		os.WriteFile(path, b[:len(b)/2], 0o644)
	}, want: []string{"truncated.xlsx：不是有效的 .xlsx 文件（文件可能已损坏"}, exit: 1},
	{name: "missing-sheet.xlsx", make: mutate(func(f *excelize.File) { f.SetSheetName("绩效自评", "绩效自评表") }),
		want: []string{"缺少工作表“绩效自评”", "是否应为“绩效自评表”？"}, exit: 1},
	{name: "missing-column.xlsx", make: mutate(func(f *excelize.File) { f.RemoveCol("绩效监控", "B") }),
		want: []string{"missing-column.xlsx!绩效监控!第1行：表格“绩效监控”缺少“单位”列（按表头 “单位”、“单位名称”、“预算单位”、“主管部门” 查找）。表头中有：项目名称、金额（万元）"}, exit: 1},
	{name: "merged-header.xlsx", make: mutate(func(f *excelize.File) { f.MergeCell("绩效自评", "B1", "C1") }),
		want: []string{"merged-header.xlsx!绩效自评!B1：表头单元格 B1:C1 是跨列合并的单元格"}, exit: 1},
	{name: "no-header.xlsx", make: mutate(func(f *excelize.File) { f.InsertRows("绩效监控", 1, 12) }),
		want: []string{"no-header.xlsx!绩效监控：前10行中找不到表头"}, exit: 1},
	{name: "header-twice.xlsx", make: mutate(func(f *excelize.File) { f.SetCellStr("绩效自评", "D1", "单 位") }),
		want: []string{"header-twice.xlsx!绩效自评!D1：表头“单 位”出现了两次（另一处在 B 列）"}, exit: 1},
	{name: "bad-cells.xlsx", make: mutate(func(f *excelize.File) {
		const s = "重点绩效评价结果"
		f.SetCellStr(s, "D7", "12,3a4")
		f.SetCellStr(s, "D8", "#DIV/0!")
		f.SetCellDefault(s, "D9", "")
		f.SetCellFormula(s, "D9", "SUM(A1:A2)")
		f.SetCellInt(s, "D10", -5)
		f.SetCellFloat(s, "E11", 120, 2, 64)
		f.SetCellStr(s, "F12", "甲等")
		f.SetCellStr(s, "F13", "优")
		f.SetCellStr(s, "C14", "")
		f.SetCellStr(s, "B16", "辅警保障经费")
		f.SetCellStr(s, "C16", "沁源县人民检察院")
	}), want: []string{
		"bad-cells.xlsx!重点绩效评价结果!D7：“12,3a4”不是有效金额，请填写数字（单位：元）",
		"bad-cells.xlsx!重点绩效评价结果!D8：单元格是公式的错误值 #DIV/0!",
		"bad-cells.xlsx!重点绩效评价结果!D9：单元格是公式“=SUM(A1:A2)”，但文件中没有保存计算结果",
		"bad-cells.xlsx!重点绩效评价结果!D10：金额“-5”为负数",
		"bad-cells.xlsx!重点绩效评价结果!E11：评分 120.00 超出范围，应在0到100之间",
		"bad-cells.xlsx!重点绩效评价结果!F12：“甲等”不是有效等级",
		"bad-cells.xlsx!重点绩效评价结果!F13：等级“优”与评分 87.39 不符，按评分应为“良”",
		"bad-cells.xlsx!重点绩效评价结果!C14：“单位”为空，请填写",
		"bad-cells.xlsx!重点绩效评价结果!B16：项目“辅警保障经费”（沁源县人民检察院）重复，与第10行相同",
		"共 9 处错误",
	}, exit: 1},
	{name: "bad-total.xlsx", make: mutate(func(f *excelize.File) { f.SetCellInt("重点绩效评价结果", "D37", 641000000) }),
		want: []string{"bad-total.xlsx!重点绩效评价结果!D37：合计 64,100.00 万元与各行之和 64,152.77 万元不符"}, exit: 1},
	{name: "implausible.xlsx", make: mutate(func(f *excelize.File) {
		f.SetCellInt("绩效自评", "C2", 2000000000)
	}), want: []string{"警告 implausible.xlsx!绩效自评!C2：金额 2,000,000,000.00 万元超过一百亿元，是否把“元”填在了“万元”列？"}, exit: 0},
}

func corpus(name string) string { return filepath.Join("testdata", "bad", name) }

func TestBadInputCorpus(t *testing.T) {
	if *update {
		os.MkdirAll(filepath.Join("testdata", "bad"), 0o755)
		for _, c := range badCases {
			c.make(t, corpus(c.name))
		}
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if code, _, stderr := runCmd("build", "-q", "-o", out, "../../config/qinyuan-2023.yaml"); code != 0 {
		t.Fatalf("sample build: %s", stderr)
	}
	before := snapshot(t, out)
	for _, c := range badCases {
		t.Run(c.name, func(t *testing.T) {
			input := abs(t, corpus(c.name))
			if _, err := os.Stat(input); err != nil {
				t.Fatalf("corpus file missing (run go test -update): %v", err)
			}
			code, _, stderr := runCmd("build", writeJob(t, t.TempDir(), input, out))
			if code != c.exit {
				t.Errorf("exit %d, want %d\n%s", code, c.exit, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if c.exit != 0 {
				if after := snapshot(t, out); after != before {
					t.Error("a failed build changed the earlier outputs")
				}
			} else {
				before = snapshot(t, out)
			}
		})
	}
	if code, _, stderr := runCmd("build", writeJob(t, dir, filepath.Join(dir, "nowhere.xlsx"), out)); code != 1 || !strings.Contains(stderr, "nowhere.xlsx：文件不存在") {
		t.Errorf("missing input: %d %s", code, stderr)
	}
}

// snapshot is the outputs' names and bytes.
func snapshot(t *testing.T, dir string) string { return snapshotOf(t, dir) }

// documents is the snapshot of the published documents alone, without
// facts.json, which names the input it came from.
func documents(t *testing.T, dir string) string {
	return snapshotOf(t, dir, "facts.json", "jixiao-manifest.json")
}

func snapshotOf(t *testing.T, dir string, skip ...string) string {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var b strings.Builder
	for _, e := range entries {
		if slices.Contains(skip, e.Name()) || strings.HasPrefix(e.Name(), ".") {
			continue // the lock file, and what a run keeps of its own
		}
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		fmt.Fprintf(&b, "%s %x\n", e.Name(), data)
	}
	return b.String()
}

// writeCSVFolder exports every sheet of the sample as one CSV file, in the
// given encoding, with a blank 评价机构 where the workbook merges.
func writeCSVFolder(t *testing.T, dir string, encode func(string) []byte) {
	f := sample(t)
	defer f.Close()
	os.MkdirAll(dir, 0o755)
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.UseCRLF = true
		w.WriteAll(rows)
		os.WriteFile(filepath.Join(dir, sheet+".csv"), encode(buf.String()), 0o644)
	}
}

func TestCSVFoldersInEveryEncoding(t *testing.T) {
	folders := map[string]func(string) []byte{
		"csv-utf8":     func(s string) []byte { return []byte(s) },
		"csv-utf8-bom": func(s string) []byte { return append([]byte{0xEF, 0xBB, 0xBF}, s...) },
		"csv-gbk": func(s string) []byte {
			b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
			if err != nil {
				t.Fatal(err)
			}
			return b
		},
	}
	dir := t.TempDir()
	code, _, stderr := runCmd("build", "-q", "-o", filepath.Join(dir, "xlsx"), "../../config/qinyuan-2023.yaml")
	if code != 0 {
		t.Fatal(stderr)
	}
	want := documents(t, filepath.Join(dir, "xlsx"))
	for name, encode := range folders {
		folder := filepath.Join("testdata", name)
		if *update {
			writeCSVFolder(t, folder, encode)
		}
		out := filepath.Join(dir, name)
		code, _, stderr := runCmd("build", "-q", writeJob(t, t.TempDir(), abs(t, folder), out))
		if code != 0 {
			t.Errorf("%s: exit %d\n%s", name, code, stderr)
			continue
		}
		if got := documents(t, out); got != want {
			t.Errorf("%s: the outputs differ from the workbook's", name)
		}
	}
}
