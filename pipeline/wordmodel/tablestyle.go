package wordmodel

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// A table style formats its cells in layers, as Word applies them
// (ECMA-376 §17.7.6): the style's own pPr, rPr and tcPr for the whole
// table, then the conditional formats (w:tblStylePr) the table's
// w:tblLook switches on, from the weakest: vertical bands, horizontal
// bands, first and last column, first and last row, the corner cells.
// All of them sit under the cell's paragraph style, character style and
// direct formatting, and over the document defaults. The layers are
// resolved once per kind of place in a table (a header cell, a cell of
// the second band, the first column's): a long attachment has a few.

// condOrder is the order Word applies conditional formats in, weakest
// first.
var condOrder = []string{"band1Vert", "band2Vert", "band1Horz", "band2Horz", "firstCol", "lastCol", "firstRow", "lastRow", "neCell", "nwCell", "seCell", "swCell"}

// tableStyle is what a table style sets its cells besides its pPr and
// rPr: the whole table's cell properties and each conditional format's
// layers, the base style's first; how many rows and columns a band is
// (0 where no style in the chain says: one); and the cell margins
// (tblCellMar) of each style in the chain, the base's first.
type tableStyle struct {
	tcPr             []string
	conds            map[string]condFormat
	rowBand, colBand int
	margins          []CellMargins
	// tblPr are the styles' table properties, the base's first: a
	// table's width, alignment and indent may come from its style.
	tblPr []string
}

// condFormat is one conditional format's properties, base style first:
// its own table properties (tblPr: its region's cell margins) too.
type condFormat struct{ pPr, rPr, tcPr, trPr, tblPr []string }

// readTableStyle reads a table style's conditional formats, its tcPr and
// band sizes, and returns the style without its conditional formats,
// whose pPr and rPr are not the style's own. nil for another style.
func readTableStyle(style string) (*tableStyle, string) {
	if !strings.Contains(style[:strings.IndexByte(style, '>')], `w:type="table"`) {
		return nil, style
	}
	t := &tableStyle{}
	for {
		el, rest := cutElement(style, "w:tblStylePr")
		if el == "" {
			break
		}
		style = rest
		gt := strings.IndexByte(el, '>')
		typ, inner := attr(el[:gt], "w:type"), el[gt+1:]
		var c condFormat
		for _, part := range []struct {
			name string
			to   *[]string
		}{{"w:pPr", &c.pPr}, {"w:rPr", &c.rPr}, {"w:tcPr", &c.tcPr}, {"w:trPr", &c.trPr}, {"w:tblPr", &c.tblPr}} {
			var x string
			if x, inner = cutElement(inner, part.name); x != "" {
				*part.to = []string{x}
			}
		}
		if t.conds == nil {
			t.conds = map[string]condFormat{}
		}
		t.conds[typ] = c
	}
	if tcPr, _ := cutElement(style, "w:tcPr"); tcPr != "" {
		t.tcPr = []string{tcPr}
	}
	if tblPr, _ := cutElement(style, "w:tblPr"); tblPr != "" {
		band := func(name string) int {
			v, _ := wordxml.Val(tblPr, name)
			n, _ := strconv.Atoi(v)
			return max(n, 0)
		}
		t.rowBand, t.colBand = band("w:tblStyleRowBandSize"), band("w:tblStyleColBandSize")
		t.margins = []CellMargins{readMargins(tblPr, "w:tblCellMar")}
		t.tblPr = []string{tblPr}
	}
	return t, style
}

// over is own's layers over t's, t being the style own is based on.
func (t *tableStyle) over(own *tableStyle) *tableStyle {
	if t == nil {
		return own
	}
	if own == nil {
		return t
	}
	out := &tableStyle{tcPr: append(append([]string(nil), t.tcPr...), own.tcPr...), rowBand: t.rowBand, colBand: t.colBand, conds: map[string]condFormat{},
		margins: append(append([]CellMargins(nil), t.margins...), own.margins...), tblPr: append(append([]string(nil), t.tblPr...), own.tblPr...)}
	for typ, c := range t.conds {
		out.conds[typ] = c
	}
	for typ, c := range own.conds {
		b := out.conds[typ]
		out.conds[typ] = condFormat{
			pPr: append(append([]string(nil), b.pPr...), c.pPr...), rPr: append(append([]string(nil), b.rPr...), c.rPr...),
			tcPr: append(append([]string(nil), b.tcPr...), c.tcPr...), trPr: append(append([]string(nil), b.trPr...), c.trPr...),
			tblPr: append(append([]string(nil), b.tblPr...), c.tblPr...),
		}
	}
	if own.rowBand > 0 {
		out.rowBand = own.rowBand
	}
	if own.colBand > 0 {
		out.colBand = own.colBand
	}
	return out
}

// cellMargins are a table's own cell margins m, each side it does not
// set taken from the nearest style of its style's chain that sets it.
func (t *tableStyle) cellMargins(m CellMargins) CellMargins {
	for side := range m.Set {
		for i := len(t.margins) - 1; i >= 0 && !m.Set[side]; i-- {
			m.Pt[side], m.Set[side] = t.margins[i].Pt[side], t.margins[i].Set[side]
		}
	}
	return m
}

