package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"jixiao/pipeline/document"
	"jixiao/pipeline/wordxml"
)

const wns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// makeDocx wraps body XML into a minimal .docx.
func makeDocx(t testing.TB, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`},
		{"word/document.xml", `<?xml version="1.0"?><w:document ` + wns + `><w:body>` + body + `</w:body></w:document>`},
	} {
		w, _ := z.Create(p.name)
		w.Write([]byte(p.body))
	}
	z.Close()
	return buf.Bytes()
}

func p(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		if strings.HasPrefix(r, "<") {
			b.WriteString(r)
			continue
		}
		b.WriteString(`<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// render fills body and returns document.xml and its paragraphs' text.
func render(t *testing.T, body string, data *document.Data) (string, []string) {
	t.Helper()
	tpl, err := parse("test.docx", makeDocx(t, body))
	if err != nil {
		t.Fatal(err)
	}
	s := renderWith(t, tpl, data)
	var paras []string
	for _, sp := range leafParagraphs(s, 0, len(s)) {
		paras = append(paras, plainText(s, sp.Start, sp.End))
	}
	return s, paras
}

// renderWith fills a parsed template and returns its document.xml.
func renderWith(t *testing.T, tpl *Template, data *document.Data) string {
	t.Helper()
	out, _, err := tpl.Render(data)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, _ := f.Open()
		raw, _ := io.ReadAll(rc)
		rc.Close()
		if err := xml.Unmarshal(raw, new(struct{})); err != nil {
			t.Fatalf("output is not well-formed XML: %v", err)
		}
		return string(raw)
	}
	t.Fatal("no document.xml")
	return ""
}

func TestTagSplitAcrossRunsResolves(t *testing.T) {
	body := p("共", "{{.事", `<w:proofErr w:type="spellStart"/>`, "前评价", `<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>`, ".项目", `<w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t>数}}</w:t></w:r>`, "个")
	_, paras := render(t, body, sample(t))
	if len(paras) != 1 || paras[0] != "共14个" {
		t.Fatalf("paragraphs = %q", paras)
	}
}

func TestValuesAreEscaped(t *testing.T) {
	body := p("{{range .附件.行}}") + p("{{.项目名称}}") + p("{{end}}")
	s, paras := render(t, body, sample(t))
	if paras[0] != "A&B<C>" || !strings.Contains(s, "A&amp;B&lt;C&gt;") {
		t.Fatalf("paragraphs = %q", paras)
	}
}

func TestParagraphLoopLeavesNoTagParagraphs(t *testing.T) {
	body := p("前") + p("{{range .附件.行}}") + p("{{.序号}}. {{.项目名称}}") + p("{{end}}") + p("后")
	_, paras := render(t, body, sample(t))
	want := []string{"前", "1. A&B<C>", "2. 第二", "3. 第三", "后"}
	if strings.Join(paras, "|") != strings.Join(want, "|") {
		t.Fatalf("paragraphs = %q, want %q", paras, want)
	}
}

func TestFalseConditionRemovesParagraphs(t *testing.T) {
	body := p("一") +
		p("{{if .绩效监控.有数据}}监控{{.绩效监控.项目数}}条。{{end}}") +
		p("{{if .绩效自评.有数据}}") + p("自评") + p("{{end}}") +
		p("{{if .事前评价.有数据}}事前{{.事前评价.金额}}{{end}}")
	_, paras := render(t, body, sample(t))
	want := []string{"一", "事前10790.69"}
	if strings.Join(paras, "|") != strings.Join(want, "|") {
		t.Fatalf("paragraphs = %q, want %q", paras, want)
	}
}

