package main

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/wordmodel"

	"github.com/xuri/excelize/v2"
)

// A county that publishes two tables of the same columns (projects and
// policies) gets both in every output: the Word file has two tables, and
// the workbook a sheet for each, with its own rows and its own 合计, which
// both read SUM(C3:C4) and differ in value, and a block of statistics and
// charts for each on the 统计 sheet.
func TestTwoTablesWithTheSameColumnsThroughInitBuild(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "数据.xlsx")
	f := excelize.NewFile()
	sheets := map[string][][]any{
		"项目评价": {{"序号", "项目名称", "金额（万元）", "评分", "等级"}, {1, "农村公路养护", 120.5, 91, "优"}, {2, "乡村教师补助", 80, 85, "良"}, {nil, "合计", 200.5}},
		"政策评价": {{"序号", "项目名称", "金额（万元）", "评分", "等级"}, {1, "耕地地力保护补贴", 300, 88, "良"}, {2, "城乡居民医保补助", 45.25, 93, "优"}, {nil, "合计", 345.25}},
	}
	f.SetSheetName("Sheet1", "项目评价")
	f.NewSheet("政策评价")
	for sheet, rows := range sheets {
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				f.SetCellValue(sheet, cell, v)
			}
		}
	}
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	f.Close()
	jobDir := filepath.Join(dir, "任务")
	drafted(t, book, jobDir)
	jobPath := filepath.Join(jobDir, "某县2023.yaml")
	built(t, jobPath)
	outDir := filepath.Join(jobDir, "out", "某县2023")

	doc, err := wordmodel.Read(readOutput(t, outDir, ".docx"))
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, b := range doc.Blocks {
		if tb, ok := b.(*wordmodel.Table); ok {
			var cells []string
			for _, r := range tb.Rows {
				for _, c := range r.Cells {
					cells = append(cells, c.Text)
				}
			}
			words = append(words, strings.Join(cells, " "))
		}
	}
	if len(words) != 2 || !strings.Contains(words[0], "乡村教师补助") || !strings.Contains(words[1], "城乡居民医保补助") {
		t.Fatalf("Word tables: %q", words)
	}

	saved := readOutput(t, outDir, ".xlsx")
	got, err := ingest.Sheets(saved)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, s := range got {
		var lines []string
		for _, r := range s.Rows {
			lines = append(lines, strings.Join(r, "|"))
		}
		byName[s.Name] = strings.Join(lines, "\n")
	}
	for sheet, want := range map[string][]string{
		"附件1": {"1|农村公路养护|120.5|91|优", "2|乡村教师补助|80|85|良", "|合计|200.5"},
		"附件2": {"1|耕地地力保护补贴|300|88|良", "2|城乡居民医保补助|45.25|93|优", "|合计|345.25"},
	} {
		for _, line := range want {
			if !strings.Contains(byName[sheet], line) {
				t.Errorf("sheet %s lacks %q:\n%s", sheet, line, byName[sheet])
			}
		}
	}
	// The 统计 sheet has a block per table, each counting its own sheet
	// (良: 80 in one, 300 in the other), and each table's charts.
	stats := byName["统计"]
	first, second := strings.Index(stats, "项目评价 统计"), strings.Index(stats, "政策评价 统计")
	if first < 0 || second < first || !strings.Contains(stats[first:second], "良|1|80") || !strings.Contains(stats[second:], "良|1|300") {
		t.Errorf("统计:\n%s", stats)
	}
	charts := 0
	zr, err := zip.NewReader(bytes.NewReader(saved), int64(len(saved)))
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") {
			charts++
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			for _, title := range []string{"项目评价各等级项目数", "项目评价各等级金额", "政策评价各等级项目数", "政策评价各等级金额"} {
				if strings.Contains(string(b), title) {
					titles = append(titles, title)
				}
			}
		}
	}
	if charts != 4 || len(titles) != 4 {
		t.Errorf("%d charts, titled %q", charts, titles)
	}
	if strings.Contains(byName["附件1"], "耕地") || strings.Contains(byName["附件2"], "农村公路") {
		t.Errorf("a table's rows on the other's sheet:\n%s\n--\n%s", byName["附件1"], byName["附件2"])
	}
}
