// Package shapetest writes drawings as Word 2016 and later, WPS and older
// Word write them into a document's runs, for tests: lines, shapes and
// text boxes in DrawingML (wps:wsp in a wp:anchor, with the VML fallback
// Word writes beside it in mc:AlternateContent) and in VML alone (w:pict).
package shapetest

import (
	"fmt"
	"strings"
)

// NS are the namespaces the drawings use, for a part's root element.
const NS = `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" mc:Ignorable="wp14"`

// Anchor is a drawing's place: positionH and positionV relative to H and
// V (page, margin, column, paragraph, line …) at an offset (EMU) or an
// alignment, its size in EMU, behind the text or in front of it, and how
// text wraps around it (wrapNone where Wrap is "").
type Anchor struct {
	H, V           string
	X, Y           int
	AlignX, AlignY string
	CX, CY         int
	Behind         bool
	Wrap           string
}

// Drawing is a w:drawing holding graphic (a wps:wsp) at a's place, as
// Word writes it.
func (a Anchor) Drawing(id int, name, graphic string) string {
	axis := func(el, from, align string, off int) string {
		if align != "" {
			return fmt.Sprintf(`<wp:%s relativeFrom="%s"><wp:align>%s</wp:align></wp:%s>`, el, from, align, el)
		}
		return fmt.Sprintf(`<wp:%s relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:%s>`, el, from, off, el)
	}
	behind := 0
	if a.Behind {
		behind = 1
	}
	wrap := a.Wrap
	if wrap == "" {
		wrap = `wp:wrapNone`
	}
	return fmt.Sprintf(`<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="1A2B3C%02d" wp14:editId="4D5E6F%02d"><wp:simplePos x="0" y="0"/>%s%s<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><%s/><wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">%s</a:graphicData></a:graphic></wp:anchor></w:drawing>`,
		251659264+id, behind, id, id, axis("positionH", a.H, a.AlignX, a.X), axis("positionV", a.V, a.AlignY, a.Y), a.CX, a.CY, wrap, id, name, graphic)
}

// Inline is a w:drawing holding graphic in the line of text (wp:inline,
// 嵌入型), a's size.
func (a Anchor) Inline(id int, name, graphic string) string {
	return fmt.Sprintf(`<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="1A2B3C%02d" wp14:editId="4D5E6F%02d"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">%s</a:graphicData></a:graphic></wp:inline></w:drawing>`,
		id, id, a.CX, a.CY, id, name, graphic)
}

