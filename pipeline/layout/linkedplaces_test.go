package layout

import (
	"fmt"
	"slices"
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

// TestLinkedBoxesInAVMLGroup: two boxes linked inside a group as WPS
// writes one (v:group, its members' coordinates a 100th of a mm, the
// first naming the next by mso-next-textbox) share their story.
func TestLinkedBoxesInAVMLGroup(t *testing.T) {
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 6)
	box := func(id, next, style, content string) string {
		tb := `<v:textbox>`
		if next != "" {
			tb = `<v:textbox style="mso-next-textbox:#` + next + `">`
		}
		if content != "" {
			tb += `<w:txbxContent>` + content + `</w:txbxContent>`
		}
		return `<v:shape id="` + id + `" o:spid="` + id + `" o:spt="202" type="#_x0000_t202" style="position:absolute;` + style + `" fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke color="#000000"/>` + tb + `</v:textbox></v:shape>`
	}
	group := `<v:group id="_x0000_s1029" o:spid="_x0000_s1029" o:spt="203" style="position:absolute;left:0pt;margin-left:0pt;margin-top:28.35pt;height:170.1pt;width:442.2pt;mso-position-horizontal-relative:margin;z-index:251659264;" coordorigin="0,0" coordsize="15600,6000">` +
		box("_x0000_s1030", "_x0000_s1031", "left:0;top:0;height:2800;width:7000;", st.Para(st.Text(text))) +
		box("_x0000_s1031", "", "left:8600;top:0;height:6000;width:7000;", "") + `</v:group>`
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Pict(group)), nil))
	// The group 10 mm under its anchor paragraph's top, the page's
	// first.
	left, top := r.left(), r.top()+10
	var boxes [2][4]float64
	for k, b := range [2][4]float64{{0, 0, 70, 28}, {86, 0, 70, 60}} {
		boxes[k] = [4]float64{left + b[0] + 2.54, top + b[1] + 1.27, b[2] - 5.08, b[3] - 2.54}
	}
	shares := chainShares(t, r, 1, text, boxes[0], boxes[1])
	if shares[0]+shares[1] != text || shares[0] == "" || shares[1] == "" {
		t.Errorf("the boxes hold %q, want %q between them", shares, text)
	}
}

// TestVerticalLinkedBoxes: two 竖排 boxes linked (Word 2016's eaVert with
// its VML fallback's vertical-ideographic, and WPS's VML) set their story
// in columns from the right of the first box, each character upright;
// the column that does not fit goes on at the right of the second box:
// every character drawn once, in order, inside its box.
func TestVerticalLinkedBoxes(t *testing.T) {
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 6)
	story := st.Para(st.Text(text))
	first := st.Anchor{H: "page", V: "page", X: 120 * emu, Y: 50 * emu, CX: 40 * emu, CY: 80 * emu}
	second := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 60 * emu, CY: 80 * emu}
	pt := func(mm float64) float64 { return mm / ptToMM }
	word := st.LinkedBoxes(story, ">", first, second)
	for k := range word {
		word[k] = strings.ReplaceAll(word[k], `vert="horz"`, `vert="eaVert"`)
		word[k] = strings.ReplaceAll(word[k], `<v:textbox style="`, `<v:textbox style="layout-flow:vertical-ideographic;`)
		word[k] = strings.ReplaceAll(word[k], `<v:textbox>`, `<v:textbox style="layout-flow:vertical-ideographic">`)
	}
	wps := st.VMLLinkedBoxes(story, [4]float64{pt(120), pt(50), pt(40), pt(80)}, [4]float64{pt(30), pt(50), pt(60), pt(80)})
	for k := range wps {
		wps[k] = strings.ReplaceAll(wps[k], `<v:textbox style="`, `<v:textbox style="layout-flow:vertical-ideographic;`)
		wps[k] = strings.ReplaceAll(wps[k], `<v:textbox>`, `<v:textbox style="layout-flow:vertical-ideographic">`)
		wps[k] = strings.ReplaceAll(wps[k], "mso-position-horizontal-relative:margin;", "mso-position-horizontal-relative:page;mso-position-vertical-relative:page;")
	}
	for _, tc := range []struct {
		name string
		runs []string
	}{{"Word", word}, {"WPS", wps}} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := laidShapes(t, st.Docx(t, st.Para(append([]string{st.Text("锚")}, tc.runs...)...), nil))
			var shares [2]string
			var cols [2][]float64 // each box's columns' centres, in drawing order
			for _, o := range kindOf(r, opText) {
				if !strings.ContainsAny(o.text, text) {
					continue
				}
				if o.angle != 0 || utf8.RuneCountInString(o.text) != 1 {
					t.Errorf("%q drawn at %.0f°: not upright one by one", o.text, o.angle)
				}
				k := 0
				if o.x < 100 {
					k = 1
				}
				b := [2][2]float64{{120, 160}, {30, 90}}[k]
				if o.x < b[0]+1.27 || o.x > b[1]-1.27 || o.y < 50+2.54 || o.y > 130-2.54+0.5 {
					t.Errorf("%q at (%.2f, %.2f): outside box %d's inside", o.text, o.x, o.y, k+1)
				}
				shares[k] += o.text
				if c := cols[k]; len(c) == 0 || !nearly(c[len(c)-1], o.x, 1) {
					cols[k] = append(cols[k], o.x)
				}
			}
			if shares[0]+shares[1] != text || shares[1] == "" {
				t.Errorf("the first box holds %q, the second %q; want %q between them", shares[0], shares[1], text)
			}
			for k, c := range cols {
				for i := 1; i < len(c); i++ {
					if c[i] >= c[i-1] {
						t.Errorf("box %d's columns at %v: not from the right", k+1, c)
					}
				}
			}
			if len(cols[1]) == 0 || cols[1][0] < 90-1.27-10 {
				t.Errorf("the second box's columns at %v: the first not at its right", cols[1])
			}
		})
	}
}