// look is which conditional formats a table uses (w:tblLook).
type look struct{ firstRow, lastRow, firstCol, lastCol, hBand, vBand bool }

// readLook reads a table's w:tblLook, as Word 2010 and later write it
// (w:firstRow="1" … w:noVBand="1") or as Word 2007 did (w:val="04A0", a
// bitmask); Word writes both, the attributes winning. A table without
// one has none of the first and last rows and columns, and both bands.
func readLook(tblPr string) look {
	i := next(tblPr, "w:tblLook", 0)
	if i < 0 {
		return look{hBand: true, vBand: true}
	}
	tag := tblPr[i : i+strings.IndexByte(tblPr[i:], '>')]
	mask, _ := strconv.ParseUint(attr(tag, "w:val"), 16, 16)
	bit := func(name string, b uint64) bool {
		if v := attr(tag, name); v != "" {
			return v == "1" || v == "true" || v == "on"
		}
		return mask&b != 0
	}
	return look{firstRow: bit("w:firstRow", 0x20), lastRow: bit("w:lastRow", 0x40), firstCol: bit("w:firstColumn", 0x80),
		lastCol: bit("w:lastColumn", 0x100), hBand: !bit("w:noHBand", 0x200), vBand: !bit("w:noVBand", 0x400)}
}

// place is where a cell stands, as the conditional formats see it: its
// row's kind and its column's (a band's number, 1 or 2, or one of the
// first and last, 0 where no format applies), and which edges of the
// table it is on.
type place struct {
	row, col                 int8
	top, bottom, left, right bool
}

const (
	firstKind int8 = 3
	lastKind  int8 = 4
)

// cellStyle is a table style's formatting of the cells at one place: the
// paragraph and run property layers (size: the type size they set), the
// fill, lines and vertical alignment, whether the row is kept whole
// (trPr's cantSplit) and repeats as a header row (trPr's tblHeader: a
// style whose first row is a header makes the table's first row one),
// and the cell margins its conditional formats set (their tblPr's
// tblCellMar, their tcPr's tcMar), under the cell's own and over the
// table's; key names it in the reader's caches.
type cellStyle struct {
	pPr, rPr          props
	key               string
	size              float64
	vAlign            string
	fill              string
	borders           *TableBorders
	cantSplit, header bool
	margins           CellMargins
}

// tableCells places a table's cells for its style's conditional formats.
type tableCells struct {
	style  string
	ts     *tableStyle
	info   styleInfo
	look   look
	rows   int
	cols   int
	head   int // rows taking the first row's format so far
	styles map[place]*cellStyle
}

// rowKind is the kind of row i (header says it repeats as a header row):
// the first row and the header rows under it take the first row's format.
func (tc *tableCells) rowKind(i int, header bool) int8 {
	switch {
	case tc.look.firstRow && (i == 0 || header && tc.head == i):
		tc.head = i + 1
		return firstKind
	case tc.look.lastRow && i == tc.rows-1:
		return lastKind
	case !tc.look.hBand:
		return 0
	}
	return int8((i-tc.head)/max(tc.ts.rowBand, 1)%2) + 1
}

// colKind is the kind of the cell spanning grid columns from to to.
func (tc *tableCells) colKind(from, to int) int8 {
	switch {
	case tc.look.firstCol && from == 0:
		return firstKind
	case tc.look.lastCol && to == tc.cols-1:
		return lastKind
	case !tc.look.vBand:
		return 0
	}
	if tc.look.firstCol {
		from--
	}
	return int8(from/max(tc.ts.colBand, 1)%2) + 1
}

// cellAt is the style's formatting of the cell of a row of kind (rowKind),
// row index, spanning grid columns from to to.
func (tc *tableCells) cellAt(s *sheet, kind int8, row, from, to int) *cellStyle {
	p := place{row: kind, col: tc.colKind(from, to), top: row == 0, bottom: row == tc.rows-1, left: from == 0, right: to >= tc.cols-1}
	return tc.at(s, p)
}

// conditions are the conditional formats a cell at p takes, weakest first.
func (p place) conditions() []string {
	var out []string
	kinds := []struct {
		kind int8
		name string
	}{{p.col, "Vert"}, {p.row, "Horz"}}
	for _, k := range kinds {
		if k.kind == 1 || k.kind == 2 {
			out = append(out, fmt.Sprintf("band%d%s", k.kind, k.name))
		}
	}
	for _, c := range []struct {
		on   bool
		name string
	}{{p.col == firstKind, "firstCol"}, {p.col == lastKind, "lastCol"}, {p.row == firstKind, "firstRow"}, {p.row == lastKind, "lastRow"},
		{p.row == firstKind && p.col == lastKind, "neCell"}, {p.row == firstKind && p.col == firstKind, "nwCell"},
		{p.row == lastKind && p.col == lastKind, "seCell"}, {p.row == lastKind && p.col == firstKind, "swCell"}} {
		if c.on {
			out = append(out, c.name)
		}
	}
	return out
}

