package pdf

import (
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
)

// TestCorpusAgreesWithLibreOffice renders every fixture of the corpus
// our way and LibreOffice's (one soffice call for them all) and compares
// the two PDFs as poppler reads them: the page count; on each page the
// lines top to bottom with their text, left and right edges and
// baselines; the pictures' boxes; the link annotations' boxes and URIs.
// Every fixture's differences are reported together.
//
// Tolerances, in pt, and why:
//
//   - a line's left edge: 3 (body text; LibreOffice places glyphs on
//     whole twips and rounds a *Chars indent to a grid cell's edge, up
//     to one cell apart: fixtures give indents in twips too);
//   - a line's right edge: half an em of the line's text (the CJK font
//     LibreOffice falls back to when the fixture's font is not installed
//     draws narrower glyph boxes within the same advance, so the last
//     character's box ends short by up to half an em);
//   - a baseline: 3 (poppler's boxes span a font's ascent and descent,
//     which differ between our embedded fonts and LibreOffice's; the
//     bottom of a box is compared, the descent 0.2–0.3 em either way);
//   - a picture's or a link's box: 3 on each edge.
//
// A fixture's known differences (feature.known) are differences it keeps
// because LibreOffice, not our layout, departs from Word; each names the
// start of the message it excuses and why.
const (
	tolLeft, tolBaseline, tolBox = 3.0, 3.0, 3.0
	tolRightEm                   = 0.5
)

func TestCorpusAgreesWithLibreOffice(t *testing.T) {
	opctest.Require(t, "pdftotext", "-v")
	opctest.Require(t, "pdftohtml", "-v")
	opctest.Require(t, "qpdf", "--version")
	repoFonts(t, corpusFaces)
	dir := t.TempDir()
	if out := os.Getenv("JIXIAO_CORPUS_OUT"); out != "" {
		dir = out // keeps the fixtures and both PDFs for a look
	}
	features := allFeatures(t)
	var files []string
	for _, f := range features {
		docx := f.docx(t)
		path := filepath.Join(dir, f.name+".docx")
		if err := os.WriteFile(path, docx, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
		doc, err := wordmodel.Read(docx)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		out, _, err := Render(doc, testOptions(t))
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.name+".ours.pdf"), out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	theirs := opctest.SaveWithLibreOffice(t, "pdf", files...)
	var report []string
	for _, f := range features {
		ours := popplerPages(t, filepath.Join(dir, f.name+".ours.pdf"))
		lo := popplerPages(t, filepath.Join(theirs, f.name+".pdf"))
		used := map[int]bool{}
		for _, d := range comparePDFs(ours, lo) {
			if k := excused(corpusKnown[f.name], d); k >= 0 {
				used[k] = true
				t.Logf("%s: known: %s", f.name, d)
				continue
			}
			report = append(report, f.name+": "+d)
		}
		for k, kn := range corpusKnown[f.name] {
			if !used[k] {
				t.Logf("%s: known difference %q no longer happens (%s)", f.name, kn.diff, kn.why)
			}
		}
	}
	if len(report) > 0 {
		t.Errorf("%d differences from LibreOffice (files in %s):\n%s", len(report), dir, strings.Join(report, "\n"))
	}
}

func excused(known []known, diff string) int {
	for k, kn := range known {
		if regexp.MustCompile("^" + kn.diff).MatchString(diff) {
			return k
		}
	}
	return -1
}

// comparePDFs lists how b, LibreOffice's, differs from a, ours.
func comparePDFs(a, b []pdfPage) []string {
	var out []string
	if len(a) != len(b) {
		out = append(out, fmt.Sprintf("%d 页，LibreOffice %d 页", len(a), len(b)))
	}
	for p := range min(len(a), len(b)) {
		out = append(out, compareLines(p+1, a[p].lines, b[p].lines)...)
		out = append(out, compareBoxes(p+1, "图片", a[p].images, b[p].images)...)
		out = append(out, compareBoxes(p+1, "链接", a[p].links, b[p].links)...)
	}
	return out
}

func compareLines(page int, a, b []pdfLine) []string {
	var out []string
	if len(a) != len(b) {
		out = append(out, fmt.Sprintf("第 %d 页 %d 行，LibreOffice %d 行：\n%s\n--\n%s", page, len(a), len(b), dumpLines(a), dumpLines(b)))
		return out
	}
	for i := range a {
		x, y := a[i], b[i]
		where := fmt.Sprintf("第 %d 页第 %d 行“%s”", page, i+1, x.text)
		if normalLine(x.text) != normalLine(y.text) {
			out = append(out, fmt.Sprintf("第 %d 页第 %d 行文字“%s”，LibreOffice“%s”", page, i+1, x.text, y.text))
			continue
		}
		if d := x.x0 - y.x0; math.Abs(d) > tolLeft {
			out = append(out, fmt.Sprintf("%s左端 %.1f，LibreOffice %.1f", where, x.x0, y.x0))
		}
		if d := x.x1 - y.x1; math.Abs(d) > tolRightEm*x.size+tolLeft {
			out = append(out, fmt.Sprintf("%s右端 %.1f，LibreOffice %.1f", where, x.x1, y.x1))
		}
		if d := x.base - y.base; math.Abs(d) > tolBaseline {
			out = append(out, fmt.Sprintf("%s基线 %.1f，LibreOffice %.1f", where, x.base, y.base))
		}
	}
	return out
}

func compareBoxes(page int, what string, a, b []pdfBox) []string {
	if len(a) != len(b) {
		return []string{fmt.Sprintf("第 %d 页 %d 个%s，LibreOffice %d 个：%v / %v", page, len(a), what, len(b), a, b)}
	}
	var out []string
	for i := range a {
		x, y := a[i], b[i]
		if x.label != y.label || math.Abs(x.x0-y.x0) > tolBox || math.Abs(x.x1-y.x1) > tolBox || math.Abs(x.y0-y.y0) > tolBox || math.Abs(x.y1-y.y1) > tolBox {
			out = append(out, fmt.Sprintf("第 %d 页第 %d 个%s %v，LibreOffice %v", page, i+1, what, x, y))
		}
	}
	return out
}

// normalLine is a line's text without what legitimately differs: white
// space, and a tab's leader (dots, hyphens, underscores, middle dots),
// which LibreOffice draws as its own run of glyphs.
func normalLine(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(" \t\u00a0.·_-…‥", r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func dumpLines(ls []pdfLine) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "  %6.1f %6.1f %6.1f %s\n", l.x0, l.x1, l.base, l.text)
	}
	return strings.TrimRight(b.String(), "\n")
}

