package pdf

import (
	"image"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// interopGallery are shapes of Word's 插入形状 gallery, one a cell of a
// grid on the page, each filled red with no line (an arc, a bracket, a
// connector: a red line): curves, arcs, callouts whose pointer leaves
// the box, a freeform as Word writes one.
var interopGallery = []string{
	"heart", "cloud", "arc", "blockArc", "pie", "chord", "moon", "smileyFace", "sun", "can",
	"cube", "donut", "noSmoking", "foldedCorner", "plaque", "bracePair", "leftBrace", "curvedRightArrow", "uturnArrow", "circularArrow",
	"wedgeRectCallout", "wedgeEllipseCallout", "cloudCallout", "flowChartMagneticDisk", "flowChartDocument", "flowChartPunchedTape", "star8", "ribbon2", "wave", "mathPlus",
	"teardrop", "frame", st.Freeform,
}

// lined are the gallery's shapes drawn as a line, not filled.
var lined = map[string]bool{"arc": true, "bracePair": true, "leftBrace": true}

// TestLibreOfficeDrawsThePresetsAlike: for each shape of the gallery,
// LibreOffice's PDF of the same .docx has its red pixels in the same box
// as ours (within 0.6 mm at 150 dpi; LibreOffice draws every preset by
// the same definitions).
func TestLibreOfficeDrawsThePresetsAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	const mm = 36000
	// Cells of 36 by 30 mm from (15, 20) mm, five across; each shape 20
	// by 14 mm in the middle of its cell.
	cell := func(k int) (x, y float64) { return 15 + float64(k%5)*36, 20 + float64(k/5)*36 }
	var runs []string
	for k, g := range interopGallery {
		x, y := cell(k)
		a := st.Anchor{H: "page", V: "page", X: int((x + 8) * mm), Y: int((y + 8) * mm), CX: 20 * mm, CY: 14 * mm}
		spPr := st.Fill("FF0000") + `<a:ln><a:noFill/></a:ln>`
		if lined[g] {
			spPr = st.Fill("none") + st.Ln(38100, "", "", "FF0000")
		}
		runs = append(runs, st.Run(a.Drawing(10+k, "形状", st.Shape(a, g, "", spPr, "", "", "")), ""))
	}
	doc, ours, theirs := bothPDFs(t, st.Docx(t, st.Para(append([]string{st.Text("形状")}, runs...)...), nil))
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	a, b := pagePixels(t, ours), pagePixels(t, theirs)
	const px = 150 / 25.4
	red := func(r, g, b uint32) bool { return r > 0xc000 && g < 0x7000 && b < 0x7000 }
	for k, g := range interopGallery {
		x, y := cell(k)
		area := image.Rect(int(x*px), int(y*px), int((x+36)*px), int((y+36)*px))
		ga, gb := redIn(a, red, area), redIn(b, red, area)
		name := g
		if strings.HasPrefix(g, "<") {
			name = "freeform"
		}
		if ga.Empty() || gb.Empty() {
			t.Errorf("%s: drawn over %v, LibreOffice's over %v", name, ga, gb)
			continue
		}
		for e, d := range []int{ga.Min.X - gb.Min.X, ga.Min.Y - gb.Min.Y, ga.Max.X - gb.Max.X, ga.Max.Y - gb.Max.Y} {
			if math.Abs(float64(d)) > 0.6*px+1 {
				t.Errorf("%s: edge %d is %.2f mm from LibreOffice's (ours %v, theirs %v px)", name, e, float64(d)/px, ga, gb)
			}
		}
	}
}

// redIn is the box of the pixels in area that is says are its colour.
func redIn(img image.Image, is func(r, g, b uint32) bool, area image.Rectangle) image.Rectangle {
	var box image.Rectangle
	for y := area.Min.Y; y < area.Max.Y; y++ {
		for x := area.Min.X; x < area.Max.X; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); is(r, g, b) {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}
