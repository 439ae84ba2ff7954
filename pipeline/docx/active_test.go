package docx

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// The fixtures are the sample template with parts edited or added the way
// Word writes them: runs with rsids and proofing marks, instruction text
// split mid-word, relationships and content types declared.

const (
	relNS = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	relT  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	ctW   = "application/vnd.openxmlformats-officedocument.wordprocessingml."
)

// fieldForms are the ways Word writes one field with instruction instr
// into a paragraph.
var fieldForms = map[string]func(instr string) string{
	"simple": func(instr string) string {
		return `<w:p w:rsidR="00A1"><w:fldSimple w:instr="` + xmlEscape(instr) + `"><w:r><w:t>结果</w:t></w:r></w:fldSimple></w:p>`
	},
	// Complex, the instruction split mid-word over runs and a proofing mark.
	"complex": func(instr string) string {
		cut := len(instr) / 2
		for cut < len(instr) && instr[cut]&0xC0 == 0x80 {
			cut++
		}
		return `<w:p w:rsidR="00B2" w:rsidRDefault="00B2"><w:r><w:t xml:space="preserve">见 </w:t></w:r><w:r w:rsidR="00C3"><w:fldChar w:fldCharType="begin"/></w:r>` +
			`<w:r w:rsidR="00C3"><w:instrText xml:space="preserve">` + xmlEscape(instr[:cut]) + `</w:instrText></w:r><w:proofErr w:type="spellStart"/>` +
			`<w:r w:rsidR="00D4"><w:rPr><w:b/></w:rPr><w:instrText xml:space="preserve">` + xmlEscape(instr[cut:]) + `</w:instrText></w:r><w:proofErr w:type="spellEnd"/>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>旧结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	},
	// The active field nested in a harmless one's result.
	"nested": func(instr string) string {
		return `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF 1 = 1 "</w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + xmlEscape(instr) + `</w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>内</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
			`<w:r><w:instrText>" "" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>外</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	},
	// In a text box anchored in a paragraph.
	"textbox": func(instr string) string {
		return `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt;height:40pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>框中</w:t></w:r>` +
			`<w:fldSimple w:instr="` + xmlEscape(instr) + `"/></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`
	},
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// storyParts are the parts a field can be in, each with what a problem's
// place must say.
var storyParts = []struct {
	place string
	put   func(t *testing.T, paragraph string) []byte
}{
	{"第1段", func(t *testing.T, para string) []byte {
		return opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
			"word/document.xml": func(s string) string { return strings.Replace(s, "<w:body>", "<w:body>"+para, 1) },
		})
	}},
	{"页脚（word/footer1.xml）", func(t *testing.T, para string) []byte {
		return opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
			"word/footer1.xml": func(s string) string { return strings.Replace(s, "</w:ftr>", para+"</w:ftr>", 1) },
		})
	}},
	{"页眉（word/header1.xml）", func(t *testing.T, para string) []byte {
		return withPart(t, "word/header1.xml", ctW+"header+xml", "header", `<w:hdr `+wns+` `+relNS+`>`+para+`</w:hdr>`)
	}},
	{"脚注（word/footnotes.xml）", func(t *testing.T, para string) []byte {
		return withPart(t, "word/footnotes.xml", ctW+"footnotes+xml", "footnotes", `<w:footnotes `+wns+`><w:footnote w:id="1">`+para+`</w:footnote></w:footnotes>`)
	}},
	{"尾注（word/endnotes.xml）", func(t *testing.T, para string) []byte {
		return withPart(t, "word/endnotes.xml", ctW+"endnotes+xml", "endnotes", `<w:endnotes `+wns+`><w:endnote w:id="1">`+para+`</w:endnote></w:endnotes>`)
	}},
	{"批注（word/comments.xml）", func(t *testing.T, para string) []byte {
		return withPart(t, "word/comments.xml", ctW+"comments+xml", "comments", `<w:comments `+wns+`><w:comment w:id="0" w:author="张三">`+para+`</w:comment></w:comments>`)
	}},
	{"文档部件库（构建基块）（word/glossary/document.xml）", func(t *testing.T, para string) []byte {
		return withPart(t, "word/glossary/document.xml", ctW+"document.glossary+xml", "glossaryDocument",
			`<w:glossaryDocument `+wns+`><w:docParts><w:docPart><w:docPartBody>`+para+`</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>`)
	}},
}

// withPart adds a part to the sample template, declared in the content
// types and related from the body, as Word adds one.
func withPart(t *testing.T, name, contentType, relType, body string, more ...string) []byte {
	t.Helper()
	edits := map[string]func(string) string{
		name: opctest.Set(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + body),
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Override PartName="/`+name+`" ContentType="`+contentType+`"/></Types>`, 1)
		},
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdJx9" Type="`+relT+relType+`" Target="`+strings.TrimPrefix(name, "word/")+`"/>`+strings.Join(more, "")+`</Relationships>`, 1)
		},
	}
	return opctest.Edit(t, templates.Disclosure, edits)
}

