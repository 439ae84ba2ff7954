package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/pipeline/opc/opctest"
)

// keptBook is a workbook as a bureau keeps it, beyond its cells: a sheet of
// instructions before the data, what the clerk did to the sheet (hidden
// rows and columns, borders to the sheet's end), and, where the outputs
// must not print the sheet's rows as they stand, what they must print.
type keptBook struct {
	bureau
	// before is a sheet in front of the data (填表说明), nil for none.
	before [][]any
	touch  func(t *testing.T, f *excelize.File, sheet string)
	// shows is the table as the clerk sees it, where that is not the
	// bureau's rows from its header down.
	shows [][]string
	// refuse is what init --from must say of a shape it cannot draft.
	refuse []string
	// landscape says the table is too wide for a portrait page.
	landscape bool
}

// formatToTheEnd gives the rows under the data, to the sheet's last,
// a border: cells with a style for a page of rows, then empty rows with a
// row style to row 1,048,576, as Excel writes rows a clerk formatted whole.
// It is written into the sheet's XML as the workbook is saved (see
// keptBook.write): excelize would hold every cell in memory.
func formatToTheEnd(t *testing.T, f *excelize.File, sheet string) {
	t.Helper()
	style, err := f.NewStyle(&excelize.Style{Border: []excelize.Border{{Type: "left", Color: "000000", Style: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(sheet)
	var b strings.Builder
	for r := len(rows) + 1; r <= excelize.TotalRows; r++ {
		if r < len(rows)+200 {
			fmt.Fprintf(&b, `<row r="%d" s="%d" customFormat="1"><c r="A%d" s="%d"/><c r="B%d" s="%d"/><c r="C%d" s="%d"/></row>`, r, style, r, style, r, style, r, style)
			continue
		}
		fmt.Fprintf(&b, `<row r="%d" s="%d" customFormat="1"/>`, r, style)
	}
	f.SetSheetDimension(sheet, fmt.Sprintf("A1:E%d", excelize.TotalRows))
	tail[f] = b.String()
}

// tail is the rows to append to a workbook's first data sheet as it is saved.
var tail = map[*excelize.File]string{}

// chineseDate is what yyyy"年"m"月"d"日" shows for an Excel serial.
func chineseDate(serial int) string {
	d, _ := excelize.ExcelDateToTime(float64(serial), false)
	return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())
}

// write saves the keptBook workbook at path.
func (k keptBook) write(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if k.before != nil {
		f.SetSheetName("Sheet1", "填表说明")
		for r, row := range k.before {
			f.SetSheetRow("填表说明", fmt.Sprintf("A%d", r+1), &row)
		}
		f.NewSheet(k.sheet)
	} else {
		f.SetSheetName("Sheet1", k.sheet)
	}
	k.fill(t, f)
	if k.touch != nil {
		k.touch(t, f, k.sheet)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	if rows, ok := tail[f]; ok {
		delete(tail, f)
		appendRows(t, path, rows)
	}
}

// appendRows writes rows at the end of the sheetData of the workbook's
// first worksheet part that holds data.
func appendRows(t *testing.T, path, rows string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	done := false
	out := opctest.EachPart(t, src, func(name string, body []byte) []byte {
		if !done && strings.HasPrefix(name, "xl/worksheets/sheet") && bytes.Contains(body, []byte("<v>")) {
			done = true
			return bytes.Replace(body, []byte("</sheetData>"), []byte(rows+"</sheetData>"), 1)
		}
		return body
	})
	if !done {
		t.Fatal("no sheet to append rows to")
	}
	os.WriteFile(path, out, 0o644)
}

// table is what the outputs must print.
func (k keptBook) table() [][]string {
	if k.shows != nil {
		return k.shows
	}
	return k.want()
}

// Other bureaus' workbooks, as they keep them, through init --from and
// build with no edit, compared cell by cell; then next year's workbook
// through the same job. A shape that cannot be drafted is refused in
// Chinese, naming the sheet and cell.
func TestKeptWorkbooksFirstDraftAndNextYear(t *testing.T) {
	for i, k := range keptBooks(2023) {
		t.Run(k.name, func(t *testing.T) {
			dir := t.TempDir()
			book := filepath.Join(dir, "数据.xlsx")
			k.write(t, book)
			runKept(t, k, keptBooks(2024)[i], book, func(next keptBook) { next.write(t, book) })
		})
	}
}

// runKept drafts a job from book, builds it and compares, then writes
// next year's workbook in its place and builds it with the same job.
func runKept(t *testing.T, k, next keptBook, book string, rewrite func(keptBook)) {
	t.Helper()
	jobDir := filepath.Join(filepath.Dir(book), "任务")
	code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", jobDir)
	if k.refuse != nil {
		for _, w := range k.refuse {
			if code == 0 || !strings.Contains(errOut, w) {
				t.Errorf("init --from: exit %d, want a refusal naming %q:\n%s%s", code, w, out, errOut)
			}
		}
		return
	}
	if code != 0 {
		t.Fatalf("init --from: %d\n%s%s", code, out, errOut)
	}
	noYearIn(t, jobDir, 2023)
	jobPath := filepath.Join(jobDir, "某县2023.yaml")
	if code, out, errOut := runCmd("lint", jobPath); code != 0 {
		t.Errorf("lint of the draft: %d\n%s%s", code, out, errOut)
	}
	if filepath.Ext(book) == ".csv" {
		k.merges, next.merges = nil, nil // a CSV file merges nothing
	}
	outDir := filepath.Join(jobDir, "out", "某县2023")
	checkBuildWant(t, k.bureau, k.table(), jobPath, outDir)
	doc := zipText(t, filepath.Join(outDir, docxName(t, outDir)), "word/document.xml")
	if got := strings.Contains(doc, `w:orient="landscape"`); got != k.landscape {
		t.Errorf(".docx: a landscape page %t, want %t", got, k.landscape)
	}
	rewrite(next)
	nextYear(t, jobPath)
	checkBuildWant(t, next.bureau, next.table(), jobPath, filepath.Join(jobDir, "out", "某县2024"))
}
