package layout

import (
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"jixiao/pipeline/opc/opctest"
)

// loWord is a word of a page LibreOffice laid out, as pdftotext -bbox
// reads it from LibreOffice's PDF: its page (1 for the first) and box, mm.
type loWord struct {
	page           int
	x0, y0, x1, y1 float64
	text           string
}

// libreOfficePDF is the PDF LibreOffice prints docx as: its path.
// Skipped without LibreOffice unless JIXIAO_INTEROP=1.
func libreOfficePDF(t *testing.T, docx []byte) string {
	t.Helper()
	opctest.Require(t, "soffice", "--version")
	dir := t.TempDir()
	in := filepath.Join(dir, "fixture.docx")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(opctest.SaveWithLibreOffice(t, "pdf", in), "fixture.pdf")
}

// libreOfficeWords lays docx out with LibreOffice, as a clerk's would
// print it, and reads back its words. Skipped without LibreOffice and
// poppler unless JIXIAO_INTEROP=1.
func libreOfficeWords(t *testing.T, docx []byte) []loWord {
	t.Helper()
	opctest.Require(t, "pdftotext", "-v")
	pdf := libreOfficePDF(t, docx)
	html := filepath.Join(filepath.Dir(pdf), "words.html")
	if raw, err := exec.Command("pdftotext", "-bbox", pdf, html).CombinedOutput(); err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, raw)
	}
	raw, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	page := 0
	var words []loWord
	re := regexp.MustCompile(`<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	for _, m := range re.FindAllStringSubmatch(string(raw), -1) {
		if m[0] == "<page " {
			page++
			continue
		}
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(m[i+1], 64)
			v[i] *= ptToMM
		}
		words = append(words, loWord{page, v[0], v[1], v[2], v[3], m[5]})
	}
	return words
}

// libreOfficePage renders page 1 of docx as LibreOffice prints it, at
// dpi, for a test to find a colour's pixels in. Skipped without
// LibreOffice and poppler unless JIXIAO_INTEROP=1.
func libreOfficePage(t *testing.T, docx []byte, dpi int) image.Image {
	t.Helper()
	return opctest.PDFPage(t, libreOfficePDF(t, docx), 1, dpi)
}

// pixelBox is the box, mm, of the pixels of img (at dpi) that match.
func pixelBox(img image.Image, dpi int, match func(r, g, b uint32) bool) (x0, y0, x1, y1 float64, ok bool) {
	b := img.Bounds()
	px0, py0, px1, py1 := b.Max.X, b.Max.Y, b.Min.X, b.Min.Y
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if match(r>>8, g>>8, bl>>8) {
				px0, py0, px1, py1 = min(px0, x), min(py0, y), max(px1, x+1), max(py1, y+1)
				ok = true
			}
		}
	}
	mm := 25.4 / float64(dpi)
	return float64(px0) * mm, float64(py0) * mm, float64(px1) * mm, float64(py1) * mm, ok
}

// pixelArea is the area, mm², of the pixels of img (at dpi) that match.
func pixelArea(img image.Image, dpi int, match func(r, g, b uint32) bool) float64 {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if match(r>>8, g>>8, bl>>8) {
				n++
			}
		}
	}
	mm := 25.4 / float64(dpi)
	return float64(n) * mm * mm
}

// coversAsLibreOffice checks that the paths of r in color cover, within
// half a millimetre, the box of the pixels of LibreOffice's page (at dpi)
// that match; a line of flat ends (flat) without its width at its ends.
func coversAsLibreOffice(t *testing.T, r *renderer, page image.Image, dpi int, name, color string, flat bool, match func(r, g, b uint32) bool) {
	t.Helper()
	lx0, ly0, lx1, ly1, ok := pixelBox(page, dpi, match)
	if !ok {
		t.Fatalf("LibreOffice draws no %s", name)
	}
	x0, y0, x1, y1 := 1e9, 1e9, -1e9, -1e9
	for _, p := range paths(r) {
		if p.Fill == color || p.Stroke == color {
			x, y, w, h := p.Bounds()
			if flat {
				x, w = x+p.Width/2, w-p.Width
			}
			x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x+w), max(y1, y+h)
		}
	}
	const tol = 0.5
	if !nearly(x0, lx0, tol) || !nearly(y0, ly0, tol) || !nearly(x1, lx1, tol) || !nearly(y1, ly1, tol) {
		t.Errorf("%s covers %.2f–%.2f × %.2f–%.2f mm, LibreOffice's %.2f–%.2f × %.2f–%.2f", name, x0, x1, y0, y1, lx0, lx1, ly0, ly1)
	}
}
