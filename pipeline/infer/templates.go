package infer

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/opc"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// textBlock is the GB/T 9704 text block's width in twips (156 mm), and
// wideBlock the width of the same page turned landscape, its left and
// right margins kept (243 mm).
const textBlock, wideBlock = 8845, 16838 - 1588 - 1474

// block is the width a table's columns share: the text block, or, where
// its columns cannot all stand at their least width (fifteen columns of
// four-character headers), a landscape page's.
func (t *table) block() int {
	var sum float64
	for _, c := range t.columns {
		floor, _ := needs(c)
		sum += floor
	}
	if sum > textBlock {
		return wideBlock
	}
	return textBlock
}

// emTwips is one em of the table style's 五号 (10.5 pt) in twips; cellPad
// is a cell's left and right margins with a little air.
const emTwips, cellPad = 210, 114 + 60

// widths shares the text block among the columns: none narrower than its
// header set in at most two lines, or than its content up to four ems (a
// 序号, an amount, a score stay on one line); what is left goes to the
// columns whose content is wider, names and units, by how much wider.
func widths(t *table) []int {
	floor, want := make([]float64, len(t.columns)), make([]float64, len(t.columns))
	var sumFloor, sumWant float64
	for i, c := range t.columns {
		floor[i], want[i] = needs(c)
		sumFloor += floor[i]
		sumWant += want[i]
	}
	block := float64(t.block())
	share := func(i int) float64 {
		switch {
		case sumWant <= block:
			return want[i] * block / sumWant
		case sumFloor <= block && sumWant > sumFloor:
			return floor[i] + (block-sumFloor)*(want[i]-floor[i])/(sumWant-sumFloor)
		}
		return floor[i] * block / sumFloor
	}
	out := make([]int, len(t.columns))
	left := t.block()
	for i := range t.columns {
		out[i] = int(share(i))
		left -= out[i]
	}
	out[len(out)-1] += left
	return out
}

// needs is a column's least and wished width in twips.
func needs(c *column) (floor, want float64) {
	head := c.head
	if head > 4 {
		head = max(4, float64(int(head+1.5)/2)) // two lines, whole characters
	}
	floor = max(head, min(c.widest, 4), 1)
	if c.kind != definition.Text {
		floor = max(floor, min(c.widest, 8)) // a number or a grade never wraps
	}
	want = max(floor, min(c.widest, 16))
	return floor*emTwips + cellPad, want*emTwips + cellPad
}

// excelWidth is a column's width in Excel's units (a digit's width; a CJK
// character takes two).
func excelWidth(c *column) float64 {
	_, want := needs(c)
	return (want-cellPad)/emTwips*2 + 2
}

func para(style, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, style, text)
}

