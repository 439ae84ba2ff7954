package example

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// emptySheets copies a workbook with the data rows of the given sheets
// removed, their headers kept: sections this year's workbook lacks.
func emptySheets(t *testing.T, from string, sheets ...string) string {
	t.Helper()
	f, err := excelize.OpenFile(from)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range sheets {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for r := len(rows); r >= 2; r-- {
			if err := f.RemoveRow(sheet, r); err != nil {
				t.Fatal(err)
			}
		}
	}
	out := filepath.Join(t.TempDir(), "empty.xlsx")
	if err := f.SaveAs(out); err != nil {
		t.Fatal(err)
	}
	return out
}

// A sentence whose figures are all of one section is kept only while the
// section has data: with a workbook lacking it, the sentence (or the
// paragraph it fills) is left out, with no 0个 and no stray punctuation;
// a sentence of two sections, or of none, stays.
func TestEmptySectionsLeaveTheirSentencesOut(t *testing.T) {
	const workbook = "../../data/qinyuan-2023.xlsx"
	j := sampleJob(t, t.TempDir(), workbook, nil)
	doc := docxOf(t,
		para(run("", "一、总体情况")),
		para(run("", "共组织14个项目（涉及金额10790.69万元）进行事前绩效评价。2023年绩效定期监控1087条，涉及金额99186.62万元。全县上下共同努力。")),
		para(run("", "事前绩效评价14个，"), run("", "涉及金额10790.69万元。")),
		para(run("", "事前绩效评价14个，绩效定期监控1087条。")),
	)
	res, err := Make(doc, lastYear(t, j), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tmpl := text(t, res.Docx)
	for _, want := range []string{
		"{{if .事前评价.有数据}}共组织{{.事前评价.项目数}}个项目（涉及金额{{.事前评价.金额}}万元）进行事前绩效评价。{{end}}{{if .绩效监控.有数据}}{{.年度}}年",
		"万元。{{end}}全县上下共同努力。",
		"\n{{if .事前评价.有数据}}事前绩效评价{{.事前评价.项目数}}个，涉及金额{{.事前评价.金额}}万元。{{end}}\n",
		"\n事前绩效评价{{.事前评价.项目数}}个，绩效定期监控{{.绩效监控.项目数}}条。\n",
	} {
		if !strings.Contains(tmpl, want) {
			t.Errorf("template lacks %q:\n%s", want, tmpl)
		}
	}
	same, _ := build(t, sampleJob(t, t.TempDir(), workbook, res.Docx))
	if got, want := strings.ReplaceAll(text(t, same), "\n\n", "\n"), text(t, doc); strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
	out, _ := build(t, sampleJob(t, t.TempDir(), emptySheets(t, workbook, "事前绩效评价"), res.Docx))
	got := strings.Join(strings.Fields(text(t, out)), "\n")
	want := "一、总体情况\n2023年绩效定期监控1087条，涉及金额99186.62万元。全县上下共同努力。\n事前绩效评价0个，绩效定期监控1087条。"
	if got != want {
		t.Errorf("without 事前评价:\n%s\nwant:\n%s", got, want)
	}
	// The paragraph the section filled is gone, not left empty.
	if n, was := strings.Count(rawDocument(t, out), "</w:p>"), strings.Count(rawDocument(t, doc), "</w:p>"); n != was-1 {
		t.Errorf("%d paragraphs, want %d", n, was-1)
	}
}
