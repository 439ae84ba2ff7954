// Package runtest writes runs and pages as Word and WPS write their
// character and page decorations, for tests: emphasis marks (着重号),
// text borders (文字边框), character scale and spacing (字符缩放、间距),
// page borders (页面边框), vertical cell text (文字方向) and watermarks
// (水印), text fitted to a width (调整宽度).
package runtest

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// Writer is who saved the document: Word and WPS spell the same
// formatting a little differently (WPS adds a language, writes its
// attributes in another order).
type Writer int

const (
	Word Writer = iota
	WPS
)

// Run is a run of text with rPr's properties, as w writes it.
func (w Writer) Run(rPr, text string) string {
	if w == WPS {
		return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/>` + rPr + `<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
	}
	return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/>` + rPr + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// Em is an emphasis mark's property: dot, comma, circle or underDot.
func Em(kind string) string { return `<w:em w:val="` + kind + `"/>` }

// Bdr is a text border's property: style (single, double, dotted …), sz
// in eighths of a point, colour RRGGBB or auto, space in pt.
func (w Writer) Bdr(style string, sz int, color string, space int) string {
	if w == WPS {
		return fmt.Sprintf(`<w:bdr w:val="%s" w:color="%s" w:sz="%d" w:space="%d"/>`, style, color, sz, space)
	}
	return fmt.Sprintf(`<w:bdr w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>`, style, sz, space, color)
}

// Scale is a character scale's property, per cent (150, 66).
func Scale(percent int) string { return fmt.Sprintf(`<w:w w:val="%d"/>`, percent) }

// Spacing is a character spacing's property, twips (negative: condensed).
func Spacing(twips int) string { return fmt.Sprintf(`<w:spacing w:val="%d"/>`, twips) }

// Fit is 调整宽度's property as Word writes it on each run of the
// stretch: its width in twips and the stretch's id (WPS writes the same).
func Fit(twips, id int) string { return fmt.Sprintf(`<w:fitText w:val="%d" w:id="%d"/>`, twips, id) }

// Para is a left-aligned paragraph of Normal style without its
// first-line indent, holding runs.
func Para(runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// Docx is the built-in template with its body replaced, sectPr put into
// its last section's properties (pgBorders …) and parts added or
// replaced, as Word saves it.
func Docx(t testing.TB, body, sectPr string, parts map[string]string) []byte {
	t.Helper()
	edits := map[string]func(string) string{"word/document.xml": func(s string) string {
		s = strings.Replace(s, "<w:document ", "<w:document "+NS+" ", 1)
		s = s[:strings.Index(s, "<w:body>")+len("<w:body>")] + body + s[strings.LastIndex(s, "<w:sectPr>"):]
		// pgBorders stands after pgMar in a sectPr, as Word orders it.
		if i := strings.LastIndex(s, "<w:pgMar "); i >= 0 && sectPr != "" {
			i += strings.Index(s[i:], "/>") + 2
			s = s[:i] + sectPr + s[i:]
		}
		return s
	}}
	for name, content := range parts {
		edits[name] = func(string) string { return content }
	}
	return opctest.Edit(t, templates.Disclosure, edits)
}

// NS are the namespaces the parts use, for a part's root element.
const NS = `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14 wp14"`

// Side is one side of a page border: its style, size (eighths of a
// point), colour and space (pt).
type Side struct {
	Style string
	Sz    int
	Color string
	Space int
}

// PgBorders is a sectPr's page borders as w writes them: attrs are the
// element's (w:offsetFrom="page" w:display="firstPage" …), sides top,
// left, bottom, right in Word's order; a side of no style is left out.
func (w Writer) PgBorders(attrs string, sides ...Side) string {
	b := "<w:pgBorders"
	if attrs != "" {
		b += " " + attrs
	}
	b += ">"
	for i, s := range sides {
		if s.Style == "" {
			continue
		}
		name := []string{"top", "left", "bottom", "right"}[i]
		if w == WPS {
			b += fmt.Sprintf(`<w:%s w:val="%s" w:color="%s" w:sz="%d" w:space="%d"/>`, name, s.Style, s.Color, s.Sz, s.Space)
		} else {
			b += fmt.Sprintf(`<w:%s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>`, name, s.Style, s.Sz, s.Space, s.Color)
		}
	}
	return b + "</w:pgBorders>"
}

// PageBreak is a paragraph that ends its page, with text before the break.
func PageBreak(text string) string {
	return Para(Word.Run("", text), `<w:r><w:br w:type="page"/></w:r>`)
}

// Cell is a table cell w cm wide of paragraphs, its text direction dir
// ("" for none) as w writes it: WPS writes tbRl as tbRlV.
func (w Writer) Cell(twips int, dir, vAlign string, paras ...string) string {
	pr := fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, twips)
	if dir == "tbRl" && w == WPS {
		dir = "tbRlV"
	}
	if dir != "" {
		pr += `<w:textDirection w:val="` + dir + `"/>`
	}
	if vAlign != "" {
		pr += `<w:vAlign w:val="` + vAlign + `"/>`
	}
	return `<w:tc><w:tcPr>` + pr + `</w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
}

// Table is a one-row table of cells, its grid the widths (twips), with
// single lines all round, as Word's 插入表格 writes it.
func Table(widths []int, cells ...string) string {
	grid := ""
	for _, w := range widths {
		grid += fmt.Sprintf(`<w:gridCol w:w="%d"/>`, w)
	}
	lines := ""
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		lines += `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="auto"/>`
	}
	return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>` + lines + `</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>` + grid +
		`</w:tblGrid><w:tr>` + strings.Join(cells, "") + `</w:tr></w:tbl>`
}

