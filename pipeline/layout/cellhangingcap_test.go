package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAHangingDropCapInACell: a table cell's drop cap hung in the margin
// (悬挂, dropCap margin, set on the paragraph or by its style) stands
// left of the cell's content left by its width and hSpace, over the
// cell's padding and the cell before it, its baseline on the third
// line's; the cell's lines keep their whole width, the first three
// starting at the content left as the fourth does.
func TestAHangingDropCapInACell(t *testing.T) {
	style := `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Hung"><w:name w:val="悬挂首字"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:framePr w:dropCap="margin" w:lines="3" w:hSpace="113" w:wrap="around" w:vAnchor="text" w:hAnchor="page"/><w:spacing w:line="1133" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:textAlignment w:val="baseline"/></w:pPr><w:rPr><w:position w:val="-11"/><w:sz w:val="148"/></w:rPr></w:style>`
	for _, tc := range []struct{ name, letter string }{
		{"direct", dropCapPara("margin", "113")},
		{"style", `<w:p><w:pPr><w:pStyle w:val="Hung"/></w:pPr>` + st.Text("晋") + `</w:p>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			table := `<w:tbl><w:tblPr><w:tblW w:w="7000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="5500"/></w:tblGrid><w:tr>` +
				`<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>` + st.Para(st.Text("左格")) + `</w:tc>` +
				`<w:tc><w:tcPr><w:tcW w:w="5500" w:type="dxa"/></w:tcPr>` + tc.letter + st.Para(st.Text(long)) + `</w:tc></w:tr></w:tbl>`
			docx := opctest.Edit(t, st.Docx(t, table+st.Para(st.Text("表后")), nil), map[string]func(string) string{
				"word/styles.xml": func(s string) string { return strings.Replace(s, "</w:styles>", style+"</w:styles>", 1) },
			})
			_, r := laidShapes(t, docx)
			letter := firstTextOp(t, r, "晋")
			left := r.left() + twips(1500) + twips(108) // the second cell's content left
			if want := left - letter.face.width("晋", letter.size) - twips(113); !nearly(letter.x, want, 0.01) {
				t.Errorf("the letter at %.2f, want %.2f: its width and hSpace left of the content left %.2f", letter.x, want, left)
			}
			wantDropCapBeside(t, "margin", letter, textLinesOf(r, "晋左表"), left, 113)
		})
	}
}
