package pdf

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestFittedTextAsLibreOfficeSetsItsSpacing: LibreOffice (7.x) does not
// read 调整宽度 (w:fitText) and sets the text at its own width, so it is
// compared with what Word's fitting amounts to: the same lines written
// with the character spacing after each character but the last (w:spacing)
// and the character scale (w:w) that make each stretch its width, which
// LibreOffice draws. Each of our lines of fitted text (单位：, 联系人： in
// 84 pt, 预算绩效管理 squeezed into 48 pt) is as wide as LibreOffice's of
// the spaced twin, within 1.5 pt, and starts where it does.
func TestFittedTextAsLibreOfficeSetsItsSpacing(t *testing.T) {
	opctest.Require(t, "pdftotext", "-v")
	withFonts(t)
	fitted := offGrid(rt.Para(rt.Word.Run(rt.Fit(1680, 7), "单位"), rt.Word.Run(rt.Fit(1680, 7), "："), rt.Word.Run("", "沁源县财政局"))) +
		offGrid(rt.Para(rt.Word.Run(rt.Fit(1680, 8), "联系人："), rt.Word.Run("", "张三"))) +
		offGrid(rt.Para(rt.Word.Run(rt.Fit(960, 9), "预算绩效管理"), rt.Word.Run("", "后")))
	// 16 pt characters: 单位： spread over 84 pt is 18 pt after 单 and
	// 位; 联系人： 6.67 pt after each but the last; six characters in 48 pt
	// are scaled to half their width.
	spaced := offGrid(rt.Para(rt.Word.Run(rt.Spacing(360), "单位"), rt.Word.Run("", "："), rt.Word.Run("", "沁源县财政局"))) +
		offGrid(rt.Para(rt.Word.Run(rt.Spacing(133), "联系人"), rt.Word.Run("", "："), rt.Word.Run("", "张三"))) +
		offGrid(rt.Para(rt.Word.Run(rt.Scale(50), "预算绩效管理"), rt.Word.Run("", "后")))
	_, ours, _ := bothPDFs(t, rt.Docx(t, fitted, "", nil))
	dir := t.TempDir()
	path := filepath.Join(dir, "spaced.docx")
	os.WriteFile(path, rt.Docx(t, spaced, "", nil), 0o644)
	theirs := filepath.Join(opctest.SaveWithLibreOffice(t, "pdf", path), "spaced.pdf")
	a, b := pdfLines(t, ours), pdfLines(t, theirs)
	if len(a) != 3 || len(b) != 3 {
		t.Fatalf("lines:\n%s\n--\n%s", dump(a), dump(b))
	}
	for i := range a {
		if a[i].text != b[i].text || math.Abs((a[i].x1-a[i].x0)-(b[i].x1-b[i].x0)) > 1.5 || math.Abs(a[i].x0-b[i].x0) > 1.5 {
			t.Errorf("line %d: %q from %.1f, %.1f pt wide; LibreOffice's spaced twin %q from %.1f, %.1f", i+1,
				a[i].text, a[i].x0, a[i].x1-a[i].x0, b[i].text, b[i].x0, b[i].x1-b[i].x0)
		}
	}
}
