// Package storytest writes, for tests, headers and footers as Word and
// WPS write them: paragraphs of their built-in 页眉 and 页脚 styles (a
// centre tab at 4153 twips and a right one at 8306, the rule under a
// header's line), tabs, pictures in a line, on the built-in template.
package storytest

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// Writer is how an editor writes the header and footer styles: its name,
// the styles' ids and their w:style elements.
type Writer struct {
	Name, Header, Footer, styles string
}

// headerPPr is the 页眉 and 页脚 styles' paragraph properties; the
// template's Normal indents a first line and spaces its lines exactly,
// which a clerk's 页眉 takes back.
const headerPPr = `<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/>`

// Writers are Chinese Word's and WPS's.
var Writers = []Writer{
	{"Word", "a3", "a5",
		`<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:link w:val="a4"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>` + headerPPr + `<w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:link w:val="a6"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>` + headerPPr + `<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>`},
	{"WPS", "3", "4",
		`<w:style w:type="paragraph" w:styleId="3"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:pBdr><w:bottom w:val="single" w:color="auto" w:sz="6" w:space="1"/></w:pBdr>` + headerPPr + `<w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="4"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr>` + headerPPr + `<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>`},
}

// Word is Chinese Word.
var Word = Writers[0]

// Para is a paragraph of the style id, its own pPr added, of runs.
func Para(style, pPr string, runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/>` + pPr + `</w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// FontRun is a run of text in the East Asian font.
func FontRun(font, text string) string {
	return `<w:r><w:rPr><w:rFonts w:eastAsia="` + font + `" w:hint="eastAsia"/></w:rPr><w:t>` + text + `</w:t></w:r>`
}

// Tab is a run of a tab.
const Tab = `<w:r><w:tab/></w:r>`

// Docx is the built-in template with body, the header on every page
// ("" for none) and, where footer is set, that footer on odd and even
// pages in place of the template's page numbers; both parts' pictures
// embed rIdLogo, and the styles are w's.
func (w Writer) Docx(t testing.TB, body, header, footer string) []byte {
	t.Helper()
	edits := map[string]func(string) string{
		"word/styles.xml": func(s string) string { return strings.Replace(s, "</w:styles>", w.styles+"</w:styles>", 1) },
	}
	if footer != "" {
		part := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` + st.NS + `>` + footer + `</w:ftr>`
		rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>`
		for _, name := range []string{"footer1", "footer2"} {
			edits["word/"+name+".xml"] = opctest.Set(part)
			edits["word/_rels/"+name+".xml.rels"] = opctest.Set(rels)
		}
		edits["word/media/logo.png"] = opctest.Set(string(sealtest.PNG(t, 60, 20, sealtest.Blue)))
	}
	return opctest.Edit(t, sealtest.Docx(t, body, header), edits)
}

// Inline is a run of the logo in the line, w by h EMU, as Word writes it.
func Inline(w, h int) string {
	return fmt.Sprintf(`<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="31" name="图片 31"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="31" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`, w, h, w, h)
}

// PageNumberBox is a footer's paragraph holding the page number as WPS's
// 插入页码 writes it: a VML text box 144 pt square as saved, fitted to
// its text, which it does not wrap, aligned (left, center, right,
// inside, outside) across the margin.
func PageNumberBox(align string) string {
	return `<w:p><w:pPr><w:pStyle w:val="4"/></w:pPr><w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
		`<v:shape id="文本框1" o:spid="_x0000_s4097" o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-top:0pt;height:144pt;width:144pt;mso-position-horizontal:` + align + `;mso-position-horizontal-relative:margin;mso-wrap-style:none;z-index:251659264;" filled="f" stroked="f" coordsize="21600,21600">` +
		`<v:textbox inset="0mm,0mm,0mm,0mm" style="mso-fit-shape-to-text:t;"><w:txbxContent><w:p><w:pPr><w:pStyle w:val="4"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE  \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`
}