// TestWidowControlBetweenLinkedBoxes: a story of lines of an exact 20 pt
// in two linked boxes whose first holds four lines breaks between them
// as the body breaks between pages under 孤行控制: a paragraph of two
// lines after one of three goes to the second box whole rather than
// leave its first line alone at the first box's foot, and a paragraph of
// five lines takes its fourth over with its last rather than leave that
// alone at the second box's top. With widow control off they break
// where the first box is full.
func TestWidowControlBetweenLinkedBoxes(t *testing.T) {
	para := func(widow, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:widowControl` + widow + `/><w:spacing w:line="400" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + st.Text(text) + `</w:p>`
	}
	// 10 characters a line in a 60 mm inside; four lines of 7.06 mm in
	// a 28.4 mm one.
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 60*emu + 2*91440, CY: 31 * emu}
	second := first
	second.X, second.CY = 110*emu, 60*emu
	three, two, five := strings.Repeat("甲", 25), strings.Repeat("乙", 15), strings.Repeat("丙", 45)
	for _, tc := range []struct {
		name, widow, story string
		want               [2]string
	}{
		{"orphan", "", three + two, [2]string{three, two}},
		{"orphan off", ` w:val="0"`, three + two, [2]string{three + "乙乙乙乙乙乙乙乙乙乙", "乙乙乙乙乙"}},
		{"widow", "", five, [2]string{strings.Repeat("丙", 30), strings.Repeat("丙", 15)}},
		{"widow off", ` w:val="0"`, five, [2]string{strings.Repeat("丙", 40), "丙丙丙丙丙"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			story := para(tc.widow, tc.story)
			if strings.HasPrefix(tc.name, "orphan") {
				story = para(tc.widow, three) + para(tc.widow, two)
			}
			_, r := laidShapes(t, st.Docx(t, st.Para(append([]string{st.Text("锚")}, st.LinkedBoxes(story, ">", first, second)...)...), nil))
			var shares [2]string
			for _, o := range kindOf(r, opText) {
				if strings.ContainsAny(o.text, "甲乙丙") {
					shares[map[bool]int{true: 0, false: 1}[o.x < 100]] += o.text
				}
			}
			if shares != tc.want {
				t.Errorf("the boxes hold %q, want %q", shares, tc.want)
			}
		})
	}
}

