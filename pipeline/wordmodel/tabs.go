package wordmodel

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unique"

	"jixiao/pipeline/wordxml"
)

// TabStop is one custom tab stop of a paragraph.
type TabStop struct {
	// Pos is the stop's place in twips from the text block's left edge.
	Pos float64
	// Align is left, right, center or decimal: which edge of the text
	// after the tab (or its decimal point) stands at the stop.
	Align string
	// Leader is what fills the tab's space: dot, hyphen, underscore,
	// middleDot, heavy; "" for none.
	Leader string
}

// maxTabPos is the farthest a tab stop can stand from the indent, twips:
// Word's 制表位 dialog takes at most 1584 pt (22 inches) either way.
const maxTabPos = 31680

// AlignTab is an alignment tab (Word 2010's 插入对齐制表符, w:ptab): the
// text after it stands at a place of its own, whatever the paragraph's tab
// stops: its left edge (Align left), centre or right edge at the left,
// the middle or the right of the text block (RelativeTo margin) or of the
// paragraph between its indents (indent), the space before it filled with
// Leader (dot, hyphen, underscore, middleDot; "" for none).
type AlignTab struct {
	Align, RelativeTo, Leader string
}

// alignTab reads a w:ptab's start tag; its values are the model's own, not
// the part's (detach).
func alignTab(tag string) *AlignTab {
	v := func(name, or string) string { return unique.Make(cmp.Or(attr(tag, name), or)).Value() }
	t := &AlignTab{Align: v("w:alignment", "left"), RelativeTo: v("w:relativeTo", "margin"), Leader: v("w:leader", "")}
	if t.Leader == "none" {
		t.Leader = ""
	}
	return t
}

// alignTabVertical lists an alignment tab in a cell of vertical text,
// which stands relative to its column's whole length, the row's height
// that the columns decide; an ordinary tab there is set down the column
// to its stop (layout's verticaltabs.go). A horizontal cell's is set as a
// body paragraph's, from the cell's content box (CellPara.Tabs).
const alignTabVertical = "竖排文字单元格中的对齐方式制表符（绝对位置制表符）"

// hasAlignTab reports whether p has an alignment tab.
func hasAlignTab(p *Paragraph) bool {
	return slices.ContainsFunc(p.Runs, func(r Run) bool { return r.Align != nil })
}

// resolveTabs is a paragraph's tab stops, by position: each layer's
// w:tabs adds its stops to the weaker layers' and a w:tab of val clear
// takes away the one at its position.
func resolveTabs(layers props) []TabStop {
	var out []TabStop
	for _, l := range layers {
		i := wordxml.Next(l, "w:tabs", 0, len(l))
		if i < 0 {
			continue
		}
		tabs := l[i:end(l, i, "w:tabs")]
		for _, sp := range wordxml.Elements(tabs, "w:tab", 0, len(tabs)) {
			tag := tabs[sp.Start : sp.Start+strings.IndexByte(tabs[sp.Start:], '>')]
			pos, err := parseFloat(attr(tag, "w:pos"))
			if err != nil || math.Abs(pos) > maxTabPos {
				continue // Word ignores a stop it could not have set
			}
			out = slices.DeleteFunc(out, func(t TabStop) bool { return t.Pos == pos })
			align := attr(tag, "w:val")
			switch align {
			case "clear", "bar", "num":
				continue // a bar tab draws a line, not a stop; num is a list's
			case "start":
				align = "left"
			case "end":
				align = "right"
			}
			leader := attr(tag, "w:leader")
			if leader == "none" {
				leader = ""
			}
			out = append(out, TabStop{Pos: pos, Align: align, Leader: leader})
		}
	}
	slices.SortFunc(out, func(a, b TabStop) int { return cmp.Compare(a.Pos, b.Pos) })
	return out
}

