package wordmodel

import (
	"strings"
)

// Borders are a paragraph's lines (w:pBdr); nil for none. Top, Bottom,
// Left and Right box its text, each Space pt from it; Between is drawn
// between two paragraphs of one box, Bar beside the text's left.
type Borders struct {
	Top, Bottom, Left, Right, Between, Bar *Border
	// WithPrevious and WithNext say the paragraph before or after it in
	// its story has the same lines and indents: Word draws them as one
	// box, its top line over the first, its bottom line under the last
	// and the between line between each two.
	WithPrevious, WithNext bool
}

// Border is one line: Word's style (single, thick, double, dotted,
// dashed, thinThickSmallGap …), its width in pt, its colour (RRGGBB, ""
// for black) and its distance from the text in pt.
type Border struct {
	Style        string
	Width, Space float64
	Color        string
}

// borderStyles are the line styles the PDF draws: solid, doubled, dotted
// and dashed lines, and Word's 3-D lines (threeDEmboss, threeDEngrave,
// outset, inset: a light and a dark tone of the line's colour) on
// paragraphs, tables and pages; a text border's 3-D line is not drawn
// (undrawnFormat), nor are wavy lines and Word's art borders (pictures).
var borderStyles = map[string]bool{
	"single": true, "thick": true, "double": true, "dotted": true, "dashed": true, "dotDash": true, "dotDotDash": true,
	"thinThickSmallGap": true, "thickThinSmallGap": true, "thinThickMediumGap": true, "thickThinMediumGap": true,
	"thinThickLargeGap": true, "thickThinLargeGap": true, "triple": true, "dashSmallGap": true,
	"threeDEmboss": true, "threeDEngrave": true, "outset": true, "inset": true,
}

// lineStyles are Word's line styles (ST_Border) the PDF does not draw;
// any other style is an art border, a row of pictures.
var lineStyles = map[string]bool{
	"thinThickThinSmallGap": true, "thinThickThinMediumGap": true, "thinThickThinLargeGap": true,
	"wave": true, "doubleWave": true, "dashDotStroked": true,
}

// undrawnLine names a border style the PDF does not draw, as the clerk
// knows it: a line style by its name, an art border (苹果, 星星 …) as one.
func undrawnLine(style string) string {
	if lineStyles[style] {
		return "线型“" + style + "”"
	}
	return "艺术型边框“" + style + "”"
}

// readBorders reads a w:pBdr; why says what of it the PDF does not draw.
func readBorders(pBdr string) (*Borders, string) {
	b := &Borders{}
	sides := []struct {
		name string
		to   **Border
	}{{"w:top", &b.Top}, {"w:bottom", &b.Bottom}, {"w:left", &b.Left}, {"w:start", &b.Left}, {"w:right", &b.Right},
		{"w:end", &b.Right}, {"w:between", &b.Between}, {"w:bar", &b.Bar}}
	set := false
	for _, side := range sides {
		i := next(pBdr, side.name, 0)
		if i < 0 || *side.to != nil {
			continue
		}
		tag := pBdr[i : i+strings.IndexByte(pBdr[i:], '>')]
		val := attr(tag, "w:val")
		if val == "" || val == "nil" || val == "none" {
			continue
		}
		if !borderStyles[val] {
			return nil, undrawnLine(val)
		}
		*side.to, set = readLine(tag), true
	}
	if !set {
		return nil, ""
	}
	return b, ""
}

// sameBox reports whether Word draws paragraphs a and b, one after the
// other, in one box: their lines and indents are the same.
func sameBox(a, b *Paragraph) bool {
	if a.Borders == nil || b.Borders == nil || (a.Frame != nil || b.Frame != nil) && !SameFrame(a, b) {
		return false
	}
	x, y := *a.Borders, *b.Borders
	x.WithPrevious, x.WithNext, y.WithPrevious, y.WithNext = false, false, false, false
	for _, l := range [][2]*Border{{x.Top, y.Top}, {x.Bottom, y.Bottom}, {x.Left, y.Left}, {x.Right, y.Right}, {x.Between, y.Between}, {x.Bar, y.Bar}} {
		if (l[0] == nil) != (l[1] == nil) || l[0] != nil && *l[0] != *l[1] {
			return false
		}
	}
	var ia, ib Indent
	if a.Indent != nil {
		ia = *a.Indent
	}
	if b.Indent != nil {
		ib = *b.Indent
	}
	return ia.Left == ib.Left && ia.Right == ib.Right && ia.LeftChars == ib.LeftChars && ia.RightChars == ib.RightChars
}

// joinBox puts p in one box with prev, the paragraph before it in its
// story (nil where a table or nothing stands before it), where Word does.
func joinBox(prev, p *Paragraph) {
	if prev != nil && sameBox(prev, p) {
		prev.Borders.WithNext, p.Borders.WithPrevious = true, true
	}
}

// lastParagraph is the last of blocks where it is a paragraph.
func lastParagraph(blocks []Block) *Paragraph {
	if n := len(blocks); n > 0 {
		p, _ := blocks[n-1].(*Paragraph)
		return p
	}
	return nil
}

// readLine reads one border element's attributes; none and nil are a
// Border of Style "none", which removes a line a table sets.
func readLine(tag string) *Border {
	val := attr(tag, "w:val")
	if val == "" || val == "nil" || val == "none" {
		return &Border{Style: "none"}
	}
	sz, _ := parseFloat(attr(tag, "w:sz"))
	space, _ := parseFloat(attr(tag, "w:space"))
	line := &Border{Style: val, Width: max(sz, 2) / 8, Space: space}
	if c := strings.ToUpper(attr(tag, "w:color")); len(c) == 6 && c != "000000" {
		line.Color = c
	}
	return line
}

// TableBorders are the lines a table (w:tblBorders, its own or its
// style's) or a cell (w:tcBorders) sets: nil where it sets nothing, a
// Border of Style "none" where it sets no line. A cell's diagonals
// (斜线表头) run corner to corner: TopLeft from its top left to its
// bottom right (w:tl2br), TopRight from its top right to its bottom left
// (w:tr2bl).
type TableBorders struct {
	Top, Left, Bottom, Right, InsideH, InsideV *Border
	TopLeft, TopRight                          *Border
}

// readTableBorders reads a w:tblBorders or w:tcBorders; nil if it sets
// nothing. Word 2010 and later write start and end for left and right.
// A line style the PDF does not draw is drawn single and named in why.
func readTableBorders(x string) (b *TableBorders, why string) {
	if x == "" {
		return nil, ""
	}
	b = &TableBorders{}
	sides := []struct {
		names []string
		to    **Border
	}{{[]string{"w:top"}, &b.Top}, {[]string{"w:left", "w:start"}, &b.Left}, {[]string{"w:bottom"}, &b.Bottom},
		{[]string{"w:right", "w:end"}, &b.Right}, {[]string{"w:insideH"}, &b.InsideH}, {[]string{"w:insideV"}, &b.InsideV},
		{[]string{"w:tl2br"}, &b.TopLeft}, {[]string{"w:tr2bl"}, &b.TopRight}}
	set := false
	for _, side := range sides {
		for _, name := range side.names {
			i := next(x, name, 0)
			if i < 0 {
				continue
			}
			line := readLine(x[i : i+strings.IndexByte(x[i:], '>')])
			if line.Style != "none" && !borderStyles[line.Style] {
				why = undrawnLine(line.Style)
				line.Style = "single"
			}
			*side.to, set = line, true
			break
		}
	}
	if !set {
		return nil, why
	}
	return b, why
}
