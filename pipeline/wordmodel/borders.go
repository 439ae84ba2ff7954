package wordmodel

import (
	"strconv"
	"strings"
)

// Borders are a paragraph's lines above and below it; nil for none.
type Borders struct {
	Top, Bottom *Border
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
// and dashed lines; Word's art borders and 3-D lines are not.
var borderStyles = map[string]bool{
	"single": true, "thick": true, "double": true, "dotted": true, "dashed": true, "dotDash": true, "dotDotDash": true,
	"thinThickSmallGap": true, "thickThinSmallGap": true, "thinThickMediumGap": true, "thickThinMediumGap": true,
	"thinThickLargeGap": true, "thickThinLargeGap": true, "triple": true, "dashSmallGap": true,
}

// readBorders reads a w:pBdr; why says what of it the PDF does not draw.
func readBorders(pBdr string) (*Borders, string) {
	b := &Borders{}
	for _, side := range []string{"w:top", "w:bottom", "w:left", "w:right", "w:between", "w:bar"} {
		i := next(pBdr, side, 0)
		if i < 0 {
			continue
		}
		tag := pBdr[i : i+strings.IndexByte(pBdr[i:], '>')]
		val := attr(tag, "w:val")
		if val == "" || val == "nil" || val == "none" {
			continue
		}
		if side != "w:top" && side != "w:bottom" {
			return nil, "只显示上下边框"
		}
		if !borderStyles[val] {
			return nil, "线型“" + val + "”"
		}
		sz, _ := strconv.ParseFloat(attr(tag, "w:sz"), 64)
		space, _ := strconv.ParseFloat(attr(tag, "w:space"), 64)
		line := &Border{Style: val, Width: max(sz, 2) / 8, Space: space}
		if c := strings.ToUpper(attr(tag, "w:color")); len(c) == 6 && c != "000000" {
			line.Color = c
		}
		if side == "w:top" {
			b.Top = line
		} else {
			b.Bottom = line
		}
	}
	if b.Top == nil && b.Bottom == nil {
		return nil, ""
	}
	return b, ""
}
