package xlsx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// TestFormulasSavedByLibreOfficeAreRead: LibreOffice writes WEBSERVICE as
// _xlfn.WEBSERVICE and keeps its own DDE function in the formula; both are
// refused with their cells, and the sample template saved by LibreOffice
// still passes. Skipped without LibreOffice unless JIXIAO_INTEROP=1.
func TestFormulasSavedByLibreOfficeAreRead(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "active.csv")
	os.WriteFile(csv, []byte("a,b\n1,\"=WEBSERVICE(\"\"http://example.com/\"\")\"\n2,\"=DDE(\"\"soffice\"\";\"\"/etc/passwd\"\";\"\"a\"\")\"\n"), 0o644)
	sample := filepath.Join(dir, "sample.xlsx")
	os.WriteFile(sample, templates.Attachment, 0o644)
	out := opctest.SaveWithLibreOffice(t, "xlsx:Calc MS Excel 2007 XML", csv, sample)
	raw, err := os.ReadFile(filepath.Join(out, "active.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	err = checkActive("active.xlsx", raw)
	for _, want := range []string{" B2：公式“=_xlfn.WEBSERVICE(", "调用的 WEBSERVICE", " B3：公式“=DDE(", "调用的 DDE"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want %q in %v", want, err)
		}
	}
	if raw, err = os.ReadFile(filepath.Join(out, "sample.xlsx")); err != nil {
		t.Fatal(err)
	}
	if _, err := Parse("sample.xlsx", raw, definition.Default()); err != nil {
		t.Errorf("the sample template saved by LibreOffice: %v", err)
	}
}
