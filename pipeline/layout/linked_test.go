package layout

import (
	"strings"
	"testing"
	"unicode/utf8"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestLinkedBoxesShareTheirStory: a story too long for the first of two
// linked boxes (Word's 创建文本框链接, and WPS's VML link) fills the first
// box's inside line by line and goes on at the top of the second, its
// lines broken anew to the second's narrower width; every character is
// drawn once, each line within its box's inside.
func TestLinkedBoxesShareTheirStory(t *testing.T) {
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 6)
	story := st.Para(st.Text(text))
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 60 * emu, CY: 20 * emu}
	second := st.Anchor{H: "page", V: "page", X: 110 * emu, Y: 50 * emu, CX: 40 * emu, CY: 100 * emu}
	pt := func(mm float64) float64 { return mm / ptToMM }
	for _, tc := range []struct {
		name string
		runs []string
	}{
		{"Word", st.LinkedBoxes(story, ">", first, second)},
		{"WPS", st.VMLLinkedBoxes(story, [4]float64{pt(30), pt(50), pt(60), pt(20)}, [4]float64{pt(110), pt(50), pt(40), pt(100)})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := st.Para(append([]string{st.Text("锚")}, tc.runs...)...)
			if tc.name == "WPS" {
				body = strings.ReplaceAll(body, "mso-position-horizontal-relative:margin;", "mso-position-horizontal-relative:page;mso-position-vertical-relative:page;")
			}
			_, r := laidShapes(t, st.Docx(t, body, nil))
			inset, line := 2.54, 0.0
			var in1, in2 []op
			chars := 0
			for _, o := range kindOf(r, opText) {
				if !strings.ContainsAny(o.text, "甲乙丙丁戊己庚辛壬癸") {
					continue
				}
				chars += utf8.RuneCountInString(o.text)
				w := float64(utf8.RuneCountInString(o.text)) * o.size * ptToMM
				line = o.size * ptToMM
				switch {
				case o.x >= 30+inset-0.01 && o.x+w <= 90-inset+0.5 && o.y > 50 && o.y < 70:
					in1 = append(in1, o)
				case o.x >= 110+inset-0.01 && o.x+w <= 150-inset+0.5 && o.y > 50 && o.y < 150:
					in2 = append(in2, o)
				default:
					t.Errorf("%q at %.2f, %.2f, %.2f wide: in neither box's inside", o.text, o.x, o.y, w)
				}
			}
			if chars != utf8.RuneCountInString(text) {
				t.Errorf("%d characters drawn, want %d", chars, utf8.RuneCountInString(text))
			}
			if len(in1) == 0 || len(in2) == 0 {
				t.Fatalf("%d lines in the first box, %d in the second", len(in1), len(in2))
			}
			var lines []float64 // the second box's baselines
			for _, o := range in2 {
				if len(lines) == 0 || o.y > lines[len(lines)-1]+0.01 {
					lines = append(lines, o.y)
				}
			}
			if len(lines) < 3 {
				t.Fatalf("the second box's lines: %v", lines)
			}
			pitch, last := lines[1]-lines[0], in1[len(in1)-1]
			if foot := 50 + 20 - 1.27; last.y > foot || last.y+pitch < foot-line*0.2 {
				t.Errorf("the first box's last line on %.2f, the lines %.2f apart: want the box full to its inside's foot %.2f", last.y, pitch, foot)
			}
			if top := lines[0]; top > 50+1.27+pitch || top < 50+1.27+line*0.5 {
				t.Errorf("the second box's first line on %.2f: want at its inside's top %.2f", top, 50+1.27)
			}
			drawn := ""
			for _, o := range append(in1, in2...) {
				drawn += o.text
			}
			if drawn != text {
				t.Errorf("drawn %q, want %q", drawn, text)
			}
		})
	}
}

// TestLinkedBoxesInATableCell: linked boxes anchored in a table cell
// share their story as in the body: every character drawn once, the
// second box's lines at its inside's left, 80 mm right of the first's
// (both placed from the cell's box, laid out in the cell).
func TestLinkedBoxesInATableCell(t *testing.T) {
	text := strings.Repeat("甲乙丙丁戊己庚辛壬癸", 6)
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 150 * emu, CX: 60 * emu, CY: 20 * emu}
	second := st.Anchor{H: "page", V: "page", X: 110 * emu, Y: 150 * emu, CX: 60 * emu, CY: 80 * emu}
	runs := st.LinkedBoxes(st.Para(st.Text(text)), ">", first, second)
	cell := `<w:tbl><w:tblGrid><w:gridCol w:w="4422"/></w:tblGrid><w:tr><w:tc>` + st.Para(append([]string{st.Text("锚")}, runs...)...) + `</w:tc></w:tr></w:tbl>`
	_, r := laidShapes(t, st.Docx(t, cell, nil))
	drawn, second2, left := "", 0, firstTextOp(t, r, "甲").x
	for _, o := range kindOf(r, opText) {
		if strings.ContainsAny(o.text, "甲乙丙丁戊己庚辛壬癸") {
			drawn += o.text
			if nearly(o.x, left+80, 0.01) {
				second2++
			}
		}
	}
	if drawn != text || second2 < 2 {
		t.Errorf("drawn %q, %d lines at the second box's left; want %q", drawn, second2, text)
	}
}
