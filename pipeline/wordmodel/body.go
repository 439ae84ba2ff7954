package wordmodel

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unique"

	"jixiao/pipeline/wordxml"
)

// The body is read by scanning the part's text (package wordxml) rather
// than through encoding/xml: a 600-page attachment is read back twice per
// build (for the PDF and for the check), and a decoder per element made
// that the slowest stage of the build.

// next finds the next <name …> in s at or after from; -1 if none.
func next(s, name string, from int) int { return wordxml.Next(s, name, from, len(s)) }

// end is where the element starting at i ends; a reader is lenient, so an
// element that never ends runs to the end of s.
func end(s string, i int, name string) int {
	if k := wordxml.End(s, i, name, len(s)); k >= 0 {
		return k
	}
	return len(s)
}

func readBody(part string, s *sheet) (*Document, error) {
	b := next(part, "w:body", 0)
	if b < 0 {
		return nil, fmt.Errorf("read docx body: no w:body")
	}
	body := part[b:end(part, b, "w:body")]
	body = body[strings.IndexByte(body, '>')+1:]
	doc := &Document{}
	s.fields = nil
	pendingBreak := false
	section := 0
	paras, tables := 0, 0 // as Word counts them, for Feature.Where
	// A section's notes are numbered as its sectPr, which ends it, says.
	sects := sectionProps(body)
	s.notes.enterSection(sects[0], 0)
	eachBlock(body, func(el string, i, e int) {
		switch el {
		case "w:p":
			paras++
			s.where = fmt.Sprintf("第 %d 段", paras)
			s.inBody = true
			para, breakAfter := s.paragraph(body[i:e])
			s.inBody = false
			para.PageBreakBefore = para.PageBreakBefore || pendingBreak
			para.Section = section
			if why := tabPastMargin(para, sects[section]); why != "" {
				*s.undrawn = append(*s.undrawn, Feature{What: why, Where: s.where, Text: para.Text})
			}
			pendingBreak = breakAfter
			if !para.Hidden {
				joinBox(lastParagraph(doc.Blocks), para)
				doc.Blocks = append(doc.Blocks, para)
			} else if para.PageBreakBefore {
				pendingBreak = true
			}
			// A paragraph whose properties hold a sectPr ends its section.
			if next(body[i:e], "w:sectPr", 0) >= 0 {
				doc.Sections = append(doc.Sections, s.section(sects[section], section+1))
				section++
				s.notes.enterSection(sects[section], section)
			}
		case "w:tbl":
			tables++
			s.inCell = true
			t := s.table(body[i:e], tables)
			s.inCell, s.cellStyle = false, nil
			t.Section = section
			doc.Blocks = append(doc.Blocks, t)
		case "w:sectPr":
			doc.Sections = append(doc.Sections, s.section(sects[section], section+1))
		}
	})
	for len(doc.Sections) <= section {
		doc.Sections = append(doc.Sections, pageSetup(""))
	}
	s.knownStructure(part, "")
	detach(doc)
	return doc, nil
}

// sectionProps are the body's sectPr elements, a section's each, in order,
// and "" for a last section without one.
func sectionProps(body string) []string {
	var sects []string
	eachBlock(body, func(el string, i, e int) {
		switch el {
		case "w:p":
			if sp := next(body[i:e], "w:sectPr", 0); sp >= 0 {
				sects = append(sects, body[i+sp:i+end(body[i:e], sp, "w:sectPr")])
			}
		case "w:sectPr":
			sects = append(sects, body[i:e])
		}
	})
	return append(sects, "")
}

