package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// linesWithin are the lines of text whose baselines lie between y0 and
// y1, top to bottom, but for the characters in skip (a drop cap's).
func linesWithin(r *renderer, skip string, y0, y1 float64) []drawnText {
	var out []drawnText
	for _, l := range allTextLines(r, skip) {
		if l.y >= y0 && l.y <= y1 {
			out = append(out, l)
		}
	}
	return out
}

// allTextLines are textLinesOf's lines wherever they stand on the page.
func allTextLines(r *renderer, skip string) []drawnText {
	saved := r.g
	r.g.bh = 1e6 // textLinesOf keeps to the text block
	defer func() { r.g = saved }()
	return textLinesOf(r, skip)
}

// wantDropCapBeside checks a drop cap over three lines set as Word sets
// one: the letter's baseline on the third line's, the letter at left
// (drop) and those three lines right of it by its hSpace, the fourth
// from left again; or (margin) the letter hung left of left and the
// lines from left.
func wantDropCapBeside(t *testing.T, kind string, letter op, lines []drawnText, left float64, hSpace int) {
	t.Helper()
	if len(lines) < 4 {
		t.Fatalf("%d lines beside the letter", len(lines))
	}
	if !nearly(letter.y, lines[2].y, 0.01) {
		t.Errorf("the letter's baseline at %.2f, want the third line's %.2f", letter.y, lines[2].y)
	}
	right := letter.x + letter.size*ptToMM
	switch kind {
	case "drop":
		if !nearly(letter.x, left, 0.01) {
			t.Errorf("the letter at %.2f, want the text's left %.2f", letter.x, left)
		}
		for i, l := range lines[:3] {
			if l.x0 < right+twips(hSpace)-0.3 {
				t.Errorf("line %d starts at %.2f, want right of the letter's %.2f and its hSpace", i+1, l.x0, right)
			}
		}
	case "margin":
		if right > left-twips(hSpace)+0.3 {
			t.Errorf("the letter ends at %.2f, want left of the text's %.2f by its hSpace", right, left)
		}
		if !nearly(lines[0].x0, left, 0.01) {
			t.Errorf("the first line starts at %.2f, want the text's left %.2f", lines[0].x0, left)
		}
	}
	if !nearly(lines[3].x0, left, 0.01) {
		t.Errorf("the fourth line starts at %.2f, want the text's left %.2f", lines[3].x0, left)
	}
}

// TestADropCapInAHeader: a header's drop cap is set as the body's, beside
// the header's next paragraph on every page, its text wrapping round it;
// the body's text does not.
func TestADropCapInAHeader(t *testing.T) {
	for _, kind := range []string{"drop", "margin"} {
		t.Run(kind, func(t *testing.T) {
			header := dropCapPara(kind, "113") + st.Para(st.Text(strings.Repeat("沁源县财政局部门整体支出绩效自评报告页眉。", 6)))
			_, r := laidShapes(t, withHeader(t, st.Para(st.Text(long)), header))
			letter := firstTextOp(t, r, "晋")
			wantDropCapBeside(t, kind, letter, linesWithin(r, "晋", 0, r.top()+20), r.left(), 113)
			if body := linesWithin(r, "晋页", r.top()+25, r.blockBottom()); len(body) == 0 || !nearly(body[0].x0, r.left(), 0.01) {
				t.Errorf("the body's lines %v: the header's drop cap wrapped them", body)
			}
		})
	}
}

// TestADropCapInATextBox: a text box's drop cap is set beside the box's
// next paragraph, from the box's inside left.
func TestADropCapInATextBox(t *testing.T) {
	const mm = 36000
	for _, kind := range []string{"drop", "margin"} {
		t.Run(kind, func(t *testing.T) {
			a := st.Anchor{H: "page", V: "page", X: 60 * mm, Y: 100 * mm, CX: 100 * mm, CY: 70 * mm}
			inside := dropCapPara(kind, "113") + st.Para(st.Text(strings.Repeat("文本框中的文字，首字下沉。", 8)))
			box := st.Shape(a, "rect", "", st.Fill("FFFFFF"), "", inside, ` lIns="0" tIns="0" rIns="0" bIns="0">`)
			_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", box), "")), nil))
			letter := firstTextOp(t, r, "晋")
			wantDropCapBeside(t, kind, letter, linesWithin(r, "晋锚", 100, 170), 60, 113)
			if letter.y < 100 || letter.y > 130 {
				t.Errorf("the letter's baseline at %.2f, not in the box's top lines (the box from 100 mm)", letter.y)
			}
		})
	}
}

