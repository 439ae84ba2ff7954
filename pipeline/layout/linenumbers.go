package layout

import (
	"strconv"

	"jixiao/pipeline/wordmodel"
)

// Line numbers (行号, a section's w:lnNumType) are drawn as Word draws
// them: each line of a body paragraph counted, an empty paragraph's too,
// from the section's start again on each page, each section or never;
// every CountBy-th number drawn in the left margin on its line's
// baseline, right-aligned Distance left of the column's text (Word's
// 自动 is a quarter inch), in the Line Number style's type, else
// Normal's. Lines in tables, text boxes, headers and footers, footnotes
// and endnotes are not counted, nor those of a paragraph that suppresses
// line numbers (w:suppressLineNumbers).

// lineCount is where the line numbers have got to: the last number
// given, on which page and in which section; counted is false before
// the first.
type lineCount struct {
	n, page, section int
	counted          bool
}

// lineNumber counts a line of p whose baseline is at baseline, and draws
// its number where it is shown.
func (r *renderer) lineNumber(p *wordmodel.Paragraph, st Style, baseline float64) {
	if r.inStory || r.inBox || r.unnumbered || p.NoLineNumbers || r.section >= len(r.pageSections) {
		return
	}
	ln := r.pageSections[r.section].LineNumbers
	if ln == nil {
		return
	}
	c := &r.lines
	switch {
	case !c.counted, ln.Restart == "newPage" && c.page != r.page, ln.Restart == "newSection" && c.section != r.section:
		c.n = ln.Start
	default:
		c.n++
	}
	c.counted, c.page, c.section = true, r.page, r.section
	if c.n%ln.CountBy != 0 {
		return
	}
	face := r.fs.role(st.Font)
	if role := roleOf(ln.LatinFont); role != "" {
		face = r.fs.role(role)
	} else if role := roleOf(ln.Font); role != "" {
		face = r.fs.role(role)
	}
	size := ln.Size
	if size == 0 {
		size = st.Size // neither the style nor the defaults set one
	}
	text := strconv.Itoa(c.n)
	w := face.width(text, size)
	r.ops = append(r.ops, op{kind: opText, face: face, size: size, x: r.left() - ln.Distance - w, y: baseline, text: text})
}

// linesBegin is called before the n lines of a band of p are drawn at
// r.y, the top of their type, beside each other where floats part them:
// the band is one line to count, and a heading's lines begin its chapter
// (chapters.go) before its bookmarks are placed.
func (r *renderer) linesBegin(p *wordmodel.Paragraph, l look, n int) {
	if n == 0 || r.inStory || r.inBox {
		return
	}
	r.chapters.heading(p)
	r.styleRefs.heading(p)
	r.lineNumber(p, l.st, r.y+r.fs.role(l.st.Font).font.ascent*l.st.Size*ptToMM)
}

// numberEmpty counts an empty paragraph's line whose top is top.
func (r *renderer) numberEmpty(p *wordmodel.Paragraph, l look, top float64) {
	_, drop := r.lineWithPictures(nil, p, l)
	r.lineNumber(p, l.st, top+drop+r.fs.role(l.st.Font).font.ascent*l.st.Size*ptToMM)
}
