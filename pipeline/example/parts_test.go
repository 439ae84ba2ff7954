package example

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
)

// A header's and a footer's figures are bound as the body's are, and come
// back as written; a page number (a PAGE field's result) is no figure.
func TestHeadersAndFootersAreBound(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	header := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + ns + `>` +
		para(run("", "沁源县2023年绩效目标情况说明（事前绩效评价14个项目）")) + `</w:hdr>`
	footer := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ` + ns + `><w:p>` +
		run("", "重点项目绩效评价18个　第") + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		run("", "3") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` + run("", "页") + `</w:p></w:ftr>`
	body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
		para(run("", "正文。")) + `<w:sectPr><w:headerReference w:type="default" r:id="rIdJxH1"/><w:footerReference w:type="default" r:id="rIdJxF1"/></w:sectPr></w:body></w:document>`
	doc := opctest.Edit(t, docxOf(t), map[string]func(string) string{
		"word/document.xml": opctest.Set(body),
		"word/header1.xml":  opctest.Set(header),
		"word/footer1.xml":  opctest.Set(footer),
		"[Content_Types].xml": func(old string) string {
			return strings.Replace(old, "</Types>", `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`, 1)
		},
		"word/_rels/document.xml.rels": func(old string) string {
			return strings.Replace(old, "</Relationships>", `<Relationship Id="rIdJxH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`+
				`<Relationship Id="rIdJxF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`, 1)
		},
	})
	j := sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", nil)
	res, err := Make(doc, lastYear(t, j), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := tag.ReplaceAllString(rawPart(t, res.Docx, "word/header1.xml"), "")
	if want := "{{.县}}{{.年度}}年绩效目标情况说明（事前绩效评价{{.事前评价.项目数}}个项目）"; !strings.Contains(got, want) {
		t.Errorf("header template %q, want %q", got, want)
	}
	got = tag.ReplaceAllString(rawPart(t, res.Docx, "word/footer1.xml"), "")
	if want := "重点项目绩效评价{{.重点评价.项目数}}个　第 PAGE 3页"; !strings.Contains(got, want) {
		t.Errorf("footer template %q, want %q", got, want)
	}
	out, _ := build(t, sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", res.Docx))
	for _, part := range []string{"word/header1.xml", "word/footer1.xml"} {
		if got, want := tag.ReplaceAllString(rawPart(t, out, part), ""), tag.ReplaceAllString(rawPart(t, doc, part), ""); strings.TrimSpace(got) != strings.TrimSpace(want) {
			t.Errorf("%s rebuilt %q, want %q", part, got, want)
		}
	}
	var report strings.Builder
	res.WriteReport(&report)
	if !strings.Contains(report.String(), "页眉（header1.xml）") || !strings.Contains(report.String(), "页脚（footer1.xml）") {
		t.Errorf("the report does not say where:\n%s", report.String())
	}
}
