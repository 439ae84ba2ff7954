package layout

import (
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

// libreOfficeWords lays docx out with LibreOffice, as a clerk's would
// print it, and reads back its words. Skipped without LibreOffice and
// poppler unless JIXIAO_INTEROP=1.
func libreOfficeWords(t *testing.T, docx []byte) []loWord {
	t.Helper()
	opctest.Require(t, "soffice", "--version")
	opctest.Require(t, "pdftotext", "-v")
	dir := t.TempDir()
	in := filepath.Join(dir, "fixture.docx")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	out := opctest.SaveWithLibreOffice(t, "pdf", in)
	html := filepath.Join(dir, "words.html")
	if raw, err := exec.Command("pdftotext", "-bbox", filepath.Join(out, "fixture.pdf"), html).CombinedOutput(); err != nil {
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
