package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// bondDef is a county's own definition: an inferred one, every column
// declared and so needed, one header naming its year.
const bondDef = `tables:
  - key: 债券
    columns:
      - {key: 项目名称, headers: [项目名称], required: true}
      - {key: 预算资金, kind: amount, headers: [预算资金（万元）]}
      - {key: 规模, kind: amount, headers: ["截至{年}年底已发债券规模（万元）"]}
      - {key: 等级, kind: grade, headers: [评价等级]}
      - {key: 备注, headers: [备注], optional: true}
`

func readBonds(t *testing.T, header ...string) (*dataset.Dataset, []string) {
	t.Helper()
	return readCSV(t, bondDef, "债券", strings.Join(header, ",")+"\n甲,100,200,优\n乙,50,60,良\n")
}

// readCSV reads one CSV sheet with the definition src, and returns the
// errors.
func readCSV(t *testing.T, src, sheet, body string) (*dataset.Dataset, []string) {
	t.Helper()
	def, err := definition.Parse("d.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, sheet+".csv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, ps := Read(dir, def, Options{})
	return ds, messages(ps, dataset.Error)
}

func TestHeaderWithAYearMatchesAnyYear(t *testing.T) {
	for _, year := range []string{"2023", "2024", "２０２５"} {
		ds, errs := readBonds(t, "项目名称", "预算资金（万元）", "截至"+year+"年底已发债券规模（万元）", "评价等级")
		if len(errs) > 0 {
			t.Fatalf("%s: %v", year, errs)
		}
		if f := ds.Tables[0].Columns[2]; f.Col != 3 {
			t.Errorf("%s: bond column at %d", year, f.Col)
		}
	}
	for _, h := range []string{"截至年底已发债券规模（万元）", "截至202年底已发债券规模（万元）", "截至2023年末已发债券规模（万元）"} {
		_, errs := readBonds(t, "项目名称", "预算资金（万元）", h, "评价等级")
		if len(errs) != 1 || !strings.Contains(errs[0], "缺少") {
			t.Errorf("%s matched a year header: %v", h, errs)
		}
	}
}

// A renamed header is one error naming the table, the headers looked for
// and the closest present; never a column of blanks summed to 0.
func TestRenamedHeaderIsAnErrorNotZeros(t *testing.T) {
	_, errs := readBonds(t, "项目名称", "资金（万元）", "截至2023年底已发债券规模（万元）", "评价等级")
	if len(errs) != 1 {
		t.Fatalf("errors: %v", errs)
	}
	for _, want := range []string{"表格“债券”", "缺少“预算资金（万元）”列", "按表头 “预算资金（万元）”", "最接近的是“资金（万元）”", "optional: true"} {
		if !strings.Contains(errs[0], want) {
			t.Errorf("%q lacks %q", errs[0], want)
		}
	}
	// Every declared column is needed, not only the first text column.
	_, errs = readBonds(t, "项目名称", "预算资金（万元）", "截至2023年底已发债券规模（万元）", "等第")
	if len(errs) != 1 || !strings.Contains(errs[0], "缺少“评价等级”列") {
		t.Errorf("a missing grade column: %v", errs)
	}
	// An optional column may be missing.
	if _, errs = readBonds(t, "项目名称", "预算资金（万元）", "截至2023年底已发债券规模（万元）", "评价等级"); len(errs) > 0 {
		t.Errorf("a missing optional column: %v", errs)
	}
}

// In the built-in definition a key evaluation's score column is optional
// when its grade column is there, and the agency column is optional; the
// attachment, which prints them, needs both.
func TestBuiltInOptionalColumns(t *testing.T) {
	sheets := validSheets()
	sheets["重点绩效评价"] = sheetSpec{rows: [][]any{{"项目名称", "单位", "项目支出（万元）", "评分等级"}, {"丙", "局二", 3, "优"}}}
	_, ps, _ := read(writeBook(t, sheets))
	if errs := messages(ps, dataset.Error); len(errs) > 0 {
		t.Errorf("grades without scores or agencies: %v", errs)
	}
	att := sheets["重点绩效评价结果"]
	att.rows = [][]any{{"序号", "二级项目名称", "单位", "项目支出（元）", "评分等级", "评价机构"}, {1, "一", "局一", 100, "优", "甲"}}
	att.merges = nil
	sheets["重点绩效评价结果"] = att
	_, ps, _ = read(writeBook(t, sheets))
	if errs := messages(ps, dataset.Error); len(errs) != 1 || !strings.Contains(errs[0], "缺少“评分结果”列") {
		t.Errorf("an attachment without scores: %v", errs)
	}
}

// A definition that spells last year's header is told how to match any
// year.
func TestLastYearsHeaderSuggestsTheYearSlot(t *testing.T) {
	_, errs := readCSV(t, "tables:\n  - key: 债券\n    columns:\n      - {key: 规模, kind: amount, unit: 万元, headers: [截至2023年底已发债券规模]}\n      - {key: 名称}\n",
		"债券", "名称,截至2024年底已发债券规模\n甲,1\n")
	if len(errs) != 1 || !strings.Contains(errs[0], "可写成“截至{年}年底已发债券规模”") {
		t.Errorf("errors %v", errs)
	}
}
