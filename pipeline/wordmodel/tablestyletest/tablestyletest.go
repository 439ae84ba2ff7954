// Package tablestyletest writes Word table styles and styled tables as
// Word and WPS write them, for the tests of the reader, the layout and
// the PDF: written from ECMA-376, not copied from Word's own files.
package tablestyletest

import (
	"archive/zip"
	"bytes"
	"strings"
)

// NS are the namespaces of the parts written here.
const NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// GridTable4 is a table style in the shape Word writes its built-in
// 「网格表 4 - 着色 1」(Grid Table 4 Accent 1): thin lines of the accent's
// tint all over, a header row filled with the accent in bold white, a
// bold total row under a double line, bold first and last columns, and
// row and column bands of a pale tint. Written from ECMA-376 §17.7.6, its
// colours the theme's resolved as Word writes them beside the theme names.
const GridTable4 = `<w:style w:type="table" w:styleId="4-1"><w:name w:val="Grid Table 4 Accent 1"/><w:basedOn w:val="a1"/><w:uiPriority w:val="49"/><w:rsid w:val="00B40C5A"/>` +
	`<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
	`<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/><w:left w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/><w:right w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/>` +
	`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/></w:tblBorders></w:tblPr>` +
	`<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF" w:themeColor="background1"/></w:rPr><w:tblPr/><w:tcPr><w:tcBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="4472C4" w:themeColor="accent1"/><w:left w:val="single" w:sz="4" w:space="0" w:color="4472C4" w:themeColor="accent1"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="4472C4" w:themeColor="accent1"/><w:right w:val="single" w:sz="4" w:space="0" w:color="4472C4" w:themeColor="accent1"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>` +
	`</w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="4472C4" w:themeFill="accent1"/></w:tcPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="lastRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:tcPr><w:tcBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="4472C4" w:themeColor="accent1"/></w:tcBorders></w:tcPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr><w:tblStylePr w:type="lastCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="band1Vert"><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3" w:themeFill="accent1" w:themeFillTint="33"/></w:tcPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="band1Horz"><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3" w:themeFill="accent1" w:themeFillTint="33"/></w:tcPr></w:tblStylePr></w:style>`

// LightShading is a table style in the shape Word 2007 writes its
// built-in 「浅色底纹」(Light Shading): text of the theme's dark colour,
// 1 pt lines above and below the table, the header and the total row and
// none beside them or between cells, bold header, total row and first and
// last columns, row and column bands shaded a quarter grey.
const LightShading = `<w:style w:type="table" w:styleId="a5"><w:name w:val="Light Shading"/><w:basedOn w:val="a1"/><w:uiPriority w:val="60"/>` +
	`<w:rPr><w:color w:val="000000" w:themeColor="text1" w:themeShade="BF"/></w:rPr><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/>` +
	`<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000" w:themeColor="text1"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000" w:themeColor="text1"/></w:tblBorders></w:tblPr>` +
	`<w:tblStylePr w:type="firstRow"><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:tcPr><w:tcBorders>` + lightRule + `</w:tcBorders></w:tcPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="lastRow"><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:tcPr><w:tcBorders>` + lightRule + `</w:tcBorders></w:tcPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr><w:tblStylePr w:type="lastCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="band1Vert"><w:tblPr/><w:tcPr><w:tcBorders><w:left w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="C0C0C0" w:themeFill="text1" w:themeFillTint="3F"/></w:tcPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="band1Horz"><w:tblPr/><w:tcPr><w:tcBorders><w:left w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="C0C0C0" w:themeFill="text1" w:themeFillTint="3F"/></w:tcPr></w:tblStylePr></w:style>`

// lightRule is Light Shading's header and total row lines.
const lightRule = `<w:top w:val="single" w:sz="8" w:space="0" w:color="000000" w:themeColor="text1"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000" w:themeColor="text1"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>`

// WPSBlue is a custom table style as WPS writes one (「蓝色表头」): a
// table-wide vertical centring and 小五 type, a header row in 黑体 bold
// white on dark blue, centred, that keeps its row whole.
const WPSBlue = `<w:style w:type="table" w:customStyle="1" w:styleId="10"><w:name w:val="蓝色表头"/><w:basedOn w:val="a1"/><w:qFormat/><w:uiPriority w:val="0"/>` +
	`<w:rPr><w:sz w:val="18"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>` +
	`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tcPr><w:vAlign w:val="center"/></w:tcPr>` +
	`<w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tblPr/><w:trPr><w:cantSplit/></w:trPr>` +
	`<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr></w:tblStylePr></w:style>`

// Repeating is a custom table style as Word writes one whose header row
// is set to repeat on each page and not to break (the style's 「标题行」
// format: trPr's tblHeader and cantSplit), with room above and below its
// text (a tblCellMar of 5.65 pt in the format's own tblPr) and its body
// rows' text indented 14.2 pt from the left (band1Horz's tcMar).
const Repeating = `<w:style w:type="table" w:customStyle="1" w:styleId="Repeat"><w:name w:val="重复标题行"/><w:basedOn w:val="a1"/><w:uiPriority w:val="0"/>` +
	`<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>` +
	`<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tblPr><w:tblCellMar><w:top w:w="113" w:type="dxa"/><w:bottom w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="band1Horz"><w:tcPr><w:tcMar><w:left w:w="284" w:type="dxa"/></w:tcMar></w:tcPr></w:tblStylePr>` +
	`<w:tblStylePr w:type="band2Horz"><w:tcPr><w:tcMar><w:left w:w="284" w:type="dxa"/></w:tcMar></w:tcPr></w:tblStylePr></w:style>`

// Table is a table of style with tblLook look (its attributes, or
// a w:val alone), grid columns of cols and rows of cells, the first row
// a repeating header row; a cell's text may carry its own formatting as
// "text|rPr" and its own tcPr as "text|rPr|tcPr".
func Table(style, look string, cols int, rows [][]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="` + style + `"/><w:tblW w:w="0" w:type="auto"/><w:tblLook ` + look + `/></w:tblPr><w:tblGrid>` +
		strings.Repeat(`<w:gridCol w:w="2000"/>`, cols) + `</w:tblGrid>`)
	for i, row := range rows {
		b.WriteString(`<w:tr>`)
		if i == 0 {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for _, c := range row {
			parts := append(strings.Split(c, "|"), "", "")
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>` + parts[2] + `</w:tcPr>` + Para(parts[1], parts[0]) + `</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	return b.String() + `</w:tbl>`
}

// Look04A0 is the tblLook Word writes for a new table: header row, first
// column, banded rows, both forms.
const Look04A0 = `w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"`

// Styles is a styles.xml as Word writes a new document's: 五号 宋体
// defaults, a Normal that sets next to nothing, the default table style;
// with styles added.
func Styles(styles string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + NS + `><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		styles + `</w:styles>`
}

// Para is a paragraph of one run of rPr content and text, as Word writes it.
func Para(rPr, text string) string {
	if rPr != "" {
		rPr = `<w:rPr>` + rPr + `</w:rPr>`
	}
	return `<w:p><w:r>` + rPr + `<w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// Docx is a whole .docx, as a word processor opens it, of styles.xml
// styles (Styles' output) and body (w:p and w:tbl elements) on A4 with
// Word's margins and a line grid of 15.6 pt.
func Docx(styles, body string) []byte {
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + NS + `><w:body>` + body +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:body></w:document>`
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/document.xml", doc},
		{"word/styles.xml", styles},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, _ := zw.Create(p.name)
		w.Write([]byte(p.body))
	}
	zw.Close()
	return buf.Bytes()
}
