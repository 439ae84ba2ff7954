package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"jixiao/pipeline/opc/opctest"
)

// keptCSV are the shapes a bureau may save as a CSV file: what Excel's
// “CSV（逗号分隔）” writes, each cell as the sheet shows it (1,234.50,
// 91.37%, 2023年6月30日), in GBK with CRLF line ends.
var keptCSV = []string{"表头含单位", "填报单位行", "序号一二", "百分比", "得分带分字", "中文日期", "说明页在前", "小计与总计在上", "合计收尾各组", "标题含单位", "标题与单位同一行", "从B列开始", "十六列宽表", "表头换行"}

// writeCSV saves the kept workbook's data sheet as Excel saves a CSV file.
func (k keptBook) writeCSV(t *testing.T, path string) {
	t.Helper()
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	width := len(k.rows[k.header-1])
	for _, row := range k.rows {
		w.Write(displayed(row, max(width, len(row))))
	}
	w.Flush()
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(gbk), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The kept shapes saved as one GBK CSV file, through init --from and
// build with no edit, then next year's file through the same job.
func TestKeptWorkbooksAsGBKCSV(t *testing.T) {
	this, next := keptBooks(2023), keptBooks(2024)
	for _, name := range keptCSV {
		i := keptIndex(t, this, name)
		t.Run(name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.csv")
			this[i].writeCSV(t, book)
			runKept(t, this[i], next[i], book, func(k keptBook) { k.writeCSV(t, book) })
		})
	}
}

func keptIndex(t *testing.T, books []keptBook, name string) int {
	t.Helper()
	for i, k := range books {
		if k.name == name {
			return i
		}
	}
	t.Fatalf("no kept shape %s", name)
	return -1
}

// The kept shapes as LibreOffice saves them as a legacy .xls (BIFF8), or
// as WPS names the same format .et,
// through init --from and build, then next year's; skipped without
// LibreOffice unless JIXIAO_INTEROP=1. The workbook formatted to row
// 1,048,576 is left out: a .xls ends at row 65,536.
func TestKeptWorkbooksAsXLS(t *testing.T) {
	keptSavedBy(t, keptBooks(2023), keptBooks(2024), "xls:MS Excel 97")
}

// keptSavedBy saves each book of this year and next through LibreOffice
// with filter (a .xls, or LibreOffice's own .xlsx) and runs it through
// init --from and build. A .xls is named .et every other book, as WPS
// names the same format.
func keptSavedBy(t *testing.T, this, next []keptBook, filter string) {
	t.Helper()
	opctest.Require(t, "soffice", "--version")
	ext, _, _ := strings.Cut(filter, ":")
	dir := t.TempDir()
	var books []string
	for i := range this {
		if this[i].name == "格式到末行" {
			continue
		}
		for y, k := range map[string]keptBook{"a": this[i], "b": next[i]} {
			p := filepath.Join(dir, "in", y+string(rune('a'+i))+".xlsx")
			os.MkdirAll(filepath.Dir(p), 0o755)
			k.write(t, p)
			books = append(books, p)
		}
	}
	sofficeConvert(t, dir, filter, books)
	for i, k := range this {
		if k.name == "格式到末行" {
			continue
		}
		t.Run(k.name, func(t *testing.T) {
			name := "数据." + ext
			if ext == "xls" && i%2 == 1 {
				name = "数据.et"
			}
			book := filepath.Join(t.TempDir(), name)
			copyFile(t, filepath.Join(dir, "saved", "a"+string(rune('a'+i))+"."+ext), book)
			runKept(t, k, next[i], book, func(keptBook) {
				copyFile(t, filepath.Join(dir, "saved", "b"+string(rune('a'+i))+"."+ext), book)
			})
		})
	}
}
