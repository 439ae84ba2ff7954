package example

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
)

// withList adds to a document package a numbering part whose list 1
// labels its items 1. 2. 3., as Word writes one.
func withList(t *testing.T, docx []byte) []byte {
	t.Helper()
	numbering := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	return opctest.Edit(t, docx, map[string]func(string) string{
		"word/numbering.xml": opctest.Set(numbering),
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`, 1)
		},
	})
}

func listItem(text string) string {
	return `<w:p w:rsidR="00A1B2C3"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` + run("", text) + `</w:p>`
}

// listLabels reads the list labels Word would draw, by paragraph text.
func listLabels(t *testing.T, docx []byte) map[string]string {
	t.Helper()
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok && p.Label != nil {
			out[p.Text] = strings.TrimSpace(p.Label.Text)
		}
	}
	return out
}

// A heading above a section's paragraphs goes with them when the section
// has no rows: its typed number and the typed numbers after it count only
// the headings printed, and a Word list label leaves no gap because its
// paragraph is gone. A heading over a sentence that stays, stays.
func TestHeadingsGoWithEmptySections(t *testing.T) {
	const workbook = "../../data/qinyuan-2023.xlsx"
	j := sampleJob(t, t.TempDir(), workbook, nil)
	doc := withList(t, docxOf(t,
		para(run("", "一、总体情况")),
		para(run("", "共组织14个项目进行事前绩效评价，绩效定期监控1087条。")),
		para(run("", "（一）事前绩效评价")),
		para(run("", "事前绩效评价14个，涉及金额10790.69万元。")),
		para(run("", "（二）"), run(`<w:rPr><w:b/></w:rPr>`, "绩效定期监控")),
		para(run("", "绩效定期监控1087条，"), run("", "涉及金额99186.62万元。")),
		para(run("", "（三）重点项目绩效评价")),
		para(run("", "重点项目绩效评价18个。")),
		para(run("", "二、分项情况")),
		listItem("事前评价情况"),
		para(run("", "事前绩效评价14个。")),
		listItem("重点评价情况"),
		para(run("", "重点项目绩效评价18个。")),
		listItem("监控情况"),
		para(run("", "绩效定期监控1087条。全县上下共同努力。")),
		listItem("其他情况"),
	))
	res, err := Make(doc, lastYear(t, j), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tmpl := text(t, res.Docx)
	for _, want := range []string{
		"一、总体情况\n",
		"\n{{if .事前评价.有数据}}（一）事前绩效评价{{end}}\n",
		"\n{{if .绩效监控.有数据}}{{if .事前评价.有数据}}（二）{{else}}（一）{{end}}绩效定期监控{{end}}\n",
		"{{if .重点评价.有数据}}{{if .事前评价.有数据}}{{if .绩效监控.有数据}}（三）{{else}}（二）{{end}}{{else}}{{if .绩效监控.有数据}}（二）{{else}}（一）{{end}}{{end}}重点项目绩效评价{{end}}\n",
		"\n{{if .事前评价.有数据}}事前评价情况{{end}}\n",
		"\n监控情况\n", // its paragraph keeps a sentence of no section
		"\n其他情况\n",
	} {
		if !strings.Contains(tmpl, want) {
			t.Errorf("template lacks %q:\n%s", want, tmpl)
		}
	}
	// The bold of 绩效定期监控 stays in its run.
	if !strings.Contains(rawDocument(t, res.Docx), `<w:b/></w:rPr><w:t xml:space="preserve">绩效定期监控{{end}}</w:t>`) {
		t.Errorf("the heading's runs:\n%s", rawDocument(t, res.Docx))
	}
	var report strings.Builder
	res.WriteReport(&report)
	if !strings.Contains(report.String(), "第3段的标题“（一）事前绩效评价”：下面各段只写“事前评价”部分，该部分没有数据时标题一并省略") {
		t.Errorf("report:\n%s", report.String())
	}
	same, _ := build(t, sampleJob(t, t.TempDir(), workbook, res.Docx))
	if got, want := strings.Fields(text(t, same)), strings.Fields(text(t, doc)); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
	out, _ := build(t, sampleJob(t, t.TempDir(), emptySheets(t, workbook, "事前绩效评价", "绩效监控"), res.Docx))
	got := strings.Join(strings.Fields(text(t, out)), "\n")
	want := strings.Join([]string{"一、总体情况", "共组织0个项目进行事前绩效评价，绩效定期监控0条。", "（一）重点项目绩效评价", "重点项目绩效评价18个。",
		"二、分项情况", "重点评价情况", "重点项目绩效评价18个。", "监控情况", "全县上下共同努力。", "其他情况"}, "\n")
	if got != want {
		t.Errorf("without 事前评价 and 绩效监控:\n%s\nwant:\n%s", got, want)
	}
	labels := listLabels(t, out)
	for item, label := range map[string]string{"重点评价情况": "（一）", "监控情况": "（二）", "其他情况": "（三）"} {
		if labels[item] != label {
			t.Errorf("%s labelled %q, want %q (all: %v)", item, labels[item], label, labels)
		}
	}
	if _, ok := labels["事前评价情况"]; ok {
		t.Error("the empty section's list item is still there")
	}
}
