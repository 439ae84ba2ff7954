package example

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/document"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// sampleJob writes a job for the sample's workbook (input), with the
// sample's requirement, and the Word template docx if given.
func sampleJob(t *testing.T, dir, input string, docx []byte) *job.Job {
	t.Helper()
	return jobFor(t, dir, "沁源县", input, "", map[string]int{"key_evaluations": 8}, docx, "")
}

// jobFor writes a 2023 job for county with the workbook input, the
// definition file def ("" for the built-in one), the requirements and
// the Word template docx and the Excel template file xlsx if given.
func jobFor(t *testing.T, dir, county, input, def string, reqs map[string]int, docx []byte, xlsx string) *job.Job {
	t.Helper()
	abs, err := filepath.Abs(input)
	if err != nil {
		t.Fatal(err)
	}
	body := fmt.Sprintf("county: %s\nyear: 2023\ninput: %s\noutput: %s\n", county, abs, filepath.Join(dir, "out"))
	if len(reqs) > 0 {
		body += "requirements:\n"
		for _, k := range slices.Sorted(maps.Keys(reqs)) {
			body += fmt.Sprintf("  %s: %d\n", k, reqs[k])
		}
	}
	if def != "" {
		body += "definition: " + def + "\n"
	}
	if docx != nil {
		if err := os.WriteFile(filepath.Join(dir, "模板.docx"), docx, 0o644); err != nil {
			t.Fatal(err)
		}
		body += "templates:\n  docx: 模板.docx\n"
		if xlsx != "" {
			body += "  xlsx: " + xlsx + "\n"
		}
	}
	path := filepath.Join(dir, "job.yaml")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	j, err := job.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// build runs j and returns its Word output and facts.
func build(t *testing.T, j *job.Job) ([]byte, *facts.File) {
	t.Helper()
	if _, err := runner.Run(j); err != nil {
		t.Fatal(err)
	}
	matches, _ := filepath.Glob(filepath.Join(j.Output, "*.docx"))
	if len(matches) != 1 {
		t.Fatalf("outputs %v", matches)
	}
	docx, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(j.Output, "facts.json"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := facts.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return docx, f
}

var tag = regexp.MustCompile(`<[^>]*>`)

// text is a .docx's body as paragraphs of plain text.
func text(t *testing.T, docx []byte) string {
	t.Helper()
	return tag.ReplaceAllString(strings.ReplaceAll(rawDocument(t, docx), "</w:p>", "\n"), "")
}

func lastYear(t *testing.T, j *job.Job) *document.Data {
	t.Helper()
	d, _, err := runner.Check(j)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The sample's own 2023 document, given back with its workbook, becomes a
// template that binds every figure of its text to the fact facts.json
// names, rebuilds the document exactly, and follows a changed workbook as
// the built-in template does.
func TestSampleRoundTrip(t *testing.T) {
	const workbook = "../../data/qinyuan-2023.xlsx"
	seedJob := sampleJob(t, t.TempDir(), workbook, nil)
	seed, seedFacts := build(t, seedJob)

	res, err := Make(seed, lastYear(t, seedJob), Options{})
	if err != nil {
		t.Fatal(err)
	}
	bound := map[string]bool{}
	for _, m := range res.Marks {
		if m.State != Bound {
			t.Errorf("第%d段 %q: state %d %s", m.Para, m.Text, m.State, m.Note)
			continue
		}
		c := m.Candidates[m.Chosen]
		bound[c.ID] = true
		if f, ok := seedFacts.Get(c.ID); ok && f.Number && !strings.Contains(strings.ReplaceAll(m.Text, ",", ""), strings.ReplaceAll(f.Printed, ",", "")) {
			t.Errorf("%q bound to %s, which printed %q", m.Text, c.ID, f.Printed)
		}
	}
	for _, id := range []string{"事前评价.项目数", "事前评价.金额", "绩效自评.项目数", "绩效自评.金额", "重点评价.项目数", "重点评价.金额",
		"统筹整合.项目数", "统筹整合.金额", "绩效监控.项目数", "绩效监控.金额", "附件.合计", "重点评价.等级句", "统筹整合.等级句",
		"事前评价.等级句", "重点评价.要求", "年度", "上年度", "县"} {
		if !bound[id] {
			t.Errorf("%s not bound", id)
		}
	}
	if len(res.Loops) != 1 {
		t.Errorf("loops %v, want the attachment's", res.Loops)
	}

	again, _ := build(t, sampleJob(t, t.TempDir(), workbook, res.Docx))
	if got, want := text(t, again), text(t, seed); got != want {
		t.Errorf("rebuilt text differs:\n%s\nwant:\n%s", got, want)
	}

	changed := changeWorkbook(t, workbook)
	byBuiltin, _ := build(t, sampleJob(t, t.TempDir(), changed, nil))
	byExample, _ := build(t, sampleJob(t, t.TempDir(), changed, res.Docx))
	if got, want := text(t, byExample), text(t, byBuiltin); got != want {
		t.Errorf("with a changed workbook:\n%s\nwant (built-in template):\n%s", got, want)
	}
	if text(t, byBuiltin) == text(t, seed) {
		t.Fatal("the changed workbook changes nothing")
	}
	// Sections the workbook lacks leave their sentences out, as the
	// built-in template's {{if}}s do.
	empty := emptySheets(t, workbook, "事前绩效评价", "绩效监控", "统筹整合资金评价")
	byBuiltin, _ = build(t, sampleJob(t, t.TempDir(), empty, nil))
	byExample, _ = build(t, sampleJob(t, t.TempDir(), empty, res.Docx))
	if got, want := strings.Fields(text(t, byExample)), strings.Fields(text(t, byBuiltin)); !slices.Equal(got, want) {
		t.Errorf("with empty sections:\n%s\nwant (built-in template):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// changeWorkbook copies the sample's workbook with an amount changed in
// two sheets and one graded project dropped.
func changeWorkbook(t *testing.T, from string) string {
	t.Helper()
	f, err := excelize.OpenFile(from)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set := func(sheet, cell string, v any) {
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("事前绩效评价", "C2", 1234.56)
	set("绩效监控", "C3", 99.9)
	// The attachment states its total: it moves with the row.
	oldRow, _ := f.GetCellValue("重点绩效评价结果", "D3")
	oldTotal, _ := f.GetCellValue("重点绩效评价结果", "D37")
	row, _ := decimal.NewFromString(strings.ReplaceAll(oldRow, ",", ""))
	total, err := decimal.NewFromString(strings.ReplaceAll(oldTotal, ",", ""))
	if err != nil {
		t.Fatalf("total %q: %v", oldTotal, err)
	}
	set("重点绩效评价结果", "D3", 300.5)
	set("重点绩效评价结果", "D37", total.Add(decimal.NewFromFloat(300.5)).Sub(row).InexactFloat64())
	if err := f.RemoveRow("重点绩效评价", 3); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "changed.xlsx")
	if err := f.SaveAs(out); err != nil {
		t.Fatal(err)
	}
	return out
}
