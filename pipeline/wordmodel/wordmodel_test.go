package wordmodel_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/wordmodeltest"
)

func TestReadsTheFilledSampleBack(t *testing.T) {
	j, err := job.Load("../../config/qinyuan-2023.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out, err := runner.Render(j.WithOutput(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	paras, tables := wordmodeltest.Split(wordmodeltest.Read(t, out.Files[0].Data))
	if paras[0].Style != "JxTitle" || paras[0].Text != "沁源县2023年" || paras[0].Align != "center" {
		t.Errorf("first paragraph = %+v", paras[0])
	}
	var label *wordmodel.Paragraph
	for _, p := range paras {
		if p.Text == "附件：" {
			label = p
		}
	}
	if label == nil || !label.PageBreakBefore {
		t.Errorf("附件 label %+v does not start a page (its style says so)", label)
	}
	if len(tables) != 1 {
		t.Fatalf("%d tables", len(tables))
	}
	tb := tables[0]
	if len(tb.Rows) != 37 || !tb.Rows[0].Header || tb.Rows[1].Header || len(tb.Widths) != 7 {
		t.Fatalf("table: %d rows, header %v, %d columns", len(tb.Rows), tb.Rows[0].Header, len(tb.Widths))
	}
	if c := tb.Rows[1].Cells[6]; c.Merge != wordmodel.Starts || !strings.HasPrefix(c.Text, "山西鑫利元") {
		t.Errorf("row 1 agency = %+v", c)
	}
	if c := tb.Rows[2].Cells[6]; c.Merge != wordmodel.Continues || c.Text != "" {
		t.Errorf("row 2 agency = %+v", c)
	}
	if c := tb.Rows[8].Cells[6]; c.Merge != wordmodel.Alone {
		t.Errorf("row 8 agency = %+v", c)
	}
	if !tb.Rows[0].Cells[0].Bold || tb.Rows[1].Cells[3].Text != "400.00" || tb.Rows[1].Cells[3].Align != "right" {
		t.Errorf("cells: %+v %+v", tb.Rows[0].Cells[0], tb.Rows[1].Cells[3])
	}
}

func TestRunsKeepTheirFormatting(t *testing.T) {
	body := `<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体"/><w:b/><w:i/><w:u w:val="single"/><w:color w:val="C00000"/><w:sz w:val="18"/></w:rPr><w:t>强调</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>再续</w:t></w:r></w:p>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="w"><w:body>` + body + `</w:body></w:document>`))
	zw.Close()
	doc, err := wordmodel.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Blocks[0].(*wordmodel.Paragraph)
	want := []wordmodel.Run{{Text: "正文再续"}, {Text: "强调", Bold: true, Italic: true, Underline: true, Color: "C00000", Size: 9, Font: "黑体", LatinFont: "Times New Roman", UnderlineStyle: "single"}}
	if p.Text != "正文强调再续" || len(p.Runs) != 3 || p.Runs[1] != want[1] || p.Runs[0].Text != "正文" || !p.Runs[2].Plain() {
		t.Errorf("runs = %+v", p.Runs)
	}
}

// TestPageFieldsInAFooter: PAGE and NUMPAGES, as complex fields (Word's
// own) and as simple ones, become stand-ins for what each PDF page shows;
// the results Word saved (3, 9) are dropped, and other fields keep theirs.
func TestPageFieldsInAFooter(t *testing.T) {
	complexField := func(instr, result string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + instr +
			` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>` + result + `</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	footer := `<w:ftr xmlns:w="w"><w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r>` + complexField(`PAGE \* MERGEFORMAT`, "3") +
		`<w:r><w:t xml:space="preserve"> 页 共 </w:t></w:r>` + complexField("NUMPAGES", "9") +
		`<w:r><w:t xml:space="preserve"> 页 </w:t></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>2024-01-01</w:t></w:r></w:fldSimple></w:p>` +
		`<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p></w:ftr>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"word/document.xml":            `<w:document xmlns:w="w" xmlns:r="r"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p><w:sectPr><w:footerReference w:type="default" r:id="rId9"/></w:sectPr></w:body></w:document>`,
		"word/_rels/document.xml.rels": `<Relationships><Relationship Id="rId9" Target="footer1.xml"/></Relationships>`,
		"word/footer1.xml":             footer,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	doc, err := wordmodel.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"第 " + wordmodel.PageField + " 页 共 " + wordmodel.NumPagesField + " 页 2024-01-01", wordmodel.NumPagesField}
	if strings.Join(doc.Footer, "|") != strings.Join(want, "|") {
		t.Errorf("footer = %q, want %q", doc.Footer, want)
	}
}
