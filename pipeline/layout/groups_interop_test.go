package layout

import (
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestGroupsAsLibreOfficeDrawsThem: a group of a red line along its foot,
// a blue star at its top and a yellow text box, whose members'
// coordinates are twice its size and start away from 0 (Word keeps them
// so once a group is resized; they span the members' box, which
// LibreOffice assumes),
// covers within half a millimetre, member by member, the part of the
// page each covers in LibreOffice's print of the same document.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestGroupsAsLibreOfficeDrawsThem(t *testing.T) {
	const mm, dpi = 36000, 200
	a := st.Anchor{H: "page", V: "page", X: 30 * mm, Y: 60 * mm, CX: 150 * mm, CY: 40 * mm}
	const ox, oy = 5000, 7000
	cx, cy := 2*a.CX, 2*a.CY
	group := st.Run(a.Group(5, "组合 5", [2]int{ox, oy}, [2]int{cx, cy},
		st.Member(2, "直接连接符 2", ox, oy+cy, cx, 0, "line", "", st.Ln(38100, "", "", "FF0000"), "", "", ""),
		st.Member(3, "五角星 3", ox+cx/2-20*mm, oy, 40*mm, 40*mm, "star5", "", st.Fill("0000FF")+`<a:ln><a:noFill/></a:ln>`, "", "", ""),
		st.Member(4, "文本框 4", ox+10*mm, oy+10*mm, 80*mm, 30*mm, "rect", "", st.Fill("FFFF00")+`<a:ln><a:noFill/></a:ln>`, "", st.Para(st.Text("财政局")), ">"),
	), "")
	docx := st.Docx(t, st.Para(st.Text("锚"), group), nil)
	page := libreOfficePage(t, docx, dpi)
	_, r := laidShapes(t, docx)
	for _, c := range []struct {
		name, color string
		match       func(r, g, b uint32) bool
	}{
		{"the line", "FF0000", func(r, g, b uint32) bool { return r > 200 && g < 80 && b < 80 }},
		{"the star", "0000FF", func(r, g, b uint32) bool { return r < 80 && g < 80 && b > 200 }},
		{"the text box", "FFFF00", func(r, g, b uint32) bool { return r > 200 && g > 200 && b < 80 }},
	} {
		coversAsLibreOffice(t, r, page, dpi, c.name, c.color, c.name == "the line", c.match)
	}
}

// TestTurnedGroupsAsLibreOfficeDrawsThem: a group mirrored and turned
// 30° (a blue star at its left, a yellow rectangle at its right) covers,
// member by member, within half a millimetre what LibreOffice's print of
// it covers: each member's centre turned about the group's and the member
// turned with it.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestTurnedGroupsAsLibreOfficeDrawsThem(t *testing.T) {
	const mm, dpi = 36000, 200
	a := st.Anchor{H: "page", V: "page", X: 30 * mm, Y: 60 * mm, CX: 150 * mm, CY: 40 * mm}
	group := st.Run(a.Group(5, "组合 5", [2]int{0, 0}, [2]int{a.CX, a.CY},
		st.Member(3, "五角星 3", 0, 0, 40*mm, 40*mm, "star5", "", st.Fill("0000FF")+`<a:ln><a:noFill/></a:ln>`, "", "", ""),
		st.Member(4, "矩形 4", 100*mm, 10*mm, 50*mm, 30*mm, "rect", "", st.Fill("FFFF00")+`<a:ln><a:noFill/></a:ln>`, "", "", ""),
	), "")
	group = strings.Replace(group, `<wpg:grpSpPr><a:xfrm>`, `<wpg:grpSpPr><a:xfrm rot="1800000" flipH="1">`, 1)
	docx := st.Docx(t, st.Para(st.Text("锚"), group), nil)
	page := libreOfficePage(t, docx, dpi)
	_, r := laidShapes(t, docx)
	coversAsLibreOffice(t, r, page, dpi, "the star", "0000FF", false, func(r, g, b uint32) bool { return r < 80 && g < 80 && b > 200 })
	coversAsLibreOffice(t, r, page, dpi, "the rectangle", "FFFF00", false, func(r, g, b uint32) bool { return r > 200 && g > 200 && b < 80 })
}