func TestRowLoopRepeatsRowsAndMerges(t *testing.T) {
	cell := func(text string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/><w:tcBorders><w:top w:val="single"/></w:tcBorders></w:tcPr>` + p(text) + `</w:tc>`
	}
	body := `<w:tbl><w:tr>` + cell("序号") + cell("机构") + `</w:tr><w:tr>` +
		cell("{{range .附件.行}}{{.序号}}") + cell("{{纵向合并 .机构合并}}{{.评价机构}}{{end}}") + `</w:tr></w:tbl>`
	s, _ := render(t, body, sample(t))
	rows := wordxml.Elements(s, "w:tr", 0, len(s))
	if len(rows) != 4 {
		t.Fatalf("%d rows, want header + 3", len(rows))
	}
	var merges, agencies []string
	for _, r := range rows[1:] {
		cells := wordxml.Elements(s, "w:tc", r.Start, r.End)
		c := s[cells[1].Start:cells[1].End]
		switch {
		case strings.Contains(c, `<w:vMerge w:val="restart"/>`):
			merges = append(merges, "restart")
		case strings.Contains(c, `<w:vMerge/>`):
			merges = append(merges, "continue")
		default:
			merges = append(merges, "")
		}
		if !strings.Contains(c, `<w:tcW w:w="100" w:type="dxa"/><w:vMerge`) && merges[len(merges)-1] != "" {
			t.Errorf("vMerge not placed after tcW: %s", c)
		}
		if !strings.Contains(c, `<w:tcBorders><w:top w:val="single"/></w:tcBorders>`) {
			t.Errorf("the cell lost its borders: %s", c)
		}
		agencies = append(agencies, plainText(s, cells[1].Start, cells[1].End))
	}
	if strings.Join(merges, ",") != "restart,continue," || strings.Join(agencies, ",") != "甲,,乙" {
		t.Fatalf("merges %v, agencies %q", merges, agencies)
	}
}

func TestSmartQuotesInTags(t *testing.T) {
	_, paras := render(t, p("{{if eq .县 “沁源县”}}是{{else}}否{{end}}"), sample(t))
	if paras[0] != "是" {
		t.Fatalf("paragraphs = %q", paras)
	}
}

func TestHelpers(t *testing.T) {
	_, paras := render(t, p("{{range .附件.行}}{{千分位 .金额}};{{end}}"), sample(t))
	if paras[0] != "2,272.47;0.00;0.00;" {
		t.Fatalf("paragraphs = %q", paras)
	}
}

func problems(t *testing.T, body string) []Problem {
	t.Helper()
	_, err := parse("bad.docx", makeDocx(t, body))
	te, ok := err.(*TemplateError)
	if !ok {
		t.Fatalf("Parse error = %v, want a *TemplateError", err)
	}
	return te.Problems
}

func TestUnknownFieldIsPlacedAndSuggested(t *testing.T) {
	ps := problems(t, p("正文")+p("共{{.事前评价.项目总数}}个，{{.金额合计}}"))
	if len(ps) != 2 {
		t.Fatalf("problems = %v, want both unknown fields", ps)
	}
	if ps[0].Place != "第2段（“共{{.事前评价.项目总…”）" || ps[0].Msg != "未知字段 .事前评价.项目总数，是否应为 .事前评价.项目数？" {
		t.Errorf("problem = %v", ps[0])
	}
}

func TestUnknownFieldInTableCell(t *testing.T) {
	body := `<w:tbl><w:tr><w:tc>` + p("x") + `</w:tc></w:tr><w:tr><w:tc>` + p("{{range .附件.行}}") + `</w:tc><w:tc>` + p("{{.项目民称}}{{end}}") + `</w:tc></w:tr></w:tbl>`
	ps := problems(t, body)
	if len(ps) != 1 || ps[0].Place != "表1 第2行 第2列（“{{.项目民称}}{{e…”）" || !strings.Contains(ps[0].Msg, "是否应为 .项目名称？") {
		t.Fatalf("problems = %v", ps)
	}
}

func TestUnbalancedBlocks(t *testing.T) {
	ps := problems(t, p("{{if .绩效监控.有数据}}")+p("监控"))
	if len(ps) != 1 || !strings.HasPrefix(ps[0].Place, "第1段（") || !strings.Contains(ps[0].Msg, "没有对应的 {{end}}") {
		t.Errorf("open if: %v", ps)
	}
	ps = problems(t, p("文字{{end}}"))
	if len(ps) != 1 || !strings.Contains(ps[0].Msg, "多余的 {{end}}") {
		t.Errorf("stray end: %v", ps)
	}
	ps = problems(t, p("{{.县"))
	if len(ps) != 1 || !strings.Contains(ps[0].Msg, "缺少结尾") {
		t.Errorf("unclosed tag: %v", ps)
	}
}

func TestLoopAcrossTwoRows(t *testing.T) {
	cell := func(text string) string { return `<w:tc>` + p(text) + `</w:tc>` }
	body := `<w:tbl><w:tr>` + cell("{{range .附件.行}}{{.序号}}") + cell("{{.项目名称}}") + `</w:tr><w:tr>` + cell("{{.单位}}") + cell("{{end}}") + `</w:tr></w:tbl>`
	s, _ := render(t, body, sample(t))
	rows := wordxml.Elements(s, "w:tr", 0, len(s))
	if len(rows) != 6 || plainText(s, rows[2].Start, rows[2].End) != "2第二" || plainText(s, rows[3].Start, rows[3].End) != "局二" {
		t.Fatalf("%d rows, want the two template rows three times: %s", len(rows), s)
	}
}

func TestHeaderProblemsArePlaced(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
		"word/document.xml":            `<?xml version="1.0"?><w:document ` + wns + `><w:body>` + p("正文") + `</w:body></w:document>`,
		"word/header1.xml":             `<?xml version="1.0"?><w:hdr ` + wns + `>` + p("{{.县名}}") + `</w:hdr>`,
	} {
		w, _ := z.Create(name)
		w.Write([]byte(body))
	}
	z.Close()
	_, err := parse("hdr.docx", buf.Bytes())
	te, ok := err.(*TemplateError)
	if !ok || len(te.Problems) != 1 || !strings.HasPrefix(te.Problems[0].Place, "页眉 第1段") || !strings.Contains(te.Problems[0].Msg, "是否应为 .县？") {
		t.Fatalf("err = %v", err)
	}
}

func TestFalseConditionRemovesRows(t *testing.T) {
	cell := func(text string) string { return `<w:tc>` + p(text) + `</w:tc>` }
	body := `<w:tbl><w:tr>` + cell("表头") + cell("值") + `</w:tr>` +
		`<w:tr>` + cell("{{if .绩效监控.有数据}}监控") + cell("{{.绩效监控.项目数}}{{end}}") + `</w:tr>` +
		`<w:tr>` + cell("{{if .事前评价.有数据}}事前") + cell("{{.事前评价.项目数}}{{end}}") + `</w:tr></w:tbl>`
	s, _ := render(t, body, sample(t))
	rows := wordxml.Elements(s, "w:tr", 0, len(s))
	if len(rows) != 2 || !strings.Contains(plainText(s, rows[1].Start, rows[1].End), "事前14") {
		t.Fatalf("%d rows: %s", len(rows), s)
	}
}

func TestWrongFileTypesGetAdvice(t *testing.T) {
	zipOf := func(files map[string]string) []byte {
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		for name, body := range files {
			w, _ := z.Create(name)
			w.Write([]byte(body))
		}
		z.Close()
		return buf.Bytes()
	}
	cases := map[string][]byte{
		"这是 .doc 文件":   append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...),
		".odt 文件":      zipOf(map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
		"这是 Excel 工作簿": zipOf(map[string]string{"xl/workbook.xml": "<workbook/>"}),
		"文件是空的":        {},
		"不是 Word 文件":   []byte("项目名称,金额\n"),
	}
	for want, raw := range cases {
		_, err := parse("模板.docx", raw)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "zip:") {
			t.Errorf("%s: %v", want, err)
		}
	}
}
