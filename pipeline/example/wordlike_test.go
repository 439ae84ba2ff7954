package example

import (
	"fmt"
	"strings"
)

// wordPara writes a paragraph as Word leaves one after a clerk typed and
// corrected it: rsid attributes on the paragraph and each run, and the
// text split into runs where the spec says, with what Word puts between
// them:
//
//	|  a new run (Word splits at each edit: a new rsidRPr)
//	^  a new run with the bold switched
//	~  a new run after a proofing mark (w:proofErr)
//	#  a bookmark (a heading's _Toc) starts or ends between two runs
//	¶  a new run that starts with w:lastRenderedPageBreak
//	«  »  the runs between are one chmetcnv smart tag, as Chinese Word
//	      tags a number with its unit
//	§  a PAGEREF field whose result is 3
func wordPara(spec string) string {
	var b strings.Builder
	b.WriteString(`<w:p w:rsidR="00D21A6B" w:rsidRDefault="00D21A6B" w:rsidP="003F1C2E"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:pPr>`)
	bold, runs, bookmarks := false, 0, 0
	var text strings.Builder
	flush := func() {
		if text.Len() == 0 {
			return
		}
		rPr := `<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/>`
		if bold {
			rPr = `<w:b/><w:bCs/>` + rPr
		}
		fmt.Fprintf(&b, `<w:r w:rsidRPr="00%06X"><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, 0x3A0000+runs*7919%0xFFFF, rPr, escapeText(text.String()))
		runs++
		text.Reset()
	}
	for _, r := range spec {
		switch r {
		case '|':
			flush()
		case '^':
			flush()
			bold = !bold
		case '~':
			flush()
			b.WriteString(`<w:proofErr w:type="spellStart"/>`)
		case '#':
			flush()
			if bookmarks%2 == 0 {
				fmt.Fprintf(&b, `<w:bookmarkStart w:id="%d" w:name="_Toc1499%04d"/>`, bookmarks/2, bookmarks)
			} else {
				fmt.Fprintf(&b, `<w:bookmarkEnd w:id="%d"/>`, bookmarks/2)
			}
			bookmarks++
		case '¶':
			flush()
			b.WriteString(`<w:r><w:lastRenderedPageBreak/></w:r>`)
		case '«':
			flush()
			b.WriteString(`<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv"><w:smartTagPr><w:attr w:name="TCSC" w:val="0"/><w:attr w:name="NumberType" w:val="1"/><w:attr w:name="Negative" w:val="False"/><w:attr w:name="HasSpace" w:val="False"/></w:smartTagPr>`)
		case '»':
			flush()
			b.WriteString(`</w:smartTag>`)
		case '§':
			flush()
			b.WriteString(wordField(`PAGEREF _Toc14990000 \h`, "3"))
		default:
			text.WriteRune(r)
		}
	}
	flush()
	b.WriteString(`</w:p>`)
	return b.String()
}

// wordTable is a table as Word writes one: a grid, borders, and each
// cell's text a wordPara spec. The first row repeats as the header; a
// row of one cell spans the grid (a heading merged across the table).
func wordTable(rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>`)
	for range rows[0] {
		b.WriteString(`<w:gridCol w:w="1400"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, r := range rows {
		trPr := ""
		if i == 0 {
			trPr = `<w:trPr><w:tblHeader/></w:trPr>`
		}
		fmt.Fprintf(&b, `<w:tr w:rsidR="00C8%04X" w:rsidTr="00C8%04X">%s`, i, i, trPr)
		span := ""
		if len(r) == 1 && len(rows[0]) > 1 {
			span = fmt.Sprintf(`<w:gridSpan w:val="%d"/>`, len(rows[0]))
		}
		for _, c := range r {
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="1400" w:type="dxa"/>` + span + `<w:vAlign w:val="center"/></w:tcPr>` + wordPara(c) + `</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// wordTextBox is a paragraph holding a text box as Word 2010 and later
// write one: the DrawingML box and its VML fallback, each with the same
// paragraphs.
func wordTextBox(specs ...string) string {
	var inner strings.Builder
	for _, s := range specs {
		inner.WriteString(wordPara(s))
	}
	box := `<w:txbxContent>` + inner.String() + `</w:txbxContent>`
	return `<w:p w:rsidR="00D21A6B"><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>` +
		box + `</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="文本框 1" style="width:393.7pt;height:47.25pt"><v:textbox>` +
		box + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
}

// wordField is a run sequence holding a complex field (instr) whose last
// computed result is result, as Word leaves a PAGE or a NUMPAGES.
func wordField(instr, result string) string {
	return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + instr + ` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		`<w:r><w:t>` + result + `</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
}
