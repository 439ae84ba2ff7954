package pdf

import (
	"cmp"
	"image"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// interopShapes is a 红头 as clerks draw it: Word's red rule (DrawingML
// with its VML fallback) under the title, WPS's VML red rule lower down,
// a blue rectangle, a text box and a red ellipse (a seal) placed on the
// page, and a green mark placed at the character and line of its anchor
// on a paragraph's second line.
func interopShapes() string {
	box := st.Anchor{H: "page", V: "page", X: 3600000, Y: 5400000, CX: 2520000, CY: 720000}
	rect := st.Anchor{H: "page", V: "page", X: 4320000, Y: 7200000, CX: 1800000, CY: 720000}
	seal := st.Anchor{H: "page", V: "page", X: 4320000, Y: 8280000, CX: 1440000, CY: 1080000}
	mark := st.Anchor{H: "character", V: "line", X: 0, Y: 0, CX: 360000, CY: 180000}
	inside := `<w:p><w:pPr><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="left"/></w:pPr><w:r><w:t>框内文字</w:t></w:r></w:p>`
	return st.Para(st.Text("沁源县财政局文件"), st.RedRule(540000)) +
		st.Para(st.Text(strings.Repeat("甲", 31)), st.Run(mark.Drawing(6, "矩形 6", st.Shape(mark, "rect", "", st.Fill("00FF00"), "", "", "")), ""), st.Text("乙丙")) +
		st.Para(st.Text("正文"), st.Pict(`<v:line id="直接连接符 2" style="position:absolute;z-index:251660288;mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" from="0,340.2pt" to="442.2pt,340.2pt" strokecolor="red" strokeweight="1.5pt"/>`),
			st.Run(box.Drawing(3, "文本框 3", st.Shape(box, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", inside, ">")), ""),
			st.Run(rect.Drawing(4, "矩形 4", st.Shape(rect, "rect", "", st.Fill("0000FF")+st.Ln(12700, "", "", "0000FF"), "", "", "")), ""),
			st.Run(seal.Drawing(5, "椭圆 5", st.Shape(seal, "ellipse", "", st.Fill("none")+st.Ln(38100, "", "", "FF0000"), "", "", "")), ""))
}

// TestLibreOfficeDrawsTheShapesAlike: LibreOffice's PDF of the same .docx
// puts each red rule at the same height and length as ours (within 0.5
// mm: the rows of red pixels of page 1 at 150 dpi, pdftoppm), the blue
// rectangle, the red ellipse and the mark at its character in the same
// boxes (within 0.5 mm), and the text box's words
// where ours are (pdftotext -bbox: within 3 pt across and down, the
// fonts differing; see below).
func TestLibreOfficeDrawsTheShapesAlike(t *testing.T) {
	t.Parallel()
	for _, tool := range []string{"pdftotext", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("JIXIAO_INTEROP") == "1" {
				t.Fatalf("%s is required when JIXIAO_INTEROP=1: %v", tool, err)
			}
			t.Skip(tool + " not available")
		}
	}
	doc, ours, theirs := bothPDFs(t, st.Docx(t, interopShapes(), nil))
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	a, b := pagePixels(t, ours), pagePixels(t, theirs)
	red := func(r, g, b uint32) bool { return r > 0xc000 && g < 0x6000 && b < 0x6000 }
	blue := func(r, g, b uint32) bool { return r < 0x6000 && g < 0x6000 && b > 0xc000 }
	green := func(r, g, b uint32) bool { return r < 0x6000 && g > 0xc000 && b < 0x6000 }
	const mmPx = 150 / 25.4
	for _, band := range []struct {
		name     string
		from, to float64 // mm down the page where it is looked for
		is       func(r, g, b uint32) bool
	}{{"Word's red rule", 30, 100, red}, {"WPS's red rule", 100, 150, red}, {"the rectangle", 180, 240, blue}, {"the seal's ellipse", 225, 270, red}, {"the rectangle at its character", 30, 120, green}} {
		ga, gb := coloured(a, band.is, band.from*mmPx, band.to*mmPx), coloured(b, band.is, band.from*mmPx, band.to*mmPx)
		if ga.Empty() || gb.Empty() {
			t.Errorf("%s: drawn over %v, LibreOffice's over %v (px at 150 dpi)", band.name, ga, gb)
			continue
		}
		for k, d := range []int{ga.Min.X - gb.Min.X, ga.Min.Y - gb.Min.Y, ga.Max.X - gb.Max.X, ga.Max.Y - gb.Max.Y} {
			if math.Abs(float64(d)) > 0.5*mmPx+1 {
				t.Errorf("%s: edge %d is %.2f mm from LibreOffice's (ours %v, theirs %v px)", band.name, k, float64(d)/mmPx, ga, gb)
			}
		}
	}
	// LibreOffice sets the glyphs of an exactly 28.95 pt line lower in it
	// than the PDF does, in the body as in a box: the box's words are
	// compared with that difference, measured on the body's 正文, taken off.
	_, body := wordAt(t, ours, "正文")
	_, lbody := wordAt(t, theirs, "正文")
	x, y := wordAt(t, ours, "框内文字")
	lx, ly := wordAt(t, theirs, "框内文字")
	if math.Abs(x-lx) > 3 || math.Abs((y-body)-(ly-lbody)) > 3 {
		t.Errorf("the text box's words at (%.1f, %.1f) pt, %.1f pt under the body's 正文; LibreOffice's at (%.1f, %.1f), %.1f pt under", x, y, y-body, lx, ly, ly-lbody)
	}
}

// pagePixels is page 1 of a PDF drawn at 150 dpi by pdftoppm.
func pagePixels(t *testing.T, pdfPath string) image.Image {
	t.Helper()
	return pageAt(t, pdfPath, 1, 150)
}

// coloured is the box of the pixels between rows from and to whose
// colour is, ignoring stray anti-aliased pixels of text (rows with fewer
// than 20 such pixels).
func coloured(img image.Image, is func(r, g, b uint32) bool, from, to float64) image.Rectangle {
	var box image.Rectangle
	bounds := img.Bounds()
	for y := max(int(from), bounds.Min.Y); y < min(int(to), bounds.Max.Y); y++ {
		x0, x1, n := bounds.Max.X, -1, 0
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); is(r, g, b) {
				x0, x1, n = min(x0, x), max(x1, x), n+1
			}
		}
		if n >= 20 {
			box = box.Union(image.Rect(x0, y, x1+1, y+1))
		}
	}
	return box
}

// TestShapesSavedByLibreOfficeAreRead: the same document saved again by
// LibreOffice (as a clerk's LibreOffice would) has every shape read, none
// refused, at the same place and size (within 0.05 mm: LibreOffice
// rounds to its own units), in the same colours; a compound line, which
// LibreOffice does not keep, may come back single, and the order of a
// paragraph's drawings is LibreOffice's.
func TestShapesSavedByLibreOfficeAreRead(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "shapes.docx")
	docx := st.Docx(t, interopShapes(), nil)
	os.WriteFile(path, docx, 0o644)
	saved, err := os.ReadFile(filepath.Join(opctest.SaveWithLibreOffice(t, `docx:MS Word 2007 XML`, path), "shapes.docx"))
	if err != nil {
		t.Fatal(err)
	}
	shapes := func(raw []byte) []wordmodel.Shape {
		doc, err := wordmodel.Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Undrawn) > 0 {
			t.Fatalf("refused: %v", doc.Undrawn)
		}
		var out []wordmodel.Shape
		for _, b := range doc.Blocks {
			if p, ok := b.(*wordmodel.Paragraph); ok {
				out = append(out, p.Shapes...)
			}
		}
		// LibreOffice writes a paragraph's drawings in an order of its own.
		slices.SortFunc(out, func(p, q wordmodel.Shape) int {
			return cmp.Or(cmp.Compare(p.Float.FromY, q.Float.FromY), cmp.Compare(p.Float.Y, q.Float.Y))
		})
		return out
	}
	a, b := shapes(docx), shapes(saved)
	if len(a) != len(b) {
		t.Fatalf("%d shapes, %d after LibreOffice saved them", len(a), len(b))
	}
	near := func(x, y float64) bool { return math.Abs(x-y) <= 0.05 }
	for i := range a {
		p, q := a[i], b[i]
		if p.Geometry != q.Geometry || !near(p.Width, q.Width) || !near(p.Height, q.Height) || p.Fill != q.Fill ||
			p.Float.FromX != q.Float.FromX || p.Float.FromY != q.Float.FromY || !near(p.Float.X, q.Float.X) || !near(p.Float.Y, q.Float.Y) ||
			(p.Outline == nil) != (q.Outline == nil) || p.Outline != nil && (p.Outline.Color != q.Outline.Color || math.Abs(p.Outline.Width-q.Outline.Width) > 0.01) ||
			len(p.Text) != len(q.Text) {
			t.Errorf("shape %d: %+v %+v %+v, after LibreOffice %+v %+v %+v", i+1, p, p.Float, p.Outline, q, q.Float, q.Outline)
		}
	}
}
