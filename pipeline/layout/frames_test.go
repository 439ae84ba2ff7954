package layout

import (
	"math"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
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
// from framePr as Word 2016 and WPS write them; one anchored to its
// paragraph is never aligned down, only offset.
func TestAFrameIsReadFromTheBody(t *testing.T) {
	tw := func(n float64) float64 { return n * 25.4 / 1440 } // as read, to the last bit
	for _, c := range []struct {
		framePr string
		want    wordmodel.Frame
	}{
		{`<w:framePr w:w="2880" w:h="567" w:hSpace="180" w:vSpace="90" w:wrap="notBeside" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1" w:yAlign="center"/>`,
			wordmodel.Frame{Float: wordmodel.Float{FromX: "page", FromY: "paragraph", X: tw(7201), Y: tw(1), Wrap: wordmodel.Wrap{Mode: "topAndBottom", Side: "bothSides", Left: tw(180), Right: tw(180), Top: tw(90), Bottom: tw(90)}},
				Width: tw(2880), Height: tw(567)}},
		// WPS: exact height, aligned in the margin, through the text.
		{`<w:framePr w:w="5669" w:h="1134" w:hRule="exact" w:wrap="through" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="center" w:yAlign="top"/>`,
			wordmodel.Frame{Float: wordmodel.Float{FromX: "margin", FromY: "margin", AlignX: "center", AlignY: "top"}, Width: tw(5669), Height: tw(1134), Exact: true}},
		// Word's default wrap is around, its height auto.
		{`<w:framePr w:hSpace="180" w:vAnchor="text" w:hAnchor="text" w:h="400" w:hRule="auto"/>`,
			wordmodel.Frame{Float: wordmodel.Float{FromX: "column", FromY: "paragraph", Wrap: wordmodel.Wrap{Mode: "square", Side: "bothSides", Left: tw(180), Right: tw(180)}}}},
	} {
		doc, _ := laidShapes(t, st.Docx(t, framedPara(c.framePr, "", st.Text("框"))+st.Para(st.Text("文")), nil))
		f := doc.Blocks[0].(*wordmodel.Paragraph).Frame
		if f == nil {
			t.Fatalf("%s: not read", c.framePr)
		}
		got := *f
		got.Key = ""
		if got != c.want {
			t.Errorf("%s:\n read %+v\n want %+v", c.framePr, got, c.want)
		}
	}
}

// TestAFrameAnchoredToATable: a frame before a table (WPS's 落款 block,
// shaded, vAnchor text) stands from where the table starts, as wide as
// its text, its shading across the frame only, and the table under it
// is drawn whole.
func TestAFrameAnchoredToATable(t *testing.T) {
	frame := `<w:framePr w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>`
	shade := `<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>`
	tbl := `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + st.Para(st.Text("表格")) + `</w:tc></w:tr></w:tbl>`
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("前文"))+framedPara(frame, shade, st.Text("落款单位"))+tbl+st.Para(st.Text("后文")), nil))
	sign, cell := firstTextOp(t, r, "落"), firstTextOp(t, r, "表")
	right := r.g.left + r.g.bw
	if end := sign.x + 4*r.g.cell; !nearly(end, right, 0.3) {
		t.Errorf("the frame's text ends at %.2f, want at the margin's right %.2f", end, right)
	}
	if !nearly(sign.y, cell.y, 1.5) {
		t.Errorf("the frame's text at %.2f, want beside the table's first line at %.2f", sign.y, cell.y)
	}
	var fill *op
	for _, o := range kindOf(r, opFill) {
		if o.color == "FFFF00" {
			fill = &o
		}
	}
	if fill == nil || fill.x < sign.x-1 || fill.x+fill.w > right+1 {
		t.Errorf("the frame's shading %+v, want across the frame from %.2f to %.2f", fill, sign.x, right)
	}
}

// TestAFrameInATableCell: a frame in a table cell (Word 2003's 签章 box,
// 1 inch wide, at the cell's right, around the text) stands in the cell
// at the top of the paragraph after it, and that paragraph's lines beside
// it end left of it and its hSpace; the cell's text keeps the frame's
// text out of its own lines.
func TestAFrameInATableCell(t *testing.T) {
	frame := `<w:framePr w:w="1440" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="text" w:xAlign="right" w:y="1"/>`
	cell := `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8000" w:type="dxa"/></w:tcPr>` +
		framedPara(frame, "", st.Text("签章")) + st.Para(st.Text(strings.Repeat("沁源县财政局部门整体支出绩效自评报告", 3))) + `</w:tc></w:tr></w:tbl>`
	doc, r := laidShapes(t, st.Docx(t, cell+st.Para(st.Text("表后")), nil))
	c := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells[0]
	if strings.Contains(c.Text, "签章") {
		t.Errorf("the frame's text is in the cell's lines: %q", c.Text)
	}
	seal, first := firstTextOp(t, r, "签"), firstTextOp(t, r, "沁")
	cellRight := r.left() + twips(8000) - twips(108)
	if end := seal.x + 2*seal.size*ptToMM; end > cellRight+0.3 || end < cellRight-twips(1440) {
		t.Errorf("the frame's text ends at %.2f, want at the cell's right %.2f", end, cellRight)
	}
	if math.Abs(seal.y-first.y) > 2 {
		t.Errorf("the frame's text at %.2f, want beside the paragraph's first line at %.2f", seal.y, first.y)
	}
	lines := textLinesOf(r, "签章表后")
	if len(lines) < 3 {
		t.Fatalf("%d lines in the cell", len(lines))
	}
	if lines[0].x1 > cellRight-twips(1440)-twips(180)+0.3 {
		t.Errorf("the first line ends at %.2f, past the frame's left %.2f and its hSpace", lines[0].x1, cellRight-twips(1440))
	}
}

// TestAFrameTooLowForItsTextIsWarnedOf: a frame exactly 5 mm high
// holding two lines is drawn whole, its text not cut, and warned of,
// naming its paragraph.
func TestAFrameTooLowForItsTextIsWarnedOf(t *testing.T) {
	frame := `<w:framePr w:w="2880" w:h="283" w:hRule="exact" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/>`
	_, r := laidShapes(t, st.Docx(t, framedPara(frame, "", st.Text("签发"))+framedPara(frame, "", st.Text("核稿"))+st.Para(st.Text(long)), nil))
	firstTextOp(t, r, "核")
	if !slices.ContainsFunc(r.warnings, func(w string) bool { return strings.Contains(w, "图文框（段落“签发”）的文字超出") }) {
		t.Errorf("warnings %q", r.warnings)
	}
}

// TestAFrameSetInAStyle: a paragraph style that sets a frame (a 签发人
// style Word 2003 framed) frames each of its paragraphs as their own
// framePr would, consecutive ones in one frame.
func TestAFrameSetInAStyle(t *testing.T) {
	frame := `<w:framePr w:w="2880" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/>`
	style := `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Signer"><w:name w:val="签发人"/><w:basedOn w:val="Normal"/><w:pPr>` + frame + `<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>`
	styled := func(s string) string { return `<w:p><w:pPr><w:pStyle w:val="Signer"/></w:pPr>` + st.Text(s) + `</w:p>` }
	docx := opctest.Edit(t, st.Docx(t, styled("签发人：张三")+styled("核稿人：李四")+st.Para(st.Text(long)), nil), map[string]func(string) string{
		"word/styles.xml": func(s string) string { return strings.Replace(s, "</w:styles>", style+"</w:styles>", 1) },
	})
	_, r := laidShapes(t, docx)
	_, own := laidShapes(t, st.Docx(t, framedPara(frame, "", st.Text("签发人：张三"))+framedPara(frame, "", st.Text("核稿人：李四"))+st.Para(st.Text(long)), nil))
	for _, first := range []string{"签", "核"} {
		got, want := firstTextOp(t, r, first), firstTextOp(t, own, first)
		if !nearly(got.x, want.x, 0.05) || !nearly(got.y, want.y, 0.05) {
			t.Errorf("%s at %.2f, %.2f; framed by its own framePr at %.2f, %.2f", first, got.x, got.y, want.x, want.y)
		}
	}
	if got, want := textLinesOf(r, "签发人：张三核稿李四"), textLinesOf(own, "签发人：张三核稿李四"); len(got) == 0 || got[0] != want[0] {
		t.Errorf("the text beside the frame: %v, want %v", got, want)
	}
}

// TestAFrameInAHeadersTableCell: a frame in a header's table cell (a
// Word 2003 or WPS header's 密级 box at the cell's right) stands in the
// cell as a body cell's does, at the top of the paragraph after it, its
// text out of the cell's lines, on every page.
func TestAFrameInAHeadersTableCell(t *testing.T) {
	frame := `<w:framePr w:w="1440" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="text" w:xAlign="right" w:y="1"/>`
	table := `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8000" w:type="dxa"/></w:tcPr>` +
		framedPara(frame, "", st.Text("密级")) + st.Para(st.Text("沁源县财政局文件")) + `</w:tc></w:tr></w:tbl>` + st.Para()
	doc, r := laidShapes(t, sealtest.Docx(t, st.Para(st.Text("正文")), table))
	c := doc.Sections[0].Header.Default.Blocks[0].(*wordmodel.Table).Rows[0].Cells[0]
	if strings.Contains(c.Text, "密级") || len(c.Shapes) != 1 || !c.Shapes[0].Framed {
		t.Fatalf("the header's cell: %q, shapes %+v", c.Text, c.Shapes)
	}
	seal, first := firstTextOp(t, r, "密"), firstTextOp(t, r, "沁")
	cellRight := r.left() + twips(8000) - twips(108)
	if end := seal.x + 2*seal.size*ptToMM; end > cellRight+0.3 || end < cellRight-twips(1440) {
		t.Errorf("the frame's text ends at %.2f, want at the cell's right %.2f", end, cellRight)
	}
	if math.Abs(seal.y-first.y) > 2 || seal.y > r.top() {
		t.Errorf("the frame's text at %.2f, want beside the cell's first line at %.2f, in the header over the body's top %.2f", seal.y, first.y, r.top())
	}
}
