package runner

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"jixiao/pipeline/opc"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

// repeatedFields are row fields the Excel test template shows again and
// again beside the table, each as many times as the others.
var repeatedFields = []string{"{{.金额}}", "{{.项目名称}}", "{{.评分}}", "{{.等级}}", "{{.评价机构}}"}

// repeatingTemplates writes a Word template that prints a figure and every
// row's amount 100 times more, and an Excel template whose marked row shows
// the row fields 100 times more (the amount 20 times, so that the 合计's
// SUM has 21 columns it could read) and whose title repeats too.
func repeatingTemplates(t *testing.T, dir string) (docxPath, xlsxPath string) {
	t.Helper()
	para := func(text string) string {
		return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
	}
	var figure, rows strings.Builder
	for i := range 100 {
		figure.WriteString("第" + string(rune('A'+i%26)) + "处涉及金额{{.重点评价.金额}}万元；")
		rows.WriteString("{{range $r := .附件.行}}{{$r.序号}}号{{$r.金额}}；{{end}}")
	}
	docx, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" }, func(_ string, body []byte) []byte {
		s := string(body)
		i := strings.LastIndex(s, "<w:sectPr")
		return []byte(s[:i] + para(figure.String()) + para(rows.String()) + s[i:])
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	docxPath = filepath.Join(dir, "repeat.docx")
	if err := os.WriteFile(docxPath, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(templates.Attachment))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	for i := range 100 {
		f.SetCellStr(sheet, cellName(8+i, 3), repeatedFields[i%len(repeatedFields)])
		f.SetCellStr(sheet, cellName(8+i, 1), "{{.附件.标题}}")
	}
	xlsxPath = filepath.Join(dir, "repeat.xlsx")
	if err := f.SaveAs(xlsxPath); err != nil {
		t.Fatal(err)
	}
	return docxPath, xlsxPath
}

// The same inputs give the same bytes in every output, run after run and
// whatever the number of cores, however often a template repeats a field.
func TestRepeatedFieldsRenderTheSameBytesEveryRun(t *testing.T) {
	j := sampleJobIn(t)
	j.Template, j.XlsxTemplate = repeatingTemplates(t, t.TempDir())
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first *Outputs
	for _, procs := range []int{1, 4, 1, 2} {
		runtime.GOMAXPROCS(procs)
		out, err := Render(j)
		if err != nil {
			t.Fatalf("GOMAXPROCS=%d: %v", procs, err)
		}
		if first == nil {
			first = out
			continue
		}
		for i, f := range out.Files {
			if !bytes.Equal(f.Data, first.Files[i].Data) {
				t.Errorf("GOMAXPROCS=%d: %s differs from the first run's", procs, f.Name)
			}
		}
	}
	// The 合计 sums the leftmost amount column, as the template reads.
	book, err := excelize.OpenReader(bytes.NewReader(first.Files[1].Data))
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	sheet := book.GetSheetName(0)
	rows, _ := book.GetRows(sheet)
	formula, _ := book.GetCellFormula(sheet, cellName(4, len(rows)))
	if !strings.HasPrefix(formula, "SUM(D3:D") {
		t.Errorf("合计 = %q, want the sum of column D", formula)
	}
}

// Of several unknown requirements or unreadable fonts, the message names
// the same one every run.
func TestSeveralBadJobValuesNameTheSameOneEveryRun(t *testing.T) {
	for _, name := range []string{"requirements", "fonts"} {
		var first string
		for i := range 30 {
			j := sampleJobIn(t)
			var err error
			if name == "requirements" {
				j.Requirements = map[string]int{"e": 1, "d": 1, "c": 1, "b": 1, "a": 1}
				_, _, err = Definition(j)
			} else {
				j.Fonts = map[string]string{"song": "/nonexistent/e.ttf", "hei": "/nonexistent/d.ttf", "kai": "/nonexistent/c.ttf", "fangsong": "/nonexistent/b.ttf"}
				_, err = loadPDFLayout(j)
			}
			if err == nil {
				t.Fatalf("%s: no error", name)
			}
			if i == 0 {
				first = err.Error()
			} else if err.Error() != first {
				t.Errorf("%s: %q, then %q", name, first, err)
				break
			}
		}
	}
}
