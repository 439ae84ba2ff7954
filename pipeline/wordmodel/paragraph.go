package wordmodel

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// characters are the empty elements that stand for a character: a tab, a
// carriage return, a hyphen no line breaks at (U+2011), a hyphen shown
// only where a line breaks (U+00AD).
var characters = map[string]string{"w:tab": "\t", "w:cr": "\n", "w:noBreakHyphen": "\u2011", "w:softHyphen": "\u00AD"}

// paragraph reads one w:p; breakAfter reports a page break after all its
// text, which starts the next block on a new page (one before text in it
// is Paragraph.PageBreaks).
// Text Word hides (w:vanish) is left out; a paragraph whose mark is hidden
// too and that shows nothing is left out whole (Hidden).
func (s *sheet) paragraph(p string) (para *Paragraph, breakAfter bool) {
	// A paragraph naming no style has the default one, whatever its id:
	// Chinese Word's 正文 is "a", WPS's often "1".
	para = &Paragraph{Style: s.defaultPara}
	checked := s.knownParagraph(p) // before the reading takes its pPr out
	pPr := ""
	// The paragraph's own properties come first; a later w:pPr is a text
	// box's paragraph's.
	if pr, gt := next(p, "w:pPr", 0), strings.IndexByte(p, '>'); pr > gt && strings.TrimSpace(p[gt+1:pr]) == "" {
		e := end(p, pr, "w:pPr")
		pPr = p[pr:e]
		p = p[:pr] + p[e:]
	}
	if v, ok := wordxml.Val(pPr, "w:pStyle"); ok {
		para.Style = v
	}
	info := s.styles[para.Style]
	para.StyleName, para.Align, para.PageBreakBefore, para.StyleSize = info.name, info.align, info.pageBreak, info.size
	if v, ok := wordxml.Val(pPr, "w:jc"); ok {
		para.Align = v
	} else if info.align == "" {
		// The table style's (a centred header row), over the defaults'.
		if v, ok := props(s.pPrLayers(styleInfo{})).val("w:jc"); ok {
			para.Align = v
		}
	}
	s.tableStyleWins(para, info, pPr)
	para.Align = alignment(para.Align)
	para.setLayout(s.layoutOf(para.Style, info, "", pPr))
	if v, ok := wordxml.Val(pPr, "w:pageBreakBefore"); ok {
		para.PageBreakBefore = v != "0" && v != "false" && v != "off"
	} else if on(pPr, "w:pageBreakBefore") {
		para.PageBreakBefore = true
	}
	key := s.styleKey(para.Style)
	layers := s.layers(key, info)
	if i := next(pPr, "w:rPr", 0); i >= 0 {
		mark := s.format(key, layers, "<w:r>"+pPr[i:end(pPr, i, "w:rPr")]+"</w:r>").run
		para.Mark = &mark
	}
	found := s.numberParagraph(para, pPr, info, layers) // what the PDF will not show
	outlineAndLines(para, pPr, info)
	var b strings.Builder
	// A field whose number the layout sets (PAGE, NUMPAGES, SECTIONPAGES,
	// PAGEREF) is its placeholder, its saved result left out; any other
	// field's result (a TOC's lines, a HYPERLINK's words) is printed.
	var cur Run // the formatting of the run being read
	hidden := false
	symbols := ""          // the symbol font the run's Latin text is set in
	link, linkEnd := "", 0 // the hyperlink being read, and where it ends
	runTo := 0             // where the run being read ends
	// broken: a page (or, column) break was read, which starts a new
	// page (column) where text follows it in the paragraph (PageBreaks,
	// ColumnBreaks), the paragraph where none comes before it.
	broken, column := false, false
	var put func(string)
	breakHere := func() {
		if !broken {
			return
		}
		broken = false
		if strings.TrimSpace(b.String()) == "" && len(para.Images) == 0 {
			if column {
				para.ColumnBreakBefore = true
			} else {
				para.PageBreakBefore, para.brokeBefore = true, true
			}
			return
		}
		at := strings.Count(b.String(), "\n")
		if column {
			para.ColumnBreaks = append(para.ColumnBreaks, at)
		} else {
			para.PageBreaks = append(para.PageBreaks, at)
		}
		put("\n")
	}
	add := func(text string) {
		if broken && strings.TrimSpace(text) != "" {
			breakHere()
		}
		put(text)
	}
	put = func(text string) {
		cur.Link = cmp.Or(s.fields.link(), link)
		b.WriteString(text)
		if n := len(para.Runs); n > 0 && sameFormat(para.Runs[n-1], cur) {
			para.Runs[n-1].Text += text
			return
		}
		r := cur
		r.Text = text
		para.Runs = append(para.Runs, r)
	}
	write := func(text string) {
		if !hidden && s.fields.shown() {
			add(text)
		}
	}
	// place writes a field's placeholder where the fields around it are
	// printed.
	place := func(f *field) {
		if f == nil || f.placed == "" || f.done || hidden || !s.fields[:len(s.fields)-1].shown() {
			return
		}
		f.done = true
		plain := cur
		cur.Ref, cur.NumFormat = f.ref, f.format
		if f.format != "" && s.inCell {
			// A cell keeps its text, not its runs' page formats.
			s.known.fields = append(s.known.fields, "表格中带数字格式开关的页码域")
		}
		add(f.placed)
		cur = plain
		if f.placed == PageRefField {
			s.refer(f.ref, "页码引用")
		}
	}
	refer := func(f *field) {
		if f != nil && strings.HasPrefix(f.link, "#") {
			s.refer(f.link[1:], "链接")
		}
	}
	inTOC := s.fields.inTOC() // the paragraph is a TOC's line
	var chosen []int          // the branches read of the mc:AlternateContent met
	// ruby is the 拼音指南 whose base's runs end at rubyEnd (ruby.go).
	var ruby *Ruby
	rubyEnd := -1
	drawn := newDrawings(p)
	for i := 0; i < len(p); {
		lt := strings.IndexByte(p[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		if link != "" && i >= linkEnd {
			link = ""
		}
		// One look at the tag's name, not one per case: the reader passes
		// every tag of a 100,000-row attachment.
		name := elementName(p, i)
		pictures := len(para.Images)
		s.textAt = b.Len()
		what, skip := s.undrawnAt(p, i, name, drawn)
		if n := len(para.Images); n > pictures && para.Images[n-1].Float == nil {
			breakHere()
			// The picture's place among the text, in the run's format
			// (a group in the line is read whole: Image.Group).
			at := cur
			at.Text, at.Link, at.Picture = "", link, n
			para.Runs = append(para.Runs, at)
		}
		if what != "" || skip > i+1 {
			if what != "" && !hidden {
				found = append(found, what)
			}
			i = skip
			continue
		}
		switch name {
		case "mc:AlternateContent":
			chosen = append(chosen, alternative(p, i))
			i++
		case "mc:Choice", "mc:Fallback", "w:txbxContent", "w:del", "w:moveFrom":
			// Of an mc:AlternateContent, the branch the reader understands
			// is read (a drawing), the other is the same again, for other
			// readers (a VML fallback). A text box's paragraphs are its
			// shape's (shapes.go); a tracked deletion, or the old place of
			// moved text, is not printed.
			if (name == "mc:Choice" || name == "mc:Fallback") && slices.Contains(chosen, i) {
				i++
				continue
			}
			if e := end(p, i, name); e > i {
				i = e
				continue
			}
			i++
		case "w:fldSimple":
			tag := p[i : i+strings.IndexByte(p[i:], '>')]
			f := &field{}
			f.instr.WriteString(html.UnescapeString(attr(tag, "w:instr")))
			s.fields = append(s.fields, f)
			s.fields.separate()
			s.checkField(f)
			refer(f)
			if strings.HasSuffix(tag, "/") {
				s.endField(place)
			}
			i++
		case "": // an end tag
			if strings.HasPrefix(p[i:], "</w:fldSimple>") {
				s.endField(place)
			}
			i++
		case "w:instrText":
			e := end(p, i, "w:instrText")
			gt := i + strings.IndexByte(p[i:], '>')
			if close := strings.LastIndex(p[:e], "</w:instrText>"); close > gt {
				s.fields.instruction(html.UnescapeString(p[gt+1 : close]))
			}
			i = e
		case "w:fldChar":
			switch fieldTag(p[i : i+strings.IndexByte(p[i:], '>')]) {
			case "begin":
				s.fields = append(s.fields, &field{})
			case "separate":
				// A placeholder is written at its saved result's first
				// text, after any tab LibreOffice puts in the result.
				f := s.fields.separate()
				s.checkField(f)
				inTOC = inTOC || s.fields.inTOC()
				refer(f)
			case "end":
				s.endField(place)
			}
			i++
		case "w:bookmarkStart":
			if name := attr(p[i:i+strings.IndexByte(p[i:], '>')], "w:name"); name != "" && name != "_GoBack" {
				para.Runs = append(para.Runs, Run{Bookmark: name})
				s.bookmarks[name] = true
			}
			i++
		case "w:t":
			gt := i + strings.IndexByte(p[i:], '>')
			if p[gt-1] == '/' {
				i = gt + 1
				continue
			}
			e := strings.Index(p[gt:], "</w:t>")
			if e < 0 {
				i = len(p)
				continue
			}
			if f := s.fields.pending(); f != nil {
				f.hiddenResult = f.hiddenResult || hidden
				place(f)
			}
			if text := html.UnescapeString(p[gt+1 : gt+e]); symbols == "" {
				write(text)
			} else if s.fields.shown() {
				// Text typed in a symbol font (Wingdings' þ is ☑).
				mapped, ok := symbolText(symbols, text)
				write(mapped)
				if !ok && !hidden {
					found = append(found, fmt.Sprintf("符号（%s 字体的“%s”）", symbols, text))
				}
			}
			i = gt + e + len("</w:t>")
		case "w:ruby":
			e := end(p, i, "w:ruby")
			r, base := s.readRuby(key, layers, p[i:e])
			if base < 0 {
				i = e
				continue
			}
			if hasField(p[i+base : e]) {
				// The layout sets a field's result anew, without the
				// guide over it.
				found = append(found, rubyOverField)
				r = nil
			}
			ruby, rubyEnd = r, e
			i += base
		case "w:r":
			if e := end(p, i, "w:r"); e > i {
				runTo = e
				f := s.format(key, layers, p[i:e])
				cur, hidden, symbols = f.run, f.hidden, f.symbols
				if i < rubyEnd {
					cur.Ruby = ruby
				}
				found = append(found, f.found...)
				s.images, s.shapes = nil, nil
				if s.drawnHere() && !hidden {
					s.images, s.shapes = &para.Images, &para.Shapes
				}
			}
			i++
		case "w:br":
			switch tag := p[i : i+strings.IndexByte(p[i:], '>')]; {
			case strings.Contains(tag, `w:type="page"`), strings.Contains(tag, `w:type="column"`):
				// A break with text before it and after it cuts the
				// paragraph there; one without either stands before or
				// after it (breakHere).
				if !hidden {
					breakHere() // two breaks in a row: the first cuts here
					broken, column = true, strings.Contains(tag, `w:type="column"`)
				}
			default:
				write("\n")
			}
			i++
		case "w:footnoteReference", "w:endnoteReference", "w:footnoteRef", "w:endnoteRef":
			// A reference to a note, and the note's own mark, are its
			// number raised.
			tag := p[i : i+strings.IndexByte(p[i:], '>')]
			n := s.notes
			mark, to, from := n.mark, n.back, n.anchor
			custom := false
			if kind, ref := strings.CutSuffix(name[2:], "Reference"); ref {
				var drawn bool
				n.custom = ""
				if customMark(tag) && runTo > i {
					for _, t := range wordxml.Texts(p, i, runTo) {
						n.custom += t.Value
					}
				}
				mark, drawn = s.reference(tag, kind)
				to, from = noteAnchor(kind, n.seq[kind])
				custom = drawn && mark == ""
			} else if mark != "" {
				n.anchor = "" // a second mark in the note starts no bookmark
			}
			if custom && !hidden && s.fields.shown() && link == "" {
				// A custom mark (w:customMarkFollows) is the run's text
				// after the reference: it links to its note as a number
				// does, Word's and LibreOffice's PDFs alike.
				para.Runs = append(para.Runs, Run{Bookmark: from})
				link, linkEnd = "#"+to, runTo
			}
			if mark != "" && !hidden && s.fields.shown() {
				// The mark links to its note and the note's mark back to
				// the reference: a bookmark at each, which the layout
				// places where it draws them.
				if from != "" {
					para.Runs = append(para.Runs, Run{Bookmark: from})
				}
				plain, outer := cur, link
				cur.VertAlign = "superscript"
				if to != "" {
					link = "#" + to
				}
				write(mark)
				cur, link = plain, outer
			}
			i++
		case "w:hyperlink":
			// An address outside the document (r:id), a place in it
			// (w:anchor, a bookmark), or both.
			tag := p[i : i+strings.IndexByte(p[i:], '>')]
			target := linkTarget(html.UnescapeString(s.rels[attr(tag, "r:id")]), html.UnescapeString(attr(tag, "w:anchor")))
			if target != "" {
				link, linkEnd = target, end(p, i, "w:hyperlink")
			}
			if strings.HasPrefix(target, "#") {
				s.refer(target[1:], "链接")
			}
			i++
		case "w:ptab":
			if !hidden && s.fields.marks() {
				plain := cur
				cur.Align = alignTab(p[i : i+strings.IndexByte(p[i:], '>')])
				add("\t")
				cur = plain
			}
			i++
		case "w:tab", "w:cr", "w:noBreakHyphen", "w:softHyphen":
			if !hidden && s.fields.marks() {
				add(characters[name]) // a tab in a page number's result too
			}
			i++
		case "w:sym":
			tag := p[i : i+strings.IndexByte(p[i:], '>')]
			font, code := attr(tag, "w:font"), attr(tag, "w:char")
			n, _ := strconv.ParseUint(code, 16, 32)
			if text, ok := symbolText(font, string(rune(n))); ok {
				write(text)
			} else if !hidden {
				found = append(found, fmt.Sprintf("符号（%s 字体 %s）", font, code))
			}
			i++
		default:
			i++
		}
	}
	para.Text = b.String()
	if inTOC && s.inBody {
		tocPage(para)
		if n := len(para.Runs); n > 0 && para.Runs[n-1].Ref != "" {
			s.refer(para.Runs[n-1].Ref, "页码引用")
		}
	}
	s.images, s.shapes = nil, nil
	anchorsInRunes(para)
	if s.notesHere() {
		para.Footnotes, s.notes.pending = s.notes.pending, nil
	}
	found = append(found, inlineWithText(para, s.ownLines() || s.inCell)...)
	inlineShapes(para, s.inBody)
	found = append(found, turnedNumbers(para)...)
	if pBdr, _ := cutElement(pPr, "w:pBdr"); pBdr != "" || info.pBdr != "" {
		var why string
		if para.Borders, why = readBorders(cmp.Or(pBdr, info.pBdr)); para.Borders != nil && !s.ownLines() && !s.inCell && !s.inNote {
			why = "只在正文、表格、页眉页脚和脚注尾注中显示"
		}
		if why != "" {
			para.Borders = nil
			found = append(found, "段落边框线（"+why+"）")
		}
	}
	if f, styled := paragraphFrame(pPr, info); f != nil {
		switch {
		case s.inBody || (s.inMargin || s.inCell || s.inBox) && f.DropCap == "" || f.DropCap != "" && (s.ownLines() || s.inCell):
			para.Frame = f
		case styled && f.DropCap != "":
			found = append(found, dropCapNotDrawn)
		case styled:
			// A paragraph's own frame is listed by its pPr's check.
			found = append(found, frameNotDrawn)
		}
	}
	fill, set := shadingOf(pPr)
	if !set {
		fill = info.shading
	}
	if fill != "" && (s.ownLines() || s.inCell || s.inNote) {
		para.Shading = fill
	} else if fill != "" {
		found = append(found, "段落底纹（只在正文、表格、页眉页脚和脚注尾注中显示）")
	}
	if para.Text == "" && para.Label == nil {
		markPr, _ := cutElement(pPr, "w:rPr")
		mark := append(append(props(nil), layers...), markPr)
		para.Hidden = mark.on("w:vanish") || on(markPr, "w:specVanish")
	}
	found = append(append(append(found, s.known.fields...), checked...), s.knownStyle(para.Style, info)...)
	s.known.fields = s.known.fields[:0]
	for k, what := range found {
		if !slices.Contains(found[:k], what) {
			*s.undrawn = append(*s.undrawn, Feature{What: what, Where: s.where, Text: para.Text})
		}
	}
	if broken && column {
		para.ColumnBreakAfter, broken = true, false
	}
	return para, broken
}
