package pdf

import (
	"math"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeSetsTheTypeInItsLineAlike: for each line rule, exact on
// the grid (the template's body), exact off it, exact lower than the
// type, atLeast higher than the type and single auto lines, in the body
// and in a table's cell, LibreOffice's PDF of the same .docx has every
// line's baseline where ours is, within 1 pt. Both draw the body in Noto
// Serif CJK SC (a fontconfig alias makes LibreOffice take it for
// 仿宋_GB2312), so the baselines are read from pdftotext's word boxes
// with each PDF's own ascent: ours writes the face's, LibreOffice none,
// which poppler takes as 0.95 of the size.
func TestLibreOfficeSetsTheTypeInItsLineAlike(t *testing.T) {
	needs(t, "pdftotext", "soffice")
	asNoto(t)
	const size = 16
	para := func(pPr string) string {
		p := rt.Para(rt.Word.Run("", "预算绩效"), `<w:r><w:br/></w:r>`, rt.Word.Run("", "管理"), `<w:r><w:br/></w:r>`, rt.Word.Run("", "目标"))
		return strings.Replace(p, `<w:pStyle w:val="Normal"/>`, `<w:pStyle w:val="Normal"/>`+pPr, 1)
	}
	const off = `<w:snapToGrid w:val="0"/>`
	for _, c := range []struct{ name, pPr string }{
		{"exact on the grid", ""},
		{"exact", off + `<w:spacing w:line="579" w:lineRule="exact"/>`},
		{"exact lower than the type", off + `<w:spacing w:line="240" w:lineRule="exact"/>`},
		{"atLeast", off + `<w:spacing w:line="720" w:lineRule="atLeast"/>`},
		{"auto on the grid", `<w:spacing w:line="240" w:lineRule="auto"/>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, where := range []string{"body", "cell"} {
				body := para(c.pPr) + para(c.pPr)
				if where == "cell" {
					body = rt.Table([]int{4000}, rt.Word.Cell(4000, "", "", para(c.pPr)))
				}
				_, ours, theirs := bothPDFs(t, rt.Docx(t, body, "", nil))
				a, b := pdfLines(t, ours), pdfLines(t, theirs)
				if len(a) != len(b) || len(a) < 3 {
					t.Fatalf("%s: %d lines, LibreOffice's %d:\n%s--\n%s", where, len(a), len(b), dump(a), dump(b))
				}
				for i := range a {
					x, y := a[i].y+ourAscent*size, b[i].y+theirAscent*size // baselines
					if math.Abs(x-y) > 1 {
						t.Errorf("%s line %d %q: baseline at %.2f pt, LibreOffice's at %.2f", where, i+1, a[i].text, x, y)
					}
				}
			}
		})
	}
}

// The ascents pdftotext reads baselines with: our PDF's Noto Serif CJK
// SC has its own, LibreOffice's none, which poppler takes as 0.95.
const ourAscent, theirAscent = 1.151, 0.95

// asNoto makes LibreOffice draw 仿宋_GB2312, the template's body face, in
// the Noto Serif CJK SC the tests draw it in (the repository's faces
// through a fontconfig alias), so that both PDFs set the same type.
func asNoto(t *testing.T) {
	t.Helper()
	repoFonts(t, map[string]string{"仿宋_GB2312": "Noto Serif CJK SC"})
}
