package pdf

import (
	"fmt"
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// linkedPlacesFeatures are the corpus' linked text boxes where the body's
// are not: two boxes linked in a header (Word 2016's, with their VML
// fallbacks, and WPS's VML), three linked inside a group (组合), two
// vertical (竖排) ones, a last box resized to fit its text the body
// flows under, and a story breaking between its boxes under widow
// control (孤行控制); a drop cap hung left of a table cell's text
// (悬挂); a frame (图文框) in a text box, Word's and WPS's; and a table
// going on from box to box by whole rows.
func linkedPlacesFeatures(t testing.TB) []feature {
	const mm = 36000
	exact := `<w:spacing w:line="400" w:lineRule="exact"/>`
	pt := func(v float64) float64 { return v / 25.4 * 72 }
	headerStory := para(exact+`<w:ind w:firstLineChars="0" w:firstLine="0"/>`, run("", sample))
	left := st.Anchor{H: "margin", V: "page", X: 0, Y: 8 * mm, CX: 70 * mm, CY: 20 * mm}
	right := st.Anchor{H: "margin", V: "page", X: 85 * mm, Y: 8 * mm, CX: 70 * mm, CY: 27 * mm}
	wordHeader := para(`<w:pStyle w:val="a3"/>`, append([]string{run("", "沁源县财政局")}, st.LinkedBoxes(headerStory, ">", left, right)...)...)
	wpsStory := wpsPara(exact+`<w:ind w:firstLineChars="0" w:firstLine="0"/>`, wpsRun("", sample))
	wpsBoxes := st.VMLLinkedBoxes(wpsStory, [4]float64{0, pt(8), pt(70), pt(20)}, [4]float64{pt(85), pt(8), pt(70), pt(27)})
	for k := range wpsBoxes {
		wpsBoxes[k] = strings.Replace(wpsBoxes[k], "mso-position-horizontal-relative:margin;", "mso-position-horizontal-relative:margin;mso-position-vertical-relative:page;", 1)
	}
	wpsHeader := wpsPara(`<w:pStyle w:val="a3"/>`, append([]string{wpsRun("", "沁源县财政局")}, wpsBoxes...)...)

	boxStory := para(exact, run("", long)) + para(exact, run("", punctuated))
	group := st.Anchor{H: "margin", V: "paragraph", X: 0, Y: 10 * mm, CX: 156 * mm, CY: 60 * mm}
	members := st.LinkedMembers(boxStory, ">", [4]int{0, 0, 70 * mm, 28 * mm}, [4]int{86 * mm, 0, 70 * mm, 60 * mm}, [4]int{0, 32 * mm, 70 * mm, 28 * mm})
	groupRun := strings.Replace(st.Run(group.Group(5, "组合 5", [2]int{0, 0}, [2]int{156 * mm, 60 * mm}, members...), vmlGroup(boxStory)), `Requires="wps"`, `Requires="wpg"`, 1)

	verticalStory := para(`<w:ind w:firstLineChars="0" w:firstLine="0"/>`, run("", long))
	vRight := st.Anchor{H: "margin", V: "paragraph", X: 110 * mm, Y: 10 * mm, CX: 30 * mm, CY: 70 * mm}
	vLeft := st.Anchor{H: "margin", V: "paragraph", X: 40 * mm, Y: 10 * mm, CX: 30 * mm, CY: 70 * mm}
	vertical := st.LinkedBoxes(verticalStory, ">", vRight, vLeft)
	for k := range vertical {
		vertical[k] = strings.ReplaceAll(vertical[k], `vert="horz"`, `vert="eaVert"`)
		vertical[k] = strings.ReplaceAll(vertical[k], `<v:textbox style="`, `<v:textbox style="layout-flow:vertical-ideographic;`)
		vertical[k] = strings.ReplaceAll(vertical[k], `<v:textbox>`, `<v:textbox style="layout-flow:vertical-ideographic">`)
	}

	fitFirst := st.Anchor{H: "margin", V: "paragraph", X: 0, Y: 5 * mm, CX: 70 * mm, CY: 28 * mm}
	fitLast := st.Anchor{H: "margin", V: "paragraph", X: 85 * mm, Y: 5 * mm, CX: 70 * mm, CY: 20 * mm, Wrap: `wp:wrapTopAndBottom`}
	fitted := st.LinkedBoxes(boxStory, "><a:spAutoFit/>", fitFirst, fitLast)
	fitted[1] = strings.Replace(fitted[1], `<v:textbox>`, `<v:textbox style="mso-fit-shape-to-text:t">`, 1)

	widow := `<w:widowControl/>` + exact + `<w:ind w:firstLineChars="0" w:firstLine="0"/>`
	// Four lines in the first box: three of the first paragraph, then
	// the second's first, which widow control takes over with the rest.
	widowStory := para(widow, run("", long[:len("根据有关规定结合我县实际现就开展预算绩效评价工作有关事项通知")])) + para(widow, run("", punctuated))
	wFirst := st.Anchor{H: "margin", V: "paragraph", X: 0, Y: 5 * mm, CX: 70 * mm, CY: 31 * mm}
	wSecond := st.Anchor{H: "margin", V: "paragraph", X: 85 * mm, Y: 5 * mm, CX: 70 * mm, CY: 60 * mm}
	// A 签发人 frame in a text box, 10 mm from the box's left, 20 mm wide,
	// the box's text around it.
	frameBox := st.Anchor{H: "margin", V: "paragraph", X: 0, Y: 5 * mm, CX: 150 * mm, CY: 70 * mm, Wrap: `wp:wrapTopAndBottom`}
	framed := para(`<w:framePr w:w="1134" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="567" w:y="284"/><w:ind w:firstLineChars="0" w:firstLine="0"/>`, run("", "签发人"))
	inFrameBox := framed + para(`<w:ind w:firstLineChars="0" w:firstLine="0"/>`, run("", long))
	frameShape := st.Shape(frameBox, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", inFrameBox, ">")
	frameVML := `<v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:14.15pt;width:425.2pt;height:198.45pt;z-index:251659264;mso-position-horizontal-relative:margin" fillcolor="white" strokeweight=".5pt"><v:textbox><w:txbxContent>` + inFrameBox + `</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>`
	wpsFramed := wpsPara(`<w:framePr w:w="1134" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="567" w:y="284"/><w:ind w:firstLineChars="0" w:firstLine="0"/>`, wpsRun("", "签发人")) + wpsPara(`<w:ind w:firstLineChars="0" w:firstLine="0"/>`, wpsRun("", long))
	wpsFrameBox := `<v:shape id="_x0000_s1026" o:spid="_x0000_s1026" o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-top:14.15pt;margin-left:0pt;height:198.45pt;width:425.2pt;mso-position-horizontal-relative:margin;z-index:251659264;" fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke color="#000000"/><v:imagedata o:title=""/><o:lock v:ext="edit"/><v:textbox><w:txbxContent>` + wpsFramed + `</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>`
	// A table going on from box to box by whole rows.
	var rows []string
	for i, item := range []string{"项目", "校舍维修", "设备购置", "培训经费", "信息建设", "绩效评价", "合计"} {
		rows = append(rows, row(`<w:trHeight w:val="567" w:hRule="exact"/>`, cell(1800, para("", run("", item))), cell(1800, para(`<w:jc w:val="right"/>`, run("", fmt.Sprintf("%d.00", 100+i*10))))))
	}
	tableStory := para(exact, run("", "各项目支出如下：")) + table([]int{1800, 1800}, "", rows...) + para(exact, run("", "以上为本年度支出。"))
	tFirst := st.Anchor{H: "margin", V: "paragraph", X: 0, Y: 5 * mm, CX: 70 * mm, CY: 45 * mm}
	tSecond := st.Anchor{H: "margin", V: "paragraph", X: 85 * mm, Y: 5 * mm, CX: 70 * mm, CY: 60 * mm}
	var wpsRows []string
	for i, item := range []string{"项目", "校舍维修", "设备购置", "培训经费", "信息建设", "绩效评价", "合计"} {
		wpsRows = append(wpsRows, row(`<w:trHeight w:val="567" w:hRule="exact"/>`, cell(1800, wpsPara("", wpsRun("", item))), cell(1800, wpsPara(`<w:jc w:val="right"/>`, wpsRun("", fmt.Sprintf("%d.00", 100+i*10))))))
	}
	wpsTableStory := wpsPara(exact, wpsRun("", "各项目支出如下：")) + table([]int{1800, 1800}, "", wpsRows...) + wpsPara(exact, wpsRun("", "以上为本年度支出。"))
	wpsTableBoxes := st.VMLLinkedBoxes(wpsTableStory, [4]float64{0, pt(5), pt(70), pt(45)}, [4]float64{pt(85), pt(5), pt(70), pt(60)})
	return []feature{
		{name: "text-box-linked-table-wps", wps: true, body: wpsPara("", append([]string{wpsRun("", "链接的文本框中的表格：")}, wpsTableBoxes...)...)},
		{name: "text-box-linked-table", body: para("", append([]string{run("", "链接的文本框中的表格：")}, st.LinkedBoxes(tableStory, ">", tFirst, tSecond)...)...)},
		{name: "text-box-frame", body: para("", run("", "文本框中的图文框："), st.Run(frameBox.Drawing(2, "文本框 2", frameShape), frameVML)) + text(sample)},
		{name: "text-box-frame-wps", wps: true, body: wpsPara("", wpsRun("", "文本框中的图文框："), st.Pict(wpsFrameBox)) + wpsPara("", wpsRun("", sample))},
		{name: "text-box-linked-header", body: text(sample) + text(long),
			sect:  `<w:headerReference w:type="default" r:id="rIdheader1"/>`,
			parts: map[string]string{"word/header1.xml": story("hdr", wordHeader)}},
		{name: "text-box-linked-header-wps", wps: true, body: wpsPara("", wpsRun("", sample)),
			sect:  `<w:headerReference w:type="default" r:id="rIdheader1"/>`,
			parts: map[string]string{"word/header1.xml": strings.Replace(story("hdr", wpsHeader), wordNS, wpsNS, 1)}},
		{name: "text-box-linked-group", body: para("", run("", "组合中的三个链接文本框："), groupRun)},
		{name: "text-box-linked-vertical", body: para("", append([]string{run("", "两个链接的竖排文本框：")}, vertical...)...)},
		{name: "text-box-linked-fit", body: para("", append([]string{run("", "最后一个文本框根据文字调整大小：")}, fitted...)...) + text(sample)},
		{name: "table-cell-drop-cap-margin", body: text("表格中悬挂的首字：") + table([]int{1800, 7034}, "",
			row("", cell(1800, para("", run("", "说明"))), cell(7034, dropCap("margin", "", "沁")+para("", run("", long+long))))) + text(sample)},
		{name: "text-box-linked-widow", body: para("", append([]string{run("", "孤行控制：")}, st.LinkedBoxes(widowStory, ">", wFirst, wSecond)...)...)},
	}
}

// vmlGroup is the v:group Word 2016 writes as a group's VML fallback: its
// three text boxes, the first holding story and naming the next
// (mso-next-textbox), in the group's coordinates (a 100th of a mm).
func vmlGroup(story string) string {
	box := func(spid, id, next, style, content string) string {
		tb := `<v:textbox>`
		if next != "" {
			tb = `<v:textbox style="mso-next-textbox:#` + next + `">`
		}
		if content != "" {
			tb += `<w:txbxContent>` + content + `</w:txbxContent>`
		}
		return `<v:shape id="` + id + `" o:spid="_x0000_s` + spid + `" type="#_x0000_t202" style="position:absolute;` + style + `" strokeweight=".5pt">` + tb + `</v:textbox></v:shape>`
	}
	return `<v:group id="组合 5" o:spid="_x0000_s1029" style="position:absolute;margin-left:0;margin-top:28.35pt;width:442.2pt;height:170.1pt;z-index:251659264;mso-position-horizontal-relative:margin" coordsize="15600,6000">` +
		box("1030", "文本框 20", "文本框 21", "left:0;top:0;width:7000;height:2800", story) +
		box("1031", "文本框 21", "文本框 22", "left:8600;top:0;width:7000;height:6000", "") +
		box("1032", "文本框 22", "", "left:0;top:3200;width:7000;height:2800", "") + `</v:group>`
}
