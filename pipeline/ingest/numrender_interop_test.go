package ingest

import (
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"jixiao/pipeline/opc/opctest"
)

// renderedByLibreOffice are values in formats that LibreOffice shows as
// Excel does. Where the two differ the unit test holds Excel's text:
// LibreOffice writes a [DBNum] number's point as 点 or ．, and [DBNum3]
// without its units (１２３ where Excel shows １百２十３).
var renderedByLibreOffice = []struct {
	value float64
	code  string
}{
	{1234.5, "0.00"}, {1234.5, "#,##0.00"}, {1234567.891, "#,##0.00_ "}, {-1234.5, "#,##0.00"},
	{0, builtinFormats[41]}, {0, builtinFormats[43]}, {1234.5, builtinFormats[43]}, {-1234.5, builtinFormats[43]},
	{-1234.5, "#,##0.00;(#,##0.00)"}, {-1234.5, "#,##0.00;[Red](#,##0.00)"}, {-5, `"约"0`}, {3, `"约"0`},
	{12.5, `0.00"万元"`}, {92, `0"分"`}, {85.5, `0.0"分"`}, {0.9137, "0.00%"}, {0.5, "0%"},
	{1.5, "# ?/?"}, {0.75, "# ?/?"}, {2, "# ?/?"}, {0.3333, "# ??/??"}, {3.14159, "# ??/??"}, {1.25, "# ?/4"},
	{12345, "0.00E+00"}, {0.00012, "0.00E+00"}, {0, "0.00E+00"},
	{7, "000"}, {12.3, "0.0#"}, {95, `[>=90]"优"0;[>=80]"良"0;0`}, {85, `[>=90]"优"0;[>=80]"良"0;0`}, {60, `[>=90]"优"0;[>=80]"良"0;0`},
	{123, "[DBNum1][$-804]General"}, {1234, "[DBNum2][$-804]General"}, {105, "[DBNum1][$-804]0"},
	{10, "[DBNum2][$-804]0"}, {100005, "[DBNum1][$-804]0"}, {200000000, "[DBNum1][$-804]0"}, {0, "[DBNum1][$-804]0"},
	{1234.5, builtinFormats[44]}, {0, builtinFormats[44]}, {1234.5, builtinFormats[42]}, {1234.5, "[$¥-804]#,##0.00"},
	{0.5, "#.00"}, {12345, "##0.0E+0"}, {0.5, "?/8"},
}

// Each value in each format shows in our rendering as LibreOffice shows
// it, saving the sheet as CSV with cells as shown. JIXIAO_INTEROP=1 makes
// a missing LibreOffice a failure; otherwise the test is skipped.
func TestNumbersShowAsLibreOfficeShowsThem(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		opctest.Unavailable(t, "soffice", err)
	}
	dir := t.TempDir()
	f := excelize.NewFile()
	for i, c := range renderedByLibreOffice {
		code := c.code
		style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			t.Fatal(err)
		}
		cell := fmt.Sprintf("A%d", i+1)
		f.SetCellFloat("Sheet1", cell, c.value, -1, 64)
		f.SetCellStyle("Sheet1", cell, cell, style)
	}
	book := filepath.Join(dir, "formats.xlsx")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,2052,false,true,true", "--outdir", filepath.Join(dir, "lo"), book)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "lo", "formats.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(raw))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range renderedByLibreOffice {
		want := ""
		if i < len(rows) && len(rows[i]) > 0 {
			want = strings.TrimSpace(rows[i][0])
		}
		if got := display("", decimal.NewFromFloat(c.value), c.code); got != want {
			t.Errorf("%v in %q: we show %q, LibreOffice %q", c.value, c.code, got, want)
		}
	}
}
