package pdf

import (
	"fmt"
	"math"
	"os/exec"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeSpacesAWesternFacesLinesAlike: a paragraph off the grid
// of 22 lines of 11 pt Times New Roman, Arial or Calibri at single, 1.5
// and double spacing and at least 12 pt (less than the face's line) and
// 20 pt (more) has its lines where LibreOffice's PDF of the same .docx
// has them: the first baseline within 1 pt (read from pdftotext's boxes
// with each PDF's ascent: ours draws the Latin text in Noto Serif CJK,
// where Word and LibreOffice set the face's type), and each line after it
// as far under it within 1 pt (LibreOffice rounds a line's height to its
// layout unit, Calibri's double line 26.9 pt for Word's 26.86, which
// over 21 lines takes up much of the 1 pt besides the 0.5 pt it sets
// its first line lower by). LibreOffice takes the faces' metric-compatible
// substitutes (Liberation Serif and Sans, Carlito; .ci/run installs
// them); a face whose substitute is not installed is left out, logged.
func TestLibreOfficeSpacesAWesternFacesLinesAlike(t *testing.T) {
	t.Parallel()
	needs(t, "pdftotext", "soffice", "fc-list")
	const size = 11
	var lines []string
	for i := range 22 {
		lines = append(lines, fmt.Sprintf("Line %c of the budget", 'A'+i))
	}
	text := strings.Join(lines, "\n")
	for _, face := range []struct{ name, substitute string }{
		{"Times New Roman", "Liberation Serif"}, {"Arial", "Liberation Sans"}, {"Calibri", "Carlito"},
	} {
		if out, _ := exec.Command("fc-list", ":family="+face.substitute).Output(); len(out) == 0 {
			t.Logf("%s is not installed: %s left out", face.substitute, face.name)
			continue
		}
		spacings := []struct{ name, spacing string }{
			{"single", ""},
			{"1.5", `<w:spacing w:line="360" w:lineRule="auto"/>`},
			{"double", `<w:spacing w:line="480" w:lineRule="auto"/>`},
			{"at least 12 pt", `<w:spacing w:line="240" w:lineRule="atLeast"/>`},
			{"at least 20 pt", `<w:spacing w:line="400" w:lineRule="atLeast"/>`},
		}
		// One document, a page for each spacing: one conversion a face.
		var body strings.Builder
		for i, sp := range spacings {
			p := rt.Spaced(sp.spacing, "", rt.FaceRun(face.name, 2*size, text))
			if i > 0 {
				p = strings.Replace(p, "<w:pPr>", "<w:pPr><w:pageBreakBefore/>", 1)
			}
			body.WriteString(p)
		}
		_, ours, theirs := bothPDFs(t, rt.Docx(t, body.String(), "", nil))
		for i, sp := range spacings {
			t.Run(face.name+" "+sp.name, func(t *testing.T) {
				a, b := pageLines(t, ours, i+1, false), pageLines(t, theirs, i+1, false)
				if len(a) != len(lines) || len(b) != len(lines) {
					t.Fatalf("%d lines, LibreOffice's %d, want %d:\n%s--\n%s", len(a), len(b), len(lines), dump(a), dump(b))
				}
				// The first baseline where LibreOffice's is; each line after it
				// as far under it as LibreOffice's under its own.
				if x, y := a[0].y+ourAscent*size, b[0].y+theirAscent*size; math.Abs(x-y) > 1 {
					t.Errorf("first baseline at %.2f pt, LibreOffice's at %.2f", x, y)
				}
				for i := range a {
					if d := (a[i].y - a[0].y) - (b[i].y - b[0].y); math.Abs(d) > 1 {
						t.Errorf("line %d %q: %.2f pt under the first, LibreOffice's %.2f", i+1, a[i].text, a[i].y-a[0].y, b[i].y-b[0].y)
					}
				}
			})
		}
	}
}
