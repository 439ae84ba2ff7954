package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel/fieldtest"
	"jixiao/templates"
)

// tocTemplate is the default template with a TOC after its title, as Word
// saved it with stale numbers, to the 附件 label and the first body
// paragraph, bookmarked; bookmark names a missing one instead when set.
func tocTemplate(t *testing.T, missing string) string {
	t.Helper()
	entries := []fieldtest.Entry{{Level: 1, Text: "情况说明", Bookmark: "_Toc101", Stale: 7}, {Level: 1, Text: "附件", Bookmark: "_Toc102", Stale: 8}}
	if missing != "" {
		entries[1].Bookmark = missing
	}
	docx := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
		"word/document.xml": func(s string) string {
			mark := func(name string) string {
				return `<w:bookmarkStart w:id="` + name[len(name)-1:] + `" w:name="` + name + `"/>`
			}
			s = strings.Replace(s, `<w:pStyle w:val="JxTitle"/></w:pPr><w:r><w:t xml:space="preserve">情况说明</w:t></w:r></w:p>`,
				`<w:pStyle w:val="JxTitle"/></w:pPr>`+mark("_Toc101")+`<w:r><w:t xml:space="preserve">情况说明</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>`+fieldtest.TOC(fieldtest.Word, entries), 1)
			return strings.Replace(s, `<w:pStyle w:val="JxAttachLabel"/></w:pPr>`, `<w:pStyle w:val="JxAttachLabel"/></w:pPr>`+mark("_Toc102"), 1)
		},
		"word/styles.xml": func(s string) string { return strings.Replace(s, "</w:styles>", fieldtest.Styles()+"</w:styles>", 1) },
	})
	path := filepath.Join(t.TempDir(), "目录模板.docx")
	os.WriteFile(path, docx, 0o644)
	return path
}

// TestATOCIsBuiltWithThisLayoutsPages: a template with a TOC builds, the
// output check passing although the .docx keeps Word's numbers; the PDF's
// TOC gives the pages its headings are on. A TOC line to a bookmark the
// template lacks is refused by lint and build alike, naming it.
func TestATOCIsBuiltWithThisLayoutsPages(t *testing.T) {
	dir := t.TempDir()
	job := filepath.Join(dir, "job.yaml")
	os.WriteFile(job, []byte("county: 沁源县\nyear: 2023\ninput: "+abs(t, "../../data/qinyuan-2023.xlsx")+"\noutput: "+filepath.Join(dir, "out")+"\ntemplates:\n  docx: "+tocTemplate(t, "")+"\n"), 0o644)
	if code, out, stderr := runCmd("build", job); code != 0 {
		t.Fatalf("build: %d\n%s\n%s", code, out, stderr)
	}
	pdfs, _ := filepath.Glob(filepath.Join(dir, "out", "*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("outputs: %v", pdfs)
	}
	raw, _ := os.ReadFile(pdfs[0])
	pages, err := pdf.Text(raw)
	if err != nil {
		t.Fatal(err)
	}
	attachment := 0
	for i, p := range pages {
		if strings.Contains(p, "附件：") {
			attachment = i + 1
		}
	}
	want := regexp.MustCompile(`(?m)^情况说明\.+1\n附件\.+` + regexp.QuoteMeta(string(rune('0'+attachment))) + `$`)
	if attachment == 0 || attachment > 9 || !want.MatchString(pages[0]) {
		t.Errorf("附件 is on page %d; the TOC reads:\n%s", attachment, pages[0])
	}

	bad := tocTemplate(t, "_Toc999")
	code, _, lintErr := runCmd("lint", bad)
	os.WriteFile(job, []byte("county: 沁源县\nyear: 2023\ninput: "+abs(t, "../../data/qinyuan-2023.xlsx")+"\noutput: "+filepath.Join(dir, "out2")+"\ntemplates:\n  docx: "+bad+"\n"), 0o644)
	buildCode, _, buildErr := runCmd("build", job)
	const msg = "书签“_Toc999”不存在"
	if code != 2 || buildCode != 2 || !strings.Contains(lintErr, msg) || !strings.Contains(buildErr, msg) {
		t.Errorf("lint %d %s\nbuild %d %s", code, lintErr, buildCode, buildErr)
	}
}
