package wordmodel

import (
	"cmp"
	"strconv"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/wordxml"
)

// CellPara is how one paragraph of a table cell's text is set, resolved
// as a body paragraph's is (document defaults, the table style's pPr, the
// paragraph's style chain, its own pPr): Word lays a cell's paragraphs
// out like any other, on the section's line grid unless snapToGrid is off.
type CellPara struct {
	// Lines is how many lines of the cell's Text (split at \n) the
	// paragraph is: a line break (w:br) in it makes two.
	Lines int
	// Align is its alignment, as Paragraph.Align.
	Align string
	// Size is the type size of its largest text, in pt, which sets its
	// line height; 0 where neither its runs nor its style set one.
	Size    float64
	Spacing *Spacing
	Indent  *Indent
	// Sizes are the sizes of its text run by run, where they differ
	// (a 5号 figure with a 小五 note in one paragraph); nil where all of
	// it is Size. Shared, never changed.
	Sizes *[]RunSize
}

// RunSize is a stretch of a cell paragraph's text in one type size:
// Runes characters (label first, line breaks included) of Size pt.
type RunSize struct {
	Runes int
	Size  float64
}

// cellPara is how the cell paragraph p is set; size is the document
// defaults' type size, a run's where neither it nor its style sets one.
func cellPara(p *Paragraph, size float64) CellPara {
	cp := CellPara{Lines: strings.Count(p.Text, "\n") + 1, Align: p.Align, Spacing: p.Spacing, Indent: p.Indent}
	if p.Label != nil {
		cp.Lines = strings.Count(p.Label.Text+p.Text, "\n") + 1
	}
	var sizes []RunSize
	dflt := size
	add := func(text string, size float64) {
		size = cmp.Or(size, p.StyleSize, dflt)
		n := utf8.RuneCountInString(text)
		if k := len(sizes) - 1; k >= 0 && sizes[k].Size == size {
			sizes[k].Runes += n
		} else if n > 0 {
			sizes = append(sizes, RunSize{n, size})
		}
		if strings.TrimSpace(text) != "" {
			cp.Size = max(cp.Size, size)
		}
	}
	if p.Label != nil {
		add(p.Label.Text, p.Label.Size)
	}
	for _, r := range p.Runs {
		add(r.Text, r.Size)
	}
	if len(sizes) > 1 {
		cp.Sizes = &sizes
	}
	if cp.Size == 0 {
		cp.Size = cmp.Or(p.StyleSize, dflt) // an empty paragraph's line is its mark's
	}
	return cp
}

// addCellPara appends cp to paras. A cell of one paragraph shares the
// slice of every cell set alike: a 100,000-row attachment's cells hold a
// few between them, not one each.
func (s *sheet) addCellPara(paras []CellPara, cp CellPara) []CellPara {
	if len(paras) > 0 {
		return append(paras, cp)
	}
	if one, ok := s.cellParas[cp]; ok {
		return one
	}
	one := []CellPara{cp}
	if len(s.cellParas) < 1024 {
		s.cellParas[cp] = one
	}
	return one[:1:1]
}

// defaultSize is the type size of text no style or run sizes: the
// document defaults', else Word's 10 pt.
func (s *sheet) defaultSize() float64 {
	if v, ok := wordxml.Val(s.defaults, "w:sz"); ok {
		if n, err := strconv.ParseFloat(v, 64); err == nil && n > 0 {
			return n / 2
		}
	}
	return 10
}