// TestTheLastLinkedBoxFitsItsText: the last of two linked boxes resized
// to fit its text (Word's wps:bodyPr a:spAutoFit, WPS's VML
// mso-fit-shape-to-text) is as tall as the story's rest, grown past its
// saved height, and nothing is warned of; the first box keeps its size.
// Without it the box keeps its size and the text over its foot is
// warned of.
func TestTheLastLinkedBoxFitsItsText(t *testing.T) {
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 8)
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 60 * emu, CY: 20 * emu}
	second := st.Anchor{H: "page", V: "page", X: 110 * emu, Y: 50 * emu, CX: 60 * emu, CY: 20 * emu}
	pt := func(mm float64) float64 { return mm / ptToMM }
	fitted := st.LinkedBoxes(st.Para(st.Text(text)), "><a:spAutoFit/>", first, second)
	vml := st.VMLLinkedBoxes(st.Para(st.Text(text)), [4]float64{pt(30), pt(50), pt(60), pt(20)}, [4]float64{pt(110), pt(50), pt(60), pt(20)})
	vml[1] = strings.Replace(vml[1], `<v:textbox>`, `<v:textbox style="mso-fit-shape-to-text:t;">`, 1)
	for k := range vml {
		vml[k] = strings.ReplaceAll(vml[k], "mso-position-horizontal-relative:margin;", "mso-position-horizontal-relative:page;mso-position-vertical-relative:page;")
	}
	for _, tc := range []struct {
		name string
		runs []string
		fits bool
	}{
		{"Word", fitted, true},
		{"WPS", vml, true},
		{"not fitted", st.LinkedBoxes(st.Para(st.Text(text)), ">", first, second), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := laidShapes(t, st.Docx(t, st.Para(append([]string{st.Text("锚")}, tc.runs...)...), nil))
			var heights [2]float64
			for _, p := range paths(r) {
				if x, y, _, h := p.Bounds(); nearly(y+p.Width/2, 50, 0.05) {
					heights[map[bool]int{true: 0, false: 1}[x < 100]] = h - p.Width
				}
			}
			last := 0.0
			for _, o := range kindOf(r, opText) {
				if strings.ContainsAny(o.text, text) {
					last = max(last, o.y)
				}
			}
			warned := slices.ContainsFunc(r.warnings, func(w string) bool { return strings.Contains(w, "超出文本框") })
			if !tc.fits {
				if !nearly(heights[1], 20, 0.05) || !warned {
					t.Errorf("the last box %.2f mm tall, warned %v: want it kept at 20 and warned of", heights[1], warned)
				}
				return
			}
			if !nearly(heights[0], 20, 0.05) || heights[1] < 30 || warned {
				t.Errorf("the boxes %.2f and %.2f mm tall, warned %v: want the first kept at 20, the last grown", heights[0], heights[1], warned)
			}
			if foot := 50 + heights[1] - 1.27; last > foot || last < foot-8 {
				t.Errorf("the last line on %.2f, the grown box's inside ends at %.2f", last, foot)
			}
		})
	}
}

// TestLinkedBoxesInAFooter: two boxes linked in a footer share their
// story on every page as a header's do.
func TestLinkedBoxesInAFooter(t *testing.T) {
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 3)
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 262 * emu, CX: 70 * emu, CY: 25 * emu}
	second := st.Anchor{H: "page", V: "page", X: 110 * emu, Y: 262 * emu, CX: 70 * emu, CY: 25 * emu}
	w := storytest.Writers[0]
	footer := storytest.Para(w.Footer, "", append([]string{st.Text("沁源")}, st.LinkedBoxes(st.Para(st.Text(text)), ">", first, second)...)...)
	_, r := laidShapes(t, w.Docx(t, rt.PageBreak("正文")+rt.Para(st.Text("正文")), "", footer))
	for page := 1; page <= 2; page++ {
		var shares [2]string
		for i, o := range r.ops {
			if o.kind != opText || pageOf(r, i) != page || !strings.ContainsAny(o.text, text) {
				continue
			}
			k := map[bool]int{true: 0, false: 1}[o.x < 105]
			if b := [2]float64{30, 110}[k]; o.x < b+2.54-0.01 || o.y < 262+1.27 || o.y > 262+25-1.27 {
				t.Errorf("page %d: %q at (%.2f, %.2f) outside box %d's inside", page, o.text, o.x, o.y, k+1)
			}
			shares[k] += o.text
		}
		if shares[0]+shares[1] != text || shares[1] == "" {
			t.Errorf("page %d: the boxes hold %q, want %q between them", page, shares, text)
		}
	}
}
