package runner

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"

	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// The sample job's three outputs, described structurally: the Word
// document's paragraphs (with style) and table cells (with merges), every
// cell of the workbook with its formula and the merged ranges, and the
// PDF's page count and text by page. A change to any output shows as a
// readable diff; go test ./pipeline/runner -update accepts it.
func TestSampleOutputsMatchGolden(t *testing.T) {
	out, err := Render(sampleJob(t))
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]string{
		"sample.docx.txt": describeDocx(t, out.Files[0].Data),
		"sample.xlsx.txt": describeXlsx(t, out.Files[1].Data),
		"sample.pdf.txt":  describePDF(t, out.Files[2].Data),
	} {
		path := filepath.Join("testdata", "golden", name)
		if *update {
			os.WriteFile(path, []byte(got), 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v (run go test ./pipeline/runner -update)", name, err)
		}
		if got != string(want) {
			t.Errorf("%s differs from the golden file; first difference:\n%s", name, firstDiff(string(want), got))
		}
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d\n want: %s\n  got: %s", i+1, a, b)
		}
	}
	return ""
}

func describeDocx(t *testing.T, data []byte) string {
	doc, err := wordmodel.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, bl := range doc.Blocks {
		switch bl := bl.(type) {
		case *wordmodel.Paragraph:
			fmt.Fprintf(&b, "¶ [%s %s break=%v] %s\n", bl.Style, bl.Align, bl.PageBreakBefore, bl.Text)
		case *wordmodel.Table:
			fmt.Fprintf(&b, "table widths=%v\n", bl.Widths)
			for _, r := range bl.Rows {
				var cells []string
				for _, c := range r.Cells {
					mark := map[wordmodel.Merge]string{wordmodel.Alone: "", wordmodel.Starts: "↓", wordmodel.Continues: "↑"}[c.Merge]
					cells = append(cells, mark+c.Text)
				}
				fmt.Fprintf(&b, "  row header=%v | %s\n", r.Header, strings.Join(cells, " | "))
			}
		}
	}
	return b.String()
}

func describeXlsx(t *testing.T, data []byte) string {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", sheet)
		rows, _ := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				formula, _ := f.GetCellFormula(sheet, cell)
				if v == "" && formula == "" {
					continue
				}
				if formula != "" {
					fmt.Fprintf(&b, "%s =%s → %s\n", cell, formula, v)
				} else {
					fmt.Fprintf(&b, "%s %s\n", cell, v)
				}
			}
		}
		merges, _ := f.GetMergeCells(sheet)
		for _, m := range merges {
			fmt.Fprintf(&b, "merge %s:%s\n", m.GetStartAxis(), m.GetEndAxis())
		}
	}
	return b.String()
}

func describePDF(t *testing.T, data []byte) string {
	pages, err := pdf.Text(data)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "pages %d\n", len(pages))
	for i, p := range pages {
		fmt.Fprintf(&b, "== page %d\n%s\n", i+1, p)
	}
	return b.String()
}