// Run is a run holding a DrawingML drawing with its VML fallback, in
// mc:AlternateContent as Word writes every shape.
func Run(drawing, fallback string) string {
	return `<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">` + drawing +
		`</mc:Choice><mc:Fallback><w:pict>` + fallback + `</w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

// Pict is a run holding a VML drawing alone, as WPS and Word 2007 write it.
func Pict(vml string) string { return `<w:r><w:pict>` + vml + `</w:pict></w:r>` }

// Ln is an a:ln w EMU wide, of compound cmpd (sng, dbl, thickThin …),
// dash (solid, dash, sysDot …) and colour (RRGGBB, or a scheme colour
// such as accent1).
func Ln(w int, cmpd, dash, color string) string {
	attrs := fmt.Sprintf(` w="%d"`, w)
	if cmpd != "" {
		attrs += ` cmpd="` + cmpd + `"`
	}
	d := ""
	if dash != "" {
		d = `<a:prstDash val="` + dash + `"/>`
	}
	return `<a:ln` + attrs + `>` + Fill(color) + d + `<a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln>`
}

// Fill is an a:solidFill of an RRGGBB or a scheme colour (accent1,
// tx1 …, with modifiers after a space: "accent1 lumMod=75000"); "none"
// is a:noFill and "" nothing.
func Fill(color string) string {
	switch {
	case color == "":
		return ""
	case color == "none":
		return `<a:noFill/>`
	case len(color) == 6 && strings.ToUpper(color) == color:
		return `<a:solidFill><a:srgbClr val="` + color + `"/></a:solidFill>`
	}
	name, mods, _ := strings.Cut(color, " ")
	inner := ""
	for _, m := range strings.Fields(mods) {
		k, v, _ := strings.Cut(m, "=")
		inner += `<a:` + k + ` val="` + v + `"/>`
	}
	return `<a:solidFill><a:schemeClr val="` + name + `">` + inner + `</a:schemeClr></a:solidFill>`
}

// Style is the wps:style Word gives a shape it inserts: a line of accent1
// shaded, a fill of accent1 where fill is set.
func Style(fill bool) string {
	idx := 0
	if fill {
		idx = 1
	}
	return fmt.Sprintf(`<wps:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr></a:lnRef><a:fillRef idx="%d"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></wps:style>`, idx)
}

// Shape is a wps:wsp of preset geometry prst with xfrm attributes (rot,
// flipH, flipV), fill and line (spPr content after the geometry), style
// and, for a text box, its paragraphs (txbx); bodyPr is the rest of
// wps:bodyPr's start tag and its content (` lIns="0"><a:spAutoFit/>`).
func Shape(a Anchor, prst, xfrm, spPr, style, txbx, bodyPr string) string {
	geom := `<a:prstGeom prst="` + prst + `"><a:avLst/></a:prstGeom>`
	if strings.HasPrefix(prst, "<") {
		geom = prst // a:custGeom
	}
	nv := `<wps:cNvSpPr/>`
	if strings.Contains(prst, "line") || strings.Contains(prst, "Connector") {
		nv = `<wps:cNvCnPr/>`
	}
	if bodyPr == "" {
		bodyPr = ">"
	}
	if !strings.Contains(bodyPr, "anchor=") {
		bodyPr = ` anchor="t" anchorCtr="0"` + bodyPr
	}
	if txbx != "" {
		nv = `<wps:cNvSpPr txBox="1"/>`
		txbx = `<wps:txbx><w:txbxContent>` + txbx + `</w:txbxContent></wps:txbx>`
	}
	return `<wps:wsp>` + nv + `<wps:spPr><a:xfrm` + xfrm + fmt.Sprintf(`><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>`, a.CX, a.CY) + geom + spPr + `</wps:spPr>` + style + txbx +
		`<wps:bodyPr rot="0" vert="horz" wrap="square"` + bodyPr + `</wps:bodyPr></wps:wsp>`
}

// Freeform is a freeform's a:custGeom (任意多边形) as Word 2016 writes one: its
// path in a space of its own (w, h), connection-site guides, a line, an
// arc and a curve.
const Freeform = `<a:custGeom><a:avLst/><a:gdLst><a:gd name="connsiteX0" fmla="*/ 0 w 1000"/><a:gd name="connsiteY0" fmla="*/ 500 h 500"/>` +
	`<a:gd name="connsiteX1" fmla="*/ 500 w 1000"/><a:gd name="connsiteY1" fmla="*/ 0 h 500"/></a:gdLst><a:ahLst/>` +
	`<a:cxnLst><a:cxn ang="0"><a:pos x="connsiteX0" y="connsiteY0"/></a:cxn><a:cxn ang="0"><a:pos x="connsiteX1" y="connsiteY1"/></a:cxn></a:cxnLst>` +
	`<a:rect l="l" t="t" r="r" b="b"/><a:pathLst><a:path w="1000" h="500"><a:moveTo><a:pt x="0" y="500"/></a:moveTo><a:lnTo><a:pt x="500" y="0"/></a:lnTo>` +
	`<a:quadBezTo><a:pt x="750" y="0"/><a:pt x="1000" y="500"/></a:quadBezTo><a:arcTo wR="250" hR="250" stAng="0" swAng="10800000"/>` +
	`<a:cubicBezTo><a:pt x="400" y="500"/><a:pt x="200" y="500"/><a:pt x="0" y="500"/></a:cubicBezTo><a:close/></a:path></a:pathLst></a:custGeom>`
