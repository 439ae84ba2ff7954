package pdf

import (
	"fmt"
	"image"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	ts "jixiao/pipeline/wordmodel/tablestyletest"
)

// styledTables is a document of two styled tables as Word and WPS write
// them: Word's Grid Table 4 Accent 1 with a header row, a total row, a
// bold first column and banded rows, long enough to go on over a page;
// under it WPS's custom style of a centred white header on dark blue.
func styledTables(rows int) []byte {
	grid := [][]string{{"Item", "Amount", "Note"}}
	for i := 1; i <= rows; i++ {
		grid = append(grid, []string{fmt.Sprintf("R%d", i), fmt.Sprintf("%d.00", i), "x"})
	}
	grid = append(grid, []string{"Total", "99.00", "-"})
	look := `w:val="04E0" w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"`
	body := ts.Table("4-1", look, 3, grid) + ts.Para("", "") +
		ts.Table("10", ts.Look04A0, 3, [][]string{{"Unit", "Score", "Rank"}, {"Bureau", "90", "1"}}) + ts.Para("", "")
	return ts.Docx(ts.Styles(ts.GridTable4+ts.WPSBlue), body)
}

// stripe is a run of pixel rows of a page with many pixels of a colour:
// a fill (several mm high) or a horizontal line (a pixel or two).
type stripe struct {
	y0, y1, x0, x1 int // the rows [y0, y1), the colour's extent across
	inside         image.Rectangle
}

func (s stripe) h() int { return s.y1 - s.y0 }

// near says whether a pixel is the colour rgb (RRGGBB) within 12 of 255
// in each channel: fills are drawn flat, their edges anti-aliased.
func near(rgb string) func(r, g, b uint32) bool {
	v, _ := strconv.ParseUint(rgb, 16, 32)
	want := [3]int{int(v >> 16), int(v >> 8 & 0xff), int(v & 0xff)}
	return func(r, g, b uint32) bool {
		got := [3]int{int(r >> 8), int(g >> 8), int(b >> 8)}
		for i := range got {
			if got[i] < want[i]-12 || got[i] > want[i]+12 {
				return false
			}
		}
		return true
	}
}

// stripes are the runs of rows of img with at least minPx pixels of the
// colour is, from the top down.
func stripes(img image.Image, is func(r, g, b uint32) bool, minPx int) []stripe {
	var out []stripe
	b := img.Bounds()
	open := false
	for y := b.Min.Y; y < b.Max.Y; y++ {
		x0, x1, n := b.Max.X, -1, 0
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); is(r, g, bl) {
				x0, x1, n = min(x0, x), max(x1, x), n+1
			}
		}
		switch {
		case n >= minPx && !open:
			out, open = append(out, stripe{y0: y, y1: y + 1, x0: x0, x1: x1 + 1}), true
		case n >= minPx:
			s := &out[len(out)-1]
			s.y1, s.x0, s.x1 = y+1, min(s.x0, x0), max(s.x1, x1+1)
		default:
			open = false
		}
	}
	for i := range out {
		out[i].inside = image.Rect(out[i].x0, out[i].y0, out[i].x1, out[i].y1)
	}
	return out
}

// fills are the stripes at least 2 mm high; lines those under 1 mm.
func fills(ss []stripe, px float64) (fill, line []stripe) {
	for _, s := range ss {
		switch {
		case float64(s.h()) >= 2*px:
			fill = append(fill, s)
		case float64(s.h()) < px:
			line = append(line, s)
		}
	}
	return fill, line
}

// count is how many pixels of r in img are of the colour is.
func count(img image.Image, r image.Rectangle, is func(r, g, b uint32) bool) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if cr, cg, cb, _ := img.At(x, y).RGBA(); is(cr, cg, cb) {
				n++
			}
		}
	}
	return n
}

// pageAt is page n of a PDF drawn at dpi by pdftoppm.
func pageAt(t *testing.T, pdfPath string, n, dpi int) image.Image {
	return opctest.PDFPage(t, pdfPath, n, dpi)
}

