package pdf

import (
	"image"
	"image/color"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
)

// interopPicture is a picture as Word writes it in a run, cx × cy EMU.
func interopPicture(cx, cy int) string {
	ext := `cx="` + strconv.Itoa(cx) + `" cy="` + strconv.Itoa(cy) + `"`
	return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ` + ext + `/><wp:docPr id="1" name="图片 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="图片 1"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdPic"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
}

// TestLibreOfficeDrawsThePicturesAlike: LibreOffice's PDF of a .docx with
// a signature in a line of text and a picture in a table cell draws each
// at the same size as ours (pdfimages -list's resolution, within 2%), the
// text after the signature at the same place (pdftotext -bbox: within one
// grid cell across, as LibreOffice sets a picture on the character grid,
// and 3 pt down) and the row under the cell as far down (within one grid
// line: LibreOffice's row heights round differently). The picture fits
// its cell: LibreOffice does not scale one wider than its cell down as
// Word does (TestPicturesInTableCells covers that).
func TestLibreOfficeDrawsThePicturesAlike(t *testing.T) {
	t.Parallel()
	for _, tool := range []string{"pdftotext", "pdfimages"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("JIXIAO_INTEROP") == "1" {
				t.Fatalf("%s is required when JIXIAO_INTEROP=1: %v", tool, err)
			}
			t.Skip(tool + " not available")
		}
	}
	src := image.NewRGBA(image.Rect(0, 0, 120, 60))
	for i := range src.Pix {
		src.Pix[i] = 0x80
	}
	src.Set(3, 3, color.RGBA{R: 255, A: 255})
	cell := func(content string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/></w:tcPr>` + content + `</w:tc>`
	}
	plain := `<w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>`
	body := `<w:p>` + plain + `<w:r><w:t>负责人：</w:t></w:r>` + interopPicture(1080000, 540000) + `<w:r><w:t>（签字）</w:t></w:r></w:p>` +
		`<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4422"/><w:gridCol w:w="4422"/></w:tblGrid>` +
		`<w:tr>` + cell(`<w:p>`+plain+`<w:r><w:t>项目</w:t></w:r></w:p>`) + cell(`<w:p>`+plain+interopPicture(2160000, 1080000)+`</w:p>`) + `</w:tr>` +
		`<w:tr>` + cell(`<w:p>`+plain+`<w:r><w:t>下一行</w:t></w:r></w:p>`) + cell(`<w:p>`+plain+`<w:r><w:t>末</w:t></w:r></w:p>`) + `</w:tr></w:tbl><w:p/>`
	docx := withPicture(t, body, testPNG(t, src))
	dir := t.TempDir()
	path := filepath.Join(dir, "pictures.docx")
	os.WriteFile(path, docx, 0o644)
	theirs := filepath.Join(opctest.SaveWithLibreOffice(t, "pdf", path), "pictures.pdf")
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	opt := testOptions(t)
	out, _, err := Render(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	ours := filepath.Join(dir, "ours.pdf")
	os.WriteFile(ours, out, 0o644)
	a, b := drawnSizes(t, ours), drawnSizes(t, theirs)
	if len(a) != 2 || len(b) != 2 {
		t.Fatalf("pictures drawn %v, LibreOffice's %v", a, b)
	}
	for i := range a {
		if math.Abs(a[i]/b[i]-1) > 0.02 {
			t.Errorf("picture %d drawn %.1f pt wide, LibreOffice's %.1f", i+1, a[i], b[i])
		}
	}
	cellW, pitch := doc.Sections[0].CharPitch/ptToMM, doc.Sections[0].LinePitch/ptToMM
	// Beside the picture the baseline is the picture's foot, whatever
	// the face: compared as pdftotext reads each PDF's (baseline_interop_test.go).
	x, y := wordAt(t, ours, "（签字）")
	lx, ly := wordAt(t, theirs, "（签字）")
	if y, ly = y+ourAscent*16, ly+theirAscent*16; math.Abs(x-lx) > cellW || math.Abs(y-ly) > 1 {
		t.Errorf("（签字） at (%.1f, %.1f) pt, LibreOffice's at (%.1f, %.1f)", x, y, lx, ly)
	}
	// The picture's row is measured from the text of the row above to
	// that of the row under it, which cancels where each face's glyphs
	// stand in their lines; LibreOffice's is a whole grid line taller (its
	// line holds the type's descent under the picture), so one line and
	// the 1 pt lines of text may differ by.
	_, y0 := wordAt(t, ours, "项目")
	_, ly0 := wordAt(t, theirs, "项")
	_, y = wordAt(t, ours, "下一行")
	_, ly = wordAt(t, theirs, "下一行")
	if math.Abs((y-y0)-(ly-ly0)) > pitch+1 {
		t.Errorf("the picture's row is %.1f pt high, LibreOffice's %.1f", y-y0, ly-ly0)
	}
}

var imageRow = regexp.MustCompile(`(?m)^\s*1\s+\d+\s+image\s+(\d+)\s+\d+\s+\S+\s+\d+\s+\d+\s+\S+\s+\S+\s+\d+\s+\d+\s+(\d+)\s+\d+`)

// drawnSizes are the widths in pt the first page's pictures are drawn
// at, from their pixels and resolution (pdfimages -list).
func drawnSizes(t *testing.T, path string) []float64 {
	t.Helper()
	raw, err := exec.Command("pdfimages", "-list", "-f", "1", "-l", "1", path).Output()
	if err != nil {
		t.Fatalf("pdfimages %s: %v", path, err)
	}
	var out []float64
	for _, m := range imageRow.FindAllStringSubmatch(string(raw), -1) {
		px, _ := strconv.ParseFloat(m[1], 64)
		ppi, _ := strconv.ParseFloat(m[2], 64)
		out = append(out, px/ppi*72)
	}
	return out
}

// wordAt is where word (a pdftotext word, its start or its whole) is
// on the first page: its left edge and top, in pt.
func wordAt(t *testing.T, path, word string) (x, y float64) {
	t.Helper()
	raw, err := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	for _, m := range wordBox.FindAllStringSubmatch(string(raw), -1) {
		if strings.HasPrefix(word, m[4]) || strings.HasPrefix(m[4], word) {
			x, _ = strconv.ParseFloat(m[1], 64)
			y, _ = strconv.ParseFloat(m[2], 64)
			return x, y
		}
	}
	t.Fatalf("%s has no %q", path, word)
	return 0, 0
}
