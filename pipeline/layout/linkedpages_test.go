package layout

import (
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestLinkedBoxesOnTwoPagesNumberEach: a body chain whose first box
// stands on page 1 and whose second stands on page 2 (each anchored in
// its page's paragraph) shows in each box the number of the page the box
// stands on, as Word updates a PAGE field in a text box: the second's
// is 2, not the first's 1; NUMPAGES counts the document's pages. The
// boxes in the other order (the chain's second box on page 1) too.
func TestLinkedBoxesOnTwoPagesNumberEach(t *testing.T) {
	field := func(f string) string {
		return `<w:fldSimple w:instr=" ` + f + ` "><w:r><w:t>1</w:t></w:r></w:fldSimple>`
	}
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 2)
	story := st.Para(st.Text("第"), field("PAGE"), st.Text("页"+text)) + st.Para(st.Text("第"), field("PAGE"), st.Text("页共"), field("NUMPAGES"), st.Text("页"))
	box := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 70 * emu, CY: 15 * emu}
	tall := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 70 * emu, CY: 40 * emu}
	for _, tc := range []struct {
		name    string
		swapped bool
	}{{"in order", false}, {"second box first", true}} {
		t.Run(tc.name, func(t *testing.T) {
			runs := st.LinkedBoxes(story, ">", box, tall)
			a, b := runs[0], runs[1]
			if tc.swapped {
				a, b = b, a
			}
			body := rt.Para(st.Text("锚"), a) + rt.PageBreak("正文") + rt.Para(st.Text("锚"), b) + rt.PageBreak("正文") + rt.Para(st.Text("正文"))
			_, r := laidShapes(t, st.Docx(t, body, nil))
			inside := [4]float64{30 + 2.54, 50 + 1.27, 70 - 2*2.54, 15 - 2*1.27}
			tallInside := [4]float64{30 + 2.54, 50 + 1.27, 70 - 2*2.54, 40 - 2*1.27}
			first, second := 1, 2
			if tc.swapped {
				first, second = 2, 1
			}
			one := chainShares(t, r, first, "第页共0123456789"+text, inside)[0]
			two := chainShares(t, r, second, "第页共0123456789"+text, tallInside)[0]
			if !strings.HasPrefix(one, "第"+string(rune('0'+first))+"页") {
				t.Errorf("the first box (page %d) holds %q", first, one)
			}
			if !strings.HasSuffix(two, "第"+string(rune('0'+second))+"页共3页") {
				t.Errorf("the second box (page %d) holds %q", second, two)
			}
		})
	}
}
