package example

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordxml"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

// headedJob is the sample's job with the attachment split into two groups
// under heading rows (一、二), as section_rows reads them.
func headedJob(t *testing.T, dir string, docx []byte) string {
	t.Helper()
	f, err := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const sheet = "重点绩效评价结果"
	// The second group starts where no merged 评价机构 runs on.
	merges, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	second := 12
	for inside := true; inside; {
		inside = false
		for _, m := range merges {
			_, from, _ := excelize.SplitCellName(m.GetStartAxis())
			_, to, _ := excelize.SplitCellName(m.GetEndAxis())
			if from < second && second <= to {
				inside, second = true, second+1
			}
		}
	}
	for _, h := range []struct {
		row        int
		num, title string
	}{{second, "二", "部门整体绩效评价"}, {2, "一", "项目绩效评价"}} {
		if err := f.InsertRows(sheet, h.row, 1); err != nil {
			t.Fatal(err)
		}
		f.SetCellValue(sheet, "A"+itoa(h.row), h.num)
		f.SetCellValue(sheet, "B"+itoa(h.row), h.title)
	}
	book := filepath.Join(dir, "headed.xlsx")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	def := strings.Replace(string(templates.Definition), "    job_key: attachment\n", "    job_key: attachment\n    section_rows: true\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "def.yaml"), []byte(def), 0o644); err != nil {
		t.Fatal(err)
	}
	return book
}

// A table with heading rows whose rows are the section's becomes the same
// one-row loop as a plain one, its look taken from a data row; the
// heading rows print through it as the workbook has them.
func TestHeadingTableBecomesALoop(t *testing.T) {
	dir := t.TempDir()
	book := headedJob(t, dir, nil)
	j := sampleJob(t, dir, book, nil)
	j.Definition = filepath.Join(dir, "def.yaml")
	seed, _ := build(t, j)
	if !strings.Contains(text(t, seed), "部门整体绩效评价") {
		t.Fatal("the heading rows do not print")
	}
	res, err := Make(seed, lastYear(t, j), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Loops) != 1 {
		t.Fatalf("loops %v, want the attachment's", res.Loops)
	}
	if tmpl := text(t, res.Docx); strings.Contains(tmpl, "部门整体绩效评价") || strings.Count(tmpl, "{{range .附件.行}}") != 1 {
		t.Errorf("template:\n%s", tmpl)
	}
	out := rebuild(t, dir, book, j.Definition, res.Docx)
	if got, want := text(t, out), text(t, seed); got != want {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
}

// rebuild builds the sample's job with the workbook book, the definition
// def and the template docx, in a folder of its own under dir.
func rebuild(t *testing.T, dir, book, def string, docx []byte) []byte {
	t.Helper()
	rd := filepath.Join(dir, "again")
	if err := os.MkdirAll(rd, 0o755); err != nil {
		t.Fatal(err)
	}
	again := sampleJob(t, rd, book, docx)
	again.Definition = def
	out, _ := build(t, again)
	return out
}

// mergeHeadings rewrites a built document's heading rows (一 and a title
// in their own cells) as Word shows a heading merged across the table,
// the text written 一、项目绩效评价 in bold: one cell spanning the grid
// (gridSpan), the row's cells joined by hMerge, or (vMerge) one cell
// spanning the first two columns and the others empty, continuing the
// cells above them down.
func mergeHeadings(t *testing.T, docx []byte, merge string) []byte {
	t.Helper()
	return opctest.Edit(t, docx, map[string]func(string) string{"word/document.xml": func(s string) string {
		rows := wordxml.Elements(s, "w:tr", 0, len(s))
		for k := len(rows) - 1; k >= 0; k-- {
			r := rows[k]
			cells := cellTexts(s, r)
			if len(cells) < 3 || (cells[0] != "一" && cells[0] != "二") || strings.Join(cells[2:], "") != "" {
				continue
			}
			text := `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r w:rsidRPr="00B2C3D4"><w:rPr><w:b/></w:rPr><w:t>` + cells[0] + "、" + cells[1] + `</w:t></w:r></w:p>`
			row := `<w:tr w:rsidR="00C1D2E3"><w:trPr><w:cantSplit/></w:trPr>`
			switch merge {
			case "hMerge":
				row += `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:hMerge w:val="restart"/></w:tcPr>` + text + `</w:tc>`
				for range cells[1:] {
					row += `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:hMerge/></w:tcPr><w:p/></w:tc>`
				}
			case "vMerge":
				row += `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr>` + text + `</w:tc>`
				for range cells[2:] {
					row += `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:vMerge/></w:tcPr><w:p/></w:tc>`
				}
			default:
				row += `<w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/><w:gridSpan w:val="` + itoa(len(cells)) + `"/></w:tcPr>` + text + `</w:tc>`
			}
			s = s[:r.Start] + row + `</w:tr>` + s[r.End:]
		}
		return s
	}})
}

// A table whose heading rows Word shows merged across the row (gridSpan,
// hMerge, or part of it with the rest vMerge continuations) is matched to the sheet's rows by the heading's text and
// becomes the two-row loop: the heading row, merged as it was, prints
// each heading ({{.序号}}、{{.分组}}), the data row the others. The
// rebuilt table has the same text and its headings stay merged.
func TestMergedHeadingRowsBecomeTheTwoRowLoop(t *testing.T) {
	for _, style := range []string{"gridSpan", "hMerge", "vMerge"} {
		dir := t.TempDir()
		book := headedJob(t, dir, nil)
		j := sampleJob(t, dir, book, nil)
		j.Definition = filepath.Join(dir, "def.yaml")
		built, _ := build(t, j)
		seed := mergeHeadings(t, built, style)
		if strings.Count(rawDocument(t, seed), "、部门整体绩效评价") != 1 {
			t.Fatalf("%s: no merged heading in the seed", style)
		}
		res, err := Make(seed, lastYear(t, j), Options{})
		if err != nil {
			t.Fatal(err)
		}
		tmpl := text(t, res.Docx)
		if len(res.Loops) != 1 || !regexp.MustCompile(`\{\{range \.附件\.行\}\}\{\{if \.分组行\}\}\{\{\.序号\}\}、\{\{\.分组\}\}\s*\{\{else\}\}`).MatchString(tmpl) ||
			!strings.Contains(tmpl, "{{end}}{{end}}\n") || strings.Contains(tmpl, "部门整体绩效评价") {
			t.Errorf("%s: loops %v, template:\n%s", style, res.Loops, tmpl)
		}
		out := rebuild(t, dir, book, j.Definition, res.Docx)
		if got, want := strings.Fields(text(t, out)), strings.Fields(text(t, seed)); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: rebuilt:\n%s\nwant:\n%s", style, got, want)
		}
		merge := map[string]string{"gridSpan": `<w:gridSpan w:val="7"/>`, "hMerge": `<w:hMerge w:val="restart"/>`, "vMerge": `<w:gridSpan w:val="2"/>`}[style]
		if n := strings.Count(rawDocument(t, out), merge); n != 2 {
			t.Errorf("%s: %d merged heading rows, want 2", style, n)
		}
	}
}