// styledLook is what a renderer drew of the styled tables, in mm: the
// header fills' heights and whether white text stands in them, each page's
// band fills (their heights and the gaps between them), the double line
// over the total row, the WPS header's fill and how far its first
// column's white text stands from the column's centre, in column widths.
type styledLook struct {
	headers     []float64 // each page's accent header fill's height
	whiteText   []bool
	bandH, gapH []float64 // band fills' heights and the gaps between them
	totalLines  int       // accent lines within 2 mm of each other over the total row
	wpsHeader   float64
	wpsWhite    bool
	wpsCentring float64
}

// lookOf reads the styled tables' look off pages 1 and 2 of a PDF at 200
// dpi.
func lookOf(t *testing.T, path string) styledLook {
	t.Helper()
	const dpi = 200
	px := dpi / 25.4
	accent, band, blue, white := near("4472C4"), near("D9E2F3"), near("1F4E79"), near("FFFFFF")
	var l styledLook
	for page := 1; page <= 2; page++ {
		img := pageAt(t, path, page, dpi)
		heads, lines := fills(stripes(img, accent, 100), px)
		if len(heads) > 0 {
			h := heads[0]
			l.headers = append(l.headers, float64(h.h())/px)
			l.whiteText = append(l.whiteText, count(img, h.inside.Inset(2), white) > 30)
		}
		bands, _ := fills(stripes(img, band, 100), px)
		for i, b := range bands {
			l.bandH = append(l.bandH, float64(b.h())/px)
			if i > 0 {
				l.gapH = append(l.gapH, float64(b.y0-bands[i-1].y1)/px)
			}
		}
		// The double line: two accent lines less than 2 mm apart, the
		// second the last accent line of the table.
		for i := 1; i < len(lines); i++ {
			if float64(lines[i].y0-lines[i-1].y1) < 2*px && (len(heads) == 0 || lines[i].y0 > heads[0].y1) {
				l.totalLines = 2
			}
		}
		wps, _ := fills(stripes(img, blue, 100), px)
		if len(wps) > 0 {
			w := wps[0]
			l.wpsHeader = float64(w.h()) / px
			first := image.Rect(w.x0, w.y0, w.x0+(w.x1-w.x0)/3, w.y1).Inset(2)
			l.wpsWhite = count(img, first, white) > 10
			sum, n := 0, 0
			for y := first.Min.Y; y < first.Max.Y; y++ {
				for x := first.Min.X; x < first.Max.X; x++ {
					if r, g, b, _ := img.At(x, y).RGBA(); white(r, g, b) {
						sum, n = sum+x, n+1
					}
				}
			}
			if n > 0 {
				centre := float64(first.Min.X+first.Max.X) / 2
				l.wpsCentring = math.Abs(float64(sum)/float64(n)-centre) / float64(first.Dx())
			}
		}
	}
	return l
}

// median is the middle value of vs (0 for none).
func median(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(vs))
	return s[len(s)/2]
}

