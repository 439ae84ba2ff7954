package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel/fieldtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// heading1 is a paragraph of 标题 1 as Chinese Word writes one, a page
// break before it where newPage.
func heading1(text string, newPage bool) string {
	brk := ""
	if newPage {
		brk = `<w:pageBreakBefore/>`
	}
	return `<w:p><w:pPr><w:pStyle w:val="1"/>` + brk + `</w:pPr>` + st.Text(text) + `</w:p>`
}

// heading1Style is Word's heading 1 (标题 1) as Chinese Word 2016 saves it.
const heading1Style = `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>`

// TestAStyleRefInAHeaderShowsEachPagesHeading: a header's STYLEREF
// "标题 1" (as Chinese Word writes it, with its saved result of the first
// page's) shows the page's first 标题 1, on a page with none the last
// before it, and before the first the first; \l the page's last.
func TestAStyleRefInAHeaderShowsEachPagesHeading(t *testing.T) {
	for _, tc := range []struct {
		name, instr string
		want        []string
	}{
		{"first", ` STYLEREF  "标题 1" \* MERGEFORMAT `, []string{"一、基本情况", "一、基本情况", "二、绩效目标", "四、存在问题"}},
		{"last", ` STYLEREF  "标题 1" \l `, []string{"一、基本情况", "一、基本情况", "三、评价结论", "四、存在问题"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			header := st.Para(st.Text("绩效报告 "), fieldtest.Complex("一、基本情况", tc.instr))
			body := st.Para(st.Text("封面")) + heading1("一、基本情况", true) + st.Para(st.Text(long)) +
				heading1("二、绩效目标", true) + heading1("三、评价结论", false) + heading1("四、存在问题", true)
			docx := opctest.Edit(t, withHeader(t, body, header), map[string]func(string) string{"word/styles.xml": func(s string) string {
				return strings.Replace(s, "</w:styles>", heading1Style+"</w:styles>", 1)
			}})
			_, r := laidShapes(t, docx)
			var got []string
			for _, o := range r.ops {
				switch {
				case o.kind == opPage:
					got = append(got, "")
				case o.kind == opText && o.y < r.top():
					got[len(got)-1] += o.text
				}
			}
			for i := range got {
				got[i] = strings.TrimPrefix(strings.ReplaceAll(got[i], " ", ""), "绩效报告")
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("headers %q, want %q", got, tc.want)
			}
		})
	}
}
