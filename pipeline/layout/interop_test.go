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
