package wordmodel

import (
	"strings"

	"jixiao/pipeline/wordxml"
)

// Spacing is a paragraph's vertical spacing as Word resolves it through
// the document defaults, the style chain and the paragraph's own w:spacing.
type Spacing struct {
	// Before and After are in twips, or in hundredths of a line in the
	// *Lines fields, which win when set, as in Word.
	Before, After           float64
	BeforeLines, AfterLines float64
	// Line is the line height: twips for exact and atLeast, 240ths of a
	// single line for auto (240 is single, 360 one and a half).
	Line     float64
	LineRule string // auto, exact or atLeast
	// Contextual: the space before and after is left out next to a
	// paragraph of the same style (w:contextualSpacing, a list's).
	Contextual bool
	// NoGrid: the paragraph does not snap to the section's line and
	// character grid (w:snapToGrid off).
	NoGrid bool
	Keeps
	LineRules
}

// pPrLayers are a paragraph's property layers, the weakest first: the
// document defaults, the style chain and, for a list paragraph, its
// level's; the paragraph's own pPr is added by the caller.
func (s *sheet) pPrLayers(info styleInfo) props {
	layers := props{s.pDefaults}
	if s.cellStyle != nil {
		layers = append(layers, s.cellStyle.pPr...)
	}
	return append(layers, info.pPr...)
}

// indentGroups are the w:ind attributes that Word takes together: a layer
// that sets any of a group replaces what weaker layers set for it, so
// that a paragraph's own hanging indent is not undone by its style's
// firstLineChars.
var indentGroups = [][]string{
	{"w:left", "w:start", "w:leftChars", "w:startChars"},
	{"w:right", "w:end", "w:rightChars", "w:endChars"},
	{"w:firstLine", "w:hanging", "w:firstLineChars", "w:hangingChars"},
}

// resolveIndent is the indentation the strongest layers set, group by
// group; nil where no layer has a w:ind.
func resolveIndent(layers props) *Indent {
	var in *Indent
	for g, names := range indentGroups {
		tag, at := strongestAt(layers, "w:ind", names)
		if tag == "" {
			continue
		}
		chars := true
		if zeroChars(tag, names) {
			// A *Chars of 0 and no twips (Word's 列表段落 when it numbers
			// one: firstLineChars="0") undoes the weaker layers'
			// characters, not their twips: the list level's hanging
			// indent stands, as Word and LibreOffice hang the label.
			if under, _ := strongestAt(layers[:at], "w:ind", names[:2]); under != "" {
				tag, chars = under, false
			}
		}
		if in == nil {
			in = &Indent{}
		}
		num := func(k int) float64 {
			v, _ := parseFloat(attr(tag, names[k]))
			if k >= 2 && !chars {
				return 0
			}
			return v
		}
		switch g {
		case 0:
			in.Left, in.LeftChars = num(0)+num(1), num(2)+num(3)
		case 1:
			in.Right, in.RightChars = num(0)+num(1), num(2)+num(3)
		case 2:
			in.First, in.FirstChars = num(0)-num(1), num(2)-num(3)
		}
	}
	return in
}

// spacingGroups are the w:spacing attributes Word takes together.
var spacingGroups = [][]string{
	{"w:before", "w:beforeLines"},
	{"w:after", "w:afterLines"},
	{"w:line", "w:lineRule"},
}

// resolveSpacing is the spacing the layers set; single line spacing and
// nothing before or after where none sets it.
func resolveSpacing(layers props) *Spacing {
	sp := &Spacing{Line: 240, LineRule: "auto"}
	for g, names := range spacingGroups {
		tag := strongestWith(layers, "w:spacing", names)
		if tag == "" {
			continue
		}
		num := func(k int) float64 {
			v, _ := parseFloat(attr(tag, names[k]))
			return v
		}
		switch g {
		case 0:
			sp.Before, sp.BeforeLines = num(0), num(1)
		case 1:
			sp.After, sp.AfterLines = num(0), num(1)
		case 2:
			if v := num(0); v > 0 {
				sp.Line = v
			}
			if rule := attr(tag, "w:lineRule"); rule == "exact" || rule == "atLeast" {
				sp.LineRule = rule
			} else {
				sp.LineRule = "auto"
			}
		}
	}
	sp.Contextual = layers.on("w:contextualSpacing")
	if v, ok := layers.val("w:snapToGrid"); ok && (v == "0" || v == "false" || v == "off") {
		sp.NoGrid = true
	}
	sp.Keeps = resolveKeeps(layers)
	sp.LineRules = resolveLineRules(layers)
	return sp
}

