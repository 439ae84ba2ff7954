package runner

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
)

// listLevels are the levels of the differential test's list, one format
// each, as Word writes them.
var listLevels = []struct{ format, text, font string }{
	{"chineseCounting", "%1、", ""},
	{"chineseCounting", "（%2）", ""},
	{"decimal", "%3.", ""},
	{"decimal", "（%4）", ""},
	{"decimalEnclosedCircle", "%5", ""},
	{"ideographTraditional", "%6、", ""},
	{"upperLetter", "%7.", ""},
	{"lowerRoman", "%8)", ""},
	{"bullet", "\uF0B7", "Symbol"},
}

var wideSpaced = regexp.MustCompile(`([^\x00-\x7F])[ \t]+([^\x00-\x7F])`)

// TestLibreOfficeDrawsTheSameListLabels: a template with a list of every
// common format, converted to PDF by LibreOffice and by us, reads the same
// label before each item in pdftotext's text of both; twelve first-level
// items take chineseCounting past 十.
func TestLibreOfficeDrawsTheSameListLabels(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	opctest.Require(t, "pdftotext", "-v")
	var lvls strings.Builder
	for i, l := range listLevels {
		rPr := ""
		if l.font != "" {
			rPr = `<w:rPr><w:rFonts w:ascii="` + l.font + `" w:hAnsi="` + l.font + `" w:hint="default"/></w:rPr>`
		}
		fmt.Fprintf(&lvls, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>%s</w:lvl>`, i, l.format, l.text, rPr)
	}
	numbering := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
		lvls.String() + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	// Items: each level after the one above it, twice, then twelve of the
	// first level. Each item's text is a marker that finds it.
	var items strings.Builder
	var markers []string
	item := func(ilvl int) {
		// No digits: LibreOffice's text layer spaces them off from Chinese.
		n := len(markers)
		marker := "条目" + string([]rune("甲乙丙丁戊己庚辛")[n/5]) + string([]rune("甲乙丙丁戊")[n%5]) + "号"
		markers = append(markers, marker)
		fmt.Fprintf(&items, `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, ilvl, marker)
	}
	for k := range listLevels {
		item(k)
		item(k)
	}
	for range 12 {
		item(0)
	}
	out := buildWithTemplate(t, map[string]func(string) string{
		"word/document.xml": func(s string) string {
			return strings.Replace(s, `<w:p><w:pPr><w:pStyle w:val="JxAttachLabel"/>`, items.String()+`<w:p><w:pPr><w:pStyle w:val="JxAttachLabel"/>`, 1)
		},
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`, 1)
		},
	}, map[string]string{"word/numbering.xml": numbering})
	dir := t.TempDir()
	docxPath, ourPDF := filepath.Join(dir, "lists.docx"), filepath.Join(dir, "ours.pdf")
	os.WriteFile(docxPath, out.Files[0].Data, 0o644)
	os.WriteFile(ourPDF, out.Files[2].Data, 0o644)
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo"), docxPath)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice failed: %v\n%s", err, msg)
	}
	labels := func(path string) []string {
		raw, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", path, err)
		}
		// LibreOffice draws Symbol's bullet from OpenSymbol but keeps
		// Word's private-use code (U+F0B7) in its text layer.
		text := strings.ReplaceAll(string(raw), "\uF0B7", "•")
		// On the template's character grid LibreOffice's text layer spaces
		// Chinese characters apart.
		for range 2 {
			text = wideSpaced.ReplaceAllString(text, "$1$2")
		}
		var out []string
		for _, m := range markers {
			found := regexp.MustCompile(`(?m)^\s*(\S*?)\s*` + m + `$`).FindStringSubmatch(text)
			if found == nil {
				out = append(out, "（缺失）")
				continue
			}
			out = append(out, found[1])
		}
		return out
	}
	ours, theirs := labels(ourPDF), labels(filepath.Join(dir, "lo", "lists.pdf"))
	for i := range markers {
		if ours[i] != theirs[i] {
			t.Errorf("%s: ours %q, LibreOffice's %q", markers[i], ours[i], theirs[i])
		}
	}
	if t.Failed() || testing.Verbose() {
		t.Logf("labels: %q", ours)
	}
	// The same document saved again by LibreOffice, in its own way of
	// writing numbering.xml and styles, reads back with the same labels.
	cmd = exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "docx:MS Word 2007 XML", "--outdir", filepath.Join(dir, "resaved"), docxPath)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice failed: %v\n%s", err, msg)
	}
	resaved, err := os.ReadFile(filepath.Join(dir, "resaved", "lists.docx"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := wordmodel.Read(resaved)
	if err != nil {
		t.Fatal(err)
	}
	read := map[string]string{}
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok && p.Label != nil {
			read[p.Text] = strings.TrimRight(p.Label.Text, "\t ")
		}
	}
	for i, m := range markers {
		if read[m] != ours[i] {
			t.Errorf("%s, saved by LibreOffice, reads %q, want %q", m, read[m], ours[i])
		}
	}
}
