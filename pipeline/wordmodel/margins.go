package wordmodel

import (
	"cmp"
	"fmt"
	"path"
	"strings"

	"jixiao/pipeline/wordxml"
)

// partLines reads a header or footer part (target, as the document's
// relationships name it), a line a paragraph with its list label, empty
// ones left out; what the PDF does not show of it goes to undrawn. With
// images set, it is the part the PDF draws, and its pictures go there,
// placed on the page (marginPictures).
func (s *sheet) partLines(parts map[string]string, target string, undrawn *[]Feature, m *Margin) []string {
	name := "word/" + strings.TrimPrefix(target, "/word/")
	part := parts[name]
	q := *s
	q.undrawn = undrawn
	if undrawn == nil {
		q.undrawn = new([]Feature)
	}
	q.rels = relationships(parts["word/_rels/"+path.Base(name)+".rels"])
	q.where = partName(name)
	q.inMargin = m != nil
	q.inPart, q.fields = true, nil
	q.knownStructure(part, q.where)
	var out []string
	var found []placed
	var shapes []Shape
	cells := q.marginCells(part)
	header := strings.HasPrefix(path.Base(name), "header")
	for _, p := range wordxml.Elements(part, "w:p", 0, len(part)) {
		cell := cellAt(cells, p.Start)
		q.inCell = cell != nil
		para, _ := q.paragraph(part[p.Start:p.End])
		q.inCell = false
		if m != nil {
			q.inMarginCells(para, cell, header)
		}
		text := para.Text
		if para.Label != nil {
			text = para.Label.Text + text
		}
		if strings.TrimSpace(text) != "" {
			out = append(out, text)
			if m != nil {
				runs, size := q.lineRuns(para)
				m.Runs, m.Sizes = append(m.Runs, runs), append(m.Sizes, size)
				m.Aligns = append(m.Aligns, para.Align)
			}
		}
		for _, img := range para.Images {
			found = append(found, placed{img, para.Align})
		}
		shapes = append(shapes, para.Shapes...)
	}
	if m != nil {
		m.Images = q.marginPictures(found, len(out) > 0, header)
		for _, sp := range shapes {
			if f, ok := q.marginFloat(sp.Float, header, sp.Name); ok {
				sp.Float = f
				m.Shapes = append(m.Shapes, sp)
			}
		}
	}
	return out
}

// lineRuns are the stretches of a header's or footer's line para, nil
// where none has a formatting or a size other than the line's, and the
// line's size: its largest text's, a run without one of its own being in
// its paragraph style's, else the document default's. Its font is the
// header's own.
func (s *sheet) lineRuns(para *Paragraph) (*[]RunSize, float64) {
	look := cellLook{font: allRuns([]*Paragraph{para}, func(r Run) string { return r.Font }),
		latin: allRuns([]*Paragraph{para}, func(r Run) string { return r.LatinFont })}
	base := cmp.Or(para.StyleSize, s.defaultSize())
	own := func(size float64) float64 { return cmp.Or(size, base) }
	_, _, size := s.stretches(para, look, own)
	size = cmp.Or(size, base)
	sizes, formatted, _ := s.stretches(para, look, func(sz float64) float64 {
		if own(sz) == size {
			return 0 // the line's
		}
		return own(sz)
	})
	for _, st := range sizes {
		formatted = formatted || st.Size != 0
	}
	if !formatted {
		return nil, size
	}
	return &sizes, size
}

// placed is a picture of a header or footer, with its paragraph's alignment.
type placed struct {
	img   Image
	align string
}

// marginPictures places a header's or footer's pictures on the page, as
// floating pictures. One in the line (a logo header) stands at the
// header's distance from the page's top (the footer's from its bottom),
// aligned as its paragraph; it can only where the part has no text, whose
// lines the PDF sets on its own. One placed relative to its paragraph is
// placed relative to the header's top; in a footer, whose paragraphs' place
// the PDF does not know, it is listed.
func (s *sheet) marginPictures(found []placed, text, header bool) []Image {
	var out []Image
	for _, p := range found {
		img := p.img
		f := img.Float
		switch {
		case f == nil && text:
			*s.undrawn = append(*s.undrawn, Feature{What: "图片 " + img.Name + "（页眉页脚中有文字时，图片须设为浮于文字上方或衬于文字下方）", Where: s.where})
			continue
		case f == nil:
			f = &Float{FromX: "margin", AlignX: cmp.Or(map[string]string{"center": "center", "right": "right", "end": "right"}[p.align], "left"), FromY: "page", Y: s.page.HeaderDist}
			if !header {
				f.Y = s.page.Height - s.page.FooterDist - img.Height
			}
		default:
			var ok bool
			if f, ok = s.marginFloat(f, header, "浮动图片 "+img.Name); !ok {
				continue
			}
		}
		img.Float = f
		out = append(out, img)
	}
	return out
}

