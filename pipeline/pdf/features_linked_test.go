package pdf

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// linkedFeatures are the corpus' linked text boxes and legacy VML shapes:
// a story flowing from one box into the next (创建文本框链接) as Word 2016
// and WPS write it, shapes WPS and Word 2003 write in VML in the line
// (嵌入型) or with a shadow, and a shape in a table cell set 四周型 and
// placed from its character and line, the cell's text flowing around it.
func linkedFeatures(t testing.TB) []feature {
	const mm = 36000
	// Lines of an exact 20 pt, so that both lay out as many in a box
	// whatever the face's own line height; the boxes below their anchor's
	// only line, no other text beside them.
	exact := `<w:spacing w:line="400" w:lineRule="exact"/>`
	story := para(exact, run("", long)) + para(exact, run("", punctuated))
	wpsStory := wpsPara(exact, wpsRun("", long)) + wpsPara(exact, wpsRun("", punctuated))
	pt := func(v float64) float64 { return v / 25.4 * 72 }
	left := st.Anchor{H: "margin", V: "paragraph", X: 0, Y: 15 * mm, CX: 70 * mm, CY: 28 * mm}
	right := st.Anchor{H: "margin", V: "paragraph", X: 85 * mm, Y: 15 * mm, CX: 60 * mm, CY: 90 * mm}
	vmlBoxes := st.VMLLinkedBoxes(wpsStory, [4]float64{0, pt(15), pt(70), pt(28)}, [4]float64{pt(85), pt(15), pt(60), pt(90)})
	inlineRect := `<v:rect id="_x0000_s1030" o:spid="_x0000_s1030" o:spt="1" style="height:28.35pt;width:85.05pt;" fillcolor="#C00000" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke weight="1pt" color="#000000"/><v:imagedata o:title=""/><o:lock v:ext="edit"/><w10:wrap type="none"/><w10:anchorlock/></v:rect>`
	inlineLine := `<v:line id="_x0000_s1031" o:spid="_x0000_s1031" o:spt="20" style="height:0pt;width:442.2pt;" from="0pt,0pt" to="442.2pt,0pt" coordsize="21600,21600" stroked="t" strokecolor="#FF0000" strokeweight="2.25pt"><v:path arrowok="t"/><v:fill on="f" focussize="0,0"/><v:stroke color="#FF0000"/><v:imagedata o:title=""/><o:lock v:ext="edit"/><w10:wrap type="none"/><w10:anchorlock/></v:line>`
	// WPS's 阴影 on a text box and a rectangle, Word 2003's on a line,
	// under the text.
	shadowBox := `<v:shape id="_x0000_s1040" o:spid="_x0000_s1040" o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:0pt;margin-top:100pt;height:56.7pt;width:170.1pt;mso-position-horizontal-relative:margin;z-index:251659264;" fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke weight="1pt" color="#000000"/><v:imagedata o:title=""/><v:shadow on="t" color="#7F7F7F" offset="4pt,4pt" origin="-32768f,-32768f" matrix="65536f,0f,0f,65536f"/><o:lock v:ext="edit"/><v:textbox><w:txbxContent>` +
		wpsPara("", wpsRun("", "有阴影的文本框")) + `</w:txbxContent></v:textbox><w10:wrap type="none"/></v:shape>`
	shadowRect := `<v:rect id="_x0000_s1041" o:spid="_x0000_s1041" o:spt="1" style="position:absolute;left:0pt;margin-left:240pt;margin-top:100pt;height:56.7pt;width:113.4pt;mso-position-horizontal-relative:margin;z-index:-251660288;" fillcolor="#FFC000" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke weight="1pt" color="#0070C0"/><v:imagedata o:title=""/><v:shadow on="t" color="#000000" opacity="32768f" offset="6pt,6pt"/><o:lock v:ext="edit"/><w10:wrap type="none"/></v:rect>`
	shadowLine := `<v:line id="直线 3" o:spid="_x0000_s1042" style="position:absolute;z-index:251661312;mso-position-horizontal-relative:margin" from="0,180pt" to="442.2pt,180pt" strokecolor="red" strokeweight="3pt"><v:shadow on="t" color="#7f7f7f" offset="2pt,2pt"/></v:line>`
	byChar := st.Anchor{H: "character", V: "line", X: 0, Y: 0, CX: 30 * mm, CY: 12 * mm, Wrap: `wp:wrapSquare wrapText="bothSides"`}
	charRect := st.Run(byChar.Drawing(7, "矩形 7", st.Shape(byChar, "rect", "", st.Fill("FFC000")+st.Ln(12700, "", "", "000000"), "", "", "")), "")
	cellTable := `<w:tbl><w:tblPr><w:tblW w:w="7000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="7000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="7000" w:type="dxa"/></w:tcPr>` +
		para(`<w:jc w:val="left"/>`, run("", "评价结论："), charRect, run("", long)) + `</w:tc></w:tr></w:tbl>`
	return []feature{
		{name: "cell-shape-by-character-wrapped", body: cellTable + text(sample)},
		{name: "shape-vml-shadow", wps: true, body: wpsPara("", wpsRun("", "阴影："), st.Pict(shadowBox), st.Pict(shadowRect), st.Pict(shadowLine)) + wpsPara("", wpsRun("", sample))},
		{name: "text-box-linked", body: para("", append([]string{run("", "两个链接的文本框：")}, st.LinkedBoxes(story, ">", left, right)...)...)},
		{name: "text-box-linked-wps", wps: true, body: wpsPara("", append([]string{wpsRun("", "两个链接的文本框：")}, vmlBoxes...)...)},
		{name: "shape-inline-vml", wps: true, body: wpsPara("", wpsRun("", "前文"), st.Pict(inlineRect), wpsRun("", "后文")) +
			wpsPara(`<w:jc w:val="center"/>`, st.Pict(inlineRect)) + wpsPara("", st.Pict(inlineLine)) + wpsPara("", wpsRun("", sample))},
	}
}
