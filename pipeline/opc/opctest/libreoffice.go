package opctest

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// SaveWithLibreOffice saves each file again with LibreOffice through the
// export filter (docx:"MS Word 2007 XML", xlsx:"Calc MS Excel 2007 XML"),
// as a clerk's LibreOffice would, and returns the folder the copies are
// in, under the same base names. Without LibreOffice the test is skipped,
// unless JIXIAO_INTEROP=1 makes it required.
func SaveWithLibreOffice(t testing.TB, filter string, files ...string) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		Unavailable(t, "soffice", err)
	}
	dir := t.TempDir()
	// A profile of its own, so that a LibreOffice already running for
	// another test does not take the job.
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless",
		"--convert-to", filter, "--outdir", filepath.Join(dir, "out")}, files...)
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return filepath.Join(dir, "out")
}

// PDFPage is page n of the PDF at pdfPath drawn at dpi by poppler's
// pdftoppm, for a test to look at its pixels. Without pdftoppm the test
// is skipped, unless JIXIAO_INTEROP=1 makes it required.
func PDFPage(t testing.TB, pdfPath string, n, dpi int) image.Image {
	t.Helper()
	Require(t, "pdftoppm", "-v")
	prefix := fmt.Sprintf("%s-%d-%d", pdfPath, n, dpi)
	page := strconv.Itoa(n)
	if out, err := exec.Command("pdftoppm", "-png", "-r", strconv.Itoa(dpi), "-f", page, "-l", page, "-singlefile", pdfPath, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm %s: %v\n%s", pdfPath, err, out)
	}
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}