// detach gives the model's strings their own memory. They are cut out of
// the part's text, and one short string kept (a cell's alignment) would
// keep the whole document.xml alive: tens of megabytes for a long
// attachment. Values that repeat (styles, alignments, colours) are interned;
// unique.Make copies a string before it keeps it.
func detach(doc *Document) {
	short := func(s *string) { *s = unique.Make(*s).Value() }
	own := func(s *string) { *s = strings.Clone(*s) }
	var paragraph func(b *Paragraph)
	var table func(t *Table)
	shape := func(sp *Shape) {
		own(&sp.Name)
		for _, p := range sp.Text {
			paragraph(p)
		}
		for _, b := range sp.Blocks {
			if t, ok := b.(*Table); ok {
				table(t)
			}
		}
	}
	paragraph = func(b *Paragraph) {
		short(&b.Style)
		short(&b.StyleName)
		short(&b.Align)
		own(&b.Text)
		for i := range b.Images {
			own(&b.Images[i].Name)
		}
		for i := range b.Runs {
			r := &b.Runs[i]
			own(&r.Text)
			own(&r.Ref)
			own(&r.Bookmark)
			short(&r.Color)
			short(&r.Font)
			short(&r.LatinFont)
			own(&r.Link)
		}
		for i := range b.Shapes {
			shape(&b.Shapes[i])
		}
	}
	table = func(t *Table) {
		for _, row := range t.Rows {
			for i := range row.Cells {
				c := &row.Cells[i]
				own(&c.Text)
				short(&c.Font)
				short(&c.LatinFont)
				short(&c.Align)
				short(&c.Shading)
				short(&c.Color)
				for k := range c.Shapes {
					shape(&c.Shapes[k].Shape)
				}
			}
		}
	}
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *Paragraph:
			paragraph(b)
		case *Table:
			table(b)
		}
	}
}

// pageSetup reads a sectPr's page size and margins; A4 portrait with Word's
// margins where it says nothing.
func pageSetup(sect string) Section {
	twips := func(el, attr string, def float64) float64 {
		i := next(sect, el, 0)
		if i < 0 {
			return def
		}
		tag := sect[i : i+strings.IndexByte(sect[i:], '>')]
		if _, rest, ok := strings.Cut(tag, attr+`="`); ok {
			v, _, _ := strings.Cut(rest, `"`)
			if n, err := parseFloat(v); err == nil {
				return n * 25.4 / 1440
			}
		}
		return def
	}
	s := Section{
		Width: twips("w:pgSz", "w:w", 210), Height: twips("w:pgSz", "w:h", 297),
		Top: twips("w:pgMar", "w:top", 25.4), Bottom: twips("w:pgMar", "w:bottom", 25.4),
		Left: twips("w:pgMar", "w:left", 31.8), Right: twips("w:pgMar", "w:right", 31.8),
		HeaderDist: twips("w:pgMar", "w:header", 12.7), FooterDist: twips("w:pgMar", "w:footer", 12.7),
	}
	s.TitlePage = on(sect, "w:titlePg")
	for _, kind := range []string{"w:headerReference", "w:footerReference"} {
		for i := next(sect, kind, 0); i >= 0; i = next(sect, kind, i+1) {
			tag := sect[i : i+strings.IndexByte(sect[i:], '>')]
			s.refs = append(s.refs, marginRef{footer: kind == "w:footerReference", typ: cmp.Or(attr(tag, "w:type"), "default"), id: attr(tag, "r:id")})
		}
	}
	if i := next(sect, "w:docGrid", 0); i >= 0 {
		tag := sect[i : i+strings.IndexByte(sect[i:], '>')]
		switch attr(tag, "w:type") {
		case "linesAndChars", "snapToChars":
			s.charSpace = signed32(attr(tag, "w:charSpace"))
			s.CharPitch = -1 // set from the Normal style's size (charGrid)
			fallthrough
		case "lines":
			s.LinePitch = twips("w:docGrid", "w:linePitch", 0)
		}
	}
	if i := next(sect, "w:pgSz", 0); i >= 0 && strings.Contains(sect[i:i+strings.IndexByte(sect[i:], '>')], `w:orient="landscape"`) && s.Width < s.Height {
		s.Width, s.Height = s.Height, s.Width
	}
	readColumns(sect, &s)
	return s
}

// on reports whether a toggle property such as <w:b/> is set.
func on(s, name string) bool {
	v, ok := wordxml.Val(s, name)
	return ok && v != "0" && v != "false"
}

