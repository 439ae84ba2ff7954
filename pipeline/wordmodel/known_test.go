package wordmodel_test

import (
	"cmp"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/fieldtest"
)

// wpsNS is the root of a part as WPS writes it: Word's namespaces, WPS's
// own data namespace, and what Word may skip.
const wpsNS = wordNS + ` xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 w15 wp14 wpsCustomData"`

// withHeader is the fixture with body and a default header of paragraphs.
func withHeader(body, header string) fixture {
	return fixture{
		body:     body,
		rels:     `<Relationship Id="rIdKnownHdr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`,
		sectRefs: `<w:headerReference w:type="default" r:id="rIdKnownHdr"/>`,
		parts: map[string]string{
			"word/header1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wpsNS + `>` + header + `</w:hdr>`,
		},
	}
}

// knownCase is one template made as Word or WPS writes one feature: what
// it lists (place：what), and text its body must (or must not) show.
type knownCase struct {
	name     string
	f        fixture
	listed   []string
	shows    []string
	notShown []string
	edit     func(document string) string // of document.xml, as saved
}

// docx is the case's template as saved, its document's root as Word
// writes it.
func (c knownCase) docx(t *testing.T) []byte {
	t.Helper()
	return opctest.Edit(t, c.f.docx(t), map[string]func(string) string{"word/document.xml": func(s string) string {
		if c.edit != nil {
			s = c.edit(s)
		}
		return wordRoot(s)
	}})
}

var attribute = regexp.MustCompile(`[^\s=]+="[^"]*"`)

// wordRoot gives the document's root each namespace once, with those Word
// 2016 declares and may skip (mc:Ignorable).
func wordRoot(s string) string {
	start := strings.Index(s, "<w:document ")
	end := start + strings.IndexByte(s[start:], '>')
	seen := map[string]bool{}
	root := []string{"<w:document"}
	decls := attribute.FindAllString(s[start+len("<w:document "):end]+` xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word" mc:Ignorable="w14 w15 w16se wp14"`, -1)
	for _, d := range decls {
		name, _, _ := strings.Cut(d, "=")
		if !seen[name] {
			seen[name] = true
			root = append(root, d)
		}
	}
	return s[:start] + strings.Join(root, " ") + s[end:]
}

func (c knownCase) check(t *testing.T) {
	t.Helper()
	doc, err := wordmodel.Read(c.docx(t))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc, c.listed...)
	all := strings.Join(texts(doc), "\n")
	for _, s := range c.shows {
		if !strings.Contains(all, s) {
			t.Errorf("%q is not shown: %q", s, all)
		}
	}
	for _, s := range c.notShown {
		if strings.Contains(all, s) {
			t.Errorf("%q is shown: %q", s, all)
		}
	}
}

// Marks Word does not print, tracked changes (read as accepted: the Word
// writer accepts them and notes it), content controls, custom XML and
// smart tags, alternate content: read, nothing listed.
func TestWhatWordDoesNotPrintIsReadQuietly(t *testing.T) {
	for _, c := range quietCases() {
		t.Run(c.name, c.check)
	}
}

