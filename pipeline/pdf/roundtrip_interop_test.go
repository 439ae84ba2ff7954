package pdf

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// builtinName is the built-in template's name among the round trip's
// files.
const builtinName = "builtin-template"

// TestRoundTripAgreesWithLibreOffice: a clerk may make the template in
// LibreOffice, which writes every feature its own way (frames as
// w:framePr, its own style names, w:hMerge, fldSimple, its numbering,
// wps:nvSpPr, its sections). Every corpus fixture and the built-in
// template, saved again by LibreOffice as .docx (one soffice call), must
// keep what it shows (the conservation check on the saved file) and lay
// out as LibreOffice lays out that same saved file (a second soffice
// call; the corpus' comparison and tolerances). A fixture's corpus
// differences (corpusKnown) hold here too; roundTripKnown adds those the
// re-save brings. Only with JIXIAO_INTEROP=1: it is the corpus' run
// twice over.
func TestRoundTripAgreesWithLibreOffice(t *testing.T) {
	if os.Getenv("JIXIAO_INTEROP") != "1" {
		t.Skip("JIXIAO_INTEROP=1 runs the LibreOffice round trip")
	}
	opctest.Require(t, "pdftotext", "-v")
	opctest.Require(t, "pdftohtml", "-v")
	opctest.Require(t, "qpdf", "--version")
	repoFonts(t, corpusFaces)
	dir := t.TempDir()
	if out := os.Getenv("JIXIAO_CORPUS_OUT"); out != "" {
		dir = out
	}
	features := allFeatures(t)
	names := []string{builtinName}
	files := []string{filepath.Join(dir, builtinName+".docx")}
	if err := os.WriteFile(files[0], templates.Disclosure, 0o644); err != nil {
		t.Fatal(err)
	}
	listed := map[string][]string{builtinName: nil}
	for _, f := range features {
		path := filepath.Join(dir, f.name+".docx")
		raw := f.docx(t)
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		if doc, err := wordmodel.Read(raw); err == nil {
			listed[f.name] = undrawnWhat(doc)
		}
		names = append(names, f.name)
		files = append(files, path)
	}
	saved := opctest.SaveWithLibreOffice(t, "docx:MS Word 2007 XML", files...)
	var report, again []string
	for _, name := range names {
		path := filepath.Join(saved, name+".docx")
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		again = append(again, path)
		doc, err := wordmodel.Read(raw)
		if err != nil {
			report = append(report, name+": "+err.Error())
			continue
		}
		// What LibreOffice's saving makes the PDF refuse: a template a
		// clerk saves in LibreOffice is refused where Word's was not.
		for _, u := range undrawnWhat(doc) {
			if !slices.Contains(listed[name], u) && !slices.Contains(roundTripListed[name], u) {
				report = append(report, name+"（LibreOffice 另存）: 新列出“"+u+"”")
			}
		}
		for _, p := range roundTripConserved(t, raw, doc) {
			report = append(report, name+"（LibreOffice 另存）: "+p)
		}
		out, _, err := Render(doc, testOptions(t))
		if err != nil {
			report = append(report, name+": "+err.Error())
			continue
		}
		if err := os.WriteFile(filepath.Join(saved, name+".ours.pdf"), out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	theirs := opctest.SaveWithLibreOffice(t, "pdf", again...)
	if os.Getenv("JIXIAO_CORPUS_OUT") != "" {
		keepRoundTrip(t, dir, saved, theirs, names)
	}
	for _, name := range names {
		ours := filepath.Join(saved, name+".ours.pdf")
		if _, err := os.Stat(ours); err != nil {
			continue // its error is reported above
		}
		kn := slices.Concat(roundTripKnown[name], corpusKnown[name])
		used := map[int]bool{}
		for _, d := range comparePDFs(popplerPages(t, ours), popplerPages(t, filepath.Join(theirs, name+".pdf"))) {
			if k := excused(kn, d); k >= 0 {
				used[k] = true
				t.Logf("%s: known: %s", name, d)
				continue
			}
			report = append(report, name+"（LibreOffice 另存）: "+d)
		}
		for k, kn := range roundTripKnown[name] {
			if !used[k] {
				t.Logf("%s: known round-trip difference %q no longer happens (%s)", name, kn.diff, kn.why)
			}
		}
	}
	if len(report) > 0 {
		t.Errorf("%d differences after LibreOffice's re-save (files in %s):\n%s", len(report), saved, strings.Join(report, "\n"))
	}
}

// roundTripConserved is the conservation check on a file LibreOffice
// saved.
func roundTripConserved(t *testing.T, raw []byte, doc *wordmodel.Document) []string {
	t.Helper()
	v, err := readVisible(raw)
	if err != nil {
		return []string{err.Error()}
	}
	return conserved(v, layDrawn(t, doc), undrawnWhat(doc))
}

func undrawnWhat(doc *wordmodel.Document) []string {
	var what []string
	for _, u := range doc.Undrawn {
		what = append(what, u.What)
	}
	return what
}

// keepRoundTrip copies LibreOffice's saved files and its PDFs of them,
// and ours, beside the corpus' files for a look: name.lo.docx,
// name.lo.pdf, name.lo.ours.pdf.
func keepRoundTrip(t *testing.T, dir, saved, theirs string, names []string) {
	t.Helper()
	for _, name := range names {
		for from, to := range map[string]string{
			filepath.Join(saved, name+".docx"):     name + ".lo.docx",
			filepath.Join(saved, name+".ours.pdf"): name + ".lo.ours.pdf",
			filepath.Join(theirs, name+".pdf"):     name + ".lo.pdf",
		} {
			if raw, err := os.ReadFile(from); err == nil {
				if err := os.WriteFile(filepath.Join(dir, to), raw, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
