package pdf

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel/fieldtest"
)

// needs skips the test without the tools, unless JIXIAO_INTEROP=1 makes
// them required.
func needs(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("JIXIAO_INTEROP") == "1" {
				t.Fatalf("%s is required when JIXIAO_INTEROP=1: %v", tool, err)
			}
			t.Skipf("%s not available", tool)
		}
	}
}

// TestTOCAgainstLibreOffice: LibreOffice's PDF of the same .docx, whose
// TOC numbers Word saved right (LibreOffice prints them as saved), puts
// each heading on the page our TOC says, and sets each TOC line with the
// same text: its words where ours start, within one grid cell, and its
// number's right edge at the same tab stop, within a cell (LibreOffice
// sets the digits after a tab in grid cells, so "13" ends 10 pt short of
// the stop where Word and we end it on the stop).
func TestTOCAgainstLibreOffice(t *testing.T) {
	t.Parallel()
	needs(t, "pdftotext", "soffice")
	for _, saver := range []fieldtest.Saver{fieldtest.Word, fieldtest.WPS, fieldtest.LibreOffice} {
		t.Run(fmt.Sprint(saver), func(t *testing.T) {
			entries := fieldtest.Entries(saver)
			for i, page := range fieldtest.Pages {
				entries[i].Stale = page
			}
			doc, ours, theirs := bothPDFs(t, fieldtest.Docx(t, saver, entries))
			for _, e := range entries {
				for _, path := range []string{ours, theirs} {
					if lines := pageLines(t, path, e.Stale, false); len(lines) == 0 || !strings.HasPrefix(lines[0].text, e.Text) {
						t.Errorf("%s: page %d starts %+v, want the heading %s", path, e.Stale, lines, e.Text)
					}
				}
			}
			sect := doc.Sections[0]
			cell := sect.CharPitch / ptToMM
			a, b := tocLines(t, ours, entries), tocLines(t, theirs, entries)
			defer func() {
				if t.Failed() {
					t.Logf("ours:\n%s\nLibreOffice's:\n%s", dump(a), dump(b))
					out, _ := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", theirs, "-").Output()
					t.Logf("%s", out)
				}
			}()
			for i, e := range entries {
				x, y := a[i], b[i]
				if x.text != y.text {
					t.Errorf("TOC line %d: %q, LibreOffice %q", i+1, x.text, y.text)
				}
				if math.Abs(x.x0-y.x0) > cell+0.5 {
					t.Errorf("TOC line %d starts at %.1f pt, LibreOffice's at %.1f", i+1, x.x0, y.x0)
				}
				if math.Abs(x.x1-y.x1) > cell {
					t.Errorf("TOC line %d (%s) ends at %.1f pt, LibreOffice's at %.1f", i+1, e.Text, x.x1, y.x1)
				}
			}
		})
	}
}

// tocLines are page 1's lines that start with the entries' texts, in
// order, their leader's dots left out of the text.
func tocLines(t *testing.T, path string, entries []fieldtest.Entry) []textLine {
	t.Helper()
	lines := pageLines(t, path, 1, true)
	var out []textLine
	for _, e := range entries {
		for _, l := range lines {
			if strings.HasPrefix(l.text, e.Text) {
				l.text = strings.ReplaceAll(l.text, ".", "")
				l.text = strings.ReplaceAll(l.text, "…", "")
				out = append(out, l)
				break
			}
		}
	}
	if len(out) != len(entries) {
		t.Fatalf("%s: TOC lines %s, want %d", path, dump(out), len(entries))
	}
	return out
}

// TestLinksAsQPDFReadsThem: qpdf, a reader other than ours, finds each TOC
// line's link annotation, printing, with a GoTo to its heading's page.
func TestLinksAsQPDFReadsThem(t *testing.T) {
	t.Parallel()
	needs(t, "qpdf")
	doc := fieldtest.Read(t, fieldtest.Docx(t, fieldtest.Word, fieldtest.Entries(fieldtest.Word)))
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/toc.pdf"
	os.WriteFile(path, out, 0o644)
	raw, err := exec.Command("qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", path).Output()
	if err != nil {
		t.Fatalf("qpdf: %v", err)
	}
	var j struct {
		Pages []struct{ Object string }
		QPDF  []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(raw, &j); err != nil {
		t.Fatal(err)
	}
	type annotation struct {
		Subtype string `json:"/Subtype"`
		F       int    `json:"/F"`
		Dest    []any  `json:"/Dest"`
	}
	var objects map[string]struct {
		Value struct {
			Annots []annotation `json:"/Annots"`
		} `json:"value"`
	}
	if len(j.QPDF) < 2 || json.Unmarshal(j.QPDF[1], &objects) != nil || len(j.Pages) == 0 {
		t.Fatalf("qpdf's objects unreadable: %.300s", raw)
	}
	pageOf := map[string]int{}
	for i, p := range j.Pages {
		pageOf[p.Object] = i + 1
	}
	var got []string
	for _, a := range objects["obj:"+j.Pages[0].Object].Value.Annots {
		dest := 0
		if len(a.Dest) > 0 {
			dest = pageOf[fmt.Sprint(a.Dest[0])]
		}
		got = append(got, fmt.Sprintf("%s F%d →%d", a.Subtype, a.F, dest))
	}
	if want := "/Link F4 →2|/Link F4 →3|/Link F4 →13"; strings.Join(got, "|") != want {
		t.Errorf("qpdf reads page 1's annotations as %s, want %s", strings.Join(got, "|"), want)
	}
}

// TestATOCLibreOfficeSavedKeepsItsNumbers: a Word TOC that LibreOffice
// saved again (its styles renamed Contents 1…3, each line's tab moved
// into the PAGEREF's result) reads back with each line's tab and page
// reference, and our PDF shows this layout's numbers behind the leaders.
func TestATOCLibreOfficeSavedKeepsItsNumbers(t *testing.T) {
	t.Parallel()
	needs(t, "soffice")
	entries := fieldtest.Entries(fieldtest.Word)
	dir := t.TempDir()
	path := filepath.Join(dir, "toc.docx")
	os.WriteFile(path, fieldtest.Docx(t, fieldtest.Word, entries), 0o644)
	saved, err := os.ReadFile(filepath.Join(opctest.SaveWithLibreOffice(t, "docx:MS Word 2007 XML", path), "toc.docx"))
	if err != nil {
		t.Fatal(err)
	}
	out := renderTOC(t, fieldtest.Read(t, saved), entries)
	if links := annotations(t, out); len(links) != 3 || links[2].destPage != fieldtest.Pages[2] {
		t.Errorf("links = %+v, want one a TOC line", links)
	}
}