// marginFloat places a header's or footer's float on the page. One placed
// relative to its paragraph is placed relative to the header's top; in a
// footer, whose paragraphs' place the PDF does not know, it is listed as
// what, and ok is false.
func (s *sheet) marginFloat(f *Float, header bool, what string) (_ *Float, ok bool) {
	if f.FromX == "character" {
		*s.undrawn = append(*s.undrawn, Feature{What: what + "（页眉页脚中的图片、图形不能相对于字符定位）", Where: s.where})
		return nil, false
	}
	if f.FromY != "paragraph" && f.FromY != "line" {
		return f, true
	}
	if !header {
		*s.undrawn = append(*s.undrawn, Feature{What: what + "（页脚中的图片、图形须相对于页面或页边距定位）", Where: s.where})
		return nil, false
	}
	g := *f
	g.FromY, g.Y = "page", f.Y+s.page.HeaderDist
	return &g, true
}

// partName is what Word calls a header or footer part.
func partName(name string) string {
	base := path.Base(name)
	if strings.HasPrefix(base, "header") {
		return "页眉（" + base + "）"
	}
	return "页脚（" + base + "）"
}

// Margin is one header or footer: its lines, a paragraph each with its
// list label (PageField where the page number stands), and its pictures,
// placed on the page.
type Margin struct {
	Lines []string
	// Runs are the stretches of each of Lines with a formatting of its
	// own (a superscript ¹, a red or underlined word) or a size other
	// than the line's (0 for the line's), as CellPara.Sizes; nil for a
	// plain line.
	Runs []*[]RunSize
	// Aligns are how each of Lines is aligned across the text block, as
	// its paragraph says (Paragraph.Align: "" is Word's left).
	Aligns []string
	// Sizes are each line's type size in pt, as Word resolves its
	// largest text's (run, paragraph style, document defaults).
	Sizes  []float64
	Images []Image
	Shapes []Shape
}

// Margins are a section's headers or footers by the pages Word shows them
// on: the first page of the section where it has a title page (titlePg),
// even pages where the document has even-page ones (evenAndOddHeaders),
// all others. nil is an empty one.
type Margins struct {
	Default, First, Even *Margin
}

// marginRef is one w:headerReference or w:footerReference of a sectPr.
type marginRef struct {
	footer  bool
	typ, id string
}

// sectionMargins reads every section's headers and footers. A section
// without a reference of a kind has the previous section's (Word's 链接到
// 前一节); each part is read once for each page it is placed on (its
// pictures stand at the section's header and footer distances), what it
// has that the PDF does not show listed once.
func (s *sheet) sectionMargins(sections []Section, parts map[string]string) {
	read := map[string]*Margin{}
	listed := map[string]bool{}
	var prev [2]Margins // header, footer
	for k := range sections {
		sec := &sections[k]
		s.page = *sec
		cur := prev
		for _, ref := range sec.refs {
			target := s.rels[ref.id]
			if target == "" {
				continue
			}
			key := fmt.Sprint(target, sec.Height, sec.HeaderDist, sec.FooterDist)
			m, ok := read[key]
			if !ok {
				undrawn := s.undrawn
				if listed[target] {
					undrawn = nil
				}
				listed[target] = true
				m = &Margin{}
				m.Lines = s.partLines(parts, target, undrawn, m)
				read[key] = m
			}
			set := &cur[0]
			if ref.footer {
				set = &cur[1]
			}
			switch ref.typ {
			case "first":
				set.First = m
			case "even":
				set.Even = m
			default:
				set.Default = m
			}
		}
		sec.Header, sec.Footer, sec.refs = cur[0], cur[1], nil
		prev = cur
	}
}

// pageNumberOnly reports whether a footer says no more than the page
// number (— 1 —), which the PDF draws on every page, odd and even.
func pageNumberOnly(text string) bool {
	return strings.TrimFunc(text, func(r rune) bool {
		return r == 0 || r == ' ' || r == '\n' || strings.ContainsRune("—–-", r)
	}) == "" && strings.Contains(text, PageField)
}
