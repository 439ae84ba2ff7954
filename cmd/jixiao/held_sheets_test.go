package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sheetFor is a project table on a sheet of its own, its amounts those
// of year y and its names told by who (a town, a year).
func sheetFor(sheet, who string, y int) bureau {
	rows, _ := items(3+(y-2023)%2, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("%s项目%d", who, i), f2(a), gradesByRow[i]}
	})
	return bureau{name: sheet, sheet: sheet, header: 1, rows: append([][]any{{"序号", "项目名称", "金额（万元）", "评价等级"}}, rows...)}
}

// besides adds other sheets to the workbook, in front of its data
// sheet, as a bureau keeps them.
func besides(others ...bureau) func(t *testing.T, f *excelize.File, sheet string) {
	return func(t *testing.T, f *excelize.File, sheet string) {
		t.Helper()
		for _, o := range others {
			if _, err := f.NewSheet(o.sheet); err != nil {
				t.Fatal(err)
			}
			o.fill(t, f)
			if err := f.MoveSheet(o.sheet, sheet); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// A workbook keeping a sheet a year, last year's in front: init drafts
// from the job's year's sheet, and next year's workbook (2023年 and
// 2024年) builds from 2024年, the year the job says.
func TestSheetPerYearReadsTheJobsYear(t *testing.T) {
	book := func(y int) keptBook {
		k := keptBook{bureau: sheetFor(strconv.Itoa(y)+"年", strconv.Itoa(y), y)}
		k.touch = besides(sheetFor(strconv.Itoa(y-1)+"年", strconv.Itoa(y-1), y-1))
		return k
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "数据.xlsx")
	k := book(2023)
	k.write(t, path)
	runKept(t, k, book(2024), path, func(next keptBook) { next.write(t, path) })
	def, _ := os.ReadFile(filepath.Join(dir, "任务", definitionFile))
	if n := strings.Count(string(def), "sheet:"); n != 1 || !strings.Contains(string(def), `sheet: "{年}年"`) {
		t.Errorf("definition: %d tables, want one on {年}年:\n%s", n, def)
	}

	// No sheet of the job's year: refused, naming the sheets.
	code, _, errOut := runCmd("init", "--from", path, "--county", "某县", "--year", "2030", filepath.Join(dir, "2030"))
	if code == 0 || !strings.Contains(errOut, "工作表“2023年”“2024年”是按年度分开的同一张表，其中没有2030年的") {
		t.Errorf("init --year 2030: exit %d\n%s", code, errOut)
	}
}

// The same as a folder of GBK CSV files, a file a year: 2022年.csv and
// 2023年.csv, next year 2023年.csv and 2024年.csv.
func TestCSVFilePerYearReadsTheJobsYear(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "数据")
	write := func(y int) keptBook {
		os.RemoveAll(dir)
		os.MkdirAll(dir, 0o755)
		for _, z := range []int{y - 1, y} {
			k := keptBook{bureau: sheetFor(strconv.Itoa(z)+"年", strconv.Itoa(z), z)}
			k.writeCSV(t, filepath.Join(dir, k.sheet+".csv"))
		}
		return keptBook{bureau: sheetFor(strconv.Itoa(y)+"年", strconv.Itoa(y), y)}
	}
	k := write(2023)
	runKept(t, k, keptBook{bureau: sheetFor("2024年", "2024", 2024)}, dir, func(keptBook) { write(2024) })
}

// Sheets a town each, with the same columns: init drafts a table for
// each and says so, naming them and --sheet; --sheet drafts from one,
// and the job's sheets: then reads another.
func TestSheetPerTownIsChosenClearly(t *testing.T) {
	towns := []bureau{sheetFor("城关镇", "城关", 2023), sheetFor("东关镇", "东关", 2023), sheetFor("西关镇", "西关", 2023)}
	dir := t.TempDir()
	path := filepath.Join(dir, "数据.xlsx")
	k := keptBook{bureau: towns[2], touch: besides(towns[0], towns[1])}
	k.write(t, path)

	code, out, errOut := runCmd("init", "--from", path, "--county", "某县", "--year", "2023", filepath.Join(dir, "全部"))
	if code != 0 || !strings.Contains(out, "工作表“城关镇”“东关镇”“西关镇”的表格列相同") || !strings.Contains(out, "--sheet 城关镇") {
		t.Fatalf("init of three towns: exit %d, want a note naming them and --sheet:\n%s%s", code, out, errOut)
	}

	jobDir := filepath.Join(dir, "东关")
	code, out, errOut = runCmd("init", "--from", path, "--sheet", "东关镇", "--county", "某县", "--year", "2023", jobDir)
	if code != 0 || !strings.Contains(out, "工作表“城关镇”：未用 --sheet 指定，未使用") {
		t.Fatalf("init --sheet 东关镇: exit %d\n%s%s", code, out, errOut)
	}
	jobPath := filepath.Join(jobDir, "某县2023.yaml")
	checkBuildWant(t, towns[1], towns[1].want(), jobPath, filepath.Join(jobDir, "out", "某县2023"))

	raw, _ := os.ReadFile(jobPath)
	os.WriteFile(jobPath, append(raw, "sheets:\n  表: 西关镇\n"...), 0o644)
	os.RemoveAll(filepath.Join(jobDir, "out"))
	checkBuildWant(t, towns[2], towns[2].want(), jobPath, filepath.Join(jobDir, "out", "某县2023"))

	code, _, errOut = runCmd("init", "--from", path, "--sheet", "南关镇", "--county", "某县", "--year", "2023", filepath.Join(dir, "南关"))
	if code == 0 || !strings.Contains(errOut, "--sheet 指定的工作表“南关镇”不在工作簿中；工作簿中的工作表有：城关镇、东关镇、西关镇") {
		t.Errorf("init --sheet 南关镇: exit %d\n%s", code, errOut)
	}
}

// A chart sheet, or an empty sheet, in front of the data: the table is
// drafted from the data sheet as ever.
func TestChartOrEmptySheetFirst(t *testing.T) {
	chart := func(t *testing.T, f *excelize.File, sheet string) {
		t.Helper()
		err := f.AddChartSheet("金额图", &excelize.Chart{Type: excelize.Col, Series: []excelize.ChartSeries{
			{Name: sheet + "!$C$1", Categories: sheet + "!$B$2:$B$4", Values: sheet + "!$C$2:$C$4"}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	for name, touch := range map[string]func(t *testing.T, f *excelize.File, sheet string){
		"图表工作表在前": chart,
		"空工作表在前": func(t *testing.T, f *excelize.File, sheet string) {
			if _, err := f.NewSheet("Sheet2"); err != nil {
				t.Fatal(err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			book := func(y int) keptBook { return keptBook{bureau: sheetFor("项目", "道路", y), touch: touch} }
			path := filepath.Join(t.TempDir(), "数据.xlsx")
			write := func(k keptBook) {
				k.write(t, path)
				lastSheetFirst(t, path)
			}
			k := book(2023)
			write(k)
			runKept(t, k, book(2024), path, write)
		})
	}
}

// sheetEntry is a sheet's entry in the workbook's list of sheets.
var sheetEntry = regexp.MustCompile(`<sheet [^>]*(/>|></sheet>)`)

// lastSheetFirst moves the workbook's last sheet in front of the others,
// as a clerk drags a chart sheet (which excelize cannot move) to the front.
func lastSheetFirst(t *testing.T, path string) {
	t.Helper()
	rewriteParts(t, path, func(name string, body []byte) []byte {
		if name != "xl/workbook.xml" {
			return body
		}
		all := sheetEntry.FindAll(body, -1)
		if len(all) < 2 {
			t.Fatalf("workbook.xml has %d sheets", len(all))
		}
		last := all[len(all)-1]
		body = bytes.Replace(body, last, nil, 1)
		return bytes.Replace(body, all[0], append(slices.Clone(last), all[0]...), 1)
	})
}
