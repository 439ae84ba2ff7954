package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"jixiao/pipeline/opc/opctest"
)

// The six bureaus' workbooks as LibreOffice saves them (its own shared
// strings, styles and merges), through init --from and build with no edit.
// Skipped without LibreOffice unless JIXIAO_INTEROP=1.
func TestBureausAsLibreOfficeSavesThem(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	dir := t.TempDir()
	var books []string
	for i, b := range bureaus(2023) {
		p := filepath.Join(dir, "in", string(rune('a'+i))+".xlsx")
		os.MkdirAll(filepath.Dir(p), 0o755)
		b.write(t, p)
		books = append(books, p)
	}
	sofficeConvert(t, dir, "xlsx:Calc MS Excel 2007 XML", books)
	for i, b := range bureaus(2023) {
		t.Run(b.name, func(t *testing.T) {
			book := filepath.Join(dir, "saved", string(rune('a'+i))+".xlsx")
			jobDir := filepath.Join(t.TempDir(), "任务")
			drafted(t, book, jobDir)
			checkBuild(t, b, filepath.Join(jobDir, "某县2023.yaml"), filepath.Join(jobDir, "out", "某县2023"))
		})
	}
}

// sofficeConvert has LibreOffice save books with filter into dir/saved,
// in one run, its profile in dir.
func sofficeConvert(t *testing.T, dir, filter string, books []string) {
	t.Helper()
	args := append([]string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", filter, "--outdir", filepath.Join(dir, "saved")}, books...)
	if out, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
}