// repoFonts makes LibreOffice find the repository's Chinese faces (the
// machine may have none, and would draw empty boxes of its own widths),
// each family of aliases drawn in the face it names.
func repoFonts(t *testing.T, aliases map[string]string) {
	t.Helper()
	dir, err := filepath.Abs("../../fonts")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>` + dir + `</dir>`)
	for _, family := range slices.Sorted(maps.Keys(aliases)) {
		b.WriteString(`<alias binding="strong"><family>` + family + `</family><prefer><family>` + aliases[family] + `</family></prefer></alias>`)
	}
	conf := filepath.Join(t.TempDir(), "fonts.conf")
	if err := os.WriteFile(conf, []byte(b.String()+`</fontconfig>`), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FONTCONFIG_FILE", conf)
}

// corpusFaces are the faces testOptions draws each family the corpus
// names in: 仿宋 and 宋体 (and Latin text, which our layout sets in the
// Chinese face) in Noto Serif CJK SC, 黑体 in WenQuanYi Micro Hei and 楷体,
// a role testOptions leaves unset, in its fallback, the same 黑体.
var corpusFaces = map[string]string{
	"仿宋_GB2312": "Noto Serif CJK SC", "宋体": "Noto Serif CJK SC", "方正小标宋简体": "Noto Serif CJK SC",
	"Times New Roman": "Noto Serif CJK SC", "Arial": "Noto Serif CJK SC", "等线": "Noto Serif CJK SC", "等线 Light": "Noto Serif CJK SC",
	"黑体": "WenQuanYi Micro Hei", "楷体_GB2312": "WenQuanYi Micro Hei",
}
