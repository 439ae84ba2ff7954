package runner

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

func builtXlsx(t *testing.T) ([]byte, seed) {
	t.Helper()
	out, err := Render(sampleJob(t))
	if err != nil {
		t.Fatal(err)
	}
	return out.Files[1].Data, loadSeed(t)
}

func TestWorkbookReproducesTheSeedTable(t *testing.T) {
	data, want := builtXlsx(t)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "沁源县2023年重点绩效评价项目结果汇总表" {
		t.Errorf("title = %q", rows[0][0])
	}
	for c, h := range want.header {
		if rows[1][c] != h {
			t.Errorf("header %d = %q, want %q", c+1, rows[1][c], h)
		}
	}
	merged := map[string]bool{}
	mcs, _ := f.GetMergeCells(sheet)
	for _, m := range mcs {
		c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		for r := r1 + 1; r <= r2; r++ {
			merged[cellName(c1, r)] = true
		}
	}
	for i, w := range want.rows {
		r := i + 3
		for c, cell := range w {
			got, _ := f.GetCellValue(sheet, cellName(c+1, r))
			if merged[cellName(c+1, r)] {
				got = ""
			}
			if got != cell {
				t.Errorf("%s = %q, want %q", cellName(c+1, r), got, cell)
			}
		}
		if typ, _ := f.GetCellType(sheet, cellName(4, r)); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("amount D%d is stored as %v, not a number", r, typ)
		}
	}
	// Full precision: the shaved rows keep their third decimal.
	raw, _ := f.GetCellValue(sheet, "D5", excelize.Options{RawCellValue: true})
	if raw != "2272.466" {
		t.Errorf("D5 raw = %q, want the exact 2272.466", raw)
	}
	var blocks []string
	for _, b := range agencyBlocks {
		if b[1] > b[0] {
			blocks = append(blocks, cellName(7, b[0]+2)+":"+cellName(7, b[1]+2))
		}
	}
	var got []string
	for _, m := range mcs {
		if strings.HasPrefix(m.GetStartAxis(), "G") {
			got = append(got, m.GetStartAxis()+":"+m.GetEndAxis())
		}
	}
	if strings.Join(got, ",") != strings.Join(blocks, ",") {
		t.Errorf("agency merges %v, want %v", got, blocks)
	}
	formula, _ := f.GetCellFormula(sheet, "D38")
	value, _ := f.GetCellValue(sheet, "D38")
	label, _ := f.GetCellValue(sheet, "B38")
	if formula != "SUM(D3:D37)" || value != want.total || strings.ReplaceAll(label, " ", "") != "合计" {
		t.Errorf("合计 row: %q %q = %q", label, formula, value)
	}
}

func zipPart(t *testing.T, data []byte, prefix string) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, prefix) {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			parts[f.Name] = string(b)
		}
	}
	return parts
}

func TestWorkbookHasStatisticsAndCharts(t *testing.T) {
	data, _ := builtXlsx(t)
	charts := zipPart(t, data, "xl/charts/chart")
	if len(charts) != 2 {
		t.Fatalf("%d chart parts, want 2", len(charts))
	}
	for name, c := range charts {
		if !strings.Contains(c, "<barChart>") || !strings.Contains(c, `<barDir val="col">`) || !strings.Contains(c, "<ser>") || !strings.Contains(c, "统计&#39;!$A$5:$A$8") {
			t.Errorf("%s is not a column chart over the grade table", name)
		}
	}
	if len(zipPart(t, data, "xl/drawings/drawing")) != 1 {
		t.Error("no drawing part holds the charts")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cells := map[string]string{"A5": "优", "B5": "8", "B6": "22", "B7": "5", "B8": "0", "B9": "35", "C9": "64152.772"}
	for cell, want := range cells {
		if got, _ := f.GetCellValue("统计", cell, excelize.Options{RawCellValue: true}); got != want {
			t.Errorf("统计!%s = %q, want %q", cell, got, want)
		}
	}
	if got, _ := f.GetCellFormula("统计", "B5"); got != `COUNTIF('附件'!$F$3:$F$37,"优")` {
		t.Errorf("统计!B5 formula = %q", got)
	}
	if got, _ := f.GetCellFormula("统计", "C5"); got != `SUMIF('附件'!$F$3:$F$37,"优",'附件'!$D$3:$D$37)` {
		t.Errorf("统计!C5 formula = %q", got)
	}
	rows, _ := f.GetRows("统计")
	var narrative []string
	for _, r := range rows {
		if len(r) >= 3 && strings.HasSuffix(r[0], "评价") || len(r) >= 3 && strings.HasSuffix(r[0], "监控") || len(r) >= 3 && strings.HasSuffix(r[0], "自评") {
			narrative = append(narrative, r[0]+"="+r[1])
		}
	}
	want := "事前绩效评价=14,项目绩效自评=1166,重点项目绩效评价=18,统筹整合资金绩效评价=17,绩效定期监控=1087"
	if strings.Join(narrative, ",") != want {
		t.Errorf("narrative figures %v", narrative)
	}
	var avg string
	for _, r := range rows {
		if len(r) > 1 && r[0] == "平均分" {
			avg = r[1]
		}
	}
	if d, err := decimal.NewFromString(avg); err != nil || d.StringFixed(2) != "85.95" {
		t.Errorf("平均分 = %q", avg)
	}
	if wb := zipPart(t, data, "xl/workbook.xml")["xl/workbook.xml"]; !strings.Contains(wb, `fullCalcOnLoad="1"`) && !strings.Contains(wb, `fullCalcOnLoad="true"`) {
		t.Error("the workbook does not ask for recalculation on open")
	}
}