func cell(text string, width int, align string, bold bool) string {
	rpr := ""
	if bold {
		rpr = `<w:rPr><w:b/></w:rPr>`
	}
	// A line break typed in a workbook's cell (Alt+Enter) is a w:br: Word
	// shows a line feed inside w:t as a space.
	text = lineBreak.Replace(text)
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="JxTable"/><w:jc w:val="%s"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>`, width, align, rpr, text)
}

// lineBreak turns the line feeds of escaped text into w:br.
var lineBreak = strings.NewReplacer("&#xD;&#xA;", brk, "&#xA;", brk, "\r\n", brk, "\n", brk)

const brk = `</w:t><w:br/><w:t xml:space="preserve">`

func align(c *column) string {
	switch c.kind {
	case definition.Amount:
		return "right"
	case definition.Text:
		return "left"
	}
	return "center"
}

// docxTemplate is the built-in template's styles, footers and page setup
// around a new body: a title, a sentence per table, and each table in full.
func docxTemplate(tables []*table) ([]byte, error) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`)
	b.WriteString(para("JxTitle", docTitle(tables)))
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>`)
	for _, t := range tables {
		b.WriteString(para("Normal", narrative(t)))
	}
	sect, err := defaultSection()
	if err != nil {
		return nil, err
	}
	// A wide table stands in a landscape section of its own: the section
	// before it ends with a paragraph carrying its page setup.
	current := sect
	for _, t := range tables {
		want := sect
		if t.block() == wideBlock {
			want = landscape(sect)
		}
		if want != current {
			b.WriteString(`<w:p><w:pPr>` + current + `</w:pPr></w:p>`)
			current = want
		}
		b.WriteString(para("JxAttachLabel", t.attachment+"："))
		b.WriteString(para("JxAttachTitle", "{{."+t.key+".标题}}"))
		if t.unit != "" {
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="JxTable"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">单位：` + escape(t.unit) + `</w:t></w:r></w:p>`)
		}
		b.WriteString(tableXML(t))
		b.WriteString(noteXML(t))
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="JxTable"/></w:pPr></w:p>`)
	}
	b.WriteString(current + `</w:body></w:document>`)
	body := []byte(b.String())
	return opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" },
		func(string, []byte) []byte { return body }, nil)
}

// pageSize is a section's page size.
var pageSize = regexp.MustCompile(`<w:pgSz w:w="(\d+)" w:h="(\d+)"/>`)

// landscape is a section's page setup turned landscape.
func landscape(sect string) string {
	return pageSize.ReplaceAllString(sect, `<w:pgSz w:w="$2" w:h="$1" w:orient="landscape"/>`)
}

// defaultSection is the built-in template's page setup and footers.
func defaultSection() (string, error) {
	var doc string
	_, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" },
		func(_ string, body []byte) []byte { doc = string(body); return body }, nil)
	if err != nil {
		return "", err
	}
	i, j := strings.LastIndex(doc, "<w:sectPr"), strings.LastIndex(doc, "</w:sectPr>")
	if i < 0 || j < i {
		return "", fmt.Errorf("the built-in template has no page setup")
	}
	return doc[i : j+len("</w:sectPr>")], nil
}

func tableXML(t *table) string {
	w := widths(t)
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + fmt.Sprint(t.block()) + `" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, x := range w {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, x)
	}
	b.WriteString(`</w:tblGrid>`)
	b.WriteString(headerRowsXML(t, w))
	if t.top != nil {
		b.WriteString(totalRowXML(t, t.top, w))
	}
	loop, end := "{{range ."+t.key+".行}}", "{{end}}"
	if t.mergedHeads {
		// The workbook's headings are one cell across the row: so is the
		// draft's heading row, and the data row is the loop's other branch.
		whole := 0
		for _, x := range w {
			whole += x
		}
		tc := cell(loop+"{{if ."+document.HeadingFlag+"}}"+t.headingTags(), whole, "left", true)
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>` + strings.Replace(tc, "</w:tcPr>", fmt.Sprintf(`<w:gridSpan w:val="%d"/></w:tcPr>`, len(w)), 1) + `</w:tr>`)
		loop, end = "{{else}}", "{{end}}{{end}}"
	}
	if t.sub != nil {
		// The workbook merges its subtotals' labels across columns: so does
		// the draft's subtotal row, a branch of the loop of its own.
		lead := loop + "{{if ." + document.SubtotalFlag + "}}"
		if t.mergedHeads {
			lead = "{{else if ." + document.SubtotalFlag + "}}"
		}
		b.WriteString(spannedRowXML(t, t.sub, w, func(i, span int) string {
			text := ""
			for _, c := range t.columns[i : i+span] {
				text += "{{." + c.key + "}}"
			}
			if i == 0 {
				text = lead + text
			}
			return text
		}))
		loop, end = "{{else}}", "{{end}}{{end}}"
	}
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	last := len(t.columns) - 1
	for i, c := range t.columns {
		text := "{{." + c.key + "}}"
		if c.merge {
			text = "{{纵向合并 ." + c.key + "合并}}" + text
		}
		if i == 0 {
			text = loop + text
		}
		if i == last {
			text += end
		}
		b.WriteString(cell(text, w[i], align(c), false))
	}
	b.WriteString(`</w:tr>`)
	if t.bottom != nil {
		b.WriteString(totalRowXML(t, t.bottom, w))
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// totalRowXML is a total row, as the workbook has it.
func totalRowXML(t *table, tr *totalRow, w []int) string {
	return spannedRowXML(t, tr, w, func(i, _ int) string { return escape(totalCell(t, tr, i)) })
}

// spannedRowXML is a row whose label cell spans the columns its merge in
// the workbook spans, each cell holding text(i, span) for the columns i to
// i+span-1 it covers; its labels bold.
func spannedRowXML(t *table, tr *totalRow, w []int, text func(i, span int) string) string {
	var b strings.Builder
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	for i := 0; i < len(t.columns); i++ {
		c, width, span := t.columns[i], w[i], t.labelSpan(tr, i)
		for _, x := range w[i+1 : i+span] {
			width += x
		}
		tc := cell(text(i, span), width, align(c), c.kind != definition.Amount)
		if span > 1 {
			tc = strings.Replace(tc, "</w:tcPr>", fmt.Sprintf(`<w:gridSpan w:val="%d"/></w:tcPr>`, span), 1)
			i += span - 1
		}
		b.WriteString(tc)
	}
	b.WriteString(`</w:tr>`)
	return b.String()
}

// headingTags print a heading row's text as the workbook has it in its
// one cell: the number a build reads into the sequence column (一、),
// then the title; the whole text where there is no sequence column.
func (t *table) headingTags() string {
	for _, c := range t.columns {
		if c.kind == definition.Sequence {
			return "{{." + c.key + "}}{{." + document.HeadingText + "}}"
		}
	}
	return "{{." + document.HeadingText + "}}"
}

// labelSpan is how many columns total row tr's cell at column i takes:
// the label's merge as the workbook has it, over columns with no sum.
func (t *table) labelSpan(tr *totalRow, i int) int {
	if i != tr.col {
		return 1
	}
	n := 1
	for n < tr.span && i+n < len(t.columns) && t.columns[i+n].kind != definition.Amount {
		n++
	}
	return n
}

// docTitle is the document's title: the workbook's title row, its year
// the job's; or the county, year and the kind of document.
func docTitle(tables []*table) string {
	for _, t := range tables {
		if t.title != t.sheet {
			return t.years(escape(t.cleanTitle()), "{{.年度}}", "{{.上年度}}")
		}
	}
	return "{{.县}}{{.年度}}年绩效评价结果说明"
}

// fileName is docTitle for a file: {年度} for the year, without the signs
// a file name cannot hold.
func fileName(tables []*table) string {
	for _, t := range tables {
		if t.title != t.sheet {
			name := t.years(t.cleanTitle(), "{年度}", "{上年度}")
			return strings.Map(func(r rune) rune {
				if strings.ContainsRune(`/\:*?"<>|`, r) {
					return -1
				}
				return r
			}, name)
		}
	}
	return "{县}{年度}年绩效评价结果说明"
}