// at is the style's formatting of the cells at p.
func (tc *tableCells) at(s *sheet, p place) *cellStyle {
	if cs, ok := tc.styles[p]; ok {
		return cs
	}
	conds := p.conditions()
	cs := &cellStyle{key: tc.style + "|" + strings.Join(conds, ","), pPr: append(props(nil), tc.info.pPr...), rPr: append(props(nil), tc.info.rPr...)}
	tcPr := append(props(nil), tc.ts.tcPr...)
	borders := s.regionLines(nil, tc.ts.tcPr, "", p)
	for _, name := range conds {
		c := tc.ts.conds[name]
		cs.pPr, cs.rPr, tcPr = append(cs.pPr, c.pPr...), append(cs.rPr, c.rPr...), append(tcPr, c.tcPr...)
		borders = s.regionLines(borders, c.tcPr, name, p)
		cs.cantSplit = cs.cantSplit || props(c.trPr).on("w:cantSplit")
		cs.header = cs.header || props(c.trPr).on("w:tblHeader")
		for _, layer := range c.tblPr {
			cs.margins = cs.margins.over(readMargins(layer, "w:tblCellMar"))
		}
		for _, layer := range c.tcPr {
			cs.margins = cs.margins.over(readMargins(layer, "w:tcMar"))
		}
	}
	if tag := tcPr.tag("w:shd"); tag != "" {
		cs.fill = fillOf(tag)
	}
	if v, _ := tcPr.val("w:vAlign"); v == "center" || v == "bottom" {
		cs.vAlign = v
	}
	if v, ok := cs.rPr.val("w:sz"); ok {
		n, _ := parseFloat(v)
		cs.size = n / 2
	}
	cs.borders = borders
	tc.styles[p] = cs
	return cs
}

// tableStyleWins gives a styled table's cell paragraph para (its style
// info, its own pPr) the table style's type size and alignment over its
// paragraph style's where Word does: in a document without the
// compatSetting overrideTableStyleFontSizeAndJustification ([MS-DOCX]:
// Word 2007's and WPS's; Word 2010 and later write it on, and follow the
// style hierarchy of ECMA-376 §17.7.2, the paragraph style over the
// table style), the default paragraph style's 12 pt does not override
// the table style's size, nor its left alignment the table style's; as
// docx4j measured Word, 11 pt does (the specification's "11pt or 12pt"
// notwithstanding). The same goes for another paragraph style that takes
// them from the styles it is based on; what it sets itself stands, as
// does what the paragraph or its runs set.
func (s *sheet) tableStyleWins(para *Paragraph, info styleInfo, pPr string) {
	if s.cellStyle == nil || !s.normalYields {
		return
	}
	_, named := wordxml.Val(pPr, "w:pStyle")
	other := named && para.Style != s.defaultPara
	if s.cellStyle.size > 0 && !(other && info.ownSize) && cmp.Or(info.size, s.defaultSize()) == 12 {
		para.StyleSize = 0 // the table style's, under the runs' own
	}
	if _, own := wordxml.Val(pPr, "w:jc"); !own && !(other && info.ownAlign) && alignment(info.align) == "left" {
		if v, ok := props(s.cellStyle.pPr).val("w:jc"); ok {
			para.Align = v
		}
	}
}

// regionLines lays the lines of the tcPr layers of the conditional format
// name over b. A format's w:tcBorders are its region's: a row's top and
// bottom are every cell's, its left only the first cell's, the lines
// between its cells insideV; a column's likewise across; the whole
// table's and a corner cell's are the cell's own.
func (s *sheet) regionLines(b *TableBorders, tcPr []string, name string, p place) *TableBorders {
	for _, layer := range tcPr {
		el, _ := cutElement(layer, "w:tcBorders")
		l := s.lines(el)
		if l == nil {
			continue
		}
		switch {
		case strings.HasSuffix(name, "Row") || strings.HasSuffix(name, "Horz"):
			l.Left, l.Right = edge(p.left, l.Left, l.InsideV), edge(p.right, l.Right, l.InsideV)
		case strings.HasSuffix(name, "Col") || strings.HasSuffix(name, "Vert"):
			l.Top, l.Bottom = edge(p.top, l.Top, l.InsideH), edge(p.bottom, l.Bottom, l.InsideH)
		}
		b = overlay(b, l)
	}
	return b
}

// edge is the outer line of a region where the cell is on the table's
// edge, else the line between the region's cells.
func edge(onEdge bool, outer, inside *Border) *Border {
	if onEdge {
		return outer
	}
	return inside
}

// overlay is top's lines over b's, side by side.
func overlay(b, top *TableBorders) *TableBorders {
	if b == nil {
		return top
	}
	if top == nil {
		return b
	}
	out := *b
	for _, side := range []struct{ to, from **Border }{{&out.Top, &top.Top}, {&out.Left, &top.Left}, {&out.Bottom, &top.Bottom},
		{&out.Right, &top.Right}, {&out.InsideH, &top.InsideH}, {&out.InsideV, &top.InsideV}} {
		if *side.from != nil {
			*side.to = *side.from
		}
	}
	return &out
}
