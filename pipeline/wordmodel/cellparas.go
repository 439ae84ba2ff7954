package wordmodel

import (
	"cmp"
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
	// Sizes are the sizes and formatting of its text run by run, where
	// they differ (a 5号 figure with a 小五 note in one paragraph, m², a
	// red figure among black ones); nil where all of it is Size and has
	// no formatting but the cell's. Shared, never changed.
	Sizes *[]RunSize
	// Shading is the colour behind it, as Paragraph.Shading; Borders its
	// lines, as Paragraph.Borders, one box with the cell's paragraphs
	// before and after it of the same lines.
	Shading string
	Borders *Borders
	// Tabs are its tab stops where its text has a tab: the layout sets
	// each tab, an alignment tab's (w:ptab, a stretch of its own) too,
	// as a body paragraph's (tabs.go); nil otherwise. Shared, never
	// changed.
	Tabs *[]TabStop
}

// RunSize is a stretch of a cell paragraph's text in one type size and
// one formatting: Runes characters (label first, line breaks included) of
// Size pt.
type RunSize struct {
	Runes int
	Size  float64
	// Format is the stretch's run formatting beyond what the cell sets for
	// all its text (Cell.Bold, Color, Font): a struck or underlined word,
	// m², a red figure among black ones. Its Text and Size are empty;
	// nil for none, which every plain cell's stretches are.
	Format *Run
	// Picture is a picture set in the line among the text (嵌入型: a
	// logo, a 签名 after 负责人：), a stretch of no characters standing
	// where it is in the paragraph; nil for text.
	Picture *Image
}

// cellLook is what a cell sets for all its text, which its stretches'
// formats leave out.
type cellLook struct {
	bold               bool
	color, font, latin string
	// other, hint and chinese are what decides the font of each of its
	// characters (Cell.OtherFont, Hint, Chinese).
	other         string
	hint, chinese bool
	// kerns says the stretches carry their kerning (a table cell's),
	// beyond kern, the cell's (Cell.Kern).
	kerns bool
	kern  float64
}

// stretchFormat is the run r's formatting beyond the cell's look, nil for
// none; one of each formatting is kept (a long table repeats a few in
// many cells). Kerning the cell's as a whole (Word documents kern
// everything from 1 pt) is the cell's, which keeps its plain stretches
// plain; a line of a header or footer is not kerned.
func (s *sheet) stretchFormat(r Run, look cellLook) *Run {
	// A hint or a language that changes the font of none of the run's
	// characters is the cell's: it makes no stretch of its own.
	if !otherMatters(r.Text) {
		r.OtherFont = look.other
	}
	if !hintMatters(r.Text) {
		r.Hint = look.hint
	}
	if !r.Hint || !pinyinMatters(r.Text) {
		r.Chinese = look.chinese
	}
	r.Text, r.Size, r.Bookmark, r.Ref, r.Picture, r.NumFormat = "", 0, "", "", 0, ""
	// What picks each character's font is the stretch's own where it
	// differs from the cell's, and whole in any stretch formatted (the
	// layout takes it as it stands, scripts.go there).
	scripts := r.OtherFont != look.other || r.Hint != look.hint || r.Chinese != look.chinese || r.Complex
	saved := r
	r.OtherFont, r.ComplexFont, r.Hint, r.Chinese, r.Complex = "", "", false, false, false
	if !look.kerns || r.Kern == look.kern {
		r.Kern = 0
	}
	if look.bold {
		r.Bold = false
	}
	if r.Color == look.color {
		r.Color = ""
	}
	if r.Font == look.font {
		r.Font = ""
	}
	if r.LatinFont == look.latin {
		r.LatinFont = ""
	}
	if r.Plain() && !scripts {
		return nil
	}
	r.OtherFont, r.ComplexFont, r.Hint, r.Chinese, r.Complex = saved.OtherFont, saved.ComplexFont, saved.Hint, saved.Chinese, saved.Complex
	if f, ok := s.stretchFormats[r]; ok {
		return f
	}
	if len(s.stretchFormats) < 1024 {
		s.stretchFormats[r] = &r
	}
	return &r
}

// sameStretch reports whether two stretches' formats are alike.
func sameStretch(a, b *Run) bool {
	if a == nil || b == nil {
		return a == b
	}
	x, y := *a, *b
	if x.Border != nil && y.Border != nil && *x.Border == *y.Border {
		y.Border = x.Border
	}
	return x == y
}

// cellPara is how the cell paragraph p is set; size is the document
// defaults' type size, a run's where neither it nor its style sets one.
func (s *sheet) cellPara(p *Paragraph, size float64, look cellLook) CellPara {
	cp := CellPara{Lines: strings.Count(p.Text, "\n") + 1, Align: p.Align, Spacing: p.Spacing, Indent: p.Indent, Shading: p.Shading, Borders: p.Borders}
	if p.Label != nil {
		cp.Lines = strings.Count(p.Label.Text+p.Text, "\n") + 1
	}
	sizes, formatted, largest := s.stretches(p, look, func(own float64) float64 { return cmp.Or(own, p.StyleSize, size) })
	cp.Size = largest
	if len(sizes) > 1 || formatted {
		cp.Sizes = &sizes
	}
	if len(p.Tabs) > 0 && strings.Contains(p.Text, "\t") {
		cp.Tabs = &p.Tabs
	}
	if cp.Size == 0 {
		mark := 0.0
		if p.Mark != nil {
			mark = p.Mark.Size
		}
		cp.Size = cmp.Or(mark, p.StyleSize, size) // an empty paragraph's line is its mark's
	}
	return cp
}

// stretches are p's text (label first) cut where its size (sizeOf a
// run's own) or its formatting beyond look changes; formatted says
// whether any has a formatting, and largest is the largest size of text.
func (s *sheet) stretches(p *Paragraph, look cellLook, sizeOf func(float64) float64) (sizes []RunSize, formatted bool, largest float64) {
	add := func(text string, size float64, format *Run) {
		size = sizeOf(size)
		n := utf8.RuneCountInString(text)
		if k := len(sizes) - 1; k >= 0 && sizes[k].Picture == nil && sizes[k].Size == size && sameStretch(sizes[k].Format, format) {
			sizes[k].Runes += n
		} else if n > 0 {
			sizes = append(sizes, RunSize{Runes: n, Size: size, Format: format})
			formatted = formatted || format != nil
		}
		if strings.TrimSpace(text) != "" {
			largest = max(largest, size)
		}
	}
	if p.Label != nil {
		if b := p.LabelPicture; b != nil {
			// The bullet's picture at the label's type size, as the body
			// sets it, before the space after it.
			img := *b
			img.Height = sizeOf(p.Label.Size) * 25.4 / 72
			img.Width = img.Height * b.Width / b.Height
			sizes = append(sizes, RunSize{Size: sizeOf(p.Label.Size), Picture: &img})
			formatted = true
		}
		add(p.Label.Text, p.Label.Size, nil)
	}
	for _, r := range p.Runs {
		if r.Picture > 0 && r.Picture <= len(p.Images) {
			sizes = append(sizes, RunSize{Size: sizeOf(r.Size), Picture: &p.Images[r.Picture-1]})
			formatted = true
			continue
		}
		add(r.Text, r.Size, s.stretchFormat(r, look))
	}
	return sizes, formatted, largest
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
	if s.defaultPt == 0 { // found once: every cell asks
		s.defaultPt = 10
		if v, ok := wordxml.Val(s.defaults, "w:sz"); ok {
			if n, err := parseFloat(v); err == nil && n > 0 {
				s.defaultPt = n / 2
			}
		}
	}
	return s.defaultPt
}