func quietCases() []knownCase {
	checkbox := `<w:sdt><w:sdtPr><w:id w:val="-1520300912"/><w14:checkbox><w14:checked w14:val="1"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>`
	emoji := `<w:r><mc:AlternateContent><mc:Choice Requires="w16se"><w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="2705"/></mc:Choice><mc:Fallback><w:t>✅</w:t></mc:Fallback></mc:AlternateContent></w:r>`
	return []knownCase{
		{name: "floating table", f: fixture{body: `<w:tbl><w:tblPr><w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1"/><w:tblOverlap w:val="never"/><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + para(run("", "格")) + `</w:tc></w:tr></w:tbl>` + para(run("", "环绕"))},
			shows: []string{"环绕"}},
		{name: "marks", f: fixture{body: para(`<w:proofErr w:type="spellStart"/>`, `<w:bookmarkStart w:id="0" w:name="_GoBack"/>`, run("", "甲"), `<w:bookmarkEnd w:id="0"/>`, `<w:proofErr w:type="spellEnd"/>`,
			`<w:permStart w:id="1" w:edGrp="everyone"/>`, `<w:commentRangeStart w:id="2"/>`, `<w:r><w:lastRenderedPageBreak/><w:t>乙</w:t></w:r>`, `<w:commentRangeEnd w:id="2"/>`,
			`<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="2"/></w:r>`, `<w:permEnd w:id="1"/>`, `<w:r><w:noBreakHyphen/><w:t>丙</w:t></w:r>`),
			rels:  `<Relationship Id="rIdKnownComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`,
			parts: map[string]string{"word/comments.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ` + wordNS + `><w:comment w:id="2" w:author="张三" w:date="2024-01-02T00:00:00Z" w:initials="张"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>请与决算核对</w:t></w:r></w:p></w:comment></w:comments>`}},
			shows: []string{"甲乙\u2011丙"}},
		{name: "revisions", f: fixture{body: para(run("", "留"), `<w:ins w:id="3" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:r><w:t>新</w:t></w:r></w:ins>`,
			`<w:del w:id="4" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:r><w:delText>旧</w:delText></w:r></w:del>`,
			`<w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:rPr><w:fitText w:val="900" w:id="1"/></w:rPr></w:rPrChange></w:rPr><w:t>改</w:t></w:r>`) +
			`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:rPr><w:ins w:id="6" w:author="张三" w:date="2024-01-02T00:00:00Z"/></w:rPr><w:pPrChange w:id="7" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:pPr><w:framePr w:dropCap="drop" w:lines="3"/></w:pPr></w:pPrChange></w:pPr>` + run("", "段") + `</w:p>`},
			shows: []string{"留新改", "段"}, notShown: []string{"旧"}},
		{name: "content controls", f: fixture{body: `<w:sdt><w:sdtPr><w:alias w:val="单位"/><w:tag w:val="unit"/><w:id w:val="1"/><w:text/></w:sdtPr><w:sdtEndPr/><w:sdtContent>` + para(run("", "沁源县")) + `</w:sdtContent></w:sdt>` +
			para(run("", "已核对"), checkbox, `<w:sdt><w:sdtPr><w:id w:val="2"/><w:date w:fullDate="2024-01-02T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/></w:date></w:sdtPr><w:sdtContent>`+run("", "2024年1月2日")+`</w:sdtContent></w:sdt>`)},
			shows: []string{"沁源县", "已核对☒2024年1月2日"}},
		{name: "custom XML and smart tags", f: fixture{body: `<w:customXml w:uri="urn:jixiao" w:element="report"><w:customXmlPr><w:attr w:name="year" w:val="2023"/></w:customXmlPr>` +
			para(`<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:smartTagPr><w:attr w:name="Year" w:val="2023"/></w:smartTagPr>`+run("", "2023年")+`</w:smartTag>`,
				`<w:customXml w:element="amount">`+run("", "12万元")+`</w:customXml>`) + `</w:customXml>`},
			shows: []string{"2023年12万元"}},
		{name: "alternate content", f: fixture{body: para(run("", "完成"), emoji)}, shows: []string{"完成✅"}},
		{name: "character scale and spacing, fitted text, page borders, vertical cells (drawn)", f: fixture{
			body:     para(run(`<w:w w:val="80"/><w:spacing w:val="20"/>`, "紧排")) + para(run(`<w:fitText w:val="1680" w:id="1"/>`, "单位")) + `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:textDirection w:val="tbRlV"/></w:tcPr>` + para(run("", "竖排")) + `</w:tc></w:tr></w:tbl>`,
			sectRefs: `<w:pgBorders w:offsetFrom="page"><w:top w:val="single" w:sz="4" w:space="24" w:color="auto"/></w:pgBorders>`},
			shows: []string{"紧排", "单位"}},
		{name: "two lines in one, horizontal in vertical, line numbers (drawn)", f: fixture{
			body:     para(run(`<w:eastAsianLayout w:id="2" w:combine="1" w:combineBrackets="round"/>`, "沁源财政")) + para(run(`<w:eastAsianLayout w:id="3" w:vert="1" w:vertCompress="1"/>`, "12")),
			sectRefs: `<w:lnNumType w:countBy="1" w:restart="continuous"/>`},
			shows: []string{"沁源财政", "12"}},
		{name: "two lines in one in a cell (drawn)", f: fixture{body: strings.Replace(`<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>`+para(run("", "格"))+`</w:tc></w:tr></w:tbl>`, para(run("", "格")), para(run(`<w:eastAsianLayout w:id="2" w:combine="1"/>`, "沁源财政")), 1)}},
		{name: "horizontal in vertical in a vertical cell (drawn)", f: fixture{body: strings.Replace(`<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:textDirection w:val="tbRlV"/></w:tcPr>`+para(run("", "格"))+`</w:tc></w:tr></w:tbl>`, para(run("", "格")), para(run("", "2024年"), run(`<w:eastAsianLayout w:id="3" w:vert="1" w:vertCompress="1"/>`, "12"), run("", "月")), 1)}},
		{name: "columns (laid out)", f: fixture{body: para(run("", "正文")), sectRefs: `<w:cols w:num="2" w:space="425" w:sep="1"/>`},
			shows: []string{"正文"}},
		{name: "unequal columns (laid out)", f: fixture{body: para(run("", "正文")), sectRefs: `<w:cols w:num="2" w:space="425" w:equalWidth="0"><w:col w:w="5000" w:space="425"/><w:col w:w="2881"/></w:cols>`},
			shows: []string{"正文"}},
		{name: "WPS's own data", f: withHeader(para(run("", "正文")), para(run("", "页眉"), `<wpsCustomData:docInfo wpsCustomData:id="1"/>`))},
	}
}

// What the PDF would not show, one template each, is listed with its place.
func TestWhatIsNotDrawnIsListed(t *testing.T) {
	for _, c := range notDrawnCases() {
		t.Run(c.name, c.check)
	}
}

func notDrawnCases() []knownCase {
	table := func(tblPr, trPr, tcPr string) string {
		return `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/>` + tblPr + `</w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:trPr>` + trPr + `</w:trPr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/>` + tcPr + `</w:tcPr>` + para(run("", "格")) + `</w:tc></w:tr></w:tbl>`
	}
	return []knownCase{
		{name: "altChunk", f: fixture{body: para(run("", "前文")) + `<w:altChunk r:id="rIdChunk"/>` + para(run("", "后文"))},
			listed: []string{"第 1 段之后：外部内容块（altChunk，内容在另一个文件中，Word 打开时才导入）"}},
		{name: "subDoc", f: fixture{body: para(run("", "见子文档")) + `<w:p><w:subDoc r:id="rIdSub"/></w:p>`},
			listed: []string{"第 2 段：子文档（内容在另一个文件中）"}},
		{name: "a character style's property", f: fixture{body: para(run(`<w:rStyle w:val="Relief"/>`, "立体")),
			styles: `<w:style w:type="character" w:customStyle="1" w:styleId="Relief"><w:name w:val="立体框"/><w:rPr><w:bdr w:val="threeDEmboss" w:sz="24" w:space="0" w:color="auto"/></w:rPr></w:style>`},
			listed: []string{"第 1 段（“立体”）：文字边框（立体线型“threeDEmboss”）"}},
		{name: "drop cap in a cell (drawn)", f: fixture{body: `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1040" w:lineRule="exact"/></w:pPr>` + run(`<w:position w:val="-10"/><w:sz w:val="96"/>`, "我") + `</w:p>` + para(run("", "县")) + `</w:tc></w:tr></w:tbl>` + para(run("", "后"))},
			shows: []string{"后"}},
		{name: "hanging drop cap in a cell (drawn)", f: fixture{body: `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="margin" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1040" w:lineRule="exact"/></w:pPr>` + run(`<w:position w:val="-10"/><w:sz w:val="96"/>`, "我") + `</w:p>` + para(run("", "县")) + `</w:tc></w:tr></w:tbl>` + para(run("", "后"))},
			shows: []string{"后"}},
		{name: "a frame in a style", f: fixture{body: `<w:p><w:pPr><w:pStyle w:val="Framed"/></w:pPr>` + run("", "签发人") + `</w:p>` + para(run("", "正文")),
			styles: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Framed"><w:name w:val="框"/><w:pPr><w:framePr w:w="2880" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/></w:pPr></w:style>`},
			shows: []string{"签发人", "正文"}},
		{name: "a drop cap in a style", f: fixture{body: `<w:p><w:pPr><w:pStyle w:val="Dropped"/></w:pPr>` + run("", "我") + `</w:p>` + para(run("", "县")),
			styles: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dropped"><w:name w:val="下沉"/><w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/></w:pPr></w:style>`},
			shows: []string{"我", "县"}},
		{name: "a drop cap in a style in a cell (drawn)", f: fixture{body: `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="Dropped"/></w:pPr>` + run("", "我") + `</w:p>` + para(run("", "县")) + `</w:tc></w:tr></w:tbl>` + para(run("", "后")),
			styles: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dropped"><w:name w:val="下沉"/><w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/></w:pPr></w:style>`},
			shows: []string{"后"}},
		{name: "a hanging drop cap in a style in a cell (drawn)", f: fixture{body: `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="Dropped"/></w:pPr>` + run("", "我") + `</w:p>` + para(run("", "县")) + `</w:tc></w:tr></w:tbl>` + para(run("", "后")),
			styles: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dropped"><w:name w:val="下沉"/><w:pPr><w:framePr w:dropCap="margin" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/></w:pPr></w:style>`},
			shows: []string{"后"}},
		{name: "a frame in a style in a text box (drawn)", f: fixture{body: `<w:p>` + run("", "锚") + `<w:r><w:pict><v:shape id="文本框 2" type="#_x0000_t202" style="position:absolute;width:100pt;height:50pt"><v:textbox><w:txbxContent><w:p><w:pPr><w:pStyle w:val="Framed"/></w:pPr>` + run("", "框中") + `</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
			styles: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Framed"><w:name w:val="框"/><w:pPr><w:framePr w:w="2880" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/></w:pPr></w:style>`},
			shows: []string{"锚"}},
		{name: "drop cap in a text box", f: fixture{body: `<w:p>` + run("", "锚") + `<w:r><w:pict><v:shape id="文本框 2" type="#_x0000_t202" style="position:absolute;width:200pt;height:100pt"><v:textbox><w:txbxContent><w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1040" w:lineRule="exact"/></w:pPr>` + run(`<w:position w:val="-10"/><w:sz w:val="96"/>`, "我") + `</w:p>` + para(run("", "县")) + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`},
			shows: []string{"锚"}},
		{name: "drop cap", f: fixture{body: `<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1040" w:lineRule="exact"/></w:pPr>` + run(`<w:position w:val="-10"/><w:sz w:val="96"/>`, "我") + `</w:p>` + para(run("", "县"))},
			shows: []string{"我", "县"}},
		{name: "two lines in one underlined", f: fixture{body: para(run(`<w:u w:val="single"/><w:eastAsianLayout w:id="2" w:combine="1"/>`, "沁源财政"))},
			shows: []string{"沁源财政"}},
		{name: "horizontal in vertical struck and shaded", f: fixture{body: para(run(`<w:strike/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/><w:eastAsianLayout w:id="3" w:vert="1"/>`, "12"))},
			shows: []string{"12"}},
		{name: "two lines in one plain", f: fixture{body: para(run(`<w:u w:val="none"/><w:eastAsianLayout w:id="2" w:combine="1"/>`, "沁源财政"))}},
		{name: "two lines in one in a vertical cell (drawn)", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="tbRl"/>`), para(run("", "格")), para(run(`<w:eastAsianLayout w:id="2" w:combine="1"/>`, "沁源财政")), 1)}},
		{name: "two lines in one underlined in a vertical cell", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="tbRl"/>`), para(run("", "格")), para(run(`<w:u w:val="single"/><w:eastAsianLayout w:id="2" w:combine="1"/>`, "沁源财政")), 1)},
			listed: []string{"表 1 第 1 行第 1 列（“沁源财政”）：竖排文字单元格中带下划线、删除线、边框、着重号、上下标、超链接或字符缩放和间距的双行合一"}},
		{name: "two lines in one in a turned cell (drawn)", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="btLr"/>`), para(run("", "格")), para(run(`<w:eastAsianLayout w:id="2" w:combine="1"/>`, "沁源财政")), 1)}},
		{name: "raised horizontal in vertical in a vertical cell (drawn)", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="tbRl"/>`), para(run("", "格")), para(run(`<w:vertAlign w:val="superscript"/><w:eastAsianLayout w:id="3" w:vert="1"/>`, "12")), 1)}},
		{name: "underlined ruby in a vertical cell", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="tbRl"/>`), para(run("", "格")),
			`<w:p><w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt>`+run("", "qìn")+`</w:rt><w:rubyBase>`+run(`<w:u w:val="single"/>`, "沁")+`</w:rubyBase></w:ruby></w:r></w:p>`, 1)},
			listed: []string{"表 1 第 1 行第 1 列（“沁”）：竖排文字的格式（带格式的拼音指南）"}},
		{name: "underlined ruby in a turned cell (drawn)", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="btLr"/>`), para(run("", "格")),
			`<w:p><w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt>`+run("", "qìn")+`</w:rt><w:rubyBase>`+run(`<w:u w:val="single"/>`, "沁")+`</w:rubyBase></w:ruby></w:r></w:p>`, 1)}},
		{name: "text fitted wider in a vertical cell (drawn)", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="tbRl"/>`), para(run("", "格")), para(run(`<w:fitText w:val="1440" w:id="4"/>`, "单位")), 1)}},
		{name: "text fitted narrower in a vertical cell (drawn)", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="tbRl"/>`), para(run("", "格")), para(run(`<w:fitText w:val="400" w:id="4"/>`, "单位"), run(`<w:fitText w:val="400" w:id="4"/>`, "名称")), 1)}},
		{name: "horizontal in vertical in a horizontal cell", f: fixture{body: strings.Replace(table("", "", ""), para(run("", "格")), para(run(`<w:eastAsianLayout w:id="3" w:vert="1"/>`, "12")), 1)}},
		{name: "horizontal in vertical in a turned cell (drawn)", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="btLr"/>`), para(run("", "格")), para(run(`<w:eastAsianLayout w:id="3" w:vert="1"/>`, "12")), 1)}},
		{name: "chapter page numbers without a numbered heading", f: fixture{body: para(run("", "正文")), sectRefs: `<w:pgNumType w:start="1" w:chapStyle="1"/>`},
			listed: []string{"页面设置：包含章节号的页码（文档中没有带编号的第 1 级标题，Word 会在页码处显示错误信息）"}},
		{name: "Hebrew page numbers", f: fixture{body: para(run("", "正文")), sectRefs: `<w:pgNumType w:fmt="hebrew1"/>`},
			listed: []string{"页面设置：页码格式“hebrew1”（希伯来字母）"}},
		{name: "Korean page numbers", f: fixture{body: para(run("", "正文")), sectRefs: `<w:pgNumType w:fmt="koreanCounting"/>`},
			listed: []string{"页面设置：页码格式“koreanCounting”（韩文数字）"}},
		{name: "Japanese legal page numbers", f: fixture{body: para(run("", "正文")), sectRefs: `<w:pgNumType w:fmt="japaneseLegal"/>`}},
		{name: "roman page numbers from 3", f: fixture{body: para(run("", "正文")), sectRefs: `<w:pgNumType w:fmt="upperRoman" w:start="3"/>`}},
		{name: "STYLEREF of a paragraph's number in a header", f: withHeader(para(run("", "正文")), para(fieldtest.Complex("一", ` STYLEREF  "标题 1" \n `))),
			listed: []string{"页眉（header1.xml）（“一”）：页眉页脚中的 STYLEREF 域（开关 \\n 无法显示）"}},
		{name: "STYLEREF of no style in a header", f: withHeader(para(run("", "正文")), para(fieldtest.Complex("章", ` STYLEREF  "章标题" `))),
			listed: []string{"页眉（header1.xml）（“章”）：页眉页脚中的 STYLEREF 域（样式“章标题”不是文档中的段落样式）"}},
		{name: "STYLEREF in a header", f: withHeader(para(run("", "正文")), para(fieldtest.Complex("正文", ` STYLEREF  "正文" \* MERGEFORMAT `)))},
		{name: "page number in words", f: fixture{body: para(run("", "第"), fieldtest.Complex("three", ` PAGE \* CardText `))},
			listed: []string{"第 1 段（“第[页码]”）：页码域的数字格式（\\* CardText）"}},
		{name: "page number switch in a cell", f: fixture{body: strings.Replace(table("", "", ""), para(run("", "格")), para(run("", "格"), fieldtest.Complex("I", ` PAGE \* ROMAN `)), 1)},
			listed: []string{"表 1 第 1 行第 1 列（“格[页码]”）：表格中带数字格式开关的页码域"}},
		{name: "shading in a vertical cell", f: fixture{body: strings.Replace(table("", "", `<w:textDirection w:val="tbRl"/>`), para(run("", "格")),
			`<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:pPr>`+run("", "格")+`</w:p>`, 1)},
			listed: []string{"表 1 第 1 行第 1 列（“格”）：竖排文字的格式（段落底纹）"}},
		{name: "page texture missing", f: fixture{body: para(run("", "正文"))},
			edit: func(s string) string {
				return strings.Replace(s, "<w:body>", `<w:background w:color="FFFFFF"><v:background id="_x0000_s1025" o:bwmode="white" o:targetscreensize="1024,768"><v:fill r:id="rId5" o:title="纸纹" recolor="t" type="tile"/></v:background></w:background><w:body>`, 1)
			},
			listed: []string{"正文开头：页面背景（填充效果的图片文件缺失或为外部链接）"}},
		{name: "floating table in a header", f: withHeader(para(run("", "正文")), table(`<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:tblpY="1"/>`, "", "")+para())},
		{name: "deleted row", f: fixture{body: table("", `<w:del w:id="9" w:author="张三" w:date="2024-01-02T00:00:00Z"/>`, "")},
			listed: []string{"表 1 第 1 行：表格行或单元格的修订（插入、删除或合并，未接受）"}},
		{name: "diagonal", f: fixture{body: table("", "", `<w:tcBorders><w:tl2br w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders>`)}},
		{name: "wavy diagonal", f: fixture{body: table("", "", `<w:tcBorders><w:tr2bl w:val="wave" w:sz="6" w:space="0" w:color="auto"/></w:tcBorders>`)},
			listed: []string{"表 1 第 1 行第 1 列：表格边框（线型“wave”）"}},
		{name: "date field", f: fixture{body: para(run("", "日期："), fieldtest.Complex("2024年1月2日", ` DATE \@ "yyyy年M月d日" `))},
			listed: []string{"第 1 段（“日期：2024年1月2日”）：日期或时间域（Word 打开或打印时更新为当天，与 PDF 不一致）"}},
		{name: "unknown field", f: fixture{body: para(fieldtest.Simple(` FOOBAR \* MERGEFORMAT `, "结果"))},
			listed: []string{"第 1 段（“结果”）：未能识别的域 FOOBAR"}, shows: []string{"结果"}},
		{name: "VML perspective shadow", f: fixture{body: para(`<w:r><w:pict><v:rect style="position:absolute;margin-left:0;margin-top:0;width:100pt;height:40pt;z-index:1" fillcolor="white"><v:shadow on="t" type="perspective" color="gray" matrix="66847f,,,24576f"/></v:rect></w:pict></w:r>`)},
			listed: []string{"第 1 段：阴影（双重、浮凸或透视阴影）"}},
	}
}

// An element no table knows, wherever it stands, is listed by name with
// its place, never skipped: in a run, between runs, in a cell's
// paragraph, between a table's rows, in a header, in a footnote, in a
// text box, the branch of an alternate content that is read (and not in
// the one that is not); an element of an ignorable namespace of Word's
// (w14) too, since Word reads it.
func TestAnUnknownElementIsListed(t *testing.T) {
	cell := `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:fooBar/></w:tcPr>` + para(run("", "格")) + `</w:tc></w:tr><w:fooBar/><w:tr><w:tc>` + para(run("", "格"), `<w:fooBar/>`) + `</w:tc></w:tr></w:tbl>`
	box := `<w:r><w:pict><v:shape style="position:absolute;margin-left:0;margin-top:0;width:100pt;height:40pt;z-index:2"><v:textbox><w:txbxContent>` + para(run("", "框"), `<w:fooBar/>`) + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
	notes := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ` + wordNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">` + para(run("", "注文"), `<w:fooBar/>`) + `</w:footnote></w:footnotes>`
	f := withHeader(para(`<w:r><w:fooBar w:val="1"/><w:t>甲</w:t></w:r>`)+para(run("", "乙"), `<w:fooBar>`+run("", "丙")+`</w:fooBar>`)+cell+
		para(run("", "丁"), `<w:r><w:footnoteReference w:id="1"/></w:r>`)+para(run("", "戊"), box)+para(run(`<w14:fooBar w14:val="1"/>`, "己"))+
		para(run("", "庚"), `<w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:fooBar/></mc:Choice><mc:Fallback><w:t>退</w:t></mc:Fallback></mc:AlternateContent></w:r>`,
			`<w:r><mc:AlternateContent><mc:Choice Requires="cx1"><w:fooBar/></mc:Choice><mc:Fallback><w:t>辛</w:t></mc:Fallback></mc:AlternateContent></w:r>`),
		para(run("", "页眉"), `<w:fooBar/>`))
	f.parts["word/footnotes.xml"] = notes
	f.rels += `<Relationship Id="rIdKnownNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`
	doc := f.read(t)
	wantListed(t, doc,
		"第 1 段（“甲”）：未能识别的 Word 内容 <w:fooBar>",
		"第 2 段（“乙丙”）：未能识别的 Word 内容 <w:fooBar>",
		"表 1 第 2 行第 1 列（“格”）：未能识别的 Word 内容 <w:fooBar>",
		"脚注 1（“注文”）：未能识别的 Word 内容 <w:fooBar>",
		"第 4 段的文本框（“框”）：未能识别的 Word 内容 <w:fooBar>",
		"第 5 段（“己”）：未能识别的 Word 内容 <w14:fooBar>",
		"第 6 段（“庚辛”）：未能识别的 Word 内容 <w:fooBar>",
		"表 1 第 1 行第 1 列：未能识别的 Word 内容 <w:fooBar>",
		"表 1 第 1 行：未能识别的 Word 内容 <w:fooBar>",
		"页眉（header1.xml）（“页眉”）：未能识别的 Word 内容 <w:fooBar>",
	)
}