// Centred is a centred paragraph of Normal style without indent, off the
// document grid, holding runs.
func Centred(runs ...string) string {
	return `<w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// Watermark is a header's paragraph holding the watermark w's 水印 puts
// there: text in silver, half transparent, turned 315° (WPS: -45° as a
// fixed-point fraction, its opacity likewise), centred on the margins,
// 412 × 206 pt, behind the text.
func (w Writer) Watermark(text string) string {
	if w == WPS {
		return `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s4097" o:spt="136" type="#_x0000_t136" style="position:absolute;left:0pt;height:206.2pt;width:412.4pt;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin;rotation:-2949120f;z-index:-251657216;mso-width-relative:page;mso-height-relative:page;" fillcolor="#C0C0C0" filled="t" stroked="f" coordsize="21600,21600" adj="10800"><v:path/><v:fill on="t" opacity="32768f" focussize="0,0"/><v:stroke on="f"/><v:imagedata o:title=""/><o:lock v:ext="edit" aspectratio="t"/><v:textpath on="t" fitshape="t" fitpath="t" trim="t" xscale="f" string="` +
			text + `" style="font-family:宋体;font-size:36pt;v-same-letter-heights:f;v-text-align:center;"/></v:shape></w:pict></w:r></w:p>`
	}
	return `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/></v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>` +
		`<v:shape id="PowerPlusWaterMarkObject357476642" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:412.4pt;height:206.2pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;等线&quot;;font-size:1pt" string="` +
		text + `"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>`
}

// WithHeader adds a header of paragraphs to docx, on odd and even pages.
func WithHeader(t testing.TB, docx []byte, paras string) []byte {
	t.Helper()
	return opctest.Edit(t, docx, map[string]func(string) string{
		"word/header9.xml": func(string) string {
			return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` + NS + `>` + paras + `</w:hdr>`
		},
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdHeader9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header9.xml"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Override PartName="/word/header9.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`, 1)
		},
		"word/document.xml": func(s string) string {
			i := strings.LastIndex(s, "<w:sectPr>") + len("<w:sectPr>")
			return s[:i] + `<w:headerReference w:type="default" r:id="rIdHeader9"/><w:headerReference w:type="even" r:id="rIdHeader9"/>` + s[i:]
		},
	})
}

// DrawingWatermark is a header's paragraph holding a watermark as Word
// writes WordArt in DrawingML: a shape of no fill or line whose text is
// warped plain to fill it (a:prstTxWarp textPlain), turned 315° (rot
// 18900000), its run silver at 50% transparency (w14:textFill), centred
// on the margins, behind the text.
func DrawingWatermark(text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="margin"><wp:align>center</wp:align></wp:positionV><wp:extent cx="5237480" cy="2618740"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="艺术字 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm rot="18900000"><a:off x="0" y="0"/><a:ext cx="5237480" cy="2618740"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体" w:hint="eastAsia"/><w:color w:val="C0C0C0"/><w14:textFill><w14:solidFill><w14:srgbClr w14:val="C0C0C0"><w14:alpha w14:val="50000"/></w14:srgbClr></w14:solidFill></w14:textFill></w:rPr><w:t>` +
		text + `</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:prstTxWarp prst="textPlain"><a:avLst/></a:prstTxWarp><a:normAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r></w:p>`
}

// Runs is a model (not read from Word) of one Normal paragraph of runs.
func Runs(runs ...wordmodel.Run) *wordmodel.Document {
	text := ""
	for _, r := range runs {
		text += r.Text
	}
	return &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: text, Runs: runs}}}
}

// TurnedCell is a model of a table whose first cell's text reads upwards
// (btLr), the second's across.
func TurnedCell() *wordmodel.Document {
	return &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{2000, 2000}, Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{
		{Text: "合计", Span: 1, Direction: "btLr"}, {Text: "横排", Span: 1}}}}}}}
}

// TallExactLine is a model of a paragraph fixed at 20 pt whose 28 pt 高
// rises over its line's top, where Word cuts it off.
func TallExactLine() *wordmodel.Document {
	return &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "高", Runs: []wordmodel.Run{{Text: "高", Size: 28}},
		Spacing: &wordmodel.Spacing{Line: 400, LineRule: "exact", NoGrid: true}, Indent: &wordmodel.Indent{}}}}
}

// Spaced is a left-aligned paragraph of Normal style off the document
// grid, without its first-line indent, set by spacing (a w:spacing
// element; "" for single), its mark's run properties markRPr ("" for
// none), holding runs, as Word writes it.
func Spaced(spacing, markRPr string, runs ...string) string {
	if spacing == "" {
		spacing = `<w:spacing w:line="240" w:lineRule="auto"/>`
	}
	mark := ""
	if markRPr != "" {
		mark = "<w:rPr>" + markRPr + "</w:rPr>"
	}
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:snapToGrid w:val="0"/>` + spacing +
		`<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>` + mark + `</w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// FaceRun is a run of text in the face named face at halfPts
// half-points, as Word writes a face picked from its font list (all four
// of rFonts named); a \n in text is a line break (w:br).
func FaceRun(face string, halfPts int, text string) string {
	t := strings.ReplaceAll(text, "\n", `</w:t><w:br/><w:t xml:space="preserve">`)
	return `<w:r><w:rPr>` + Fonts(face) + Size(halfPts) + `</w:rPr><w:t xml:space="preserve">` + t + `</w:t></w:r>`
}

// Fonts names face for all of a run's text (w:rFonts).
func Fonts(face string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s"/>`, face, face, face, face)
}

// Size is a run's type size, half-points (w:sz and w:szCs).
func Size(halfPts int) string {
	return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPts, halfPts)
}