func (s *sheet) table(t string, n int) *Table {
	out := &Table{Width: TableWidth{Grid: true}}
	// A header's or footer's table is named in its part (页眉（header1.xml）表 1).
	part := ""
	switch {
	case s.inMargin:
		part = s.where
	case s.inBox:
		part = s.where + "中的"
	}
	trs := wordxml.Elements(t, "w:tr", 0, len(t))
	var styled *tableCells
	var tblPr string
	var ts *tableStyle
	pr := next(t, "w:tblPr", 0)
	if pr < 0 {
		s.placement(out, "", nil) // where Word puts a table of no properties
	}
	if pr >= 0 {
		props := t[pr:end(t, pr, "w:tblPr")]
		own, _ := cutElement(props, "w:tblBorders")
		style, _ := wordxml.Val(props, "w:tblStyle")
		if own == "" {
			own = s.styles[style].tblBorders
		}
		if info := s.styles[style]; s.inCell && info.table != nil {
			styled = &tableCells{style: style, ts: info.table, info: info, look: readLook(props), rows: len(trs), styles: map[place]*cellStyle{}}
		}
		out.Margins = readMargins(props, "w:tblCellMar")
		if ts := s.styles[style].table; ts != nil {
			out.Margins = ts.cellMargins(out.Margins)
		}
		s.placement(out, props, s.styles[style].table)
		tblPr, ts = props, s.styles[style].table
		out.Float = s.tableFloat(props, out.Margins)
		s.where = fmt.Sprintf("%s表 %d", part, n)
		out.Borders = s.lines(own)
		if out.Borders == nil {
			// Neither the table nor its style sets a line: Word draws
			// none (its default table style has none).
			none := &Border{Style: "none"}
			out.Borders = &TableBorders{Top: none, Left: none, Bottom: none, Right: none, InsideH: none, InsideV: none}
		}
	}
	out.Widths = gridWidths(t)
	if styled != nil {
		styled.cols = len(out.Widths)
	}
	spacing := cellSpacing(tblPr)
	for _, r := range trs {
		tr := t[r.Start:r.End]
		row := Row{Own: s.rowPlace(out, tr, tblPr, ts), CellSpacing: rowSpacing(tr, spacing)}
		if pr := next(tr, "w:trPr", 0); pr >= 0 {
			props := tr[pr:end(tr, pr, "w:trPr")]
			row.Header = on(props, "w:tblHeader")
			row.CantSplit = on(props, "w:cantSplit")
			if i := next(props, "w:trHeight", 0); i >= 0 {
				tag := props[i : i+strings.IndexByte(props[i:], '>')]
				twips, _ := parseFloat(attr(tag, "w:val"))
				row.Height = twips / 20
				row.Exact = attr(tag, "w:hRule") == "exact"
			}
			row.Before, row.After = gridSkip(props, "w:gridBefore"), gridSkip(props, "w:gridAfter")
		}
		tcs := wordxml.Elements(tr, "w:tc", 0, len(tr))
		var kind int8
		if styled != nil {
			kind = styled.rowKind(len(out.Rows), row.Header)
			styled.cols = max(styled.cols, len(tcs))
		}
		col := row.Before
		for _, c := range tcs {
			// Joined, not formatted: this runs for every cell.
			s.where = part + "表 " + strconv.Itoa(n) + " 第 " + strconv.Itoa(len(out.Rows)+1) + " 行第 " + strconv.Itoa(len(row.Cells)+1) + " 列"
			tc := tr[c.Start:c.End]
			if styled != nil {
				s.cellStyle = styled.cellAt(s, kind, len(out.Rows), col, col+span(tc)-1)
				row.CantSplit = row.CantSplit || s.cellStyle.cantSplit
				row.Header = row.Header || s.cellStyle.header
			}
			cell := s.cell(tc)
			s.cellTabsPast(&cell, out.Widths[min(col, len(out.Widths)):min(col+cell.Span, len(out.Widths))], out.Margins)
			col += cell.Span
			if k := len(row.Cells) - 1; k >= 0 && joinsAcross(tc) {
				s.joinAcross(&row.Cells[k], cell)
				continue
			}
			row.Cells = append(row.Cells, cell)
		}
		if len(row.Cells) == 0 {
			continue // a damaged row with no cell: nothing to show, no place to lay it
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// gridSkip is how many grid columns the row properties props leave
// empty by their element name (w:gridBefore, w:gridAfter); 0 for none.
func gridSkip(props, name string) int {
	v, _ := wordxml.Val(props, name)
	n, _ := strconv.Atoi(v)
	return max(n, 0)
}

// gridWidths are the widths of table t's grid columns, in twips.
func gridWidths(t string) []int {
	var out []int
	if g := next(t, "w:tblGrid", 0); g >= 0 {
		grid := t[g:end(t, g, "w:tblGrid")]
		for i := next(grid, "w:gridCol", 0); i >= 0; i = next(grid, "w:gridCol", i+1) {
			tag := grid[i : i+strings.IndexByte(grid[i:], '>')]
			if _, rest, ok := strings.Cut(tag, `w:w="`); ok {
				v, _, _ := strings.Cut(rest, `"`)
				w, _ := strconv.Atoi(v)
				out = append(out, w)
			}
		}
	}
	return out
}

func (s *sheet) cell(tc string) Cell {
	props, hasPr := cellProps(tc)
	c := Cell{Span: spanOf(props)}
	c.Nested = next(tc, "w:tbl", 0) >= 0
	styled := s.cellStyle
	if styled != nil {
		c.Shading, c.Borders, c.VAlign, c.Margins = styled.fill, styled.borders, styled.vAlign, styled.margins
	}
	if hasPr {
		if v, ok := wordxml.Val(props, "w:vMerge"); ok {
			c.Merge = Continues
			if v == "restart" {
				c.Merge = Starts
			}
		}
		tc, _ := cutElement(props, "w:tcBorders")
		c.Borders = overlay(c.Borders, s.lines(tc)) // the cell's own lines over its style's, side by side
		c.Margins = c.Margins.over(readMargins(props, "w:tcMar"))
		if v, ok := wordxml.Val(props, "w:vAlign"); ok {
			c.VAlign = v
			if v != "center" && v != "bottom" {
				c.VAlign = ""
			}
		}
		if v, ok := wordxml.Val(props, "w:textDirection"); ok {
			var known bool
			if c.Direction, known = cellDirection(v); !known {
				*s.undrawn = append(*s.undrawn, Feature{What: "单元格的文字方向“" + v + "”", Where: s.where})
			}
		}
		c.FitText = on(props, "w:tcFitText")
		if c.FitText && c.Direction != "" {
			// Vertical text stands character by character, its column
			// not fitted.
			*s.undrawn = append(*s.undrawn, Feature{What: "竖排文字单元格的“适应文字”", Where: s.where})
			c.FitText = false
		}
		if i := next(props, "w:shd", 0); i >= 0 {
			// The cell's own fill, none included, over its style's.
			c.Shading = fillOf(props[i : i+strings.IndexByte(props[i:], '>')])
		}
	}
	var lines []string
	var paras, shown, framed []*Paragraph
	pending := false // a page break after all of the last paragraph's text
	elements := wordxml.Elements(tc, "w:p", 0, len(tc))
	for k, p := range elements {
		para, breakAfter := s.paragraph(tc[p.Start:p.End])
		paras = append(paras, para)
		if para.Hidden {
			pending = pending || para.brokeBefore || breakAfter
			continue
		}
		if para.Frame != nil {
			framed = append(framed, para) // anchored to the next paragraph
			if k < len(elements)-1 {
				continue
			}
			// The cell's last, which holds its end mark: the frame
			// stands at an empty line there.
			para = &Paragraph{Style: para.Style, StyleName: para.StyleName, StyleSize: para.StyleSize, Indent: para.Indent, Spacing: para.Spacing, Section: para.Section}
		}
		para.Shapes = append(frameBoxes(framed), para.Shapes...)
		framed = nil
		if s.cellPictures(&c, para, k, strings.Count(strings.Join(lines, "\n"), "\n")+min(len(lines), 1)) {
			continue // a paragraph of pictures only: no line of text
		}
		for _, r := range para.Runs {
			if r.Bookmark != "" {
				c.Bookmarks = append(c.Bookmarks, r.Bookmark)
			}
			for range strings.Count(r.Text, PageRefField) {
				c.Refs = append(c.Refs, r.Ref)
			}
		}
		before := strings.Count(strings.Join(lines, "\n"), "\n") + min(len(lines), 1)
		if (pending || para.brokeBefore) && before > 0 {
			c.PageBreaks = append(c.PageBreaks, before)
		}
		for _, k := range para.PageBreaks {
			c.PageBreaks = append(c.PageBreaks, before+k+1)
		}
		pending = breakAfter
		for _, n := range para.Footnotes {
			c.Notes = append(c.Notes, CellNote{Note: n, Line: before + strings.Count(para.Text[:min(n.At, len(para.Text))], "\n")})
		}
		if para.Label != nil {
			para.Text = para.Label.Text + para.Text
		}
		lines = append(lines, para.Text)
		if n := len(shown); n > 0 {
			joinBox(shown[n-1], para)
		}
		shown = append(shown, para)
		if c.Align == "" {
			c.Align = para.Align
		}
		for _, r := range para.Runs {
			if r.Size > 0 && c.Size == 0 && strings.TrimSpace(r.Text) != "" {
				c.Size = r.Size
			}
		}
		if c.Size == 0 && para.StyleSize > 0 {
			c.Size = para.StyleSize
		}
		if c.Size == 0 && styled != nil {
			c.Size = styled.size
		}
	}
	if c.Direction != "" && slices.ContainsFunc(shown, hasAlignTab) {
		*s.undrawn = append(*s.undrawn, Feature{What: alignTabVertical, Where: s.where})
	}
	c.Text = strings.Join(lines, "\n")
	c.Color = oneColor(paras)
	c.Font = allRuns(paras, func(r Run) string { return r.Font })
	// Bold as Word resolves it (a run's own, its styles' or its table
	// style's: a header row's) where all the text is; a bold word among
	// others is its stretch's.
	c.Bold = allRuns(paras, func(r Run) string { return strconv.FormatBool(r.Bold) }) == "true"
	c.Kern = allKern(paras)
	c.LatinFont = allRuns(paras, func(r Run) string { return r.LatinFont })
	c.OtherFont, c.Hint, c.Chinese = scriptsOf(paras)
	look := cellLook{bold: c.Bold, color: c.Color, font: c.Font, latin: c.LatinFont, kerns: true, kern: c.Kern, other: c.OtherFont, hint: c.Hint, chinese: c.Chinese}
	size := s.defaultSize()
	if styled != nil && styled.size > 0 {
		size = styled.size // the table style's, under the paragraph's style
	}
	for _, para := range shown {
		c.Paras = s.addCellPara(c.Paras, s.cellPara(para, size, look))
	}
	if c.Direction != "" {
		// Vertical text is set character by character, or as a line
		// turned (verticalmarks.go in layout); not all of its runs'
		// formatting is drawn upright.
		for _, para := range paras {
			s.verticalOnly(para, c.Direction)
		}
	}
	s.eastAsianInCell(c.Direction, paras)
	return c
}

// span is how many grid columns the cell tc spans (w:gridSpan), at least 1.
func span(tc string) int {
	props, _ := cellProps(tc)
	return spanOf(props)
}

// cellProps is the cell tc's w:tcPr, and whether it has one.
func cellProps(tc string) (string, bool) {
	if pr := next(tc, "w:tcPr", 0); pr >= 0 {
		return tc[pr:end(tc, pr, "w:tcPr")], true
	}
	return "", false
}

// spanOf is how many grid columns a cell of the properties props spans,
// at least 1.
func spanOf(props string) int {
	n := 1
	if v, ok := wordxml.Val(props, "w:gridSpan"); ok {
		// Digits, as Word writes them, without fmt's scanner: a long
		// table has many cells.
		if k, err := strconv.Atoi(v); err == nil {
			n = k
		} else {
			fmt.Sscan(v, &n)
		}
	}
	return max(n, 1)
}

// oneColor is the colour of all the text of a cell's paragraphs, where it
// has one; "" where it is black or of several colours.
func oneColor(paras []*Paragraph) string {
	return allRuns(paras, func(r Run) string { return r.Color })
}

// allKern is the kerning (Run.Kern) of every run with text of paras,
// where it is the same for all; 0 where they differ. Without a string a
// run: a long attachment's cells are many.
func allKern(paras []*Paragraph) float64 {
	kern, first := 0.0, true
	for _, para := range paras {
		for _, r := range para.Runs {
			if strings.TrimSpace(r.Text) == "" {
				continue
			}
			if !first && r.Kern != kern {
				return 0
			}
			kern, first = r.Kern, false
		}
	}
	return kern
}

// allRuns is what of gives for every run with text of paras, where it is
// the same for all; "" where they differ.
func allRuns(paras []*Paragraph, of func(Run) string) string {
	value, first := "", true
	for _, para := range paras {
		for _, r := range para.Runs {
			if strings.TrimSpace(r.Text) == "" {
				continue
			}
			if !first && of(r) != value {
				return ""
			}
			value, first = of(r), false
		}
	}
	return value
}

// elementName is the name of the element whose tag starts at s[i].
func elementName(s string, i int) string {
	j := i + 1
loop:
	for ; j < len(s); j++ {
		switch s[j] {
		case ' ', '>', '/', '\t', '\r', '\n':
			break loop
		}
	}
	return s[i+1 : j]
}

func sameFormat(a, b Run) bool {
	a.Text, b.Text = "", ""
	return a == b
}

// signed32 reads a whole number that may be negative. LibreOffice writes a
// negative w:charSpace as its unsigned 32-bit pattern (-1025 as
// 4294966271), which read as it stands makes a character cell of
// millions of points and a line of one character.
func signed32(v string) float64 {
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil {
		f, _ := parseFloat(v)
		return f
	}
	if n >= 1<<31 && n < 1<<32 {
		n -= 1 << 32
	}
	return float64(n)
}

// lines reads a table's or a cell's borders, listing a line style the PDF
// draws single instead.
func (s *sheet) lines(x string) *TableBorders {
	b, why := readTableBorders(x)
	if why != "" {
		*s.undrawn = append(*s.undrawn, Feature{What: "表格边框（" + why + "）", Where: s.where})
	}
	return b
}

// ptToMM turns points into millimetres.
const ptToMM = 25.4 / 72

// over is m with the sides o sets taken from o.
func (m CellMargins) over(o CellMargins) CellMargins {
	for i := range 4 {
		if o.Set[i] {
			m.Pt[i], m.Set[i] = o.Pt[i], true
		}
	}
	return m
}

// readMargins reads the margins element name of props (a w:tblCellMar or
// w:tcMar), in twips; Word 2010 and later write start and end for left
// and right. A side it sets in another unit (a percentage) is not set.
func readMargins(props, name string) CellMargins {
	var m CellMargins
	el, _ := cutElement(props, name)
	if el == "" {
		return m
	}
	for i, sides := range [][]string{{"w:top"}, {"w:left", "w:start"}, {"w:bottom"}, {"w:right", "w:end"}} {
		for _, side := range sides {
			if k := next(el, side, 0); k >= 0 {
				tag := el[k : k+strings.IndexByte(el[k:], '>')]
				if t := attr(tag, "w:type"); t == "dxa" || t == "" {
					if w, err := parseFloat(attr(tag, "w:w")); err == nil {
						m.Pt[i], m.Set[i] = w/20, true
					}
				}
				break
			}
		}
	}
	return m
}

// joinsAcross reports whether the cell continues the one before it, in
// the older way Word and LibreOffice still write (w:hMerge without
// "restart"): Word shows the two as one cell, as a gridSpan.
func joinsAcross(tc string) bool {
	pr := next(tc, "w:tcPr", 0)
	if pr < 0 {
		return false
	}
	v, ok := wordxml.Val(tc[pr:end(tc, pr, "w:tcPr")], "w:hMerge")
	return ok && v != "restart"
}

// joinAcross widens into by the cell that continues it. Word shows only
// the first cell's content; a continuation that has any is listed, as
// the PDF would not show it either.
func (s *sheet) joinAcross(into *Cell, c Cell) {
	into.Span += c.Span
	if strings.TrimSpace(c.Text) != "" || len(c.Pictures) > 0 || len(c.Shapes) > 0 {
		*s.undrawn = append(*s.undrawn, Feature{What: "横向合并后被覆盖的单元格内容", Where: s.where, Text: c.Text})
	}
}
