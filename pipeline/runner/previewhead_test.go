package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/preview"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordxml"
)

// headLimits are first limits for headPreview that cut a document's body
// at many places: after its first blocks, inside its tables, and the
// limit a page view starts with.
func headLimits() []wordmodel.HeadLimit {
	return []wordmodel.HeadLimit{{Blocks: 1, Rows: 1}, {Blocks: 3, Rows: 2}, {Blocks: 7, Rows: 5}, {Blocks: 13, Rows: 40}, {Blocks: 40, Rows: 11}, {Blocks: 90, Rows: 300}, headLimit(PreviewPages)}
}

// headAgrees checks that the pages drawn of docx from the head of its
// body are the pages a read of the whole file draws, byte for byte, from
// each of limits, and that a head is cut at the first of them.
func headAgrees(t *testing.T, j *job.Job, docx []byte, pages int, limits []wordmodel.HeadLimit) {
	t.Helper()
	l, err := loadPDFLayout(j)
	if err != nil {
		t.Fatal(err)
	}
	opt := layout.Options{Preset: l.preset, Fonts: l.fonts}
	whole, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := preview.Preview(whole, opt, pages)
	if err != nil {
		t.Fatal(err)
	}
	if head, err := wordmodel.ReadHead(docx, limits[0]); err != nil || !head.Partial() {
		t.Fatalf("the head of %+v is not cut (%v): the test would compare whole documents", limits[0], err)
	}
	for _, limit := range limits {
		got, err := headPreview(docx, opt, pages, limit)
		if err != nil {
			t.Fatalf("%+v: %v", limit, err)
		}
		if len(got) != len(want) {
			t.Errorf("%+v: %d pages from the head, %d from the whole file", limit, len(got), len(want))
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%+v: page %d differs from the whole file's:\n%s", limit, i+1, firstDifference(want[i], got[i]))
				break
			}
		}
	}
}

// firstDifference shows where two pages' SVG first differ.
func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(i-120, 0)
	return fmt.Sprintf("whole: …%s…\nhead:  …%s…", a[from:min(i+120, len(a))], b[from:min(i+120, len(b))])
}

// publishedDocx builds j and returns its published Word file.
func publishedDocx(t *testing.T, j *job.Job) []byte {
	t.Helper()
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	docx, err := os.ReadFile(filepath.Join(j.Output, j.DocxName))
	if err != nil {
		t.Fatal(err)
	}
	return docx
}

// TestAHeadPreviewDrawsTheWholeFilesPages: the sample job's document and
// its 1,000-row attachment's, cut at many places, draw the pages a read
// of the whole file draws.
func TestAHeadPreviewDrawsTheWholeFilesPages(t *testing.T) {
	for name, j := range map[string]*job.Job{"sample": sampleJob(t), "1,000 rows": longJob(t, 1000)} {
		t.Run(name, func(t *testing.T) {
			headAgrees(t, j, publishedDocx(t, j), PreviewPages, headLimits())
		})
	}
}

// TestAHeadPreviewOf100000Rows: the 1,000-row attachment's document grown
// to 100,000 rows, as the build writes them, is read only so far as its
// first pages need, and draws the whole file's pages.
func TestAHeadPreviewOf100000Rows(t *testing.T) {
	j := longJob(t, 1000)
	docx := grownTable(t, publishedDocx(t, j), 100000)
	headAgrees(t, j, docx, PreviewPages, []wordmodel.HeadLimit{headLimit(PreviewPages), {Blocks: 5, Rows: 3}})
	head, err := wordmodel.ReadHead(docx, headLimit(PreviewPages))
	if err != nil {
		t.Fatal(err)
	}
	if cut := head.CutTable(); cut == nil || len(cut.Rows) > headLimit(PreviewPages).Rows {
		t.Errorf("the long table is not cut at the limit: %v", cut)
	}
}