// TestLibreOfficeDrawsTableStylesAlike: LibreOffice's PDF of the same
// .docx (pdftoppm at 200 dpi, colours within 12/255 a channel) has what
// ours has, where ours has it: the header row's accent fill with white
// text on each page the table crosses, its height within 0.7 mm (2 pt)
// of LibreOffice's; as many band fills on the two pages within two (the
// pages break a row or two apart, rows being a little higher or lower),
// of the same height and with the same gaps (medians within 0.7 mm); the
// double accent line over the total row; WPS's dark blue header with
// white text centred in its columns (its ink's centre within 10% of the
// column's width of the centre). Column widths are not compared: the PDF
// fits a table of auto width to the text.
func TestLibreOfficeDrawsTableStylesAlike(t *testing.T) {
	t.Parallel()
	needs(t, "pdftoppm")
	_, ours, theirs := bothPDFs(t, styledTables(50))
	a, b := lookOf(t, ours), lookOf(t, theirs)
	t.Logf("ours %+v\nLibreOffice's %+v", a, b)
	if len(a.headers) != 2 || len(b.headers) != 2 {
		t.Fatalf("header fills on pages: ours %v, LibreOffice's %v; want one on each of two", a.headers, b.headers)
	}
	for p := range 2 {
		if !a.whiteText[p] || !b.whiteText[p] {
			t.Errorf("page %d: white header text: ours %v, LibreOffice's %v", p+1, a.whiteText[p], b.whiteText[p])
		}
		if d := a.headers[p] - b.headers[p]; math.Abs(d) > 0.7 {
			t.Errorf("page %d: header %.2f mm high, LibreOffice's %.2f", p+1, a.headers[p], b.headers[p])
		}
	}
	if len(a.bandH) < 20 || math.Abs(float64(len(a.bandH)-len(b.bandH))) > 2 {
		t.Errorf("%d band fills, LibreOffice %d", len(a.bandH), len(b.bandH))
	}
	if d := median(a.bandH) - median(b.bandH); math.Abs(d) > 0.7 {
		t.Errorf("band fills %.2f mm high, LibreOffice's %.2f", median(a.bandH), median(b.bandH))
	}
	if d := median(a.gapH) - median(b.gapH); math.Abs(d) > 0.7 {
		t.Errorf("band fills %.2f mm apart, LibreOffice's %.2f", median(a.gapH), median(b.gapH))
	}
	if a.totalLines != 2 || b.totalLines != 2 {
		t.Errorf("double line over the total row: ours %d lines, LibreOffice's %d", a.totalLines, b.totalLines)
	}
	if a.wpsHeader == 0 || b.wpsHeader == 0 || math.Abs(a.wpsHeader-b.wpsHeader) > 0.7 {
		t.Errorf("WPS header fill %.2f mm high, LibreOffice's %.2f", a.wpsHeader, b.wpsHeader)
	}
	if !a.wpsWhite || !b.wpsWhite || a.wpsCentring > 0.1 || b.wpsCentring > 0.1 {
		t.Errorf("WPS header text: white %v, %.0f%% off centre; LibreOffice's white %v, %.0f%% off", a.wpsWhite, a.wpsCentring*100, b.wpsWhite, b.wpsCentring*100)
	}
}

// TestLibreOfficeSetsMixedSizeCellLines: a cell paragraph of a 小二
// title and a long 小五 note, on Word's line grid of 15.6 pt: LibreOffice
// sets each note line under the title's on a grid line of its own, and so
// do we (pdftotext -bbox: the note's lines within 1 pt as far apart; the
// last within 3 pt as far under the title's line, where the baselines
// differ: LibreOffice centres 1.3 times the type in a grid line, we the
// type's em); taking the title's height for every line would set them
// 31.2 pt apart.
func TestLibreOfficeSetsMixedSizeCellLines(t *testing.T) {
	t.Parallel()
	needs(t, "pdftotext")
	cell := `<w:p><w:r><w:rPr><w:sz w:val="36"/></w:rPr><w:t>Title</w:t></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> ` +
		strings.Repeat("note ", 90) + `</w:t></w:r></w:p>`
	// As wide as the text, as the PDF sets a table.
	body := `<w:tbl><w:tblPr><w:tblW w:w="8306" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="8306"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8306" w:type="dxa"/></w:tcPr>` +
		cell + `</w:tc></w:tr></w:tbl>` + ts.Para("", "")
	_, ours, theirs := bothPDFs(t, ts.Docx(ts.Styles(""), body))
	// Lines by the tops of their words: the title, the note beside it,
	// then the note's own lines.
	a, b := pdfLines(t, ours), pdfLines(t, theirs)
	n := min(len(a), len(b)) // the fonts differ: a line may end a word sooner
	if n < 5 || a[0].text != "Title" || b[0].text != "Title" {
		t.Fatalf("%d lines, LibreOffice %d:\n%s\n--\n%s", len(a), len(b), dump(a), dump(b))
	}
	for i := 3; i < n; i++ {
		if ga, gb := a[i].y-a[i-1].y, b[i].y-b[i-1].y; math.Abs(ga-gb) > 1 {
			t.Errorf("note lines %d and %d %.1f pt apart, LibreOffice's %.1f", i-1, i, ga, gb)
		}
	}
	if da, db := a[n-1].y-a[1].y, b[n-1].y-b[1].y; math.Abs(da-db) > 3 {
		t.Errorf("note line %d %.1f pt under the title's line, LibreOffice's %.1f", n-1, da, db)
	}
}
