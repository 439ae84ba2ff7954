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
	def, err := definition.Parse("债券.yaml", []byte(bondDef))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	csv := strings.Join(header, ",") + "\n甲,100,200,优\n乙,50,60,良\n"
	if err := os.WriteFile(filepath.Join(dir, "债券.csv"), []byte(csv), 0o644); err != nil {
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