// tabPastMargin lists a paragraph with a tab whose stop stands past its
// page's right margin (Word's dialog takes stops up to 1584 pt): where
// Word sets the text after such a tab, in the margin, off the page or on
// the next line, is not settled here (LibreOffice, which imports Word's
// 制表位超出边距 as TabOverMargin, wraps it), and the PDF cannot draw
// it off the page. A stop at the margin itself is drawn.
func tabPastMargin(para *Paragraph, sectPr string) string {
	if len(para.Tabs) == 0 || !strings.Contains(para.Text, "\t") {
		return ""
	}
	sec := pageSetup(sectPr)
	return stopPast(para.Tabs, (sec.Width-sec.Left-sec.Right)/25.4*72, "右边距以外的制表位", "版心宽")
}

// stopPast names a stop of tabs that stands past an edge width pt from
// where the stops are measured: what, and the width as named; "" for
// none. A stop at the edge itself is drawn.
func stopPast(tabs []TabStop, width float64, what, named string) string {
	for _, t := range tabs {
		if t.Pos/20 > width+0.5 {
			return fmt.Sprintf("%s（%.0f 磅处，%s %.0f 磅）", what, t.Pos/20, named, width)
		}
	}
	return ""
}

// A header's, a footer's, a text box's or a table cell's tab whose stop
// stands past its right edge (the margin, the box's or the cell's inner
// edge) is listed as a body paragraph's is (tabPastMargin). Where Word
// sets the text after it is not settled: LibreOffice 7.4 sets a header's
// text past the margin toward the stop (TabOverMargin), part of it
// missing from its PDF, leaves a cell's out, and treats a right stop that
// is not a paragraph's first as one at the edge (txttab.cxx); the layout
// would set it past the edge or wrap it without a word. A stop the text never reaches
// is listed too, as in the body: the template keeps it for other text.

// marginTabsPast lists m's paragraphs (a header's or a footer's, not its
// tables', which their cells list) with a tab whose stop stands past the
// right margin of sec, which shows m.
func (s *sheet) marginTabsPast(m *Margin, sec *Section) {
	width := (sec.Width - sec.Left - sec.Right) / 25.4 * 72
	for _, b := range m.Blocks {
		p, ok := b.(*Paragraph)
		if !ok || len(p.Tabs) == 0 || !strings.Contains(p.Text, "\t") {
			continue
		}
		if why := stopPast(p.Tabs, width, "页眉页脚中右边距以外的制表位", "版心宽"); why != "" {
			*s.undrawn = append(*s.undrawn, Feature{What: why, Where: m.Where, Text: p.Text})
		}
	}
}

// boxTabsPast lists a text box's paragraphs with a tab whose stop stands
// past the box's inner right edge. A box whose text does not wrap
// (wrap none) has no such edge; a vertical box's lines run down it.
func (s *sheet) boxTabsPast(sp *Shape, where string) {
	if sp.NoWrap || sp.Vertical != "" {
		return
	}
	width := (sp.Width - sp.Inset[0] - sp.Inset[2]) / 25.4 * 72
	for _, p := range sp.Text {
		if len(p.Tabs) == 0 || !strings.Contains(p.Text, "\t") {
			continue
		}
		if why := stopPast(p.Tabs, width, "文本框中右边以外的制表位", "文本框内宽"); why != "" {
			*s.undrawn = append(*s.undrawn, Feature{What: why, Where: where, Text: p.Text})
		}
	}
}

// cellTabsPast lists c, a cell of horizontal text whose grid columns are
// widths (twips) and whose margins are its own over the table's, where
// a paragraph has a tab whose stop stands past the cell's inner right
// edge. A vertical cell's tabs are listed already (tabVertical).
func (s *sheet) cellTabsPast(c *Cell, widths []int, table CellMargins) {
	if c.Direction != "" || len(widths) == 0 {
		return
	}
	var width float64
	for _, w := range widths {
		width += float64(w) / 20
	}
	m := table.over(c.Margins)
	for _, side := range []int{1, 3} {
		if m.Set[side] {
			width -= m.Pt[side]
		} else {
			width -= 5.4 // Word's default, 0.19 cm
		}
	}
	for _, cp := range c.Paras {
		if cp.Tabs == nil {
			continue
		}
		if why := stopPast(*cp.Tabs, width, "单元格中右边以外的制表位", "单元格内宽"); why != "" {
			*s.undrawn = append(*s.undrawn, Feature{What: why, Where: s.where})
			return
		}
	}
}
