package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// TestSingleCSVFile: one .csv file, in UTF-8 or GBK, under any name, is
// the sheet of a definition that reads one sheet; init --from reads it
// too. A definition reading several sheets is told to use a folder.
func TestSingleCSVFile(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(bondDef))
	if err != nil {
		t.Fatal(err)
	}
	body := "2023年债券资金表\n" + "项目名称,预算资金（万元）,截至2023年底已发债券规模（万元）,评价等级" + "\n甲,100,200,优\n乙,50,60,良\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(body)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, data := range map[string]string{"债券.csv": body, "导出数据.CSV": gbk} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(data), 0o644)
		rows := collect{}
		_, ps := Read(path, def, Options{Sink: rows})
		if ps.HasErrors() || len(rows["债券"]) != 2 || rows["债券"][1].Values[0].Text != "乙" || rows["债券"][1].Values[1].Amount.Plain() != "50.00" {
			t.Fatalf("%s: %v, %d rows", name, ps.Sorted(), len(rows["债券"]))
		}
		raw, err := Raw(path, 10)
		if err != nil || len(raw) != 1 || len(raw[0].Rows) != 4 || raw[0].Rows[1].Cells[0] != "项目名称" {
			t.Fatalf("%s: Raw %v %v", name, raw, err)
		}
	}
	path := filepath.Join(dir, "绩效自评.csv")
	os.WriteFile(path, []byte("项目名称,单位,金额（万元）\n甲,单位甲,1\n"), 0o644)
	_, ps := Read(path, definition.Default(), Options{})
	got := strings.Join(messages(ps, dataset.Error), "\n")
	if !strings.Contains(got, "绩效自评.csv：输入是一个 CSV 文件") || !strings.Contains(got, "文件夹") {
		t.Errorf("several sheets from one CSV file: %q", got)
	}
	if _, err := Annotate(path, nil); err == nil {
		t.Error("a CSV file was annotated")
	}
}
