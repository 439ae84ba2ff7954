package layout

import (
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
	st "jixiao/pipeline/wordmodel/shapetest"
	"jixiao/pipeline/wordmodel/storytest"
)

// TestAFrameInATextBox: a frame (图文框) in a text box, as Word 2016 (with
// its VML fallback) and WPS (VML alone) write one, stands where its
// framePr puts it relative to the box, as Word places a float there: 10
// mm from the box's left (hAnchor page) and 5 mm under its anchor
// paragraph's top (vAnchor text), 20 mm wide; the box's next paragraph
// is that anchor, its lines beside the frame starting right of it and
// its hSpace, those under it at the box's inside left again.
func TestAFrameInATextBox(t *testing.T) {
	frame := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:framePr w:w="1134" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="567" w:y="284"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + st.Text("签发人") + `</w:p>`
	text := strings.Repeat("沁源县财政局二〇二三年度部门整体支出绩效自评报告正文。", 4)
	story := frame + st.Para(st.Text(text))
	a := st.Anchor{H: "page", V: "page", X: 60 * emu, Y: 100 * emu, CX: 120 * emu, CY: 90 * emu}
	pt := func(mm float64) float64 { return mm / ptToMM }
	wps := st.VMLLinkedBoxes(story, [4]float64{pt(60), pt(100), pt(120), pt(90)})[0]
	wps = strings.ReplaceAll(wps, "mso-position-horizontal-relative:margin;", "mso-position-horizontal-relative:page;mso-position-vertical-relative:page;")
	for _, tc := range []struct{ name, run string }{
		{"Word", st.TextBox(a, "文本框 1", story, ">")},
		{"WPS", wps},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), tc.run), nil))
			signer := firstTextOp(t, r, "签发人")
			top := 100 + 1.27 // the anchor paragraph's top, the box's inside top
			if !nearly(signer.x, 60+10, 0.01) || signer.y < top+5 || signer.y > top+5+signer.size*ptToMM*1.5 {
				t.Errorf("the frame's text at (%.2f, %.2f), want at 70 across, its line from %.2f down", signer.x, signer.y, top+5)
			}
			lines := textLinesOf(r, "签锚")
			if len(lines) < 6 {
				t.Fatalf("%d lines in the box", len(lines))
			}
			drawn := ""
			for _, o := range kindOf(r, opText) {
				if !strings.ContainsAny(o.text, "签锚") && o.y < r.blockBottom() {
					drawn += o.text
				}
			}
			if drawn != text {
				t.Errorf("the box's text drawn %q, want %q", drawn, text)
			}
			beside, under := 0, 0
			for _, l := range lines {
				if l.y < 100 || l.y > 190 {
					continue // the body's
				}
				switch {
				case l.y-signer.y < 3:
					if l.x0 < 60+10+20+twips(180)-0.01 {
						t.Errorf("a line beside the frame starts at %.2f, within it", l.x0)
					}
					beside++
				case l.y-signer.y > 10:
					if !nearly(l.x0, 60+2.54, 0.01) {
						t.Errorf("a line under the frame starts at %.2f, want the inside's left %.2f", l.x0, 60+2.54)
					}
					under++
				}
			}
			if beside == 0 || under == 0 {
				t.Errorf("%d lines beside the frame, %d under it", beside, under)
			}
		})
	}
}

// TestAFrameInAHeadersBoxOrALinkedBox: a frame in a header's text box
// stands 10 mm from that box's left, and one in the second of two
// linked boxes 10 mm from the second box's left; the lines of the box's
// text beside it start right of it and its hSpace.
func TestAFrameInAHeadersBoxOrALinkedBox(t *testing.T) {
	frame := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:framePr w:w="1134" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="567" w:y="284"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + st.Text("签发人") + `</w:p>`
	text := strings.Repeat("沁源县财政局二〇二三年度部门整体支出绩效自评报告正文。", 2)
	story := frame + st.Para(st.Text(text))
	w := storytest.Writers[0]
	inHeader := st.TextBox(st.Anchor{H: "page", V: "page", X: 60 * emu, Y: 5 * emu, CX: 120 * emu, CY: 30 * emu}, "文本框 1", story, ">")
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 60 * emu, CY: 20 * emu}
	second := st.Anchor{H: "page", V: "page", X: 110 * emu, Y: 50 * emu, CX: 60 * emu, CY: 60 * emu}
	linked := st.LinkedBoxes(st.Para(st.Text(text))+story, ">", first, second)
	for _, tc := range []struct {
		name string
		docx []byte
		box  float64 // the box's left
	}{
		{"header", w.Docx(t, rt.PageBreak("正文")+rt.Para(st.Text("正文")), storytest.Para(w.Header, "", st.Text("页眉"), inHeader), ""), 60},
		{"linked", st.Docx(t, st.Para(append([]string{st.Text("锚")}, linked...)...), nil), 110},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := laidShapes(t, tc.docx)
			signer := firstTextOp(t, r, "签发人")
			if !nearly(signer.x, tc.box+10, 0.01) {
				t.Errorf("the frame's text at %.2f, want %.2f", signer.x, tc.box+10)
			}
			beside := 0
			for _, o := range kindOf(r, opText) {
				if o.text != "签发人" && strings.ContainsAny(o.text, text) && nearly(o.y, signer.y, 6) && o.x > tc.box && o.x < tc.box+10+20+twips(180)-0.01 {
					t.Errorf("%q at %.2f beside the frame: within it or left of it", o.text, o.x)
				}
				if nearly(o.y, signer.y, 6) && nearly(o.x, tc.box+10+20+twips(180), 0.01) {
					beside++
				}
			}
			if beside == 0 {
				t.Errorf("no line beside the frame starts right of it")
			}
		})
	}
}

// TestAFrameEndingALinkedStory: a frame, or a drop cap, that ends a
// chain's story has no paragraph after it to stand by: it is drawn all
// the same, where the story ends.
func TestAFrameEndingALinkedStory(t *testing.T) {
	frame := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:framePr w:w="1134" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + st.Text("签发人") + `</w:p>`
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 60 * emu, CY: 20 * emu}
	second := st.Anchor{H: "page", V: "page", X: 110 * emu, Y: 50 * emu, CX: 60 * emu, CY: 60 * emu}
	for _, last := range []string{frame, dropCapPara("drop", "113")} {
		linked := st.LinkedBoxes(st.Para(st.Text("正文"))+last, ">", first, second)
		_, r := laidShapes(t, st.Docx(t, st.Para(append([]string{st.Text("锚")}, linked...)...), nil))
		text := ""
		for _, o := range kindOf(r, opText) {
			text += o.text
		}
		if !strings.Contains(text, "签发人") && !strings.Contains(text, "晋") {
			t.Errorf("the story's last paragraph, framed, is not drawn: %q", text)
		}
	}
}
