// Package sealtest writes, for tests, the signature blocks clerks stamp:
// a borderless table of 单位名称 and 日期 with a red 公章 picture floating
// over it, as Word 2016 and later and as WPS write them, and a header
// table with a floating logo; with the seal's and the logo's PNG parts.
package sealtest

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// Red is the seal's colour, which no text or rule of the template has:
// its pixels are found in a rendered page.
var Red = color.RGBA{R: 0xE6, G: 0x00, B: 0x12, A: 0xFF}

// Blue is the logo's colour.
var Blue = color.RGBA{R: 0x00, G: 0x3C, B: 0xFF, A: 0xFF}

// Float is a picture anchored in a run: its place and size (st.Anchor),
// layoutInCell ("1", "0"; Word writes "1"), and whether WPS wrote it
// (character and line offsets, its own docPr and no wp14 size elements).
type Float struct {
	st.Anchor
	InCell string
	WPS    bool
	// Blip is what the picture's a:blip holds (ClearWhite, HalfClear):
	// Word's transparency controls; "" for none.
	Blip string
}

// Run is the picture's run, embedding the relationship rel.
func (f Float) Run(id int, name, rel string) string {
	axis := func(el, from, align string, off int) string {
		if align != "" {
			return fmt.Sprintf(`<wp:%s relativeFrom="%s"><wp:align>%s</wp:align></wp:%s>`, el, from, align, el)
		}
		return fmt.Sprintf(`<wp:%s relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:%s>`, el, from, off, el)
	}
	behind := 0
	if f.Behind {
		behind = 1
	}
	wrap := f.Wrap
	if wrap == "" {
		wrap = "wp:wrapNone"
	}
	inCell := f.InCell
	if inCell == "" {
		inCell = "1"
	}
	ext := fmt.Sprintf(`cx="%d" cy="%d"`, f.CX, f.CY)
	pic := `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="` + fmt.Sprint(id) + `" name="` + name + `"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill>` + blip(rel, f.Blip) + `<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>`
	head := fmt.Sprintf(`<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="%s" allowOverlap="1" wp14:anchorId="5C1D%04X" wp14:editId="7E2F%04X">`, 251658240+id, behind, inCell, id, id)
	tail := `<wp14:sizeRelH relativeFrom="page"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="page"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>`
	docPr := fmt.Sprintf(`<wp:docPr id="%d" name="%s"/>`, id, name)
	effect := `<wp:effectExtent l="0" t="0" r="0" b="0"/>`
	if f.WPS {
		head = fmt.Sprintf(`<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="%s" allowOverlap="1" wp14:anchorId="%08X">`, 251658240+id, behind, inCell, id)
		tail = ""
		docPr = fmt.Sprintf(`<wp:docPr id="%d" name="图片 %d" descr="%s"/>`, id, id, name)
		effect = `<wp:effectExtent l="0" t="0" r="5715" b="5715"/>`
	}
	return `<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>` + head + `<wp:simplePos x="0" y="0"/>` +
		axis("positionH", f.H, f.AlignX, f.X) + axis("positionV", f.V, f.AlignY, f.Y) +
		`<wp:extent ` + ext + `/>` + effect + `<` + wrap + `/>` + docPr +
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
		pic + tail + `</wp:anchor></w:drawing></w:r>`
}