// strongestWith is the start tag of element name in the strongest layer
// whose name element has one of attrs; "".
func strongestWith(layers props, name string, attrs []string) string {
	tag, _ := strongestAt(layers, name, attrs)
	return tag
}

// strongestAt is strongestWith's tag and the index of its layer.
func strongestAt(layers props, name string, attrs []string) (string, int) {
	for i := len(layers) - 1; i >= 0; i-- {
		l := layers[i]
		j := wordxml.Next(l, name, 0, len(l))
		if j < 0 {
			continue
		}
		tag := l[j : j+strings.IndexByte(l[j:], '>')]
		for _, a := range attrs {
			if attr(tag, a) != "" {
				return tag, i
			}
		}
	}
	return "", -1
}

// zeroChars reports whether tag sets group names' characters (the last
// two) only, and to 0.
func zeroChars(tag string, names []string) bool {
	if attr(tag, names[0]) != "" || attr(tag, names[1]) != "" {
		return false
	}
	for _, a := range names[2:] {
		if v := attr(tag, a); v != "" && v != "0" {
			return false
		}
	}
	return true
}

// alignment is Word's w:jc as the PDF draws it: start and end are left and
// right in a left-to-right document, and the Arabic justifications are
// justified.
func alignment(jc string) string {
	switch jc {
	case "start":
		return "left"
	case "end":
		return "right"
	case "thaiDistribute", "lowKashida", "mediumKashida", "highKashida":
		return "both"
	}
	return jc
}

// layoutOf is a paragraph's resolved indentation and spacing.
type layoutOf struct {
	indent  *Indent
	spacing *Spacing
	tabs    []TabStop
}

// layoutOf resolves the indentation and spacing of a paragraph of style
// whose list level has levelPPr ("" for none) and whose own properties
// are pPr. Paragraphs sharing all three share the result, which the
// reader never changes.
func (s *sheet) layoutOf(style string, info styleInfo, levelPPr, pPr string) layoutOf {
	key := s.styleKey(style) + "\x00" + levelPPr + "\x00" + pPr
	if l, ok := s.layouts[key]; ok {
		return l
	}
	layers := append(s.pPrLayers(info), levelPPr, pPr)
	l := layoutOf{resolveIndent(layers), resolveSpacing(layers), resolveTabs(layers)}
	if l.indent == nil {
		l.indent = &Indent{}
	}
	if len(s.layouts) < 1024 {
		s.layouts[strings.Clone(key)] = l
	}
	return l
}

// setLayout gives p the layout l.
func (p *Paragraph) setLayout(l layoutOf) { p.Indent, p.Spacing, p.Tabs = l.indent, l.spacing, l.tabs }

// charGrid sets the character cell of sections with a character grid:
// Word makes it the Normal style's type size plus the grid's charSpace,
// which is how a template says "28 characters a line".
func (s *sheet) charGrid(sections []Section) {
	size := s.styles[s.defaultPara].size
	if size == 0 {
		if v, ok := wordxml.Val(s.defaults, "w:sz"); ok {
			n, _ := parseFloat(v)
			size = n / 2
		}
	}
	if size == 0 {
		size = 10 // Word's size where nothing sets one
	}
	for i := range sections {
		if sections[i].CharPitch < 0 {
			sections[i].CharPitch = max(size+sections[i].charSpace/4096, 1) * 25.4 / 72
		}
	}
}