// Cells joined across in the older way (w:hMerge), as LibreOffice and old
// Word versions write them, are one cell, as Word shows them; text in a
// joined cell, which Word does not show, is listed.
func TestCellsJoinedAcross(t *testing.T) {
	row := func(second string) string {
		return `<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:hMerge w:val="restart"/></w:tcPr>` + para(run("", "合并")) + `</w:tc><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:hMerge/></w:tcPr>` + second + `</w:tc><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>` + para(run("", "右")) + `</w:tc></w:tr>`
	}
	doc := fixture{body: `<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
		row(`<w:p/>`) + row(para(run("", "被盖住"))) + `</w:tbl>`}.read(t)
	tb := tableOf(doc)
	for r, row := range tb.Rows {
		if len(row.Cells) != 2 || row.Cells[0].Span != 2 || row.Cells[0].Text != "合并" || row.Cells[1].Span != 1 || row.Cells[1].Text != "右" {
			t.Errorf("row %d: %+v", r+1, row.Cells)
		}
	}
	wantListed(t, doc, "表 1 第 2 行第 2 列（“被盖住”）：横向合并后被覆盖的单元格内容")
}

// wpsTable is a table as WPS writes one: the table's borders (its own, or
// none and its style's) written again in every row (w:tblPrEx), the
// attributes in WPS's order; rowBorders replaces the second row's.
func wpsTable(style, own, rowBorders string) string {
	line := func(side string) string {
		return `<w:` + side + ` w:val="single" w:color="auto" w:sz="4" w:space="0"/>`
	}
	all := "<w:tblBorders>" + line("top") + line("left") + line("bottom") + line("right") + line("insideH") + line("insideV") + "</w:tblBorders>"
	if own != "" {
		own = all
	}
	row := func(borders string) string {
		return `<w:tr><w:tblPrEx><w:tblBorders>` + borders + `</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPrEx><w:trPr><w:trHeight w:val="567" w:hRule="atLeast"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="4261" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:rFonts w:hint="eastAsia"/><w:vertAlign w:val="baseline"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>项目</w:t></w:r></w:p></w:tc></w:tr>`
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(all, "<w:tblBorders>"), "</w:tblBorders>")
	return `<w:tbl><w:tblPr><w:tblStyle w:val="` + style + `"/><w:tblW w:w="4261" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>` + own + `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="4261"/></w:tblGrid>` +
		row(inner) + row(cmp.Or(rowBorders, inner)) + `</w:tbl>`
}

// A WPS table repeats its borders in every row: nothing is listed for
// that, its own or its style's; a row whose lines differ is listed.
func TestWPSRowBorders(t *testing.T) {
	style := `<w:style w:type="table" w:styleId="4"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`
	for _, c := range []knownCase{
		{name: "own borders", f: fixture{body: wpsTable("4", "own", "")}},
		{name: "the style's borders", f: fixture{body: wpsTable("4", "", ""), styles: style}},
		{name: "a row of its own", f: fixture{body: wpsTable("4", "own", `<w:top w:val="double" w:color="FF0000" w:sz="12" w:space="0"/>`)},
			listed: []string{"表 1 第 2 行：表格行的单独边框（与表格其他行不同）"}},
	} {
		t.Run(c.name, c.check)
	}
}

// A watermark as Word inserts one (设计 → 水印) and as WPS does: a VML
// text path in a header, in a content control of the watermark gallery.
// Everything in it is known (drawing it is the layout's).
func TestAWatermarkIsKnown(t *testing.T) {
	shapetype := `<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/></v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>`
	shape := `<v:shape id="PowerPlusWaterMarkObject357831064" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:412.4pt;height:164.95pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;等线&quot;;font-size:1pt" string="内部资料"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape>`
	word := `<w:sdt><w:sdtPr><w:id w:val="-1587145453"/><w:docPartObj><w:docPartGallery w:val="Watermarks"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>` + shapetype + shape + `</w:pict></w:r></w:p></w:sdtContent></w:sdt>`
	wps := `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s4097" o:spt="136" type="#_x0000_t136" style="position:absolute;left:0pt;height:137.25pt;width:549.05pt;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin;rotation:-2949120f;z-index:-251657216;mso-width-relative:page;mso-height-relative:page;" fillcolor="#C0C0C0" filled="t" stroked="f" coordsize="21600,21600" adj="10800"><v:path/><v:fill on="t" opacity="32768f" focussize="0,0"/><v:stroke on="f"/><v:imagedata o:title=""/><o:lock v:ext="edit" aspectratio="t"/><v:textpath on="t" fitshape="t" fitpath="t" trim="t" xscale="f" string="内部资料" style="font-family:宋体;font-size:36pt;v-same-letter-heights:f;v-text-align:center;"/></v:shape></w:pict></w:r></w:p>`
	for name, header := range map[string]string{"Word": word, "WPS": wps} {
		doc := withHeader(para(run("", "正文")), header).read(t)
		for _, u := range doc.Undrawn {
			if strings.HasPrefix(u.What, "未能识别") {
				t.Errorf("%s's watermark: %s", name, u)
			}
		}
	}
}

// A row or cell revision is settled in Word, not removed: its message says
// how.
func TestARowRevisionSaysToAcceptIt(t *testing.T) {
	doc := fixture{body: `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:cellDel w:id="1" w:author="张三" w:date="2024-01-02T00:00:00Z"/></w:tcPr>` + para(run("", "格")) + `</w:tc></w:tr></w:tbl>`}.read(t)
	if len(doc.Undrawn) != 1 || !strings.Contains(doc.Undrawn[0].String(), "表 1 第 1 行第 1 列：含表格行或单元格的修订（插入、删除或合并，未接受）；请在 Word 中“审阅 → 接受所有修订”") {
		t.Errorf("listed %v", doc.Undrawn)
	}
}

// A row's own width, alignment or indent: WPS and Word 2003 repeat the
// table's on every row, which is the table's place (Own nil); a row
// placed otherwise keeps its own place, centred, indented or at the
// right, its width its own, and is not listed, in the body and in a
// header's table alike.
func TestARowPlacedOtherwise(t *testing.T) {
	table := func(tblPr, rowPr string) string {
		row := `<w:tr>` + rowPr + `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + para(run("", "格")) + `</w:tc></w:tr>`
		return `<w:tbl><w:tblPr>` + tblPr + `</w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>` + row + row + `</w:tbl>`
	}
	centred := `<w:tblW w:w="4000" w:type="dxa"/><w:jc w:val="center"/><w:tblInd w:w="0" w:type="dxa"/>`
	style := `<w:style w:type="table" w:styleId="Centred"><w:name w:val="居中表格"/><w:tblPr><w:jc w:val="center"/></w:tblPr></w:style>`
	for _, c := range []struct {
		name, tblPr, rowPr string
		own                *wordmodel.RowPlace
	}{
		{"WPS repeats the table's", centred, `<w:tblPrEx><w:tblW w:w="4000" w:type="dxa"/><w:jc w:val="center"/><w:tblInd w:w="0" w:type="dxa"/></w:tblPrEx>`, nil},
		{"Word 2003's row jc as the table's", centred, `<w:trPr><w:jc w:val="center"/></w:trPr>`, nil},
		{"left spelt start, no indent spelt 0", `<w:tblW w:w="0" w:type="auto"/>`, `<w:tblPrEx><w:jc w:val="start"/><w:tblInd w:w="0" w:type="dxa"/></w:tblPrEx>`, nil},
		{"the style's jc repeated", `<w:tblStyle w:val="Centred"/><w:tblW w:w="4000" w:type="dxa"/>`, `<w:tblPrEx><w:jc w:val="center"/></w:tblPrEx>`, nil},
		{"a row centred in a left table", `<w:tblW w:w="4000" w:type="dxa"/>`, `<w:tblPrEx><w:jc w:val="center"/></w:tblPrEx>`,
			&wordmodel.RowPlace{Width: wordmodel.TableWidth{Twips: 4000}, Align: "center"}},
		{"a row indented and narrower", `<w:tblW w:w="4000" w:type="dxa"/>`, `<w:tblPrEx><w:tblW w:w="3000" w:type="dxa"/><w:tblInd w:w="567" w:type="dxa"/></w:tblPrEx>`,
			&wordmodel.RowPlace{Width: wordmodel.TableWidth{Twips: 3000}, Indent: 567}},
		{"a row right-aligned by its trPr", centred, `<w:trPr><w:jc w:val="right"/></w:trPr>`,
			&wordmodel.RowPlace{Width: wordmodel.TableWidth{Twips: 4000}, Align: "right"}},
	} {
		doc := fixture{body: table(c.tblPr, c.rowPr), styles: style}.read(t)
		wantListed(t, doc)
		for i, row := range doc.Blocks[0].(*wordmodel.Table).Rows {
			if (row.Own == nil) != (c.own == nil) || row.Own != nil && *row.Own != *c.own {
				t.Errorf("%s: row %d stands at %+v, want %+v", c.name, i+1, row.Own, c.own)
			}
		}
		head := withHeader(para(run("", "正文")), table(c.tblPr, c.rowPr))
		head.styles = style
		if got := head.read(t).Undrawn; len(got) > 0 {
			t.Errorf("%s in a header: listed %v", c.name, got)
		}
	}
}