// totalCell is what total row tr holds in column i: the label where the
// workbook has it, each amount's sum.
func totalCell(t *table, tr *totalRow, i int) string {
	switch c := t.columns[i]; {
	case c.kind == definition.Amount:
		return "{{." + t.key + "." + t.totalKey(c) + "}}"
	case i == tr.col:
		return tr.label
	}
	return ""
}

// xlsxTemplate is a workbook with a sheet per table (附件, or 附件1, 附件2 …
// as the Word template labels them): its title, header, marked row and
// total row, styled and set up for printing. The title cell names the
// table's section, so tables that share their columns still find their own.
func xlsxTemplate(tables []*table) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	var err error
	style := func(s *excelize.Style) int {
		id, e := f.NewStyle(s)
		if e != nil {
			err = e
		}
		return id
	}
	st := sheetStyles{
		title:   style(&excelize.Style{Font: &excelize.Font{Size: 18, Bold: true, Family: "方正小标宋简体"}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}),
		header:  style(&excelize.Style{Font: &excelize.Font{Size: 11, Bold: true, Family: "黑体"}, Border: border, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}),
		heading: style(&excelize.Style{Font: &excelize.Font{Size: 11, Bold: true, Family: "仿宋_GB2312"}, Border: border, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}}),
		note:    style(&excelize.Style{Font: &excelize.Font{Size: 10, Family: "仿宋_GB2312"}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}}),
	}
	bodies := map[[2]string]int{}
	st.body = func(a, format string) int {
		if id, ok := bodies[[2]string{a, format}]; ok {
			return id
		}
		s := &excelize.Style{Font: &excelize.Font{Size: 11, Family: "仿宋_GB2312"}, Border: border, Alignment: &excelize.Alignment{Horizontal: a, Vertical: "center", WrapText: true}}
		if a == "unit" {
			s.Border, s.Alignment = nil, &excelize.Alignment{Horizontal: "right", Vertical: "center"}
		}
		if format != "" && format != "General" {
			s.CustomNumFmt = &format
		}
		bodies[[2]string{a, format}] = style(s)
		return bodies[[2]string{a, format}]
	}
	for i, t := range tables {
		sheet := "附件"
		if len(tables) > 1 {
			sheet = fmt.Sprintf("附件%d", i+1)
		}
		if i == 0 {
			err = f.SetSheetName("Sheet1", sheet)
		} else {
			_, err = f.NewSheet(sheet)
		}
		if err == nil {
			err = tableSheet(f, sheet, t, st)
		}
		if err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type sheetStyles struct {
	title, header, note, heading int
	// body is a style per alignment and number format.
	body func(align, format string) int
}

// tableSheet lays out one table's sheet of the template: the title, the
// unit line where the workbook has one, the header, the marked row and the
// total row, numbers in the formats the workbook shows them in.
func tableSheet(f *excelize.File, sheet string, t *table, st sheetStyles) error {
	var err error
	n := len(t.columns)
	set := func(col, row int, text string, style int) {
		cell, _ := excelize.CoordinatesToCellName(col, row)
		if e := f.SetCellStr(sheet, cell, text); e != nil && err == nil {
			err = e
		}
		f.SetCellStyle(sheet, cell, cell, style)
	}
	merge := func(row, from, to int) {
		a, _ := excelize.CoordinatesToCellName(from, row)
		b, _ := excelize.CoordinatesToCellName(to, row)
		f.MergeCell(sheet, a, b)
	}
	merge(1, 1, n)
	set(1, 1, "{{."+t.key+".标题}}", st.title)
	row := 2
	if t.unit != "" {
		merge(row, 1, n)
		set(1, row, "单位："+t.unit, st.body("unit", ""))
		row++
	}
	row += headerSheetRows(f, sheet, t, row, func(col, r int, text string) { set(col, r, text, st.header) })
	titles := row - 1
	// row is now the first row under the header: the total's when one
	// stands above the data.
	top := row
	if t.top != nil {
		row++
	}
	if t.mergedHeads {
		merge(row, 1, n)
		set(1, row, t.headingTags(), st.heading)
		a, _ := excelize.CoordinatesToCellName(n, row)
		f.SetCellStyle(sheet, "A"+fmt.Sprint(row), a, st.heading) // a covered cell's value would go to the merge's first
		row++
	}
	// row is now the marked row, a total row below it.
	for i, c := range t.columns {
		name, _ := excelize.ColumnNumberToName(i + 1)
		f.SetColWidth(sheet, name, name, excelWidth(c))
		set(i+1, row, "{{."+c.key+"}}", st.body(align(c), c.format))
	}
	for _, at := range []struct {
		tr  *totalRow
		row int
	}{{t.top, top}, {t.bottom, row + 1}} {
		if at.tr == nil {
			continue
		}
		for i := 0; i < n; i++ {
			c := t.columns[i]
			set(i+1, at.row, totalCell(t, at.tr, i), st.body(align(c), c.format))
			if span := t.labelSpan(at.tr, i); span > 1 {
				// excelize writes a covered cell's value into the merge's
				// first: the covered cells are left unwritten.
				merge(at.row, i+1, i+span)
				i += span - 1
			}
		}
	}
	if t.note != "" {
		below := row + 1
		if t.bottom != nil {
			below++
		}
		merge(below, 1, n)
		set(1, below, t.note, st.note)
	}
	if err != nil {
		return err
	}
	a4, landscape, one, zero := 9, "landscape", 1, 0
	f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero})
	fit := true
	f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
	f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页，共 &N 页"})
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$%d", sheet, titles), Scope: sheet})
}
