package pdf

import (
	"math"
	"os/exec"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestLibreOfficePlacesTheSealAlike: a 公章 floating in a signature
// table's cell, as Word and WPS write it, is where LibreOffice draws it
// in its PDF of the same .docx: each edge of its red pixels (page 1 at
// 150 dpi, pdftoppm) within 0.5 mm and a pixel of LibreOffice's, from the
// top left corner of the table's green top line in each PDF, so that
// the two programs' line heights above the table do not count (the
// cell's text is no mark: LibreOffice sets it 3.6 mm further in). The
// offsets keep the seal below its cell's top: LibreOffice 7 moves one
// reaching above it down into the cell, which Word does not; and none is
// placed from its line, whose offsets LibreOffice 7 turns upside down
// (1 mm under the line's top is drawn at the cell's top, 5 mm above it
// some 5 mm under it).
func TestLibreOfficePlacesTheSealAlike(t *testing.T) {
	t.Parallel()
	poppler(t)
	seal := func(a st.Anchor, behind bool) sealtest.Float {
		a.CX, a.CY, a.Behind = 1440000, 1440000, behind
		return sealtest.Float{Anchor: a}
	}
	wps := seal(st.Anchor{H: "character", V: "paragraph", X: -1080000, Y: 36000}, true)
	wps.WPS = true
	lead := st.Para(st.Text("正文第一段")) + st.Para(st.Text("正文第二段"))
	for _, tc := range []struct {
		name string
		f    sealtest.Float
	}{
		{"Word: column and paragraph, behind", seal(st.Anchor{H: "column", V: "paragraph", X: 360000, Y: 72000}, true)},
		{"Word: right of the margin, in front", seal(st.Anchor{H: "margin", V: "paragraph", AlignX: "right"}, false)},
		{"the cell as the page", seal(st.Anchor{H: "page", V: "page", X: 720000, Y: 108000}, true)},
		{"WPS: character and paragraph", wps},
	} {
		t.Run(tc.name, func(t *testing.T) {
			table := strings.Replace(sealtest.Signature(tc.f.Run(3, "公章", "rIdSeal")), `<w:top w:val="none" w:sz="0"`, `<w:top w:val="single" w:sz="8"`, 1)
			table = strings.Replace(table, `w:color="auto"`, `w:color="00C000"`, 1)
			docx := sealtest.Docx(t, lead+table+st.Para(st.Text("后文")), "")
			doc, ours, theirs := bothPDFs(t, docx)
			if len(doc.Undrawn) > 0 {
				t.Fatalf("refused: %v", doc.Undrawn)
			}
			red := func(r, g, b uint32) bool { return r > 0xc000 && g < 0x4000 && b < 0x4000 }
			green := func(r, g, b uint32) bool { return r < 0x4000 && g > 0x9000 && b < 0x4000 }
			const mmPx = 150 / 25.4
			var edges [2][4]float64
			for k, path := range []string{ours, theirs} {
				page := pagePixels(t, path)
				box, line := coloured(page, red, 0, 2000), coloured(page, green, 0, 2000)
				if box.Empty() || line.Empty() {
					t.Fatalf("no seal or no table line drawn in %s: %v, %v", path, box, line)
				}
				x, y := float64(line.Min.X)/mmPx, float64(line.Min.Y)/mmPx
				edges[k] = [4]float64{float64(box.Min.X)/mmPx - x, float64(box.Min.Y)/mmPx - y, float64(box.Max.X)/mmPx - x, float64(box.Max.Y)/mmPx - y}
			}
			for k := range 4 {
				if math.Abs(edges[0][k]-edges[1][k]) > 0.5+1/mmPx {
					t.Errorf("the seal's edges from the table's corner at %.2f mm, LibreOffice's at %.2f", edges[0], edges[1])
					break
				}
			}
		})
	}
}

// TestLibreOfficePlacesTheHeaderLogoAlike: a blue logo floating in the
// second cell of a header table, placed from the cell's text and from
// its paragraph, is where LibreOffice draws it on page 1: each edge of
// its blue pixels within 0.5 mm and a pixel of LibreOffice's, on the
// page (both put the header at the same distance from the page's top).
func TestLibreOfficePlacesTheHeaderLogoAlike(t *testing.T) {
	t.Parallel()
	poppler(t)
	for _, tc := range []struct {
		name string
		a    st.Anchor
	}{
		{"from the column and the paragraph", st.Anchor{H: "column", V: "paragraph", X: 180000, Y: 36000}},
		{"centred in the cell", st.Anchor{H: "column", V: "paragraph", AlignX: "center", Y: 72000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.a.CX, tc.a.CY = 720000, 240000
			f := sealtest.Float{Anchor: tc.a}
			header := sealtest.Table([]int{2000, 4000}, []string{sealtest.Cell(2000, sealtest.Para("left", st.Text("徽"))), sealtest.Cell(4000, sealtest.Para("right", st.Text("沁源县财政局"), f.Run(9, "徽标", "rIdLogo")))})
			doc, ours, theirs := bothPDFs(t, sealtest.Docx(t, st.Para(st.Text("正文")), header))
			if len(doc.Undrawn) > 0 {
				t.Fatalf("refused: %v", doc.Undrawn)
			}
			blue := func(r, g, b uint32) bool { return r < 0x4000 && g < 0x6000 && b > 0xc000 }
			const mmPx = 150 / 25.4
			a, b := coloured(pagePixels(t, ours), blue, 0, 2000), coloured(pagePixels(t, theirs), blue, 0, 2000)
			if a.Empty() || b.Empty() {
				t.Fatalf("the logo drawn over %v, LibreOffice's over %v (px at 150 dpi)", a, b)
			}
			for _, d := range []int{a.Min.X - b.Min.X, a.Min.Y - b.Min.Y, a.Max.X - b.Max.X, a.Max.Y - b.Max.Y} {
				if math.Abs(float64(d)) > 0.5*mmPx+1 {
					t.Errorf("the logo over %v px, LibreOffice's over %v", a, b)
					break
				}
			}
		})
	}
}

// poppler skips a test where pdftoppm or pdftotext is missing, and fails it there
// under JIXIAO_INTEROP=1.
func poppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdftoppm", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			opctest.Unavailable(t, tool, err)
		}
	}
}
