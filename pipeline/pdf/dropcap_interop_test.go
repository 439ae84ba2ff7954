package pdf

import (
	"image"
	"image/color"
	"math"
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

const mmPx = 150 / 25.4 // pagePixels' pixels to the millimetre

var isRed = func(r, g, b uint32) bool { return r > 0xc000 && g < 0x6000 && b < 0x6000 }

// boxMM is a pixel box of pagePixels in mm: left, top, right, bottom.
func boxMM(b image.Rectangle) [4]float64 {
	return [4]float64{float64(b.Min.X) / mmPx, float64(b.Min.Y) / mmPx, float64(b.Max.X) / mmPx, float64(b.Max.Y) / mmPx}
}

// TestLibreOfficeSetsADropCapAlike: Word's red drop cap over three lines
// (首字下沉, as Word writes it: the letter's framed paragraph, then the
// text) stands where LibreOffice's does: the letter's ink from the same
// left and down to the same foot, on the third line's baseline, within 1
// mm (its top is its face's: LibreOffice's face is not ours); the same
// three lines beside it, the second and third from the same left within 1
// mm (LibreOffice starts the first one nearer the letter), the fourth
// from the column's left. LibreOffice reads a drop cap hung in the margin
// as one in the text; the unit tests cover that.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestLibreOfficeSetsADropCapAlike(t *testing.T) {
	t.Parallel()
	needs(t, "pdftotext", "pdftoppm")
	letter := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:hSpace="113" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>` +
		`<w:spacing w:line="1133" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:textAlignment w:val="baseline"/><w:rPr><w:position w:val="-11"/><w:sz w:val="148"/></w:rPr></w:pPr>` +
		`<w:r><w:rPr><w:color w:val="FF0000"/><w:position w:val="-11"/><w:sz w:val="148"/></w:rPr><w:t>晋</w:t></w:r></w:p>`
	doc, ours, theirs := bothPDFs(t, st.Docx(t, letter+st.Para(st.Text(strings.Repeat("沁源县财政局部门整体支出绩效自评报告", 10))), nil))
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	a, b := boxMM(coloured(pagePixels(t, ours), isRed, 0, 297*mmPx)), boxMM(coloured(pagePixels(t, theirs), isRed, 0, 297*mmPx))
	if math.Abs(a[0]-b[0]) > 1 || math.Abs(a[3]-b[3]) > 1 {
		t.Errorf("the letter's ink from %.2f down to %.2f mm, LibreOffice's from %.2f to %.2f", a[0], a[3], b[0], b[3])
	}
	la, lb := pageLines(t, ours, 1, false), pageLines(t, theirs, 1, false)
	if len(la) < 5 || len(lb) < 5 {
		t.Fatalf("lines %v, LibreOffice's %v", la, lb)
	}
	// The letter's own line first, then the text's.
	for i := 2; i <= 4; i++ {
		if math.Abs(la[i].x0-lb[i].x0) > 1/ptToMM {
			t.Errorf("text line %d from %.1f pt, LibreOffice's from %.1f", i, la[i].x0, lb[i].x0)
		}
	}
	if la[4].x0 > la[1].x0-50 || math.Abs(la[4].x0-lb[4].x0) > 1/ptToMM {
		t.Errorf("the fourth line from %.1f pt, the first %.1f; LibreOffice's from %.1f", la[4].x0, la[1].x0, lb[4].x0)
	}
}

// TestLibreOfficeDrawsInlineGroupsAlike: a 嵌入型 group of a red picture
// and a text box after 负责人： in a line of text, and one of a blue
// cross of lines alone in a centred paragraph, are drawn where
// LibreOffice draws them: the picture's and the lines' pixels within 0.5
// mm, the text box's words within 1 mm across and 3 pt down of
// LibreOffice's, less the difference the two faces make in the body's
// first line. LibreOffice 7.4 cannot open a drawing canvas (wpc), which
// the unit tests cover.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestLibreOfficeDrawsInlineGroupsAlike(t *testing.T) {
	t.Parallel()
	needs(t, "pdftotext", "pdftoppm")
	const emu = 36000
	red := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for x := range 40 {
		for y := range 20 {
			red.Set(x, y, color.RGBA{255, 0, 0, 255})
		}
	}
	a := st.Anchor{CX: 60 * emu, CY: 20 * emu}
	sign := st.Run(a.InlineGroup(5, "组合 5", [2]int{0, 0}, [2]int{a.CX, a.CY},
		st.Picture(6, "图片 6", "rIdImg1", 0, 0, 40*emu, 20*emu),
		st.Member(7, "文本框 7", 40*emu, 5*emu, 20*emu, 10*emu, "rect", "", st.Fill("none")+st.Ln(0, "", "", "none"), "",
			`<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>签章</w:t></w:r></w:p>`, ` lIns="0" tIns="0" rIns="0" bIns="0">`),
	), "")
	c := st.Anchor{CX: 100 * emu, CY: 30 * emu}
	cross := st.Run(c.InlineGroup(3, "组合 3", [2]int{0, 0}, [2]int{c.CX, c.CY},
		st.Member(4, "直接连接符 4", 0, 15*emu, 100*emu, 0, "line", "", st.Ln(12700, "", "", "0000FF"), "", "", ""),
		st.Member(8, "直接连接符 8", 50*emu, 0, 0, 30*emu, "line", "", st.Ln(12700, "", "", "0000FF"), "", "", ""),
	), "")
	body := st.Para(st.Text("上文")) + st.Para(st.Text("负责人："), sign, st.Text("日期")) +
		`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` + cross + `</w:p>` + st.Para(st.Text("下文"))
	doc, ours, theirs := bothPDFs(t, st.DocxWithPicture(t, body, testPNG(t, red)))
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	pa, pb := pagePixels(t, ours), pagePixels(t, theirs)
	isBlue := func(r, g, b uint32) bool { return r < 0x6000 && g < 0x6000 && b > 0xc000 }
	for _, c := range []struct {
		name string
		is   func(r, g, b uint32) bool
	}{{"the picture", isRed}, {"the lines", isBlue}} {
		x, y := boxMM(coloured(pa, c.is, 0, 297*mmPx)), boxMM(coloured(pb, c.is, 0, 297*mmPx))
		for k := range x {
			if math.Abs(x[k]-y[k]) > 0.5 {
				t.Errorf("%s covers %.2f, LibreOffice's %.2f (left, top, right, bottom, mm)", c.name, x, y)
				break
			}
		}
	}
	_, body0 := wordAt(t, ours, "上文")
	_, lbody0 := wordAt(t, theirs, "上文")
	x, y := wordAt(t, ours, "签章")
	lx, ly := wordAt(t, theirs, "签章")
	if math.Abs(x-lx) > 1/ptToMM || math.Abs((y-body0)-(ly-lbody0)) > 3 {
		t.Errorf("the text box's words at (%.1f, %.1f) pt, LibreOffice's at (%.1f, %.1f), the body's first line at %.1f and %.1f", x, y, lx, ly, body0, lbody0)
	}
	_, after := wordAt(t, ours, "下文")
	_, lafter := wordAt(t, theirs, "下文")
	if math.Abs((after-body0)-(lafter-lbody0)) > 3 {
		t.Errorf("the text after the groups %.1f pt under the first line, LibreOffice's %.1f", after-body0, lafter-lbody0)
	}
}
