package runner

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/wordxml"
	"jixiao/templates"
)

// wordTable is a table as Word writes one: properties, grid, rows of
// cells of paragraphs; header rows repeat on each page.
func wordTable(header []string, rows ...[]string) string {
	cell := func(text string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p></w:tc>`
	}
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr><w:tblGrid>`)
	for range header {
		b.WriteString(`<w:gridCol w:w="2000"/>`)
	}
	b.WriteString(`</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>`)
	for _, h := range header {
		b.WriteString(cell(h))
	}
	b.WriteString(`</w:tr>`)
	for _, r := range rows {
		b.WriteString(`<w:tr>`)
		for _, c := range r {
			b.WriteString(cell(c))
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl><w:p/>`)
	return b.String()
}

// signatures is an ordinary 经办人/审核人 table, no header row marked.
var signatures = strings.Replace(wordTable([]string{"经办人", "审核人", "日期"}, []string{"", "", ""}), `<w:trPr><w:tblHeader/></w:trPr>`, "", 1)

// withTables writes the default Word template with first at the start of
// the body and last after the attachment's table.
func withTables(t *testing.T, first, last string) string {
	t.Helper()
	raw, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" }, func(_ string, body []byte) []byte {
		s := string(body)
		i := strings.Index(s, "<w:body>") + len("<w:body>")
		s = s[:i] + first + s[i:]
		k := strings.LastIndex(s, "<w:sectPr")
		return []byte(s[:k] + last + s[k:])
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tables.docx")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// The attachment's rows are checked in the table the template prints them
// in, wherever it stands; the template's other tables are its own text.
func TestEachPrintedTableIsCheckedInItsPlace(t *testing.T) {
	figures := wordTable([]string{"项目数", "金额（万元）"}, []string{"{{.重点评价.项目数}}", "{{.重点评价.金额}}"})
	cases := map[string]struct {
		first, last string
		attachment  int // the attachment's table, counted from 1
	}{
		"a signature table after the attachment": {"", signatures, 1},
		"a table of figures before it":           {figures, "", 2},
		"both, the signatures with three rows":   {figures, strings.Replace(signatures, "</w:tbl>", "<w:tr><w:tc><w:p/></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>", 1), 2},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			j := sampleJobIn(t)
			j.Template = withTables(t, c.first, c.last)
			if _, err := CheckTemplates(j); err != nil {
				t.Fatalf("lint: %v", err)
			}
			out, err := Render(j)
			if err != nil {
				t.Fatalf("a template that lint passes fails the build: %v", err)
			}
			tables := map[int]bool{}
			for _, p := range wordOf(t, out).Placed {
				if strings.HasPrefix(p.Field, "附件.行[]") {
					tables[p.Table] = true
				}
			}
			if len(tables) != 1 || !tables[c.attachment] {
				t.Errorf("the attachment's rows are placed in tables %v, want %d", tables, c.attachment)
			}
			// A row missing from the attachment's table is found there...
			built := wordOf(t, out).Data
			err = verify.CheckFiles(out.Facts, withWord(out, dropRow(t, built, c.attachment, 3)))
			var ve *verify.Error
			if !errors.As(err, &ve) || !strings.Contains(err.Error(), "个表格的行数（附件）") {
				t.Fatalf("a dropped attachment row: %v", err)
			}
			// ...and a row missing from another table is no table's rows.
			if c.last != "" {
				if err := verify.CheckFiles(out.Facts, withWord(out, dropRow(t, built, c.attachment+1, 1))); err != nil && strings.Contains(err.Error(), "表格的行数") {
					t.Errorf("a signature row counted as the attachment's: %v", err)
				}
			}
		})
	}
}

// dropRow removes row r (from 0) of body table n (from 1) of a .docx.
func dropRow(t *testing.T, docx []byte, n, r int) []byte {
	t.Helper()
	out, err := opc.Rewrite(docx, func(name string) bool { return name == "word/document.xml" }, func(_ string, body []byte) []byte {
		s := string(body)
		tb := wordxml.Elements(s, "w:tbl", 0, len(s))[n-1]
		row := wordxml.Elements(s, "w:tr", tb.Start, tb.End)[r]
		return []byte(s[:row.Start] + s[row.End:])
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A layout table holding the attachment's table in its cell: a reader sees
// the inner rows as the cell's text, so their values are checked as text
// and no row count is asked of the layout table.
func TestATableNestedInALayoutTableBuilds(t *testing.T) {
	raw, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" }, func(_ string, body []byte) []byte {
		s := string(body)
		tb := wordxml.Elements(s, "w:tbl", 0, len(s))[0]
		layout := `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>` +
			s[tb.Start:tb.End] + `<w:p/></w:tc></w:tr></w:tbl>`
		return []byte(s[:tb.Start] + layout + s[tb.End:])
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	j := sampleJobIn(t)
	j.Template = filepath.Join(t.TempDir(), "layout.docx")
	if err := os.WriteFile(j.Template, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := CheckTemplates(j); err != nil {
		t.Fatalf("lint: %v", err)
	}
	if _, err := Render(j); err != nil {
		t.Fatalf("a template that lint passes fails the build: %v", err)
	}
}

// The same templates, saved again by LibreOffice (which rewrites every
// table's XML, and may wrap or re-split what Word wrote), check each table
// in its place as well.
func TestTablesInTheirPlaceInATemplateResavedByLibreOffice(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	figures := wordTable([]string{"项目数", "金额（万元）"}, []string{"{{.重点评价.项目数}}", "{{.重点评价.金额}}"})
	orig := withTables(t, figures, signatures)
	dir := t.TempDir()
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "docx:MS Word 2007 XML", "--outdir", filepath.Join(dir, "resaved"), orig)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	j := sampleJobIn(t)
	j.Template = filepath.Join(dir, "resaved", filepath.Base(orig))
	if _, err := CheckTemplates(j); err != nil {
		t.Fatalf("lint: %v", err)
	}
	out, err := Render(j)
	if err != nil {
		t.Fatalf("a template that lint passes fails the build: %v", err)
	}
	if err := verify.CheckFiles(out.Facts, withWord(out, dropRow(t, wordOf(t, out).Data, 2, 3))); err == nil || !strings.Contains(err.Error(), "第2个表格的行数（附件）") {
		t.Errorf("a dropped attachment row: %v", err)
	}
}
