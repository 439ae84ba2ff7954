package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Interop tests read our outputs with other programs: python-docx and
// LibreOffice. Where a reader is missing they skip, so that `go test ./...`
// passes on a bare machine; JIXIAO_INTEROP=1 (set by .ci/run, which installs
// the readers) makes a missing reader a failure.

func requireTool(t *testing.T, name string, args ...string) {
	t.Helper()
	if err := exec.Command(name, args...).Run(); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("%s is required when JIXIAO_INTEROP=1: %v", name, err)
		}
		t.Skipf("%s not available: %v", name, err)
	}
}

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
	requireTool(t, "/usr/bin/python3", "-c", "import docx")
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
	requireTool(t, "soffice", "--version")
	requireTool(t, "pdftotext", "-v")
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
	got := squash(string(text))
	for _, s := range append([]string{want.title, squash(want.tableHead), want.total}, want.paras...) {
		if !strings.Contains(got, squash(s)) {
			t.Errorf("LibreOffice's PDF lacks %q", s)
		}
	}
}
