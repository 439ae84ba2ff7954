package job

import (
	"path/filepath"
	"strings"
	"testing"
)

const minimal = `county: 沁源县
year: 2023
input: ../data/qinyuan-2023.xlsx
requirements:
  key_evaluations: 8
output: ../out/qinyuan-2023
`

func TestParseResolvesPathsFromTheJobFile(t *testing.T) {
	j, err := Parse("/srv/jobs/config/q.yaml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if j.Input != filepath.FromSlash("/srv/jobs/data/qinyuan-2023.xlsx") || j.Output != filepath.FromSlash("/srv/jobs/out/qinyuan-2023") {
		t.Errorf("paths: %s, %s", j.Input, j.Output)
	}
	if j.PriorYear != 2022 || j.Requirements["key_evaluations"] != 8 || len(j.Sheets) != 0 || j.Line("requirements.key_evaluations") != 5 {
		t.Errorf("defaults: %+v", j)
	}
	if j.DocxName != "沁源县2023年公开重大政策和重点项目等绩效目标情况说明.docx" {
		t.Errorf("docx name %q", j.DocxName)
	}
	if j.Name() != "q" {
		t.Errorf("name %q", j.Name())
	}
}

func TestUnknownKeyNamesItsLine(t *testing.T) {
	_, err := Parse("q.yaml", []byte(minimal+"ouptut_format: pdf\n"))
	if err == nil || !strings.Contains(err.Error(), "第7行") || !strings.Contains(err.Error(), "未知的配置项 ouptut_format") {
		t.Fatalf("err = %v", err)
	}
	_, err = Parse("q.yaml", []byte(minimal+"ouptut_format: pdf\ncountry: x\n"))
	if err == nil || !strings.Contains(err.Error(), "第7行") || !strings.Contains(err.Error(), "另有未知的配置项：第8行 country") {
		t.Fatalf("two unknown keys: %v", err)
	}
	// Keys under requirements and sheets are the definition's, and are
	// checked against it when the job is built (build's tests).
}

func TestMissingAndBadValues(t *testing.T) {
	_, err := Parse("q.yaml", []byte("county: 沁源县\n"))
	if err == nil || !strings.Contains(err.Error(), "缺少必填项 input、output、year") {
		t.Fatalf("err = %v", err)
	}
	_, err = Parse("q.yaml", []byte(strings.Replace(minimal, "year: 2023", "year: 二〇二三", 1)))
	if err == nil || !strings.Contains(err.Error(), "第2行") {
		t.Fatalf("err = %v", err)
	}
	_, err = Parse("q.yaml", []byte(minimal+"grades:\n  excellent: 70\n  good: 80\n"))
	if err == nil || !strings.Contains(err.Error(), "excellent > good > fair") {
		t.Fatalf("err = %v", err)
	}
	_, err = Parse("q.yaml", []byte(minimal+"outputs:\n  docx: ../x.docx\n"))
	if err == nil {
		t.Fatal("an output name with a folder was accepted")
	}
}

func TestOptionalKeys(t *testing.T) {
	j, err := Parse("/a/q.yaml", []byte(minimal+"prior_year: 2021\nsheets:\n  monitoring: 监控\ntemplates:\n  docx: my.docx\noutputs:\n  docx: 说明.docx\n"))
	if err != nil {
		t.Fatal(err)
	}
	if j.PriorYear != 2021 || j.Sheets["monitoring"] != "监控" || j.Template != filepath.FromSlash("/a/my.docx") || j.DocxName != "说明.docx" {
		t.Errorf("%+v", j)
	}
}

func TestEncodingsLengthsAndDuplicates(t *testing.T) {
	gbk := []byte("county: \xc7\xdf\xd4\xb4\xcf\xd8\nyear: 2023\ninput: a.xlsx\noutput: out\n") // 沁源县 in GBK
	if _, err := Parse("q.yaml", gbk); err == nil || !strings.Contains(err.Error(), "GBK") {
		t.Errorf("GBK: %v", err)
	}
	utf16 := []byte{0xFF, 0xFE, 'c', 0, 'o', 0}
	if _, err := Parse("q.yaml", utf16); err == nil || !strings.Contains(err.Error(), "UTF-16") {
		t.Errorf("UTF-16: %v", err)
	}
	if _, err := Parse("q.yaml", []byte("\xEF\xBB\xBF"+minimal)); err != nil {
		t.Errorf("UTF-8 with a BOM: %v", err)
	}
	long := strings.Replace(minimal, "沁源县", strings.Repeat("县", 51), 1)
	if _, err := Parse("q.yaml", []byte(long)); err == nil || !strings.Contains(err.Error(), "第1行") || !strings.Contains(err.Error(), "county 太长") {
		t.Errorf("a long county: %v", err)
	}
	dup := minimal + "county: 别县\n"
	if _, err := Parse("q.yaml", []byte(dup)); err == nil || !strings.Contains(err.Error(), "重复的配置项 county：第1行和第7行") {
		t.Errorf("a duplicate key: %v", err)
	}
}

func TestPDFAIsOnUnlessTurnedOff(t *testing.T) {
	for _, c := range []struct {
		extra string
		want  bool
	}{{"", true}, {"pdfa: true\n", true}, {"pdfa: false\n", false}} {
		j, err := Parse("q.yaml", []byte(minimal+c.extra))
		if err != nil {
			t.Fatal(err)
		}
		if j.PDFA != c.want {
			t.Errorf("%q: PDFA = %v", c.extra, j.PDFA)
		}
	}
	if _, err := Parse("q.yaml", []byte(minimal+"pdfa: 否\n")); err == nil || !strings.Contains(err.Error(), "第7行") {
		t.Errorf("pdfa: 否 = %v", err)
	}
}
