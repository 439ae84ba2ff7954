package pdf

import (
	"fmt"
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// cellLine is a table line 格<row>之<line> of a page, where pdftotext
// reads its baseline's top, in pt.
type cellLine struct {
	row, line int
	y         float64
}

var cellWord = regexp.MustCompile(`格(\d+)之(\d+)`)

// cellLines are the lines 格<row>之<line> of each page of the PDF at path.
// LibreOffice writes a grid's characters as words of their own: a line is
// the words on one baseline (within 2 pt).
func cellLines(t *testing.T, path string) [][]cellLine {
	t.Helper()
	raw, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var pages [][]cellLine
	for _, page := range strings.Split(string(raw), "<page ")[1:] {
		var lines []cellLine
		var text strings.Builder
		y := -100.0
		flush := func() {
			for _, m := range cellWord.FindAllStringSubmatch(text.String(), -1) {
				r, _ := strconv.Atoi(m[1])
				n, _ := strconv.Atoi(m[2])
				lines = append(lines, cellLine{r, n, y})
			}
			text.Reset()
		}
		for _, m := range wordBox.FindAllStringSubmatch(page, -1) {
			v, _ := strconv.ParseFloat(m[2], 64)
			if math.Abs(v-y) >= 2 {
				flush()
				y = v
			}
			text.WriteString(m[4])
		}
		flush()
		pages = append(pages, lines)
	}
	return pages
}

// cellBody is a table of rows rows as Word writes it, each row's first
// cell paragraphs 格<row>之<k> (one to four of them) in the paragraph
// properties pPr, beside a cell of one line.
func cellBody(rows int, pPr string) string {
	p := func(text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + pPr + `<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:t>` + text + `</w:t></w:r></w:p>`
	}
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="5896"/><w:gridCol w:w="2948"/></w:tblGrid>`)
	for i := 1; i <= rows; i++ {
		b.WriteString(`<w:tr><w:tc><w:tcPr><w:tcW w:w="5896" w:type="dxa"/></w:tcPr>`)
		for k := 1; k <= 1+(i*3)%4; k++ {
			b.WriteString(p(fmt.Sprintf("格%d之%d", i, k)))
		}
		b.WriteString(`</w:tc><w:tc><w:tcPr><w:tcW w:w="2948" w:type="dxa"/></w:tcPr>` + p(fmt.Sprint("旁", i)) + `</w:tc></w:tr>`)
	}
	b.WriteString(`</w:tbl><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>`)
	return b.String()
}

// cellTolerance is how far, in pt, a cell line of ours may stand from
// LibreOffice's: the two set the same line heights and margins, and differ
// only in where a face's glyphs sit in their line.
const cellTolerance = 1.5

// sameCellLines compares our pages of cell lines, a, with LibreOffice's,
// b: as many pages, each page's first and last line the same, and every
// line where LibreOffice sets it, within cellTolerance of the page's
// first line's offset.
func sameCellLines(t *testing.T, a, b [][]cellLine) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%d pages, LibreOffice %d", len(a), len(b))
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			t.Errorf("page %d: %d cell lines, LibreOffice %d", i+1, len(a[i]), len(b[i]))
			continue
		}
		if len(a[i]) == 0 {
			continue
		}
		shift := b[i][0].y - a[i][0].y // where each face's glyph top sits
		for k := range a[i] {
			x, y := a[i][k], b[i][k]
			if x.row != y.row || x.line != y.line {
				t.Errorf("page %d line %d: 格%d之%d, LibreOffice's 格%d之%d", i+1, k+1, x.row, x.line, y.row, y.line)
				break
			}
			if d := y.y - x.y - shift; math.Abs(d) > cellTolerance {
				t.Errorf("page %d: 格%d之%d at %.1f pt, LibreOffice's at %.1f (%.1f pt off)", i+1, x.row, x.line, x.y, y.y-shift, d)
				break
			}
		}
	}
}

// TestLibreOfficeSetsTheSameCellLines: LibreOffice's PDF of a long table
// whose cells' paragraphs are on the template's line grid (each single
// line a 28.95 pt grid line), off it (snapToGrid off, at least 15 pt,
// which on the grid would be 28.95), or set exactly (15 pt, in a section
// with no grid: LibreOffice, unlike Word, snaps even exact lines to a
// grid), has our pages, our lines on each and each line where we set it.
// Single lines off the grid are not compared: their height is the face's
// (Word's 1.3 em for 宋体 and 仿宋, which the layout takes, LibreOffice's
// from the metrics of whichever face it substitutes).
func TestLibreOfficeSetsTheSameCellLines(t *testing.T) {
	t.Parallel()
	needs(t, "pdftotext")
	for _, c := range []struct {
		name, pPr string
		noGrid    bool
	}{
		{"grid", `<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>`, false},
		{"snapToGrid off", `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="atLeast"/>`, false},
		{"exact", `<w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="exact"/>`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			docx := withBody(t, cellBody(60, c.pPr))
			if c.noGrid {
				docx = opctest.Edit(t, docx, map[string]func(string) string{"word/document.xml": func(s string) string {
					return regexp.MustCompile(`<w:docGrid [^>]*/>`).ReplaceAllString(s, "")
				}})
			}
			_, ours, theirs := bothPDFs(t, docx)
			sameCellLines(t, cellLines(t, ours), cellLines(t, theirs))
		})
	}
}

// attachmentBody is the default template's attachment table filled with
// rows rows, as the build fills it: its header row, each data row its
// cells' placeholders replaced by figures and names 格<row>之1, and its
// total row.
func attachmentBody(t *testing.T, rows int) string {
	t.Helper()
	var doc string
	opctest.Edit(t, templates.Disclosure, map[string]func(string) string{"word/document.xml": func(s string) string { doc = s; return s }})
	table := doc[strings.Index(doc, "<w:tbl>") : strings.Index(doc, "</w:tbl>")+len("</w:tbl>")]
	trs := regexp.MustCompile(`(?s)<w:tr>.*?</w:tr>`).FindAllString(table, -1)
	if len(trs) != 3 {
		t.Fatalf("the template's table has %d rows, want a header, a data and a total row", len(trs))
	}
	field := regexp.MustCompile(`\{\{[^}]*\}\}`)
	var b strings.Builder
	b.WriteString(table[:strings.Index(table, "<w:tr>")])
	b.WriteString(trs[0])
	for i := 1; i <= rows; i++ {
		k := 0
		b.WriteString(field.ReplaceAllStringFunc(trs[1], func(string) string {
			k++
			switch k {
			case 2:
				return fmt.Sprintf("格%d之1", i)
			case 3:
				return fmt.Sprintf("%d,%03d.%02d", i%97+1, (i*37)%1000, i%100)
			}
			return fmt.Sprint(i)
		}))
	}
	b.WriteString(field.ReplaceAllString(trs[2], "1,234.56"))
	b.WriteString(`</w:tbl><w:p><w:pPr><w:pStyle w:val="JxTable"/></w:pPr></w:p>`)
	return b.String()
}

// TestLibreOfficeSetsTheAttachmentAlike: the default template's
// attachment of 200 rows is as many pages in LibreOffice as in our PDF,
// the same rows on each, where we set them: its table's paragraphs are
// single-spaced off the grid, as the PDF draws them.
func TestLibreOfficeSetsTheAttachmentAlike(t *testing.T) {
	t.Parallel()
	needs(t, "pdftotext")
	_, ours, theirs := bothPDFs(t, withBody(t, attachmentBody(t, 200)))
	a, b := cellLines(t, ours), cellLines(t, theirs)
	if len(a) < 5 {
		t.Errorf("200 rows on %d pages: the table is not single-spaced", len(a))
	}
	sameCellLines(t, a, b)
}
