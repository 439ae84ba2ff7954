package layout

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	rt "jixiao/pipeline/wordmodel/runtest"
	st "jixiao/pipeline/wordmodel/shapetest"
	"jixiao/pipeline/wordmodel/storytest"
)

// chainShares are the characters of text drawn on page (from 1) above
// the text block's foot inside each of the boxes (x, y, w, h, mm, their
// inset taken off), in drawing order; one drawn in none of them is an
// error.
func chainShares(t *testing.T, r *renderer, page int, text string, boxes ...[4]float64) []string {
	t.Helper()
	shares := make([]string, len(boxes))
	for i, o := range r.ops {
		if o.kind != opText || pageOf(r, i) != page || !strings.ContainsAny(o.text, text) || o.y > r.blockBottom() {
			continue
		}
		w := o.face.width(o.text, o.size)
		in := -1
		for k, b := range boxes {
			if o.x >= b[0]-0.01 && o.x+w <= b[0]+b[2]+0.5 && o.y > b[1] && o.y < b[1]+b[3]+0.01 {
				in = k
			}
		}
		if in < 0 {
			t.Errorf("page %d: %q at %.2f, %.2f, %.2f wide: in none of the boxes", page, o.text, o.x, o.y, w)
			continue
		}
		shares[in] += o.text
	}
	return shares
}

// TestLinkedBoxesInAHeader: two boxes linked in a header (Word 2016's
// wps:txbx and wps:linkedTxbx, and WPS's VML mso-next-textbox) share
// their story on every page: the first box full, the rest at the
// second's top; the page number in the story is each page's own.
func TestLinkedBoxesInAHeader(t *testing.T) {
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 3)
	story := st.Para(st.Text("第"), `<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>`, st.Text("页"+text))
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 5 * emu, CX: 70 * emu, CY: 25 * emu}
	second := st.Anchor{H: "page", V: "page", X: 110 * emu, Y: 5 * emu, CX: 70 * emu, CY: 40 * emu}
	pt := func(mm float64) float64 { return mm / ptToMM }
	for _, tc := range []struct {
		name string
		runs []string
	}{
		{"Word", st.LinkedBoxes(story, ">", first, second)},
		{"WPS", st.VMLLinkedBoxes(story, [4]float64{pt(30), pt(5), pt(70), pt(25)}, [4]float64{pt(110), pt(5), pt(70), pt(40)})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := storytest.Writers[0]
			if tc.name == "WPS" {
				w = storytest.Writers[1]
			}
			header := storytest.Para(w.Header, "", append([]string{st.Text("沁源")}, tc.runs...)...)
			header = strings.ReplaceAll(header, "mso-position-horizontal-relative:margin;", "mso-position-horizontal-relative:page;mso-position-vertical-relative:page;")
			_, r := laidShapes(t, w.Docx(t, rt.PageBreak("正文")+rt.Para(st.Text("正文")), header, ""))
			inset := [2]float64{2.54, 1.27}
			boxes := [][4]float64{{30 + inset[0], 5 + inset[1], 70 - 2*inset[0], 25 - 2*inset[1]}, {110 + inset[0], 5 + inset[1], 70 - 2*inset[0], 40 - 2*inset[1]}}
			for page := 1; page <= 2; page++ {
				shares := chainShares(t, r, page, "第页0123456789"+text, boxes...)
				if got, want := shares[0]+shares[1], fmt.Sprintf("第%d页%s", page, text); got != want {
					t.Errorf("page %d: drawn %q, want %q", page, got, want)
				}
				if utf8.RuneCountInString(shares[0]) < 8 || utf8.RuneCountInString(shares[1]) < 8 {
					t.Errorf("page %d: the first box holds %q, the second %q", page, shares[0], shares[1])
				}
			}
		})
	}
}

// TestLinkedBoxesInAGroup: three boxes linked inside a group (组合, Word
// 2016's wpg:wgp, its coordinates twice its size) share their story: the
// text goes through them in their chain's order, each box's lines
// within its inside where the group puts it on the page.
func TestLinkedBoxesInAGroup(t *testing.T) {
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 4)
	group := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 60 * emu, CX: 150 * emu, CY: 40 * emu}
	// In the group's coordinates, twice its size: the boxes at 0, 100 and
	// 200 mm across, 80 wide by 30 (the first) and 80 mm tall.
	g := func(mm int) int { return 2 * mm * emu }
	members := st.LinkedMembers(st.Para(st.Text(text)), ">", [4]int{g(0), g(0), g(40), g(15)}, [4]int{g(105), g(0), g(45), g(40)}, [4]int{g(50), g(0), g(50), g(40)})
	body := st.Para(st.Text("锚"), st.Run(group.Group(5, "组合 5", [2]int{0, 0}, [2]int{g(150), g(40)}, members...), ""))
	_, r := laidShapes(t, st.Docx(t, body, nil))
	in := [2]float64{2.54, 1.27}
	shares := chainShares(t, r, 1, text,
		[4]float64{30 + in[0], 60 + in[1], 40 - 2*in[0], 15 - 2*in[1]},
		[4]float64{30 + 105 + in[0], 60 + in[1], 45 - 2*in[0], 40 - 2*in[1]},
		[4]float64{30 + 50 + in[0], 60 + in[1], 50 - 2*in[0], 40 - 2*in[1]})
	if got := shares[0] + shares[1] + shares[2]; got != text {
		t.Errorf("drawn %q, want %q", got, text)
	}
	for k, s := range shares {
		if s == "" {
			t.Errorf("box %d holds nothing: %q", k+1, shares)
		}
	}
}
