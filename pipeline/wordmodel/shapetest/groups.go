package shapetest

import (
	"fmt"
	"strings"
)

// Group is a w:drawing holding a group (wpg:wgp, as Word 2010 and later
// write 组合) at a's place: its members' coordinates span chExt from
// chOff, which Word keeps equal to its extent until the group is resized.
func (a Anchor) Group(id int, name string, chOff, chExt [2]int, members ...string) string {
	return groupDrawing(a.Drawing(id, name, a.wgp(chOff, chExt, members)))
}

// InlineGroup is Group set in the line of text (嵌入型, wp:inline), a's
// size.
func (a Anchor) InlineGroup(id int, name string, chOff, chExt [2]int, members ...string) string {
	return groupDrawing(a.Inline(id, name, a.wgp(chOff, chExt, members)))
}

func (a Anchor) wgp(chOff, chExt [2]int, members []string) string {
	return fmt.Sprintf(`<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/><a:chOff x="%d" y="%d"/><a:chExt cx="%d" cy="%d"/></a:xfrm></wpg:grpSpPr>%s</wpg:wgp>`,
		a.CX, a.CY, chOff[0], chOff[1], chExt[0], chExt[1], strings.Join(members, ""))
}

func groupDrawing(d string) string {
	return strings.Replace(d, "2010/wordprocessingShape", "2010/wordprocessingGroup", 1)
}

// Canvas is a w:drawing holding a drawing canvas (wpc:wpc, 绘图画布) at
// a's place, with Word's empty background and outline unless bg and
// whole say otherwise (a:solidFill, a:ln).
func (a Anchor) Canvas(id int, name, bg, whole string, members ...string) string {
	return canvasDrawing(a.Drawing(id, name, wpc(bg, whole, members)))
}

// InlineCanvas is Canvas set in the line of text (嵌入型, wp:inline, as
// Word inserts a new canvas), a's size.
func (a Anchor) InlineCanvas(id int, name, bg, whole string, members ...string) string {
	return canvasDrawing(a.Inline(id, name, wpc(bg, whole, members)))
}

func wpc(bg, whole string, members []string) string {
	return `<wpc:wpc><wpc:bg>` + bg + `</wpc:bg><wpc:whole>` + whole + `</wpc:whole>` + strings.Join(members, "") + `</wpc:wpc>`
}

func canvasDrawing(d string) string {
	return strings.Replace(d, "2010/wordprocessingShape", "2010/wordprocessingCanvas", 1)
}

// SubGroup is a group nested in a group (wpg:grpSp), at x, y, cx by cy
// in its parent's coordinates, its members' spanning chExt from chOff.
func SubGroup(id int, name string, x, y, cx, cy int, chOff, chExt [2]int, members ...string) string {
	return fmt.Sprintf(`<wpg:grpSp><wpg:cNvPr id="%d" name="%s"/><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/><a:chOff x="%d" y="%d"/><a:chExt cx="%d" cy="%d"/></a:xfrm></wpg:grpSpPr>%s</wpg:grpSp>`,
		id, name, x, y, cx, cy, chOff[0], chOff[1], chExt[0], chExt[1], strings.Join(members, ""))
}

// Member is a shape of a group or canvas (a wps:wsp with its wps:cNvPr)
// at x, y, cx by cy in the group's coordinates, as Shape makes one.
func Member(id int, name string, x, y, cx, cy int, prst, xfrm, spPr, style, txbx, bodyPr string) string {
	sp := Shape(Anchor{CX: cx, CY: cy}, prst, xfrm, spPr, style, txbx, bodyPr)
	sp = strings.Replace(sp, `<a:off x="0" y="0"/>`, fmt.Sprintf(`<a:off x="%d" y="%d"/>`, x, y), 1)
	return strings.Replace(sp, "<wps:wsp>", fmt.Sprintf(`<wps:wsp><wps:cNvPr id="%d" name="%s"/>`, id, name), 1)
}

// Picture is a picture of a group (pic:pic) of the relationship rid at
// x, y, cx by cy in the group's coordinates.
func Picture(id int, name, rid string, x, y, cx, cy int) string {
	return fmt.Sprintf(`<pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="%s"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>`,
		id, name, rid, x, y, cx, cy)
}

// RedHeadGroup is a 红头 as a clerk groups it in Word: a red thick-thin
// line along its foot under a red star in its middle (10 mm at a's half
// scale), and a text box "财政局" 60 by 10 mm at its top left, in a group
// anchored at a, whose members' coordinates Word has kept at twice its
// size (the group was shrunk after it was made) and start at 1000, 2000.
func RedHeadGroup(a Anchor) string {
	const ox, oy = 1000, 2000
	cx, cy := 2*a.CX, 2*a.CY
	return Run(a.Group(5, "组合 5", [2]int{ox, oy}, [2]int{cx, cy},
		Member(2, "直接连接符 2", ox, oy+cy, cx, 0, "line", "", Ln(38100, "thickThin", "", "FF0000"), Style(false), "", ""),
		Member(3, "五角星 3", ox+cx/2-360000, oy, 720000, 720000, "star5", "", Fill("FF0000")+Ln(9525, "", "", "FF0000"), Style(true), "", ""),
		Member(4, "文本框 4", ox, oy, 4320000, 720000, "rect", "", Fill("none")+Ln(0, "", "", "none"), "", `<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>财政局</w:t></w:r></w:p>`, ">"),
	), "")
}

// VMLRedHead is the same 红头 grouped as WPS and Word 2007 write it
// (v:group in w:pict), 156 by 20 mm at margin-left x pt, margin-top y pt
// from the column and paragraph: coordinates 15600 by 2000 from 100,
// 200, so a member's 100 units are a millimetre.
func VMLRedHead(x, y string) string {
	return `<w:r><w:pict><v:group id="组合 5" o:spid="_x0000s1030" style="position:absolute;margin-left:` + x + `;margin-top:` + y + `;width:442.2pt;height:56.7pt;z-index:251659264;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" coordorigin="100,200" coordsize="15600,2000">` +
		`<v:shapetype id="_x0000_t12" coordsize="21600,21600" o:spt="12" path="m10800,l8280,8259,,8259r6799,5040l4317,21600,10800,16512r6483,5088l14801,13299r6799,-5040l13320,8259xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="custom" o:connectlocs="10800,0;0,8259;4317,21600;17283,21600;21600,8259" o:connectangles="270,180,90,90,0" textboxrect="6753,7720,14847,15510"/></v:shapetype>` +
		`<v:line id="直接连接符 2" o:spid="_x0000_s1027" style="position:absolute;visibility:visible" from="100,2200" to="15700,2200" strokecolor="red" strokeweight="3pt"><v:stroke linestyle="thickThin"/></v:line>` +
		`<v:shape id="五角星 3" o:spid="_x0000_s1028" type="#_x0000_t12" style="position:absolute;left:7400;top:200;width:1000;height:1000" fillcolor="red" strokecolor="red"/>` +
		`<v:shape id="文本框 4" o:spid="_x0000_s1029" type="#_x0000_t202" style="position:absolute;left:100;top:200;width:6000;height:1000" filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>财政局</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>` +
		`<w10:wrap type="topAndBottom"/></v:group></w:pict></w:r>`
}
