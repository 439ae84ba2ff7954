package wordmodel

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

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
			pos, err := strconv.ParseFloat(attr(tag, "w:pos"), 64)
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
