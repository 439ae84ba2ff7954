package pdf

import (
	"image"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// interopRuns are the run decorations a clerk sets in Word, each in a
// colour of its own to be found in the page's pixels: red emphasis dots
// over red text, green dots under green text, a blue double border
// round black text, and paragraphs of text scaled to 150% and 66%, and
// spaced 3 pt, long enough to break.
func interopRuns() string {
	long := strings.Repeat("预算绩效", 7)
	return offGrid(rt.Para(rt.Word.Run("", "平常"), rt.Word.Run(rt.Em("dot")+`<w:color w:val="FF0000"/>`, "着重，号"), rt.Word.Run("", "其后"))) +
		rt.Para() +
		offGrid(rt.Para(rt.Word.Run("", "平常"), rt.Word.Run(rt.Em("underDot")+`<w:color w:val="00FF00"/>`, "下点号"), rt.Word.Run("", "其后"))) +
		rt.Para() +
		offGrid(rt.Para(rt.Word.Run("", "平常"), rt.Word.Run(rt.Word.Bdr("single", 12, "0000FF", 1), "边框"), rt.Word.Run(rt.Word.Bdr("single", 12, "0000FF", 1), "文字"), rt.Word.Run("", "其后"))) +
		rt.Para() +
		offGrid(rt.Para(rt.Word.Run(rt.Scale(150), long))) +
		offGrid(rt.Para(rt.Word.Run(rt.Scale(66), long+long))) +
		offGrid(rt.Para(rt.Word.Run(rt.Spacing(60), long)))
}

// offGrid takes a paragraph off the document grid: LibreOffice sets a
// paragraph on a character grid in whole cells, whatever its scale.
func offGrid(p string) string {
	return strings.Replace(p, "<w:pStyle w:val=\"Normal\"/>", "<w:pStyle w:val=\"Normal\"/><w:snapToGrid w:val=\"0\"/>", 1)
}

// withFonts makes LibreOffice find the repository's Chinese faces (the
// machine may have none, and would draw empty boxes of its own widths).
func withFonts(t *testing.T) { repoFonts(t, nil) }

// TestLibreOfficeDrawsRunDecorationsAlike: LibreOffice's PDF of the same
// .docx (set in the repository's faces) has the blue text border where
// ours is round its text, each edge's distance from the text's ink within
// 0.6 mm of LibreOffice's (pixels at 150 dpi);
// its scaled and spaced paragraphs break into the same lines, each as
// wide within half a character (pdftotext -bbox). LibreOffice 7.4 draws
// no emphasis marks in a PDF: where it puts them is read from its own
// file (ODT) of the document instead, dot, comma and circle above the
// text and underDot below, as ours; the marks in our PDF are compared
// with our text, one above or below each character but the comma.
func TestLibreOfficeDrawsRunDecorationsAlike(t *testing.T) {
	opctest.Require(t, "pdftoppm", "-v")
	opctest.Require(t, "pdftotext", "-v")
	withFonts(t)
	_, ours, theirs := bothPDFs(t, rt.Docx(t, interopRuns(), "", nil))
	a, b := pagePixels(t, ours), pagePixels(t, theirs)
	const mmPx = 150 / 25.4
	for _, c := range []struct {
		name   string
		is     func(r, g, b uint32) bool
		dots   int
		theirs bool
	}{
		{"red dots above", func(r, g, b uint32) bool { return r > 0xc000 && g < 0x6000 && b < 0x6000 }, 3, false},
		{"green dots below", func(r, g, b uint32) bool { return r < 0x6000 && g > 0xc000 && b < 0x6000 }, 3, false},
		{"blue border", func(r, g, b uint32) bool { return r < 0x6000 && g < 0x6000 && b > 0xc000 }, 0, true},
	} {
		ga, gb := anyColoured(a, c.is), anyColoured(b, c.is)
		if ga.Empty() || gb.Empty() {
			t.Errorf("%s: drawn over %v, LibreOffice's over %v", c.name, ga, gb)
			continue
		}
		// The pages are not set at the same place (LibreOffice's body
		// starts lower): the box is compared with the text it holds.
		ia, ib := inkIn(a, ga), inkIn(b, gb)
		for k, d := range []int{
			(ga.Min.X - ia.Min.X) - (gb.Min.X - ib.Min.X), (ga.Min.Y - ia.Min.Y) - (gb.Min.Y - ib.Min.Y),
			(ga.Max.X - ia.Max.X) - (gb.Max.X - ib.Max.X), (ga.Max.Y - ia.Max.Y) - (gb.Max.Y - ib.Max.Y),
		} {
			if c.theirs && math.Abs(float64(d)) > 0.6*mmPx+1 {
				t.Errorf("%s: edge %d is %.2f mm from LibreOffice's, beside the text (ours %v round %v, theirs %v round %v px)", c.name, k, float64(d)/mmPx, ga, ia, gb, ib)
			}
		}
		if c.dots == 0 {
			continue
		}
		row := ga.Min.Y + 2
		if c.name[0] == 'g' {
			row = ga.Max.Y - 3
		}
		if n := runsIn(a, c.is, row); n != c.dots {
			t.Errorf("%s: %d marks in the row through them, want %d", c.name, n, c.dots)
		}
	}
	emphasisPlaces(t)
	la, lb := pdfLines(t, ours), pdfLines(t, theirs)
	if len(la) != len(lb) {
		t.Fatalf("%d lines, LibreOffice %d:\n%s\n--\n%s", len(la), len(lb), dump(la), dump(lb))
	}
	cell := 16.0 // pt, a character of the body's type
	for i := range la {
		if la[i].text != lb[i].text || math.Abs((la[i].x1-la[i].x0)-(lb[i].x1-lb[i].x0)) > cell/2 {
			t.Errorf("line %d: %q %.1f pt wide, LibreOffice's %q %.1f", i+1, la[i].text, la[i].x1-la[i].x0, lb[i].text, lb[i].x1-lb[i].x0)
		}
	}
	if t.Failed() {
		t.Logf("ours:\n%s\nLibreOffice's:\n%s", dump(la), dump(lb))
	}
}

// emphasisPlaces checks that LibreOffice reads each kind of w:em to the
// side of the text ours draws it on.
func emphasisPlaces(t *testing.T) {
	var body string
	kinds := []string{"dot", "comma", "circle", "underDot"}
	for _, k := range kinds {
		body += rt.Para(rt.Word.Run(rt.Em(k), k))
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "em.docx")
	os.WriteFile(path, rt.Docx(t, body, "", nil), 0o644)
	raw, err := exec.Command("unzip", "-p", filepath.Join(opctest.SaveWithLibreOffice(t, "odt", path), "em.odt"), "content.xml").Output()
	if err != nil {
		opctest.Unavailable(t, "unzip", err)
	}
	got := regexp.MustCompile(`style:text-emphasize="([^"]*)"`).FindAllStringSubmatch(string(raw), -1)
	want := map[string]string{"dot": "dot above", "comma": "accent above", "circle": "circle above", "underDot": "dot below"}
	if len(got) != len(kinds) {
		t.Fatalf("LibreOffice reads %d emphasis marks, want %d", len(got), len(kinds))
	}
	for i, k := range kinds {
		if got[i][1] != want[k] {
			t.Errorf("LibreOffice reads %s as %q, ours draws %q", k, got[i][1], want[k])
		}
	}
}

// anyColoured is the box of every pixel whose colour is.
func anyColoured(img image.Image, is func(r, g, b uint32) bool) image.Rectangle {
	var box image.Rectangle
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); is(r, g, b) {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}

// inkIn is the box of the dark pixels inside box, its lines left out.
func inkIn(img image.Image, box image.Rectangle) image.Rectangle {
	sub := img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(box.Inset(4))
	return anyColoured(sub, func(r, g, b uint32) bool { return r < 0x6000 && g < 0x6000 && b < 0x6000 })
}

// runsIn counts the stretches of pixels whose colour is in row y.
func runsIn(img image.Image, is func(r, g, b uint32) bool, y int) int {
	n, in := 0, false
	for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
		r, g, b, _ := img.At(x, y).RGBA()
		if is(r, g, b) && !in {
			n++
		}
		in = is(r, g, b)
	}
	return n
}
