package wordmodel_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// TestWhatLibreOfficeWritesIsKnown: the fixtures of every class and the
// built-in template, saved again by LibreOffice (which writes every part
// in its own way: its own namespaces, w:hMerge, its fields, its frames,
// a shape's non-visual properties as wps:nvSpPr),
// hold no element the reader does not know. Skipped without LibreOffice
// unless JIXIAO_INTEROP=1.
func TestWhatLibreOfficeWritesIsKnown(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	dir := t.TempDir()
	files := map[string]knownCase{}
	var paths []string
	write := func(name string, raw []byte) {
		path := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	for k, c := range append(quietCases(), notDrawnCases()...) {
		name := "case" + string(rune('a'+k))
		files[name] = c
		write(name, c.docx(t))
	}
	write("sample", templates.Disclosure)
	out := opctest.SaveWithLibreOffice(t, "docx:MS Word 2007 XML", paths...)
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".docx")
		raw, err := os.ReadFile(filepath.Join(out, name+".docx"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := wordmodel.Read(raw)
		if err != nil {
			t.Fatalf("%s saved by LibreOffice: %v", files[name].name, err)
		}
		for _, u := range doc.Undrawn {
			if strings.HasPrefix(u.What, "未能识别的 Word 内容") {
				t.Errorf("%s saved by LibreOffice: %s", cmpName(files[name].name, name), u)
			}
		}
		if name == "sample" && len(doc.Undrawn) > 0 {
			t.Errorf("the built-in template saved by LibreOffice lists %v", doc.Undrawn)
		}
	}
}

func cmpName(caseName, file string) string {
	if caseName == "" {
		return file
	}
	return caseName
}
