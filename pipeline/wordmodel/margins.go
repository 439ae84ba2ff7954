package wordmodel

import (
	"path"
	"strings"
)

// readMargin reads a header or footer part (target, as the document's
// relationships name it) as a story: its paragraphs and tables read as
// the body's are, laid out by the PDF as the body's are (package layout),
// floats in them placed from their paragraph, line, character or cell.
// What the PDF does not show of it is listed.
func (s *sheet) readMargin(parts map[string]string, target string) *Margin {
	name := "word/" + strings.TrimPrefix(target, "/word/")
	part := parts[name]
	q := *s
	q.rels = relationships(parts["word/_rels/"+path.Base(name)+".rels"])
	q.where = partName(name)
	q.inMargin, q.fields, q.linkScope = true, nil, name+"#"
	q.knownStructure(part, q.where)
	m := &Margin{Where: q.where}
	tables := 0
	eachBlock(part, func(el string, i, e int) {
		switch el {
		case "w:p":
			if para, _ := q.paragraph(part[i:e]); !para.Hidden {
				joinBox(lastParagraph(m.Blocks), para)
				m.Blocks = append(m.Blocks, para)
			}
		case "w:tbl":
			tables++
			q.inCell = true
			t := q.table(part[i:e], tables)
			q.inCell, q.cellStyle, q.where = false, nil, m.Where
			m.Blocks = append(m.Blocks, t)
		}
	})
	m.Lines = storyLines(m.Blocks)
	m.Images, m.Shapes = storyObjects(m.Blocks)
	return m
}

// partName is what Word calls a header or footer part.
func partName(name string) string {
	base := path.Base(name)
	if strings.HasPrefix(base, "header") {
		return "页眉（" + base + "）"
	}
	return "页脚（" + base + "）"
}

// Margin is one header or footer: its story, Blocks, which the PDF lays
// out in the page's margin as Word does, and views of it for the checks
// that read it: Lines, a paragraph each (a table's cells' each) with its
// list label (PageField where the page number stands), and all its
// pictures and shapes. Where names the part (页眉（header1.xml）). A
// model not read from Word has Lines (and Images) only.
type Margin struct {
	Blocks []Block
	Lines  []string
	Images []Image
	Shapes []Shape
	Where  string
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
// 前一节); each part is read once, what it has that the PDF does not show
// listed once.
func (s *sheet) sectionMargins(sections []Section, parts map[string]string) {
	read := map[string]*Margin{}
	listed := map[*Margin]bool{} // its tabs past the margin, once a part
	var prev [2]Margins          // header, footer
	for k := range sections {
		sec := &sections[k]
		cur := prev
		for _, ref := range sec.refs {
			target := s.rels[ref.id]
			if target == "" {
				continue
			}
			m, ok := read[target]
			if !ok {
				m = s.readMargin(parts, target)
				read[target] = m
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
		for _, m := range []*Margin{cur[0].Default, cur[0].First, cur[0].Even, cur[1].Default, cur[1].First, cur[1].Even} {
			if m != nil && !listed[m] {
				listed[m] = true
				s.marginTabsPast(m, sec)
			}
		}
	}
}
