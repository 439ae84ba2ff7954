package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// headerRowDocx is a table over three pages whose repeated header row
// (w:tblHeader) shows a PAGE field and a footnote's mark, its notes
// numbered as numbering says (a w:footnotePr, "" for continuous).
func headerRowDocx(t *testing.T, numbering string) []byte {
	t.Helper()
	ref := `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`
	page := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	head := `<w:tr><w:trPr><w:tblHeader/></w:trPr>` + rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", "表头第"), page, rt.Word.Run("", "页"), ref)) + `</w:tr>`
	var rows strings.Builder
	for i := range 80 {
		rows.WriteString(`<w:tr>` + rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", fmt.Sprintf("行%02d", i)))) + `</w:tr>`)
	}
	table := rt.Table([]int{4000})
	table = strings.Replace(table, `<w:tr></w:tr>`, head+rows.String(), 1)
	docx := withFootnote(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文"))+table+rt.Para(rt.Word.Run("", "完")), numbering, nil), "")
	return opctest.Edit(t, docx, map[string]func(string) string{"word/footnotes.xml": func(s string) string {
		i := strings.Index(s, `<w:footnote w:id="1">`)
		return s[:i] + `<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 表头的注</w:t></w:r></w:p></w:footnote></w:footnotes>`
	}})
}

// TestAHeaderRowsNoteIsDrawn: a footnote referred to from a table's
// repeated header row (w:tblHeader) stands at the foot of the page the
// table starts on, once, numbered there (continuous, and starting again
// on each page); the row's PAGE field shows each page's number where the
// row is repeated, as Word and LibreOffice update it. The layout once
// drew the mark and dropped the note.
func TestAHeaderRowsNoteIsDrawn(t *testing.T) {
	for _, numbering := range []string{"", `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/></w:footnotePr>`} {
		r := laidDocx(t, headerRowDocx(t, numbering))
		pages := glyphsOf(r)
		if len(pages) < 3 {
			t.Fatalf("%d pages, want the table over three", len(pages))
		}
		notes := 0
		for k, page := range pages {
			text := ""
			for _, o := range page {
				text += o.text
			}
			notes += strings.Count(text, "表头的注")
			if want := fmt.Sprintf("表头第%d页", k+1); !strings.Contains(text, want) {
				t.Errorf("page %d: no %q in %.60q", k+1, want, text)
			}
			if k == 0 && !strings.Contains(text, "表头的注") {
				t.Errorf("numbering %q: the header row's note is not on the table's first page: %q", numbering, text)
			}
		}
		if !slices.ContainsFunc(r.warnings, func(w string) bool {
			return strings.Contains(w, "表格第 1 行（在每页重复的标题行）中有脚注引用标记")
		}) {
			t.Errorf("numbering %q: not warned of the marks repeated: %q", numbering, r.warnings)
		}
		if notes != 1 {
			t.Errorf("numbering %q: the header row's note drawn %d times, want once", numbering, notes)
		}
	}
}

// TestANoteMarkInAMergeCarriedOverIsWarnedOf: a vertically merged cell
// with a footnote's mark carried onto the next page repeats its text
// there, the mark with it: the note stands once, on the first page, and
// the repeated mark is warned of.
func TestANoteMarkInAMergeCarriedOverIsWarnedOf(t *testing.T) {
	ref := `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`
	merged := func(restart bool, paras ...string) string {
		v := `<w:vMerge/>`
		if restart {
			v = `<w:vMerge w:val="restart"/>`
		}
		return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>` + v + `</w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
	}
	var rows strings.Builder
	for i := range 40 {
		first := merged(false, rt.Para())
		if i == 0 {
			first = merged(true, rt.Para(rt.Word.Run("", "合并格"), ref))
		}
		rows.WriteString(`<w:tr>` + first + rt.Word.Cell(3000, "", "", rt.Para(rt.Word.Run("", fmt.Sprintf("行%02d", i)))) + `</w:tr>`)
	}
	table := strings.Replace(rt.Table([]int{2000, 3000}), `<w:tr></w:tr>`, rows.String(), 1)
	docx := withFootnote(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文"))+table+rt.Para(rt.Word.Run("", "完")), "", nil), "合并格的注")
	r := laidDocx(t, docx)
	pages := glyphsOf(r)
	if len(pages) < 2 {
		t.Fatalf("%d pages, want the table over two", len(pages))
	}
	notes := 0
	for _, page := range pages {
		text := ""
		for _, o := range page {
			text += o.text
		}
		notes += strings.Count(text, "合并格的注")
	}
	if notes != 1 {
		t.Errorf("the note drawn %d times, want once", notes)
	}
	if !slices.ContainsFunc(r.warnings, func(w string) bool { return strings.Contains(w, "的纵向合并单元格在第") }) {
		t.Errorf("not warned of the mark repeated: %q", r.warnings)
	}
}
