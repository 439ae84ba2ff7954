package ingest

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/opc/opctest"

	"github.com/xuri/excelize/v2"
)

// The number checks hold for a workbook as LibreOffice writes it: its
// logical cells, date and percent formats and merges are spelled its own
// way. JIXIAO_INTEROP=1 makes a missing LibreOffice a failure, as in the
// runner's interop tests; otherwise the test is skipped.
func TestNumberChecksOnAWorkbookSavedByLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		opctest.Unavailable(t, "soffice", err)
	}
	path := attachmentWith(t, func(f *excelize.File, s string) {
		rows := [][]any{{4, "四", "局二", 7, 90, "优", "丁"}, {5, "五", "局二", 8, 90, "优", "戊"}, {6, "六", "局二", 9, 90, "优", "己"}}
		for i, r := range rows {
			row := r
			f.SetSheetRow(s, "A"+string(rune('5'+i)), &row)
		}
		f.SetCellBool(s, "D2", true)
		date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		f.SetCellValue(s, "D3", time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC))
		f.SetCellStyle(s, "D3", "D3", date)
		percent, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
		f.SetCellFloat(s, "E4", 0.9, -1, 64)
		f.SetCellStyle(s, "E4", "E4", percent)
		f.SetCellStr(s, "D5", "100 200")
		f.MergeCell(s, "D6", "D7")
	})
	dir := t.TempDir()
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", filepath.Join(dir, "lo"), path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	_, ps := Read(filepath.Join(dir, "lo", "data.xlsx"), definition.Default(), Options{})
	got := strings.Join(messages(ps, dataset.Error), "\n")
	for _, want := range []string{"!D2：单元格是逻辑值（TRUE）", "!D3：单元格是日期格式", "!E4：单元格是百分比格式", "!D5：“100 200”中数字之间有空格", "!D6：D6:D7 是合并单元格（2 行 1 列）"} {
		if !strings.Contains(got, "data.xlsx!重点绩效评价结果"+want) {
			t.Errorf("LibreOffice's workbook: no %q among\n%s", want, got)
		}
	}
}
