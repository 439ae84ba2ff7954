package runner

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/opc"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/pdf"
	"jixiao/templates"
)

// buildWithTemplate builds the sample job with the built-in Word template
// edited part by part (edits), and parts added (numbering.xml), as Word
// would have saved the clerk's changes.
func buildWithTemplate(t *testing.T, edits map[string]func(string) string, added map[string]string) *Outputs {
	t.Helper()
	docx, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return edits[name] != nil }, func(name string, body []byte) []byte {
		return []byte(edits[name](string(body)))
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range added {
		docx = opctest.Edit(t, docx, map[string]func(string) string{name: opctest.Set(body)})
	}
	path := filepath.Join(t.TempDir(), "edited.docx")
	if err := os.WriteFile(path, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	j := sampleJob(t)
	j.Template = path
	out, err := Render(j)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func pdfWords(t *testing.T, out *Outputs) string {
	t.Helper()
	pages, err := pdf.Text(out.Files[2].Data)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(strings.Join(pages, "")), "")
}

// TestHiddenTextIsNotInThePublicPDF: a note the clerk hid in the template
// (hidden run, hidden character style) is not printed by Word, and is not
// in the PDF; the text around it is.
func TestHiddenTextIsNotInThePublicPDF(t *testing.T) {
	out := buildWithTemplate(t, map[string]func(string) string{
		"word/document.xml": func(s string) string {
			return strings.Replace(s, `<w:t xml:space="preserve">附件：</w:t></w:r>`,
				`<w:t xml:space="preserve">附件：</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部：此表待复核）</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Draft"/></w:rPr><w:t>草稿说明</w:t></w:r>`, 1)
		},
		"word/styles.xml": func(s string) string {
			return strings.Replace(s, "</w:styles>", `<w:style w:type="character" w:customStyle="1" w:styleId="Draft"><w:name w:val="草稿"/><w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>`, 1)
		},
	}, nil)
	words := pdfWords(t, out)
	if strings.Contains(words, "待复核") || strings.Contains(words, "草稿说明") || !strings.Contains(words, "附件：") {
		t.Errorf("the PDF reads %q", words)
	}
}

const numberingXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

// TestListLabelsReachThePDF: body paragraphs the clerk made a list in Word
// (一、 （一）, from numbering.xml) carry their labels into the PDF, and a
// red bold character style is red in it.
func TestListLabelsReachThePDF(t *testing.T) {
	numPr := func(ilvl string) string {
		return `<w:pStyle w:val="Normal"/><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="1"/></w:numPr>`
	}
	out := buildWithTemplate(t, map[string]func(string) string{
		"word/document.xml": func(s string) string {
			body := `<w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">{{.年度}}年，我县`
			s = strings.Replace(s, body, `<w:pPr>`+numPr("0")+`</w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p><w:p><w:pPr>`+numPr("1")+`</w:pPr><w:r><w:rPr><w:rStyle w:val="Red"/></w:rPr><w:t>管理体系</w:t></w:r></w:p><w:p>`+body, 1)
			return strings.Replace(s, `<w:pPr><w:pStyle w:val="JxAttachLabel"/></w:pPr>`, `<w:pPr>`+numPr("1")+`</w:pPr><w:r><w:t>评价结果</w:t></w:r></w:p><w:p><w:pPr>`+numPr("0")+`</w:pPr><w:r><w:t>附件说明</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="JxAttachLabel"/></w:pPr>`, 1)
		},
		"word/styles.xml": func(s string) string {
			return strings.Replace(s, "</w:styles>", `<w:style w:type="character" w:customStyle="1" w:styleId="Red"><w:name w:val="红色强调"/><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>`, 1)
		},
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`, 1)
		},
	}, map[string]string{"word/numbering.xml": numberingXML})
	words := pdfWords(t, out)
	for _, want := range []string{"一、总体情况（一）管理体系", "（二）评价结果二、附件说明"} {
		if !strings.Contains(words, want) {
			t.Errorf("the PDF lacks %q: %q", want, words)
		}
	}
	if !regexp.MustCompile(`1\.000 0\.000 0\.000 rg`).Match(inflated(t, out.Files[2].Data)) {
		t.Error("no text is red")
	}
}

// TestPicturesReachThePDF: a 红头 logo in a paragraph of its own and a seal
// floating behind the signature, as Word saves them, pass the template
// check and are drawn in the PDF; so is the same logo beside text.
func TestPicturesReachThePDF(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 60, 20))
	for i := range img.Pix {
		img.Pix[i] = 0xC0
		if i%4 == 3 {
			img.Pix[i] = 0xFF // opaque: no alpha mask, one image object
		}
	}
	var logo bytes.Buffer
	png.Encode(&logo, img)
	drawing := func(kind, place string) string {
		return `<w:r><w:drawing><wp:` + kind + ` distT="0" distB="0" distL="0" distR="0"` + place + `<wp:extent cx="1800000" cy="600000"/><wp:docPr id="1" name="图片 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="图片 1"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:` + kind + `></w:drawing></w:r>`
	}
	inline := drawing("inline", `>`)
	seal := drawing("anchor", ` simplePos="0" relativeHeight="2" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-300000</wp:posOffset></wp:positionV><wp:wrapNone/>`)
	edits := func(body string) map[string]func(string) string {
		return map[string]func(string) string{
			"word/document.xml": func(s string) string {
				s = strings.Replace(s, "<w:document ", `<w:document xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" `, 1)
				return strings.Replace(s, `<w:body>`, `<w:body>`+body, 1)
			},
			"word/_rels/document.xml.rels": func(s string) string {
				return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`, 1)
			},
			"[Content_Types].xml": func(s string) string {
				return strings.Replace(s, "<Default ", `<Default Extension="png" ContentType="image/png"/><Default `, 1)
			},
		}
	}
	media := map[string]string{"word/media/image1.png": logo.String()}
	out := buildWithTemplate(t, edits(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>`+inline+`</w:p><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>沁源县财政局</w:t></w:r>`+seal+`</w:p>`), media)
	if n := strings.Count(string(out.Files[2].Data), "/Subtype /Image"); n != 1 {
		t.Errorf("%d image XObjects, want the one picture drawn twice", n)
	}
	if n := regexp.MustCompile(`/I\w+ Do`).FindAll(inflated(t, out.Files[2].Data), -1); len(n) != 2 {
		t.Errorf("%d pictures drawn, want 2", len(n))
	}
	if !strings.Contains(pdfWords(t, out), "沁源县财政局") {
		t.Error("the signature's text is missing")
	}
	docx, _ := opc.Rewrite(templates.Disclosure, func(name string) bool { return edits("")[name] != nil }, func(name string, body []byte) []byte {
		return []byte(edits(`<w:p><w:r><w:t>红头</w:t></w:r>` + inline + `</w:p>`)[name](string(body)))
	}, nil)
	docx = opctest.Edit(t, docx, map[string]func(string) string{"word/media/image1.png": opctest.Set(logo.String())})
	if err := WithUndrawn("红头.docx", docx, nil); err != nil {
		t.Errorf("a picture beside text is refused: %v", err)
	}
	beside := buildWithTemplate(t, edits(`<w:p><w:r><w:t>红头</w:t></w:r>`+inline+`</w:p>`), media)
	if n := regexp.MustCompile(`/I\w+ Do`).FindAll(inflated(t, beside.Files[2].Data), -1); len(n) != 1 {
		t.Errorf("%d pictures drawn beside text, want 1", len(n))
	}
}

// TestARedRuleUnderTheTitleReachesThePDF: the red line a clerk draws as the
// title's bottom border passes the template check and is a red stroke in
// the PDF.
func TestARedRuleUnderTheTitleReachesThePDF(t *testing.T) {
	out := renderEdited(t, "word/document.xml", func(s string) string {
		return strings.Replace(s, `<w:pPr><w:pStyle w:val="JxTitle"/></w:pPr><w:r><w:t xml:space="preserve">情况说明`,
			`<w:pPr><w:pStyle w:val="JxTitle"/><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr></w:pPr><w:r><w:t xml:space="preserve">情况说明`, 1)
	})
	if !regexp.MustCompile(`1\.000 0\.000 0\.000 RG\s+[\d.]+ w`).Match(inflated(t, out.Files[2].Data)) {
		t.Error("no red rule is stroked")
	}
}