func refusal(t *testing.T, raw []byte) []Problem {
	t.Helper()
	_, err := parse("带域的模板.docx", raw)
	te, ok := err.(*TemplateError)
	if !ok {
		t.Fatalf("not refused: %v", err)
	}
	return te.Problems
}

func mentions(problems []Problem, place string, words ...string) bool {
	for _, p := range problems {
		ok := strings.Contains(p.Place, place)
		for _, w := range words {
			ok = ok && strings.Contains(p.Place+p.Msg, w)
		}
		if ok {
			return true
		}
	}
	return false
}

// TestActiveFieldsAreRefusedInEveryPart: a field that runs or fetches is
// refused in each form Word writes it and in each part it can be in, with
// its type and its place named.
func TestActiveFieldsAreRefusedInEveryPart(t *testing.T) {
	instrs := []struct{ instr, kind string }{
		{` DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc.exe" `, "DDEAUTO"},
		{`INCLUDETEXT "/etc/passwd"`, "INCLUDETEXT"},
		{`  includepicture "http://example.com/x.png" \d `, "INCLUDEPICTURE"},
		{`"LINK" Excel.Sheet.12 "C:\\数据\\决算.xlsx" "Sheet1!R1C1" \a`, "LINK"},
		{` DDE excel "C:\\a.xlsx" `, "DDE"},
		{` DATABASE \d "C:\\a.mdb" \s "select * from t" `, "DATABASE"},
		{` MacroButton Normal.NewMacros.Run 点击 `, "MACROBUTTON"},
		{` AUTOTEXT 机密 `, "AUTOTEXT"},
		{` INCLUDE "\\\\server\\share\\a.docx" `, "INCLUDE"},
		{` IMPORT "http://example.com/a.wmf" `, "IMPORT"},
		{` USERNAME `, "USERNAME"},
		{` FILLIN "请输入" `, "FILLIN"},
	}
	n := 0
	for _, part := range storyParts {
		for form, make := range fieldForms {
			in := instrs[n%len(instrs)]
			n++
			problems := refusal(t, part.put(t, make(in.instr)))
			if !mentions(problems, part.place, in.kind+" 域", "Alt+F9") {
				t.Errorf("%s, %s form, %s: %v", part.place, form, in.kind, problems)
			}
		}
	}
	for _, in := range instrs { // every type, in the body's complex form
		if problems := refusal(t, storyParts[0].put(t, fieldForms["complex"](in.instr))); !mentions(problems, "第1段（“见 旧结果”）", "有 "+in.kind+" 域") {
			t.Errorf("%s: %v", in.kind, problems)
		}
	}
}

// TestAFieldWhoseTypeANestedFieldMakesIsRefused: { { QUOTE "DDEAUTO" } … }
// hides the type from any reading of the text.
func TestAFieldWhoseTypeANestedFieldMakesIsRefused(t *testing.T) {
	para := `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> QUOTE 68 68 69 65 85 84 79 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:instrText xml:space="preserve"> c:\\windows\\system32\\cmd.exe </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	if problems := refusal(t, storyParts[0].put(t, para)); !mentions(problems, "第1段", "由嵌套在其中的域生成") {
		t.Errorf("%v", problems)
	}
}

// TestHarmlessFieldsStay: page numbers, tables of contents, references,
// hyperlinks and dates read nothing from outside and stay allowed, as does
// an active field's name typed as text.
func TestHarmlessFieldsStay(t *testing.T) {
	for _, instr := range []string{` PAGE `, `NUMPAGES \* Arabic`, ` SECTIONPAGES `, ` TOC \o "1-3" \h \z \u `, ` REF _Ref123 \h `,
		` PAGEREF _Toc1 \h `, ` HYPERLINK "http://www.example.gov.cn/" `, ` DATE \@ "yyyy年M月d日" `, ` SEQ 表 \* ARABIC `, ` = 1+2 `, ` STYLEREF 1 `} {
		for form, make := range fieldForms {
			for _, part := range storyParts[:2] {
				if _, err := parse("t.docx", part.put(t, make(instr))); err != nil {
					t.Errorf("%s in %s, %s form: %v", instr, part.place, form, err)
				}
			}
		}
	}
	text := `<w:p><w:r><w:t>本文不含 DDEAUTO 或 INCLUDETEXT 域。</w:t></w:r></w:p>`
	if _, err := parse("t.docx", storyParts[0].put(t, text)); err != nil {
		t.Error(err)
	}
	if problems, err := activeContent(templates.Disclosure); err != nil || len(problems) > 0 {
		t.Errorf("the sample template: %v %v", problems, err)
	}
}
