package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// TestActiveFieldsSurviveLibreOfficeAndAreRefused: a template saved again
// by LibreOffice, which rewrites every field in its own form, is refused
// just the same; the sample template saved by it still passes. Skipped
// without LibreOffice unless JIXIAO_INTEROP=1.
func TestActiveFieldsSurviveLibreOfficeAndAreRefused(t *testing.T) {
	dir := t.TempDir()
	kinds := map[string]string{
		"dde":      ` DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc.exe" `,
		"include":  ` INCLUDETEXT "/etc/passwd" `,
		"macro":    ` MACROBUTTON Run 点击 `,
		"database": ` DATABASE \d "C:\\a.mdb" \s "select * from t" `,
	}
	var files []string
	for name, instr := range kinds {
		for form, make := range map[string]func(string) string{"body": fieldForms["complex"], "box": fieldForms["textbox"]} {
			path := filepath.Join(dir, name+"-"+form+".docx")
			os.WriteFile(path, storyParts[0].put(t, make(instr)), 0o644)
			files = append(files, path)
		}
	}
	sample := filepath.Join(dir, "sample.docx")
	os.WriteFile(sample, templates.Disclosure, 0o644)
	out := opctest.SaveWithLibreOffice(t, "docx:MS Word 2007 XML", append(files, sample)...)
	for name, instr := range kinds {
		kind := fieldType(instr)
		for _, form := range []string{"body", "box"} {
			raw, err := os.ReadFile(filepath.Join(out, name+"-"+form+".docx"))
			if err != nil {
				t.Fatal(err)
			}
			_, err = parse(name+".docx", raw)
			if err == nil || !strings.Contains(err.Error(), "有 "+kind+" 域") {
				t.Errorf("%s in the %s, saved by LibreOffice: %v", kind, form, err)
			}
		}
	}
	raw, err := os.ReadFile(filepath.Join(out, "sample.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parse("sample.docx", raw); err != nil {
		t.Errorf("the sample template saved by LibreOffice: %v", err)
	}
}
