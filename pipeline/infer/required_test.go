package infer

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
)

func bondFolder(t *testing.T, header string, rows ...string) string {
	t.Helper()
	dir := t.TempDir()
	body := header + "\n" + strings.Join(rows, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(dir, "债券.csv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// An inferred definition needs every column it lists, names a header's
// year by {年}, and words its grades as a clause; so next year's workbook
// reads, a renamed header is an error, and an empty grade column leaves
// no “，。”.
func TestInferredDefinitionNeedsEveryColumn(t *testing.T) {
	const header = "项目名称,预算资金（万元）,截至2023年底已发债券规模（万元）,评价等级,备注"
	r, err := Workbook(bondFolder(t, header, "甲,100,200,优,", "乙,50,60,良,自评"), 2023)
	if err != nil {
		t.Fatal(err)
	}
	def, err := definition.Parse("文档定义.yaml", r.Definition)
	if err != nil {
		t.Fatalf("%v\n%s", err, r.Definition)
	}
	for _, c := range def.Tables[0].Columns {
		if c.Optional {
			t.Errorf("column %s is optional", c.Key)
		}
	}
	if !strings.Contains(string(r.Definition), `"截至{年}年底已发债券规模（万元）"`) {
		t.Errorf("the year header is not slotted:\n%s", r.Definition)
	}
	for name, part := range map[string]string{"Word": zipPart(t, r.Docx, "word/document.xml"), "Excel": zipPart(t, r.Xlsx, "xl/sharedStrings.xml") + zipPart(t, r.Xlsx, "xl/worksheets/sheet1.xml")} {
		if !strings.Contains(part, "截至{{.年度}}年底已发债券规模") {
			t.Errorf("the %s template prints this year's header literally", name)
		}
	}
	read := func(header string, rows ...string) []string {
		_, ps := ingest.Read(bondFolder(t, header, rows...), def, ingest.Options{})
		var errs []string
		for _, p := range ps.Sorted() {
			if p.Severity == dataset.Error {
				errs = append(errs, p.Message)
			}
		}
		return errs
	}
	if errs := read("项目名称,预算资金（万元）,截至2024年底已发债券规模（万元）,评价等级,备注", "甲,1,2,优,"); len(errs) > 0 {
		t.Errorf("next year's header: %v", errs)
	}
	for _, renamed := range []string{
		"项目名称,资金（万元）,截至2024年底已发债券规模（万元）,评价等级,备注",
		"项目名称,预算资金（万元）,截至2024年底已发债券规模（万元）,评价等级,说明",
	} {
		if errs := read(renamed, "甲,1,2,优,"); len(errs) != 1 || !strings.Contains(errs[0], "缺少") {
			t.Errorf("%s: %v", renamed, errs)
		}
	}
	if !strings.Contains(narrative(&table{key: "债券", title: "债券", columns: []*column{{key: "评价等级", kind: definition.Grade}}}), "{{.债券.等级分布句}}。") {
		t.Error("the narrative does not word grades as a clause")
	}
}

func zipPart(t *testing.T, data []byte, name string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	return ""
}

func TestTitlesNameTheJobsYears(t *testing.T) {
	tb := &table{year: 2024}
	if got := tb.years("某县2024年债券项目表（含2023年结转、2019年）", "{年度}", "{上年度}"); got != "某县{年度}年债券项目表（含{上年度}年结转、2019年）" {
		t.Errorf("years = %s", got)
	}
	if got := (&table{}).years("2024年", "{年度}", "{上年度}"); got != "2024年" {
		t.Errorf("without a year: %s", got)
	}
}
