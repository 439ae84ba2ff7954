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
// has them, each within 1 pt, measured from the paragraph's first line
// (our PDF draws the Latin text in another face, whose ascent moves
// pdftotext's boxes). LibreOffice takes the faces' metric-compatible
// substitutes (Liberation Serif and Sans, Carlito; .ci/run installs
// them); a face whose substitute is not installed is left out, logged.
func TestLibreOfficeSpacesAWesternFacesLinesAlike(t *testing.T) {
	needs(t, "pdftotext", "soffice", "fc-list")
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
		for _, sp := range []struct{ name, spacing string }{
			{"single", ""},
			{"1.5", `<w:spacing w:line="360" w:lineRule="auto"/>`},
			{"double", `<w:spacing w:line="480" w:lineRule="auto"/>`},
			{"at least 12 pt", `<w:spacing w:line="240" w:lineRule="atLeast"/>`},
			{"at least 20 pt", `<w:spacing w:line="400" w:lineRule="atLeast"/>`},
		} {
			t.Run(face.name+" "+sp.name, func(t *testing.T) {
				_, ours, theirs := bothPDFs(t, rt.Docx(t, rt.Spaced(sp.spacing, "", rt.FaceRun(face.name, 22, text)), "", nil))
				a, b := pdfLines(t, ours), pdfLines(t, theirs)
				if len(a) != len(lines) || len(b) != len(lines) {
					t.Fatalf("%d lines, LibreOffice's %d, want %d:\n%s--\n%s", len(a), len(b), len(lines), dump(a), dump(b))
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