// TestADropCapInAStyle: a paragraph whose style holds a drop cap (a
// clerk's style made from one) is set as the drop cap, as Word frames
// every paragraph of a style holding a w:framePr.
func TestADropCapInAStyle(t *testing.T) {
	style := `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dropped"><w:name w:val="首字"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:hSpace="113" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1133" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:textAlignment w:val="baseline"/></w:pPr><w:rPr><w:position w:val="-11"/><w:sz w:val="148"/></w:rPr></w:style>`
	docx := opctest.Edit(t, st.Docx(t, `<w:p><w:pPr><w:pStyle w:val="Dropped"/></w:pPr>`+st.Text("晋")+`</w:p>`+st.Para(st.Text(long)), nil), map[string]func(string) string{
		"word/styles.xml": func(s string) string { return strings.Replace(s, "</w:styles>", style+"</w:styles>", 1) },
	})
	_, r := laidShapes(t, docx)
	letter := firstTextOp(t, r, "晋")
	if !nearly(letter.size, 74, 0.01) {
		t.Errorf("the letter %.1f pt, want the style's 74", letter.size)
	}
	wantDropCapBeside(t, "drop", letter, textLinesOf(r, "晋"), r.left(), 113)
}

// TestADropCapInACell: a table cell's drop cap (下沉) is set as the
// body's, from the cell's content left: its baseline on the cell's third
// line's, those three lines right of it and its hSpace, the fourth from
// the content left again; the text of the cell beside it is not lost.
func TestADropCapInACell(t *testing.T) {
	cell := dropCapPara("drop", "113") + st.Para(st.Text(long))
	table := `<w:tbl><w:tblPr><w:tblW w:w="7000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="5500"/></w:tblGrid><w:tr>` +
		`<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>` + st.Para(st.Text("左格")) + `</w:tc>` +
		`<w:tc><w:tcPr><w:tcW w:w="5500" w:type="dxa"/></w:tcPr>` + cell + `</w:tc></w:tr></w:tbl>`
	_, r := laidShapes(t, st.Docx(t, table+st.Para(st.Text("表后")), nil))
	letter := firstTextOp(t, r, "晋")
	if !nearly(letter.size, 74, 0.01) {
		t.Errorf("the letter %.1f pt, want its 74", letter.size)
	}
	left := r.left() + twips(1500) + twips(108) // the second cell's content left
	var lines []drawnText
	for _, l := range textLinesOf(r, "晋左表") {
		lines = append(lines, l)
	}
	wantDropCapBeside(t, "drop", letter, lines, left, 113)
}

// TestADropCapWithNothingBesideIt: a drop cap ending a text box, or
// followed by a table in a header, has no paragraph to stand beside: its
// letter is set on a line of its own, not lost.
func TestADropCapWithNothingBesideIt(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 60 * mm, Y: 100 * mm, CX: 100 * mm, CY: 70 * mm}
	box := st.Shape(a, "rect", "", st.Fill("FFFFFF"), "", st.Para(st.Text("框中"))+dropCapPara("drop", "113"), ">")
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", box), "")), nil))
	if letter := firstTextOp(t, r, "晋"); letter.x < 59 || letter.y < 100 {
		t.Errorf("the box's letter at (%.2f, %.2f), not in the box", letter.x, letter.y)
	}
	header := dropCapPara("drop", "113") + floatingTable(`w:horzAnchor="margin" w:vertAnchor="text" w:tblpY="1"`, "表") + st.Para(st.Text("页眉"))
	_, r = laidShapes(t, withHeader(t, st.Para(st.Text("正文")), header))
	firstTextOp(t, r, "晋")
}
