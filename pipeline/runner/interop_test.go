package runner

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"jixiao/pipeline/opc/opctest"
)

// Interop tests read our outputs with other programs: python-docx and
// LibreOffice. Where a reader is missing they skip, so that `go test ./...`
// passes on a bare machine; JIXIAO_INTEROP=1 (set by .ci/run, which installs
// the readers) makes a missing reader a failure.

func builtDocx(t *testing.T) (string, seed) {
	t.Helper()
	res, err := Run(sampleJob(t))
	if err != nil {
		t.Fatal(err)
	}
	return res.Written[0], loadSeed(t)
}

const pythonDocxScript = `
import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    if p.text.strip():
        print("P\t" + p.text)
for t in d.tables:
    for r in t.rows:
        print("R\t" + "\t".join(c.text for c in r.cells))
`

func TestPythonDocxReadsTheSeedText(t *testing.T) {
	opctest.Require(t, "/usr/bin/python3", "-c", "import docx")
	path, want := builtDocx(t)
	out, err := exec.Command("/usr/bin/python3", "-c", pythonDocxScript, path).Output()
	if err != nil {
		t.Fatalf("python-docx could not read the output: %v", err)
	}
	var paras []string
	var rows [][]string
	for _, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		kind, rest, _ := strings.Cut(line, "\t")
		if kind == "P" {
			paras = append(paras, squash(rest))
		} else {
			rows = append(rows, strings.Split(rest, "\t"))
		}
	}
	if squash(strings.Join(paras[:3], "")) != want.title {
		t.Errorf("title = %q", paras[:3])
	}
	for i, p := range want.paras {
		if paras[3+i] != squash(p) {
			t.Errorf("paragraph %d = %q", i+1, paras[3+i])
		}
	}
	if len(rows) != 37 {
		t.Fatalf("%d table rows", len(rows))
	}
	for r, row := range want.rows {
		// python-docx repeats a merged cell's text in every row it spans.
		for c := 0; c < 6; c++ {
			if squash(rows[r+1][c]) != squash(row[c]) {
				t.Errorf("row %d column %d = %q, want %q", r+1, c+1, rows[r+1][c], row[c])
			}
		}
	}
	if !strings.Contains(strings.Join(rows[36], "|"), want.total) {
		t.Errorf("合计 row = %q", rows[36])
	}
}

func TestLibreOfficeConvertsToPDF(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	opctest.Require(t, "pdftotext", "-v")
	path, want := builtDocx(t)
	dir := t.TempDir()
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice failed: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".docx")+".pdf")
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	// Where LibreOffice breaks lines, and whether it hangs or squeezes a
	// comma at a line's end, depends on the fonts the machine has; the
	// words and figures do not. So they are compared without white space
	// or punctuation.
	got := wordsOnly(string(text))
	for _, s := range append([]string{want.title, squash(want.tableHead), want.total}, want.paras...) {
		if !strings.Contains(got, wordsOnly(s)) {
			t.Errorf("LibreOffice's PDF lacks %q", s)
		}
	}
}

// wordsOnly is s without white space and punctuation.
func wordsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s)
}

const openpyxlScript = `
import sys, openpyxl
path = sys.argv[1]
ro = openpyxl.load_workbook(path, read_only=True, data_only=True)
ws = ro.worksheets[0]
rows = [r for r in ws.iter_rows(values_only=True)]
print("ROWS", len(rows))
print("TOTAL", rows[-1][3])
full = openpyxl.load_workbook(path)
print("FORMULA", full.worksheets[0].cell(row=len(rows), column=4).value)
print("SHEETS", ",".join(full.sheetnames))
print("CHARTS", len(full["统计"]._charts))
print("TITLES", full.worksheets[0].print_title_rows)
print("LANDSCAPE", full.worksheets[0].page_setup.orientation)
`

func TestOpenpyxlReadsTheWorkbook(t *testing.T) {
	opctest.Require(t, "/usr/bin/python3", "-c", "import openpyxl")
	data, _ := builtXlsx(t)
	path := filepath.Join(t.TempDir(), "附件.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("/usr/bin/python3", "-c", openpyxlScript, path).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl failed: %v\n%s", err, out)
	}
	got := string(out)
	for _, line := range []string{"ROWS 38", "TOTAL 64152.772", "FORMULA =SUM(D3:D37)", "SHEETS 附件,统计", "CHARTS 2", "TITLES $1:$2", "LANDSCAPE landscape"} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("openpyxl output lacks %q:\n%s", line, got)
		}
	}
}

// csvAsShown is LibreOffice's CSV filter: comma, double quote, UTF-8, cells as formatted.
const csvAsShown = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"

func TestLibreOfficeConvertsTheWorkbook(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	data, want := builtXlsx(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "attachment.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", csvAsShown, "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice failed: %v\n%s", err, out)
	}
	csv, err := os.ReadFile(filepath.Join(dir, "attachment.csv"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(csv)
	for _, s := range []string{"沁源县2023年重点绩效评价项目结果汇总表", want.rows[9][1], "64,152.77"} {
		if !strings.Contains(text, s) {
			t.Errorf("LibreOffice's CSV lacks %q", s)
		}
	}
}

// TestTemplateResavedByLibreOffice: LibreOffice reorders and splits runs
// and renumbers styles when it saves; the sample must come out the same.
func TestTemplateResavedByLibreOffice(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	dir := t.TempDir()
	orig := filepath.Join(dir, "disclosure.docx")
	raw, _ := os.ReadFile("../../templates/disclosure.docx")
	os.WriteFile(orig, raw, 0o644)
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "docx:MS Word 2007 XML", "--outdir", filepath.Join(dir, "resaved"), orig)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	resaved := filepath.Join(dir, "resaved", "disclosure.docx")
	data, _ := os.ReadFile(resaved)
	if bytes.Equal(data, raw) || !strings.Contains(string(mustPart(t, data, "word/document.xml")), "Style") {
		t.Fatal("LibreOffice did not rewrite the template; the test proves nothing")
	}
	j := jobWithFonts(t, "templates:\n  docx: "+resaved+"\n")
	res, err := Run(j)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(res.Written[0])
	want := loadSeed(t)
	doc := readWord(t, got)
	var paras []string
	for _, p := range doc.paras {
		if squash(p) != "" {
			paras = append(paras, squash(p))
		}
	}
	text := strings.Join(paras, "")
	for _, p := range append([]string{want.title, squash(want.tableHead)}, want.paras...) {
		if !strings.Contains(text, squash(p)) {
			t.Errorf("with the re-saved template the document lacks %q", p)
		}
	}
	tbl := doc.tables[0]
	if len(tbl) != 37 || tbl[36][3].text != want.total || tbl[1][6].merge != "restart" || tbl[2][6].merge != "continue" {
		t.Errorf("table: %d rows, 合计 %q, merges %q %q", len(tbl), tbl[36][3].text, tbl[1][6].merge, tbl[2][6].merge)
	}
}

func mustPart(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return b
		}
	}
	t.Fatalf("no %s", name)
	return nil
}