// grownTable is docx with its longest table grown to n rows by copies of
// its last row, each numbered: the same XML a longer attachment is
// filled with.
func grownTable(t testing.TB, docx []byte, n int) []byte {
	t.Helper()
	return opctest.Edit(t, docx, map[string]func(string) string{"word/document.xml": func(s string) string {
		var longest []wordxml.Span
		for _, tbl := range wordxml.Elements(s, "w:tbl", 0, len(s)) {
			if rows := wordxml.Elements(s, "w:tr", tbl.Start, tbl.End); len(rows) > len(longest) {
				longest = rows
			}
		}
		if len(longest) < 2 {
			t.Fatal("no table to grow")
		}
		last := longest[len(longest)-1]
		row := s[last.Start:last.End]
		var b strings.Builder
		b.Grow(len(s) + (n-len(longest))*len(row))
		b.WriteString(s[:last.End])
		for k := len(longest); k < n; k++ {
			b.WriteString(strings.Replace(row, "<w:t>", fmt.Sprintf("<w:t>%d", k), 1))
		}
		b.WriteString(s[last.End:])
		return b.String()
	}})
}

// TestAHeadIsNeverPublished: the head of a document (wordmodel.ReadHead)
// is refused by the layout every output is drawn from, for the PDF and
// for the OFD copy that shares its layout, and in the same build's
// sharing; the whole document is laid out.
func TestAHeadIsNeverPublished(t *testing.T) {
	j := sampleJob(t)
	docx := publishedDocx(t, j)
	head, err := wordmodel.ReadHead(docx, wordmodel.HeadLimit{Blocks: 5, Rows: 3})
	if err != nil || !head.Partial() {
		t.Fatalf("partial %v, %v", head != nil && head.Partial(), err)
	}
	l, err := loadPDFLayout(j)
	if err != nil {
		t.Fatal(err)
	}
	opt := layout.Options{Preset: l.preset, Fonts: l.fonts}
	refused := func(err error) bool {
		return err != nil && strings.Contains(err.Error(), "不能排成要发布的文件")
	}
	if _, err := layout.Layout(head, opt); !refused(err) {
		t.Errorf("layout.Layout of a document's head: %v", err)
	}
	if r, err := pdf.ForJob(j, l.preset, l.fonts).Render(&output.Input{Filled: head, Shared: &output.Shared{}}); !refused(err) || r != nil {
		t.Errorf("a PDF of a document's head: %v", err)
	}
	if _, err := pdf.LaidOut(&output.Input{Filled: head, Shared: &output.Shared{}}, opt); !refused(err) {
		t.Errorf("the layout the PDF and the OFD copy share, of a document's head: %v", err)
	}
	whole, err := wordmodel.ReadHead(docx, wordmodel.HeadLimit{Blocks: 1 << 20, Rows: 1 << 20})
	if err != nil || whole.Partial() {
		t.Fatalf("a limit past the end: partial %v, %v", whole != nil && whole.Partial(), err)
	}
	if _, err := layout.Layout(whole, opt); err != nil {
		t.Errorf("the whole document read by ReadHead: %v", err)
	}
}

// TestAPageViewReadsTheHeadOfALongFile: runner.Preview of a job whose
// published Word file holds a table of 5,000 rows, longer than a first
// head read takes, with no preview kept beside it and with one of another
// file, draws the pages a read of the whole file draws.
func TestAPageViewReadsTheHeadOfALongFile(t *testing.T) {
	j := longJob(t, 1000)
	docx := grownTable(t, publishedDocx(t, j), 5000)
	if err := os.WriteFile(filepath.Join(j.Output, j.DocxName), docx, 0o644); err != nil {
		t.Fatal(err)
	}
	if head, err := wordmodel.ReadHead(docx, headLimit(PreviewPages)); err != nil || head.CutTable() == nil {
		t.Fatalf("the first head read does not cut the table (%v): the view would read the whole file", err)
	}
	l, err := loadPDFLayout(j)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := preview.Preview(whole, layout.Options{Preset: l.preset, Fonts: l.fonts}, PreviewPages)
	if err != nil {
		t.Fatal(err)
	}
	stale := storedOf(t, j) // the preview of the file of 1,000 rows
	for _, kept := range []string{"none", "another file's"} {
		if kept == "none" {
			os.Remove(filepath.Join(j.Output, PreviewName))
		} else {
			putStored(t, j, stale)
		}
		coldProcess(t)
		got, err := Preview(j, PreviewPages)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%s kept: %d pages (%v), want the whole file's %d", kept, len(got), err, len(want))
		}
	}
}
