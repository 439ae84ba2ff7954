package docx

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/document/documenttest"
	"jixiao/pipeline/wordxml"
)

func cellOf(text string) string { return `<w:tc>` + p(text) + `</w:tc>` }

// A loop over two template rows prints each row in the shape of its
// branch: a heading as one cell spanning the table, a data row as cells.
func TestHeadingRowsPrintMergedAcrossTheTable(t *testing.T) {
	def, data := documenttest.Headed(t)
	heading := `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr>` + p("{{range .附件.行}}{{if .分组行}}{{.序号}}{{.分组}}") + `</w:tc></w:tr>`
	row := `<w:tr>` + cellOf("{{else}}{{.序号}}") + cellOf("{{.项目名称}}") + cellOf("{{.评价机构}}{{end}}{{end}}") + `</w:tr>`
	body := `<w:tbl><w:tr>` + cellOf("序号") + cellOf("名称") + cellOf("机构") + `</w:tr>` + heading + row + `</w:tbl>`
	tpl, err := Parse("test.docx", makeDocx(t, body), def)
	if err != nil {
		t.Fatal(err)
	}
	s := renderWith(t, tpl, data)
	var got []string
	for _, r := range wordxml.Elements(s, "w:tr", 0, len(s))[1:] {
		var cells []string
		for _, c := range wordxml.Elements(s, "w:tc", r.Start, r.End) {
			cells = append(cells, plainText(s, c.Start, c.End))
		}
		if strings.Contains(s[r.Start:r.End], `<w:gridSpan w:val="3"/>`) {
			cells = append(cells, "(跨3列)")
		}
		got = append(got, strings.Join(cells, "|"))
	}
	want := []string{"一、项目绩效评价|(跨3列)", "1|甲项目|甲", "2|乙项目|甲", "二、部门整体绩效评价|(跨3列)", "1|丙部门|乙"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Blocks across rows must close, and are named by their row.
func TestBlocksAcrossRowsMustClose(t *testing.T) {
	open := `<w:tbl><w:tr>` + cellOf("{{range .附件.行}}{{if .分组行}}{{.序号}}") + `</w:tr><w:tr>` + cellOf("{{else}}{{.项目名称}}{{end}}") + `</w:tr></w:tbl>`
	ps := problems(t, open)
	if len(ps) != 1 || !strings.HasPrefix(ps[0].Place, "表1 第1行") || !strings.Contains(ps[0].Msg, "{{range .附件.行}} 没有对应的 {{end}}") {
		t.Errorf("open range: %v", ps)
	}
	stray := `<w:tbl><w:tr>` + cellOf("{{.项目名称}}{{end}}") + `</w:tr></w:tbl>`
	if ps := problems(t, stray); len(ps) != 1 || !strings.Contains(ps[0].Msg, "多余的 {{end}}") {
		t.Errorf("stray end: %v", ps)
	}
	// An open block in the middle of a row is no row's edge.
	middle := `<w:tbl><w:tr>` + cellOf("{{.序号}}{{range .附件.行}}{{.项目名称}}") + `</w:tr><w:tr>` + cellOf("{{end}}") + `</w:tr></w:tbl>`
	if ps := problems(t, middle); !slices.ContainsFunc(ps, func(p Problem) bool { return strings.Contains(p.Msg, "须放在一行的第一格") }) {
		t.Errorf("middle: %v", ps)
	}
}

// A heading row must be one cell merged across its table, or Word and the
// PDF print a broken row; build and lint refuse it alike, naming the table
// and row. A heading spanning the table through a grid wider than its
// tblGrid says, or a heading inside a table nested in a cell, is judged by
// its own table's rows.
func TestHeadingRowMustSpanTheTable(t *testing.T) {
	def, _ := documenttest.Headed(t)
	head := `<w:tr>` + cellOf("序号") + cellOf("名称") + cellOf("机构") + `</w:tr>`
	row := `<w:tr>` + cellOf("{{else}}{{.序号}}") + cellOf("{{.项目名称}}") + cellOf("{{.评价机构}}{{end}}{{end}}") + `</w:tr>`
	spanned := func(n int, text string) string {
		return `<w:tc><w:tcPr><w:gridSpan w:val="` + strconv.Itoa(n) + `"/></w:tcPr>` + p(text) + `</w:tc>`
	}
	hMerged := func(text, val string) string {
		if val != "" {
			val = ` w:val="` + val + `"`
		}
		return `<w:tc><w:tcPr><w:hMerge` + val + `/></w:tcPr>` + p(text) + `</w:tc>`
	}
	vMerged := func() string { return `<w:tc><w:tcPr><w:vMerge/></w:tcPr>` + p("") + `</w:tc>` }
	const open = "{{range .附件.行}}{{if .分组行}}{{.序号}}{{.分组}}"
	for _, c := range []struct {
		name, heading, want string
	}{
		{"one cell across", `<w:tr>` + spanned(3, open) + `</w:tr>`, ""},
		{"spaced tag", `<w:tr>` + spanned(3, "{{range .附件.行}}{{ if  .分组行 }}{{.分组}}") + `</w:tr>`, ""},
		{"three cells, one printing", `<w:tr>` + cellOf(open) + cellOf("") + cellOf("{{.序号}}") + `</w:tr>`, "本表有 3 列，这一行有 3 个单元格、占 3 列"},
		{"merged across two of three, the third printing", `<w:tr>` + spanned(2, open) + cellOf("（续）") + `</w:tr>`, "本表有 3 列，这一行有 2 个单元格、占 3 列"},
		{"hMerge across", `<w:tr>` + hMerged(open, "restart") + hMerged("", "") + hMerged("", "") + `</w:tr>`, ""},
		{"beside vMerge continuations", `<w:tr>` + cellOf(open) + vMerged() + vMerged() + `</w:tr>`, ""},
		{"one cell short", `<w:tr>` + spanned(2, open) + `</w:tr>`, "本表有 3 列，这一行有 1 个单元格、占 2 列"},
		{"gridBefore", `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + spanned(2, open) + `</w:tr>`, "占 2 列"},
	} {
		t.Run(c.name, func(t *testing.T) {
			body := `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` + head + c.heading + row + `</w:tbl>`
			_, err := Parse("分组.docx", makeDocx(t, body), def)
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			te, ok := err.(*TemplateError)
			if !ok || len(te.Problems) != 1 {
				t.Fatalf("err = %v, want one problem", err)
			}
			pr := te.Problems[0]
			if pr.Place != "表1 第2行" || !strings.Contains(pr.Msg, "分组标题行") || !strings.Contains(pr.Msg, c.want) || !strings.Contains(err.Error(), "分组.docx") {
				t.Errorf("problem %q: %q, want %q at 表1 第2行", pr.Place, pr.Msg, c.want)
			}
		})
	}
	// A heading beside empty cells of its own prints boxed in them: a
	// note, naming the row, and the template is used.
	boxed := `<w:tbl>` + head + `<w:tr>` + spanned(2, open) + cellOf("") + `</w:tr>` + row + `</w:tbl>`
	tpl, err := Parse("分组.docx", makeDocx(t, boxed), def)
	if err != nil || len(tpl.Notes) != 1 || tpl.Notes[0].Place != "表1 第2行" || !strings.Contains(tpl.Notes[0].Msg, "标题格旁还有 1 个空格子") {
		t.Errorf("boxed heading: %v %v", err, tpl)
	}
	// A heading row in a table nested in a layout table's cell is judged
	// by its own table, not the layout's single column.
	inner := `<w:tbl>` + head + `<w:tr>` + spanned(2, open) + `</w:tr>` + row + `</w:tbl>`
	layout := `<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w="9000"/></w:tcPr>` + inner + p("") + `</w:tc></w:tr></w:tbl>`
	if _, err := Parse("嵌套.docx", makeDocx(t, layout), def); err == nil || !strings.Contains(err.Error(), "本表有 3 列") {
		t.Errorf("nested: %v", err)
	}
}
