package example

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/document"
	"jixiao/pipeline/job"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/tmpl"
	"jixiao/pipeline/wordxml"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// sheet is one worksheet of a fixture's workbook: its rows, the header
// first.
type sheet struct {
	name string
	rows [][]any
}

// pair is one bureau's last year: its workbook and definition, and the
// document it published, made as Word writes one. bound names, by a
// phrase of the text with the number in brackets (涉及[3个]乡镇), the
// fact each number must be bound to; stay the numbers whose words say
// they are no figure, though one shares their value.
type pair struct {
	name, county string
	def          string // the definition's YAML; "" for the built-in one
	sheets       []sheet
	reqs         map[string]int
	body         func(d *document.Data) []string
	header       func(d *document.Data) string // a header's paragraphs, if any
	bound        func(d *document.Data) map[string]string
	stay         []string
	loops        int
	// columns are the keys of the columns of the definition's table with
	// rows, for an Excel template.
	columns []string
}

// rowTemplate writes an Excel template whose row prints columns.
func rowTemplate(t *testing.T, dir string, columns []string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	var fields []any
	for _, c := range columns {
		fields = append(fields, "{{."+c+"}}")
	}
	f.SetSheetRow("Sheet1", "A1", &[]any{"附件"})
	f.SetSheetRow("Sheet1", "A2", &fields)
	path := filepath.Join(dir, "附件模板.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeBook writes the sheets as an .xlsx.
func writeBook(t *testing.T, dir string, sheets []sheet) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(s.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(dir, "去年.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// withHeader adds a header part of the given paragraphs to a package.
func withHeader(t *testing.T, docx []byte, paras string) []byte {
	t.Helper()
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	return opctest.Edit(t, docx, map[string]func(string) string{
		"word/header1.xml": opctest.Set(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + ns + `>` + paras + `</w:hdr>`),
		"word/document.xml": func(s string) string {
			return strings.Replace(strings.Replace(s, "<w:sectPr/>", `<w:sectPr><w:headerReference w:type="default" r:id="rIdJxH1"/></w:sectPr>`, 1),
				"<w:document ", `<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`, 1)
		},
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdJxH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`, 1)
		},
	})
}

// lastYear writes the pair's workbook, definition and job under dir and
// makes last year's document as Word wrote it.
func (p pair) lastYear(t *testing.T, dir string) (*job.Job, []byte) {
	t.Helper()
	book := writeBook(t, dir, p.sheets)
	def := ""
	var plain []byte
	xlsx := ""
	if p.def != "" {
		def = filepath.Join(dir, "定义.yaml")
		if err := os.WriteFile(def, []byte(p.def), 0o644); err != nil {
			t.Fatal(err)
		}
		// The built-in templates print the built-in definition's fields.
		plain = docxOf(t, para(run("", "情况说明")))
		xlsx = rowTemplate(t, dir, p.columns)
	}
	j := jobFor(t, dir, p.county, book, def, p.reqs, plain, xlsx)
	d := lastYear(t, j)
	doc := docxOf(t, p.body(d)...)
	if p.header != nil {
		doc = withHeader(t, doc, p.header(d))
	}
	return j, doc
}

// check makes the template of doc, the pair's document, as init does,
// and holds it to the held-out rule: each number of bound is bound to its
// fact, each of stay is left as written, and the template built with
// last year's workbook gives back last year's text exactly, headers too.
func (p pair) check(t *testing.T, j *job.Job, doc []byte) {
	dir := filepath.Dir(j.Path)
	w := widen(t, dir, j, doc)
	var report strings.Builder
	w.res.WriteReport(&report)
	for phrase, id := range p.bound(lastYear(t, w.job)) {
		m, ok := markOf(w.res, phrase)
		switch {
		case !ok:
			t.Errorf("%s: no number at %q", p.name, phrase)
		case m.State != Bound && m.State != Ambiguous:
			t.Errorf("%s: %q left (%s), want %s", p.name, phrase, m.Note, id)
		case m.Candidates[m.Chosen].ID != id:
			t.Errorf("%s: %q bound to %s, want %s", p.name, phrase, m.Candidates[m.Chosen].ID, id)
		}
	}
	for _, phrase := range p.stay {
		if m, ok := markOf(w.res, phrase); !ok {
			t.Errorf("%s: no number at %q", p.name, phrase)
		} else if m.State == Bound || m.State == Ambiguous {
			t.Errorf("%s: %q bound to %s; its words say otherwise", p.name, phrase, m.Candidates[m.Chosen].ID)
		}
	}
	if len(w.res.Loops) != p.loops {
		t.Errorf("%s: loops %v, want %d", p.name, w.res.Loops, p.loops)
	}
	out, _ := build(t, w.job)
	// A text box's text is there once: the template keeps the DrawingML
	// box, not its VML copy.
	seen := fallback.ReplaceAllString(rawDocument(t, doc), "")
	if got, want := wordText(rawDocument(t, out)), wordText(seen); got != want {
		t.Errorf("%s rebuilt:\n%s\nwant:\n%s", p.name, got, want)
	}
	if p.header != nil {
		if got, want := wordText(rawPart(t, out, "word/header1.xml")), wordText(rawPart(t, doc, "word/header1.xml")); got != want {
			t.Errorf("%s: header rebuilt %q, want %q", p.name, got, want)
		}
	}
	if t.Failed() {
		t.Logf("%s report:\n%s", p.name, report.String())
	}
}

var fallback = regexp.MustCompile(`<mc:Fallback>.*?</mc:Fallback>`)

// wordText is the text Word shows of a part: its paragraphs' w:t, one
// paragraph a line, the empty ones left out.
func wordText(xml string) string {
	var lines []string
	for _, p := range wordxml.LeafParagraphs(xml, 0, len(xml)) {
		var b strings.Builder
		for _, n := range wordxml.Texts(xml, p.Start, p.End) {
			b.WriteString(n.Value)
		}
		if strings.TrimSpace(b.String()) != "" {
			lines = append(lines, b.String())
		}
	}
	return strings.Join(lines, "\n")
}

// markOf finds the mark of the bracketed number of phrase.
func markOf(res *Result, phrase string) (Mark, bool) {
	open := strings.Index(phrase, "[")
	plain := strings.NewReplacer("[", "", "]", "").Replace(phrase)
	for _, m := range res.Marks {
		para := res.Paras[m.Para-1]
		for from := 0; ; {
			k := strings.Index(para[from:], plain)
			if k < 0 {
				break
			}
			at := len([]rune(para[:from+k])) + len([]rune(phrase[:open]))
			if m.At == at {
				return m, true
			}
			from += k + 1
		}
	}
	return Mark{}, false
}

// amount is the i-th row's amount of a fixture: some 10 to 900 万元 with
// two decimals, different from row to row.
func amount(i, seed int) decimal.Decimal {
	return decimal.NewFromInt(int64((i*7919+seed*104729)%89000 + 1000)).Shift(-2)
}

// gradeOf is the grade of a score, as the standard scale sets it.
func gradeOf(score decimal.Decimal) string {
	switch {
	case score.GreaterThanOrEqual(decimal.NewFromInt(90)):
		return "优"
	case score.GreaterThanOrEqual(decimal.NewFromInt(80)):
		return "良"
	case score.GreaterThanOrEqual(decimal.NewFromInt(60)):
		return "中"
	}
	return "差"
}

// printed is the value of figure key of section sec as it prints.
func printed(d *document.Data, sec, key string) string {
	return d.Section(sec).Figure(key).Printed()
}

func n(d *document.Data, sec, key string) int { return d.Section(sec).Figure(key).Count }

func pct(a, b decimal.Decimal, decimals int32) string {
	return a.Mul(decimal.NewFromInt(100)).DivRound(b, 10).StringFixed(decimals)
}

func dec(i int) decimal.Decimal { return decimal.NewFromInt(int64(i)) }

// cn writes a count in Chinese numerals, as 中文数字 does.
func cn(i int) string { return tmpl.Helpers["中文数字"].(func(int) string)(i) }
