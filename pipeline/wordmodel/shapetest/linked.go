package shapetest

import (
	"fmt"
	"strings"
)

// LinkedBoxes are text boxes linked as Word 2016 links them (创建文本框链接),
// each at its place among as, white with a black ¾ pt outline, in its own
// run: the first holds paragraphs in its wps:txbx of id 1, the later ones
// a wps:linkedTxbx of that id and their place; each with the VML fallback
// Word writes beside it, the first naming the next (mso-next-textbox).
func LinkedBoxes(paragraphs, bodyPr string, as ...Anchor) []string {
	var runs []string
	for k, a := range as {
		name := fmt.Sprintf("文本框 %d", k+1)
		box := Shape(a, "rect", "", Fill("FFFFFF")+Ln(9525, "", "", "000000"), "", paragraphs, bodyPr)
		textbox := `<v:textbox><w:txbxContent>` + paragraphs + `</w:txbxContent></v:textbox>`
		if k == 0 {
			box = strings.Replace(box, `<wps:txbx>`, `<wps:txbx id="1">`, 1)
		} else {
			box = Shape(a, "rect", "", Fill("FFFFFF")+Ln(9525, "", "", "000000"), "", "", bodyPr)
			box = strings.Replace(box, `<wps:cNvSpPr/>`, `<wps:cNvSpPr txBox="1"/>`, 1)
			box = strings.Replace(box, `<wps:bodyPr`, fmt.Sprintf(`<wps:linkedTxbx id="1" seq="%d"/><wps:bodyPr`, k), 1)
			textbox = `<v:textbox>`
		}
		if k < len(as)-1 {
			textbox = strings.Replace(textbox, `<v:textbox>`, fmt.Sprintf(`<v:textbox style="mso-next-textbox:#_x0000_s%d">`, 1026+k+1), 1)
		}
		if !strings.HasSuffix(textbox, "</v:textbox>") {
			textbox += `</v:textbox>`
		}
		vml := fmt.Sprintf(`<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:%.2fpt;margin-top:%.2fpt;width:%.2fpt;height:%.2fpt;z-index:%d" strokeweight=".5pt">%s</v:shape>`,
			1026+k, float64(a.X)/12700, float64(a.Y)/12700, float64(a.CX)/12700, float64(a.CY)/12700, 251659264+k, textbox)
		runs = append(runs, Run(a.Drawing(10+k, name, box), vml))
	}
	return runs
}

// VMLLinkedBoxes are text boxes linked as WPS and Word 2003 write them, in
// VML alone: the first holds paragraphs and names the next by its id
// (mso-next-textbox), which names the one after it; each at its place
// (pt from the margin and the paragraph, and its size).
func VMLLinkedBoxes(paragraphs string, places ...[4]float64) []string {
	var runs []string
	for k, p := range places {
		textbox := fmt.Sprintf(`<v:textbox style="mso-next-textbox:#_x0000_s%d;">`, 2050+k+1)
		if k == len(places)-1 {
			textbox = `<v:textbox>`
		}
		if k == 0 {
			textbox += `<w:txbxContent>` + paragraphs + `</w:txbxContent>`
		}
		runs = append(runs, Pict(fmt.Sprintf(`<v:shape id="_x0000_s%d" o:spid="_x0000_s%d" o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:%gpt;margin-top:%gpt;height:%gpt;width:%gpt;mso-position-horizontal-relative:margin;z-index:%d;" fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke color="#000000"/><v:imagedata o:title=""/><o:lock v:ext="edit"/>%s</v:textbox><w10:wrap type="none"/></v:shape>`,
			2050+k, 2050+k, p[0], p[1], p[3], p[2], 251659264+k, textbox)))
	}
	return runs
}

// LinkedMembers are a group's text boxes linked as Word 2016 writes them
// (a group's wps:wsp members: the first's wps:txbx id="1" holding
// paragraphs, each later one's wps:linkedTxbx of its place), each at
// place (x, y, cx, cy in the group's coordinates).
func LinkedMembers(paragraphs, bodyPr string, places ...[4]int) []string {
	var members []string
	for k, p := range places {
		name := fmt.Sprintf("文本框 %d", 20+k)
		spPr := Fill("FFFFFF") + Ln(9525, "", "", "000000")
		if k == 0 {
			m := Member(20+k, name, p[0], p[1], p[2], p[3], "rect", "", spPr, "", paragraphs, bodyPr)
			members = append(members, strings.Replace(m, `<wps:txbx>`, `<wps:txbx id="1">`, 1))
			continue
		}
		m := Member(20+k, name, p[0], p[1], p[2], p[3], "rect", "", spPr, "", "", bodyPr)
		m = strings.Replace(m, `<wps:cNvSpPr/>`, `<wps:cNvSpPr txBox="1"/>`, 1)
		members = append(members, strings.Replace(m, `<wps:bodyPr`, fmt.Sprintf(`<wps:linkedTxbx id="1" seq="%d"/><wps:bodyPr`, k), 1))
	}
	return members
}