// Cell is a table cell w twips wide holding paragraphs.
func Cell(w int, paragraphs ...string) string {
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="top"/></w:tcPr>`, w) + strings.Join(paragraphs, "") + `</w:tc>`
}

// Para is a cell's paragraph, aligned (left, center, right), of runs.
func Para(align string, runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="` + align + `"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// Table is a borderless table (every w:tblBorders line none, as Word's
// 无框线 writes it) of columns twips wide, each row a cell per column.
func Table(columns []int, rows ...[]string) string {
	none := ""
	for _, edge := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		none += `<w:` + edge + ` w:val="none" w:sz="0" w:space="0" w:color="auto"/>`
	}
	total, grid := 0, ""
	for _, w := range columns {
		total += w
		grid += fmt.Sprintf(`<w:gridCol w:w="%d"/>`, w)
	}
	out := fmt.Sprintf(`<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>%s</w:tblGrid>`, total, none, grid)
	for _, row := range rows {
		out += `<w:tr>` + strings.Join(row, "") + `</w:tr>`
	}
	return out + `</w:tbl>`
}

// Signature is the signature block under a disclosure: a borderless
// table of two 4422-twip columns, the right one holding the unit's name
// and the date, right aligned, the seal anchored in the name's paragraph.
func Signature(seal string) string {
	return Table([]int{4422, 4422}, []string{
		Cell(4422, Para("left", st.Text("附件：绩效目标表"))),
		Cell(4422, Para("right", st.Text("沁源县财政局（盖章）"), seal), Para("right", st.Text("2024年3月15日"))),
	})
}

// PNG is a w by h picture of one colour, as the seal's part.
func PNG(t testing.TB, w, h int, c color.Color) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Docx is the built-in template with body, its pictures embedding the
// seal (rIdSeal, red) and, where header is set, that header part
// (header7.xml, its pictures embedding rIdLogo, blue) on every page.
func Docx(t testing.TB, body, header string) []byte {
	t.Helper()
	rel := func(id, target string) string {
		return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="` + target + `"/>`
	}
	edits := map[string]func(string) string{
		"word/_rels/document.xml.rels": func(s string) string {
			extra := rel("rIdSeal", "media/seal.png")
			if header != "" {
				extra += `<Relationship Id="rIdH7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header7.xml"/>`
			}
			return strings.Replace(s, "</Relationships>", extra+"</Relationships>", 1)
		},
		"[Content_Types].xml": func(s string) string {
			s = strings.Replace(s, "<Default ", `<Default Extension="png" ContentType="image/png"/><Default `, 1)
			if header != "" {
				s = strings.Replace(s, "</Types>", `<Override PartName="/word/header7.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`, 1)
			}
			return s
		},
		"word/media/seal.png": opctest.Set(string(PNG(t, 40, 40, Red))),
	}
	if header != "" {
		edits["word/header7.xml"] = opctest.Set(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` + st.NS + `>` + header + `</w:hdr>`)
		edits["word/_rels/header7.xml.rels"] = opctest.Set(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rel("rIdLogo", "media/logo.png") + `</Relationships>`)
		edits["word/media/logo.png"] = opctest.Set(string(PNG(t, 60, 20, Blue)))
	}
	docx := st.Docx(t, body, nil)
	if header != "" {
		edits["word/document.xml"] = func(s string) string {
			return strings.Replace(s, "<w:sectPr>", `<w:sectPr><w:headerReference w:type="default" r:id="rIdH7"/><w:headerReference w:type="even" r:id="rIdH7"/>`, 1)
		}
	}
	return opctest.Edit(t, docx, edits)
}

// AsWPS is docx with its settings as WPS writes them: no Word
// compatibility mode, so that layoutInCell="0" is kept.
func AsWPS(t testing.TB, docx []byte) []byte {
	t.Helper()
	return opctest.Edit(t, docx, map[string]func(string) string{"word/settings.xml": func(s string) string {
		i := strings.Index(s, "<w:compat>")
		if i < 0 {
			return s
		}
		return s[:i] + s[i+strings.Index(s[i:], "</w:compat>")+len("</w:compat>"):]
	}})
}

// Inline is a run of the picture rel set in the line (嵌入型) among text,
// cx by cy EMU, as Word 2016 writes one it inserted; WPS writes the same
// without the wp14 ids.
func Inline(id int, rel string, cx, cy int, wps bool) string {
	ids := fmt.Sprintf(` wp14:anchorId="3C4D5E%02d" wp14:editId="6F7A8B%02d"`, id, id)
	if wps {
		ids = ""
	}
	return fmt.Sprintf(`<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"%s><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="图片 %d"/>`+
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`+
		`<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="%d" name="签名%d.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
		ids, cx, cy, id, id, id, id, rel, cx, cy)
}
