package wordmodel

import (
	"strings"
)

// Placeholders stand in Text and Runs where a field shows a number the
// layout knows and Word's saved result does not: the page number, the
// number of pages, the section's pages, and the page of a bookmark
// (PageRefField, in a run whose Ref names the bookmark). Word saved each
// result at one moment of its own layout, not the PDF's. A header's or
// footer's STYLEREF shows the text of its page's first paragraph of a
// style (StyleRefField), or with \l its last (StyleRefLastField), in a
// run whose Ref is the style's name (styleref.go).
const (
	PageField         = "\x00"
	NumPagesField     = "\x01"
	SectionPagesField = "\x02"
	PageRefField      = "\x03"
	StyleRefField     = "\x04"
	StyleRefLastField = "\x05"
)

// fieldNames are what the placeholders are called in a message.
var fieldNames = strings.NewReplacer(PageField, "[页码]", NumPagesField, "[总页数]", SectionPagesField, "[节页数]", PageRefField, "[页码引用]",
	StyleRefField, "[样式引用]", StyleRefLastField, "[样式引用]")

// BookmarkMissing is what Word prints for a page reference to a bookmark
// the document does not have.
const BookmarkMissing = "错误!未定义书签。"

// field is one field being read: a complex field (fldChar begin …
// separate … end, its instruction in instrText runs that may be split
// anywhere) or a w:fldSimple.
type field struct {
	instr strings.Builder
	// result: the separator is passed; what follows is the field's result.
	result bool
	// placed is the placeholder written for a field whose result the
	// layout computes ("" for one whose saved result is printed); its
	// saved result is then not printed.
	placed string
	kind   string // the instruction's first word, upper case: TOC, PAGEREF …
	ref    string // a PAGEREF's bookmark, a STYLEREF's style
	words  []string
	link   string // a HYPERLINK's target: an address, or #bookmark
	done   bool   // the placeholder is written
	// hiddenResult: the saved result's text is hidden (LibreOffice
	// writes a STYLEREF it does not resolve so); Word keeps a result's
	// formatting when it updates it, so the result stays hidden.
	hiddenResult bool
	// format is the numFmt a page number's \* switch shows it in ("" for
	// its section's); unknown a number switch the PDF cannot write.
	format, unknown string
}

// numberSwitches are the \* switches of a number field, as the numFmt
// each writes (ECMA-376 17.16.4.3).
var numberSwitches = map[string]string{
	"roman": "lowerRoman", "ROMAN": "upperRoman", "alphabetic": "lowerLetter", "ALPHABETIC": "upperLetter",
	"Arabic": "decimal", "ArabicDash": "numberInDash", "Ordinal": "ordinal", "Hex": "hex",
	"CHINESENUM1": "chineseCounting", "CHINESENUM2": "chineseLegalSimplified", "CHINESENUM3": "chineseCountingThousand",
}

// textSwitches are the \* switches that keep a number as it is: the
// result's formatting and case.
var textSwitches = map[string]bool{"MERGEFORMAT": true, "CHARFORMAT": true, "Caps": true, "FirstCap": true, "Upper": true, "Lower": true}

// numberFormat reads the \* switches of a page number field's words.
func (f *field) numberFormat(words []string) {
	for i := 1; i+1 < len(words); i++ {
		if words[i] != `\*` {
			continue
		}
		arg := words[i+1]
		// Word reads a switch's argument in any case but roman's and
		// alphabetic's, whose case is the number's.
		known := ""
		for name, format := range numberSwitches {
			if arg == name || !strings.EqualFold(name, "roman") && !strings.EqualFold(name, "alphabetic") && strings.EqualFold(arg, name) {
				known = format
			}
		}
		switch {
		case known != "":
			f.format = known
		case strings.EqualFold(arg, "roman"):
			f.format = "lowerRoman"
		case strings.EqualFold(arg, "alphabetic"):
			f.format = "lowerLetter"
		case !textSwitchKnown(arg):
			f.unknown = arg
		}
	}
}

func textSwitchKnown(arg string) bool {
	for name := range textSwitches {
		if strings.EqualFold(arg, name) {
			return true
		}
	}
	return false
}

// parse reads the instruction once the separator (or the end) is met.
func (f *field) parse() {
	words := instrWords(f.instr.String())
	if len(words) == 0 {
		return
	}
	f.words = words
	f.kind = strings.ToUpper(words[0])
	switch f.kind {
	case "PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF":
		f.numberFormat(words)
	}
	switch f.kind {
	case "PAGE":
		f.placed = PageField
	case "NUMPAGES":
		f.placed = NumPagesField
	case "SECTIONPAGES":
		f.placed = SectionPagesField
	case "PAGEREF":
		if len(words) > 1 && !strings.HasPrefix(words[1], `\`) {
			f.placed, f.ref = PageRefField, words[1]
		}
	case "HYPERLINK":
		address, anchor := "", ""
		for i := 1; i < len(words); i++ {
			switch w := words[i]; {
			case w == `\l` && i+1 < len(words):
				anchor = words[i+1]
				i++
			case w == `\o` || w == `\t`:
				i++ // a tooltip, a target frame
			case strings.HasPrefix(w, `\`):
			case address == "":
				address = w
			}
		}
		f.link = linkTarget(address, anchor)
	}
}

// linkTarget is a Run.Link: an address outside the document (with its
// fragment), or #bookmark for a place in it; "" for a relative address,
// which names nothing a reader of the PDF can open.
func linkTarget(address, anchor string) string {
	switch {
	case strings.Contains(address, ":") && anchor != "":
		return address + "#" + anchor
	case strings.Contains(address, ":"):
		return address
	case anchor != "":
		return "#" + anchor
	}
	return ""
}

// instrWords splits a field instruction into its words, a quoted one
// (HYPERLINK "http://…", \o "1-3") without its quotes.
func instrWords(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' {
			w, rest, _ := strings.Cut(s[1:], `"`)
			out, s = append(out, w), rest
			continue
		}
		i := strings.IndexAny(s, " \t\"")
		if i < 0 {
			i = len(s)
		}
		out, s = append(out, s[:i]), s[i:]
	}
	return out
}

