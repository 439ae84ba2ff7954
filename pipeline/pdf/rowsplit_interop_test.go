package pdf

import (
	"cmp"
	"fmt"
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
)

// splitBody is a long table as Word writes it, whose rows LibreOffice and
// Word split at the page's foot: a repeated header row (tblHeader), then
// rows of 3 to 11 lines — each a paragraph of its own, 行<row>之<line> —
// beside a one-line and a merged (vMerge) column; every fifth row set
// cantSplit; its lines are single, or, with thick, a thick-thin line on
// top and double lines between the rows. The cells' paragraphs are set as the preset sets a table's
// text (10.5 pt on exactly 13.65 pt lines, 1.2 mm margins above and below),
// so that both lay out the same lines.
func splitBody(rows int, thick bool) string {
	mar := `<w:tblCellMar><w:top w:w="68" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="68" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>`
	lines := `<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>`
	if thick {
		lines = strings.Replace(lines, `<w:top w:val="single" w:sz="4"`, `<w:top w:val="thickThinSmallGap" w:sz="12"`, 1)
		lines = strings.Replace(lines, `<w:insideH w:val="single" w:sz="4"`, `<w:insideH w:val="double" w:sz="6"`, 1)
	}
	para := func(text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="273" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:t>` + text + `</w:t></w:r></w:p>`
	}
	tc := func(w int, pr string, paras ...string) string {
		s := fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>`, w, pr)
		for _, p := range paras {
			s += para(p)
		}
		return s + `</w:tc>`
	}
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>` + lines + `<w:tblLayout w:type="fixed"/>` + mar + `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="1474"/><w:gridCol w:w="5896"/><w:gridCol w:w="1474"/></w:tblGrid>`)
	b.WriteString(`<w:tr><w:trPr><w:tblHeader/></w:trPr>` + tc(1474, "", "序号") + tc(5896, "", "说明") + tc(1474, "", "类别") + `</w:tr>`)
	for i := 1; i <= rows; i++ {
		pr := ""
		if i%5 == 0 {
			pr = `<w:cantSplit/>`
		}
		var ls []string
		for k := 1; k <= 3+(i*7)%9; k++ {
			ls = append(ls, fmt.Sprintf("行%d之%d", i, k))
		}
		merge := `<w:vMerge/>`
		if i%4 == 1 {
			merge = `<w:vMerge w:val="restart"/>`
		}
		kind := ""
		if i%4 == 1 {
			kind = fmt.Sprint("类", i)
		}
		b.WriteString(`<w:tr><w:trPr>` + pr + `</w:trPr>` + tc(1474, "", fmt.Sprint("号", i)) + tc(5896, "", ls...) + tc(1474, merge, kind) + `</w:tr>`)
	}
	b.WriteString(`</w:tbl><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>`)
	return b.String()
}

var splitLine = regexp.MustCompile(`行(\d+)之(\d+)`)

// splitLines are the table's lines 行<row>之<line> on each page of the PDF
// at path, top to bottom, as row and line. LibreOffice writes a grid's
// characters as words of their own: a line is the words on one baseline
// (within 2 pt), left to right.
func splitLines(t *testing.T, path string) [][][2]int {
	t.Helper()
	raw, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	type word struct {
		x, y float64
		text string
	}
	var pages [][][2]int
	for _, page := range strings.Split(string(raw), "<page ")[1:] {
		var ws []word
		for _, m := range wordBox.FindAllStringSubmatch(page, -1) {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			ws = append(ws, word{x, y, m[4]})
		}
		slices.SortStableFunc(ws, func(a, b word) int {
			if math.Abs(a.y-b.y) >= 2 {
				return cmp.Compare(a.y, b.y)
			}
			return cmp.Compare(a.x, b.x)
		})
		var lines [][2]int
		for k := 0; k < len(ws); {
			var text strings.Builder
			e := k
			for ; e < len(ws) && math.Abs(ws[e].y-ws[k].y) < 2; e++ {
				text.WriteString(ws[e].text)
			}
			for _, m := range splitLine.FindAllStringSubmatch(text.String(), -1) {
				r, _ := strconv.Atoi(m[1])
				n, _ := strconv.Atoi(m[2])
				lines = append(lines, [2]int{r, n})
			}
			k = e
		}
		pages = append(pages, lines)
	}
	return pages
}

// TestLibreOfficeSplitsTheSameRows: LibreOffice's PDF of the same filled
// .docx, a long table whose rows split at the page's foot, has as many
// pages, and each page's first and last table lines are ours, exactly:
// the same row and the same line in it (LibreOffice 7.4 sets them within
// 0.2 pt of ours). A row that moved whole where the other split, a line
// not counted into a row's height or the line closing a page's last row
// not given its room, as Word gives it, would each be a line off.
func TestLibreOfficeSplitsTheSameRows(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftotext is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftotext not available")
	}
	for _, thick := range []bool{false, true} {
		t.Run(fmt.Sprint("thick=", thick), func(t *testing.T) {
			_, ours, theirs := bothPDFs(t, withBody(t, splitBody(40, thick)))
			sameSplits(t, splitLines(t, ours), splitLines(t, theirs))
		})
	}
	// The same table as LibreOffice writes it back (cantSplit
	// w:val="true", its own cell properties and paragraph marks).
	t.Run("resaved", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "split.docx")
		if err := os.WriteFile(path, withBody(t, splitBody(40, false)), 0o644); err != nil {
			t.Fatal(err)
		}
		resaved, err := os.ReadFile(filepath.Join(opctest.SaveWithLibreOffice(t, `docx:MS Word 2007 XML`, path), "split.docx"))
		if err != nil {
			t.Fatal(err)
		}
		doc, ours, theirs := bothPDFs(t, resaved)
		kept := 0
		for _, b := range doc.Blocks {
			if table, ok := b.(*wordmodel.Table); ok {
				for _, row := range table.Rows {
					if row.CantSplit {
						kept++
					}
				}
			}
		}
		if kept != 8 {
			t.Errorf("%d rows of LibreOffice's copy read as cantSplit, want 8", kept)
		}
		sameSplits(t, splitLines(t, ours), splitLines(t, theirs))
	})
}

// sameSplits compares our pages' first and last table lines, a, with
// LibreOffice's, b.
func sameSplits(t *testing.T, a, b [][][2]int) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%d pages, LibreOffice %d", len(a), len(b))
	}
	split := 0
	for i := range a {
		if len(a[i]) == 0 && len(b[i]) == 0 {
			continue // the paragraph after the table
		}
		if len(a[i]) == 0 || len(b[i]) == 0 {
			t.Errorf("page %d: %d table lines, LibreOffice %d", i+1, len(a[i]), len(b[i]))
			continue
		}
		for _, end := range []struct {
			name   string
			ok, lo [2]int
		}{{"first", a[i][0], b[i][0]}, {"last", a[i][len(a[i])-1], b[i][len(b[i])-1]}} {
			if end.ok != end.lo {
				t.Errorf("page %d's %s line: 行%d之%d, LibreOffice's 行%d之%d", i+1, end.name, end.ok[0], end.ok[1], end.lo[0], end.lo[1])
			}
		}
		if a[i][0][1] > 1 {
			split++
		}
	}
	if split == 0 {
		t.Error("no page starts within a row: the fixture splits none")
	}
}
