package layout

import (
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// dropCapPara is the paragraph Word writes for 首字下沉 (Insert → Drop
// Cap) of kind drop or margin over three lines: the letter 74 pt, lowered
// in a line of exact height, hSpace twips from the text.
func dropCapPara(kind, hSpace string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:keepNext/><w:framePr w:dropCap="` + kind + `" w:lines="3" w:hSpace="` + hSpace + `" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>` +
		`<w:spacing w:line="1133" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:textAlignment w:val="baseline"/><w:rPr><w:position w:val="-11"/><w:sz w:val="148"/></w:rPr></w:pPr>` +
		`<w:r><w:rPr><w:position w:val="-11"/><w:sz w:val="148"/></w:rPr><w:t>晋</w:t></w:r></w:p>`
}

// TestADropCapSpansItsLines: Word's drop cap over three lines has its
// baseline on the third line's, its top about the first line's top; the
// first three lines of the text stand right of it and its hSpace, the
// fourth at the column's left. Hung in the margin, it stands left of the
// column and the text keeps the column.
func TestADropCapSpansItsLines(t *testing.T) {
	const hSpace = 113
	for _, kind := range []string{"drop", "margin"} {
		t.Run(kind, func(t *testing.T) {
			_, r := laidShapes(t, st.Docx(t, dropCapPara(kind, "113")+st.Para(st.Text(long)), nil))
			letter := firstTextOp(t, r, "晋")
			lines := textLinesOf(r, "晋")
			if len(lines) < 5 {
				t.Fatalf("%d lines", len(lines))
			}
			size := letter.size * ptToMM
			if !nearly(letter.y, lines[2].y, 0.01) {
				t.Errorf("the letter's baseline at %.2f, want the third line's %.2f", letter.y, lines[2].y)
			}
			if top := letter.y - 0.88*size; top < lines[0].y-r.linePitch()-1 || top > lines[0].y {
				t.Errorf("the letter's top about %.2f, want about the first line's top (its baseline %.2f)", top, lines[0].y)
			}
			right := letter.x + size
			switch kind {
			case "drop":
				if !nearly(letter.x, r.left(), 0.01) {
					t.Errorf("the letter at %.2f, want the column's left %.2f", letter.x, r.left())
				}
				for i, l := range lines[:3] {
					if l.x0 < right+twips(hSpace)-0.3 {
						t.Errorf("line %d starts at %.2f, want right of the letter's %.2f and its hSpace", i+1, l.x0, right)
					}
				}
			case "margin":
				if right > r.left()-twips(hSpace)+0.3 {
					t.Errorf("the letter ends at %.2f, want left of the column's %.2f by its hSpace", right, r.left())
				}
				if !nearly(lines[0].x0, r.left(), 0.01) {
					t.Errorf("the first line starts at %.2f, want the column's left %.2f", lines[0].x0, r.left())
				}
			}
			if !nearly(lines[3].x0, r.left(), 0.01) {
				t.Errorf("the fourth line starts at %.2f, want the column's left %.2f", lines[3].x0, r.left())
			}
		})
	}
}

// TestADropCapGoesOverWithItsParagraph: a drop cap whose paragraph's
// first line does not fit at the page's foot is drawn on the next page
// with that line, not left behind at the foot.
func TestADropCapGoesOverWithItsParagraph(t *testing.T) {
	_, r := laidShapes(t, st.Docx(t, strings.Repeat(st.Para(st.Text("前")), 22)+dropCapPara("drop", "113")+st.Para(st.Text(long)), nil))
	page, letterPage, textPage := 0, -1, -1
	for _, o := range r.ops {
		switch {
		case o.kind == opPage:
			page++
		case o.kind == opText && o.text == "晋":
			letterPage = page
		case o.kind == opText && strings.HasPrefix(o.text, "沁") && textPage < 0:
			textPage = page
		}
	}
	if letterPage != textPage || letterPage < 2 {
		t.Errorf("the letter on page %d, its paragraph's first line on page %d; want both on page 2", letterPage, textPage)
	}
}