// fields is the stack of fields open where the reader is, innermost last:
// a TOC's HYPERLINK holds a PAGEREF, and a TOC spans paragraphs.
type fields []*field

// shown reports whether text read now is printed: not an instruction,
// and not the saved result of a field whose number the layout sets.
func (fs fields) shown() bool {
	for _, f := range fs {
		if !f.result || f.placed != "" {
			return false
		}
	}
	return true
}

// pending is the innermost field, when it is one whose number the layout
// sets, in its result, its placeholder not yet written; nil otherwise.
func (fs fields) pending() *field {
	if n := len(fs); n > 0 && fs[n-1].result && fs[n-1].placed != "" && !fs[n-1].done {
		return fs[n-1]
	}
	return nil
}

// marks reports whether a tab or line break read now is printed: every
// open field is in its result, a page number's too (LibreOffice writes a
// TOC line's tab inside its PAGEREF's result).
func (fs fields) marks() bool {
	for _, f := range fs {
		if !f.result {
			return false
		}
	}
	return true
}

// link is the innermost HYPERLINK field's target, "" outside one.
func (fs fields) link() string {
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].result && fs[i].link != "" {
			return fs[i].link
		}
	}
	return ""
}

// instruction adds text to the innermost field's instruction.
func (fs fields) instruction(text string) {
	if n := len(fs); n > 0 && !fs[n-1].result {
		fs[n-1].instr.WriteString(text)
	}
}

// separate ends the innermost field's instruction; it returns the field
// for its placeholder to be written.
func (fs fields) separate() *field {
	n := len(fs)
	if n == 0 || fs[n-1].result {
		return nil
	}
	f := fs[n-1]
	f.parse()
	f.result = true
	return f
}

// fieldTag reads a w:fldChar's type.
func fieldTag(tag string) string {
	for _, t := range []string{"begin", "separate", "end"} {
		if strings.Contains(tag, `"`+t+`"`) {
			return t
		}
	}
	return ""
}

// endField closes the innermost field; a page field whose result had no
// text (or that had no separator) has its placeholder written now.
func (s *sheet) endField(place func(*field)) {
	n := len(s.fields)
	if n == 0 {
		return // a field begun before the part (a TOC's end in a cell)
	}
	f := s.fields[n-1]
	if !f.result {
		f.parse()
		f.result = true
		s.checkField(f)
	}
	if !f.hiddenResult {
		place(f) // a field whose result had no text
	}
	s.fields = s.fields[:n-1]
}

// bookmarkRef is a page reference or link to a bookmark, and where it is.
type bookmarkRef struct{ name, what, where string }

func (s *sheet) refer(name, what string) {
	s.refs = append(s.refs, bookmarkRef{name, what, s.where})
}

// missingBookmarks lists each page reference and link to a bookmark the
// document does not have. Word prints 错误!未定义书签。 for such a page
// reference and its link goes nowhere; the PDF would print a wrong page
// or nothing, so the template is refused instead.
func (s *sheet) missingBookmarks() {
	for _, r := range s.refs {
		if !s.bookmarks[r.name] {
			*s.undrawn = append(*s.undrawn, Feature{What: r.what + "（指向的书签“" + r.name + "”不存在，Word 会显示“" + BookmarkMissing + "”）", Where: r.where})
		}
	}
}

// inTOC reports whether the reader is in a TOC field's result.
func (fs fields) inTOC() bool {
	for _, f := range fs {
		if f.result && f.kind == "TOC" {
			return true
		}
	}
	return false
}

// tocPage makes the page number that ends a TOC line a page reference to
// the bookmark its link goes to, where the line has none of its own:
// LibreOffice writes a TOC's lines as links (w:hyperlink w:anchor) with
// their page numbers as plain text after the tab, not as PAGEREF fields.
func tocPage(para *Paragraph) {
	n := len(para.Runs)
	if n == 0 || strings.Contains(para.Text, PageRefField) {
		return
	}
	last := &para.Runs[n-1]
	tab := strings.LastIndexByte(last.Text, '\t')
	digits := last.Text[tab+1:]
	if digits == "" || strings.Trim(digits, "0123456789") != "" || !strings.HasPrefix(last.Link, "#") || tab < 0 && !strings.HasSuffix(para.Text, "\t"+digits) {
		return
	}
	number := *last
	number.Text, number.Ref = PageRefField, last.Link[1:]
	last.Text = last.Text[:tab+1]
	if last.Text == "" {
		para.Runs = para.Runs[:n-1]
	}
	para.Runs = append(para.Runs, number)
	para.Text = strings.TrimSuffix(para.Text, digits) + PageRefField
}
