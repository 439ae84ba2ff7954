package pdf

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// interopBody is a filled document's body as Word writes it: justified
// body text on the template's grid, a heading with a left indent and space
// before it that turns off its style's page break, a table-of-contents
// line with a dot leader to a right tab stop, and a 落款 set by a right
// tab stop. Indents are in twips: LibreOffice rounds Word's *Chars indents
// on a character grid to a whole cell more than Word sets.
const interopBody = `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="640"/></w:pPr><w:r><w:t>为全面实施预算绩效管理，提高财政资金使用效益，根据有关规定，结合我县实际，现就开展预算绩效评价工作有关事项通知如下，请各单位认真贯彻落实，按时报送有关材料。</w:t></w:r></w:p>` +
	`<w:p><w:pPr><w:pStyle w:val="JxAttachLabel"/><w:pageBreakBefore w:val="0"/><w:spacing w:before="240"/><w:ind w:left="640" w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>一、评价范围和对象</w:t></w:r></w:p>` +
	`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8844"/></w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>第一部分</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>三</w:t></w:r></w:p>` +
	`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:tabs><w:tab w:val="right" w:pos="8844"/></w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:tab/></w:r><w:r><w:t>沁源县财政局</w:t></w:r></w:p>`

// TestLibreOfficeLaysOutTheSameLines: LibreOffice's PDF of the same filled
// .docx breaks the same lines, with the same text, and puts the indented,
// tabbed and right-set text at the same places: a line's left edge within
// one grid cell (LibreOffice rounds an indent up to whole cells), its
// right edge within half a cell (LibreOffice's cell is 1.7% narrower than
// Word's, so its 28 characters end 7 pt short of the margin).
func TestLibreOfficeLaysOutTheSameLines(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftotext is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftotext not available")
	}
	doc, ours, theirs := bothPDFs(t, withBody(t, interopBody))
	a, b := pdfLines(t, ours), pdfLines(t, theirs)
	if len(a) != len(b) {
		t.Fatalf("%d lines, LibreOffice %d:\n%s\n--\n%s", len(a), len(b), dump(a), dump(b))
	}
	sect := doc.Sections[0]
	cell, right := sect.CharPitch/ptToMM, (sect.Width-sect.Right)/ptToMM
	for i := range a {
		// LibreOffice's dot leader is its own glyphs; compare the words.
		x, y := strings.Trim(a[i].text, "."), strings.Trim(b[i].text, ".")
		if strings.ReplaceAll(x, ".", "") != strings.ReplaceAll(y, ".", "") {
			t.Errorf("line %d: %q, LibreOffice %q", i+1, a[i].text, b[i].text)
		}
		if d := a[i].x0 - b[i].x0; math.Abs(d) > cell+0.5 {
			t.Errorf("line %d %q starts at %.1f pt, LibreOffice's at %.1f", i+1, a[i].text, a[i].x0, b[i].x0)
		}
		// A line set to the right margin ends there; any other is as wide.
		if math.Abs(a[i].x1-right) < 1 {
			if d := a[i].x1 - b[i].x1; math.Abs(d) > cell/2 {
				t.Errorf("line %d %q ends at %.1f pt, LibreOffice's at %.1f", i+1, a[i].text, a[i].x1, b[i].x1)
			}
		} else if d := (a[i].x1 - a[i].x0) - (b[i].x1 - b[i].x0); math.Abs(d) > cell/2 {
			t.Errorf("line %d %q is %.1f pt wide, LibreOffice's %.1f", i+1, a[i].text, a[i].x1-a[i].x0, b[i].x1-b[i].x0)
		}
	}
	if t.Failed() {
		t.Logf("ours:\n%s\nLibreOffice's:\n%s", dump(a), dump(b))
	}
}

// withBody is the default template with its body replaced.
func withBody(t *testing.T, body string) []byte {
	t.Helper()
	return opctest.Edit(t, templates.Disclosure, map[string]func(string) string{"word/document.xml": func(s string) string {
		return s[:strings.Index(s, "<w:body>")+len("<w:body>")] + body + s[strings.LastIndex(s, "<w:sectPr>"):]
	}})
}

// bothPDFs renders docx ours and LibreOffice's way, returning the
// document read and the paths of the two PDFs.
func bothPDFs(t *testing.T, docx []byte) (doc *wordmodel.Document, ours, theirs string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "layout.docx")
	os.WriteFile(path, docx, 0o644)
	theirs = filepath.Join(opctest.SaveWithLibreOffice(t, "pdf", path), "layout.pdf")
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	ours = filepath.Join(dir, "ours.pdf")
	os.WriteFile(ours, out, 0o644)
	return doc, ours, theirs
}

// textLine is one line of a page as pdftotext -bbox reads it: its words
// joined, and its left and right edges in pt.
type textLine struct {
	text   string
	y      float64
	x0, x1 float64
}

var wordBox = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`)

// pdfLines are the first page's lines, the words on one baseline (within
// 2 pt) a line, page numbers left out.
func pdfLines(t *testing.T, path string) []textLine {
	t.Helper()
	return pageLines(t, path, 1, false)
}

// pageLines are page n's lines, numbers alone left out unless numbers.
func pageLines(t *testing.T, path string, n int, numbers bool) []textLine {
	t.Helper()
	page := strconv.Itoa(n)
	raw, err := exec.Command("pdftotext", "-bbox", "-f", page, "-l", page, path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	var out []textLine
	for _, m := range wordBox.FindAllStringSubmatch(string(raw), -1) {
		var v [3]float64
		for k, s := range []string{m[1], m[2], m[3]} {
			v[k], _ = strconv.ParseFloat(s, 64)
		}
		if strings.Contains(m[4], "—") || !numbers && strings.Trim(m[4], "0123456789") == "" {
			continue
		}
		k := slices.IndexFunc(out, func(l textLine) bool { return math.Abs(l.y-v[1]) < 2 })
		if k < 0 {
			out = append(out, textLine{y: v[1], x0: v[0], x1: v[2]})
			k = len(out) - 1
		}
		l := &out[k]
		l.text += m[4]
		l.x0, l.x1 = min(l.x0, v[0]), max(l.x1, v[2])
	}
	return out
}

func dump(ls []textLine) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(strconv.FormatFloat(l.x0, 'f', 1, 64) + " " + strconv.FormatFloat(l.x1, 'f', 1, 64) + " " + l.text + "\n")
	}
	return b.String()
}
