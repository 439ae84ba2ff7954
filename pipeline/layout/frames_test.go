package layout

import (
	"math"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// framedPara is a paragraph in the frame framePr, as Word 2016 writes a
// Word 2003 frame (its framePr after the style), with runs; extra pPr
// (borders) goes after the frame.
func framedPara(framePr, extra string, runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + framePr + extra + `<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// long is body text of many lines.
var long = strings.Repeat("沁源县财政局二〇二三年度部门整体支出绩效自评报告正文。", 8)

// drawnText is a line of text drawn: its left and right ends and its
// baseline.
type drawnText struct{ x0, x1, y float64 }

// textLinesOf are the lines of the body's text, by baseline, top to
// bottom, but for the characters in skip (a frame's).
func textLinesOf(r *renderer, skip string) []drawnText {
	var out []drawnText
	for _, o := range kindOf(r, opText) {
		if strings.ContainsAny(o.text, skip) || o.y > r.blockBottom() {
			continue
		}
		end := o.x + float64(len([]rune(o.text)))*o.size*ptToMM
		if n := len(out); n > 0 && nearly(out[n-1].y, o.y, 0.01) {
			out[n-1].x0, out[n-1].x1 = min(out[n-1].x0, o.x), max(out[n-1].x1, end)
			continue
		}
		out = append(out, drawnText{o.x, end, o.y})
	}
	slices.SortStableFunc(out, func(a, b drawnText) int { return int(math.Copysign(1, a.y-b.y)) })
	return out
}

// TestAWord2003FrameStandsBesideTheText: a 签发人 block in a Word 2003
// frame (2 inches wide, 5 inches from the page's left, at the top of the
// paragraph after it, 9 pt from the text) stands there, and the lines of
// that paragraph beside it end 9 pt left of it; those under it run
// across the column again.
func TestAWord2003FrameStandsBesideTheText(t *testing.T) {
	frame := `<w:framePr w:w="2880" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/>`
	body := framedPara(frame, "", st.Text("签发人：张三")) + framedPara(frame, "", st.Text("核稿人：李四")) + st.Para(st.Text(long))
	_, r := laidShapes(t, st.Docx(t, body, nil))
	x := twips(7201)
	signer, checker := firstTextOp(t, r, "签"), firstTextOp(t, r, "核")
	if !nearly(signer.x, x, 0.05) || !nearly(checker.x, x, 0.05) || checker.y <= signer.y {
		t.Errorf("the frame's lines at %.2f, %.2f and %.2f, %.2f; want both at %.2f, one under the other", signer.x, signer.y, checker.x, checker.y, x)
	}
	lines := textLinesOf(r, "签发人：张三核稿李四")
	if len(lines) < 4 {
		t.Fatalf("%d body lines", len(lines))
	}
	if lines[0].y > signer.y+0.05 {
		t.Errorf("the first body line at %.2f, want beside the frame's first at %.2f", lines[0].y, signer.y)
	}
	beside := 0
	for _, l := range lines[:len(lines)-1] {
		if l.x1 < x {
			beside++
			if l.x1 > x-twips(180)+0.2 {
				t.Errorf("a line beside the frame ends at %.2f, past %.2f", l.x1, x-twips(180))
			}
		}
		if l.y > checker.y+2*r.linePitch() && l.x1 < x {
			t.Errorf("a line under the frame at %.2f ends at %.2f: it should run on across", l.y, l.x1)
			break
		}
	}
	if beside < 2 {
		t.Errorf("%d lines beside the frame", beside)
	}
}

// TestAFrameNotBesideTheTextPushesItDown: WPS's 红头 in a frame centred
// on the page 30 mm from its top, exactly 20 mm high, text not beside
// it: its two paragraphs are one frame, centred, and the body starts
// under the frame and its vSpace.
func TestAFrameNotBesideTheTextPushesItDown(t *testing.T) {
	frame := `<w:framePr w:w="5669" w:h="1134" w:hRule="exact" w:vSpace="113" w:wrap="notBeside" w:vAnchor="page" w:hAnchor="page" w:xAlign="center" w:y="1701"/>`
	body := framedPara(frame, `<w:jc w:val="center"/>`, st.Text("晋财政局")) + framedPara(frame, `<w:jc w:val="center"/>`, st.Text("函件")) + st.Para(st.Text(long))
	_, r := laidShapes(t, st.Docx(t, body, nil))
	head, file := firstTextOp(t, r, "晋"), firstTextOp(t, r, "函")
	w := twips(5669)
	left := (r.g.w - w) / 2
	if head.x < left || head.x > left+w/2 || !nearly(head.x-left, left+w-(head.x+4*head.size*ptToMM), 0.3) {
		t.Errorf("the head at %.2f, want centred in the frame %.2f to %.2f", head.x, left, left+w)
	}
	if file.y <= head.y {
		t.Errorf("the frame's second paragraph at %.2f, not under its first at %.2f", file.y, head.y)
	}
	lines := textLinesOf(r, "晋函")
	var under []drawnText
	for _, l := range lines {
		if l.y > file.y+1 {
			under = append(under, l)
		}
	}
	if len(under) == 0 || under[0].y-head.size*ptToMM < twips(1701+1134+113)-0.5 {
		t.Fatalf("the body's first line at %+v: want under %.2f", under, twips(1701+1134+113))
	}
	if under[0].x1-under[0].x0 < r.width()-10 {
		t.Errorf("the body's first line %.2f wide: it should run across the column", under[0].x1-under[0].x0)
	}
}

// TestAFrameWrappedNoneLeavesTheText: a frame set to no wrapping, in
// the margin's middle, takes nothing from the text, which flows as if
// it were not there, and its box's border is drawn round its width.
func TestAFrameWrappedNoneLeavesTheText(t *testing.T) {
	plain := st.Docx(t, st.Para(st.Text(long)), nil)
	_, want := laidShapes(t, plain)
	frame := `<w:framePr w:w="2268" w:wrap="none" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="right" w:yAlign="center"/>`
	box := `<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>`
	_, r := laidShapes(t, st.Docx(t, framedPara(frame, box, st.Text("附注"))+st.Para(st.Text(long)), nil))
	got, exp := textLinesOf(r, "附注"), textLinesOf(want, "")
	if len(got) != len(exp) || !nearly(got[0].y, exp[0].y, 0.01) || !nearly(got[0].x1, exp[0].x1, 0.01) {
		t.Errorf("with the frame the text is %d lines from %+v, without %d from %+v", len(got), got[0], len(exp), exp[0])
	}
	note := firstTextOp(t, r, "附")
	w := twips(2268)
	right := r.g.left + r.g.bw
	if note.x < right-w-0.05 || note.x > right {
		t.Errorf("the frame's text at %.2f, want in %.2f to %.2f", note.x, right-w, right)
	}
	if mid := r.top() + r.g.bh/2; math.Abs(note.y-mid) > 10 {
		t.Errorf("the frame's text at %.2f, want about the margin's middle %.2f", note.y, mid)
	}
	lines := 0
	for _, o := range kindOf(r, opLine) {
		if o.w > 1 && o.x >= right-w-2 && o.x+o.w <= right+2 {
			lines++
		}
	}
	if lines < 2 {
		t.Errorf("%d of the box's lines drawn across the frame", lines)
	}
}

// TestAFrameIsReadFromTheBody: a frame's place, size and wrap are read
// from framePr, as Word and WPS write them.
func TestAFrameIsReadFromTheBody(t *testing.T) {
	frame := `<w:framePr w:w="2880" w:h="567" w:hSpace="180" w:vSpace="90" w:wrap="notBeside" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/>`
	doc, _ := laidShapes(t, st.Docx(t, framedPara(frame, "", st.Text("框"))+st.Para(st.Text("文")), nil))
	f := doc.Blocks[0].(*wordmodel.Paragraph).Frame
	if f == nil || f.Wrap.Mode != "topAndBottom" || !nearly(f.Width, twips(2880), 1e-6) || !nearly(f.Height, twips(567), 1e-6) || f.Exact || !nearly(f.Wrap.Top, twips(90), 1e-6) || f.FromY != "paragraph" {
		t.Errorf("frame %+v", f)
	}
}
