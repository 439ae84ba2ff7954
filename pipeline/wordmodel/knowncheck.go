package wordmodel

import (
	"fmt"
	"slices"
	"strings"
)

// knownState is what the check of elements against the known table
// (known.go) keeps while a document is read.
type knownState struct {
	// tableBorders is the w:tblBorders of the table being walked, its own
	// or its style's, for its rows' own (w:tblPrEx) to be compared with.
	tableBorders string
	// tableProps is the w:tblPr of the table being walked, for its rows'
	// own width, alignment and indent to be compared with.
	tableProps string
	// storyTable says the table being walked is one of the body's own,
	// a header's or a footer's, or one in a text box (nested ones too),
	// whose w:tblpPr is drawn (tablefloat.go); a nested one outside a
	// text box, or a note's, is not.
	storyTable bool
	// memo is what a properties element (a run's w:rPr, a cell's w:tcPr)
	// lists, by its text: a long table repeats a few many times.
	memo map[string][]string
	// styles is what a paragraph style's chain lists, by style id;
	// inStyle is set while a chain is checked.
	styles  map[string][]string
	inStyle bool
	// fields are the fields met in the paragraph being read that the PDF
	// would not show as Word does (checkField).
	fields []string
	// foreign are the prefixes of the namespaces a story part declares
	// ignorable (mc:Ignorable) that are no part of Word's: WPS's own
	// data, another program's. Word skips their elements unread, as the
	// reader does.
	foreign map[string]bool
	// walk is the walk of the paragraph being checked.
	walk knownWalk
}

// memoized are the property elements whose check is kept by their text.
var memoized = map[string]bool{"w:rPr": true, "w:pPr": true, "w:tcPr": true, "w:trPr": true}

// unknownFeature is what an element no table knows is listed as.
func unknownFeature(name string) string {
	return "未能识别的 Word 内容 <" + name + ">"
}

// knownWalk checks the elements of one fragment of a part.
type knownWalk struct {
	s     *sheet
	x     string
	found []placedWhat
	stack []string
	// chosen are the offsets of the branches read of the
	// mc:AlternateContent met.
	chosen []int
	// paragraph: x is one paragraph, checked whole but for the
	// paragraphs in it (a text box's), each checked as it is read.
	// Otherwise every paragraph is skipped, counted for where.
	paragraph bool
	// props: x is one properties element, checked for memo itself.
	props bool
	// base names the part where it is not the body ("" for the body,
	// whose tables and paragraphs name places).
	base string
	// after is the end of the element enter looked at whole; -1 where it
	// did not.
	after                             int
	paras, tables, rows, cells, depth int
}

type placedWhat struct{ what, where string }

// knownParagraph checks one paragraph (its whole w:p); what it lists,
// each once.
func (s *sheet) knownParagraph(p string) []string {
	// One walk serves every paragraph: a 100,000-row table has as many.
	w := &s.known.walk
	*w = knownWalk{s: s, x: p, paragraph: true, stack: w.stack[:0], found: w.found[:0], chosen: w.chosen[:0]}
	w.run(0)
	if len(w.found) == 0 {
		return nil
	}
	var out []string
	for _, f := range w.found {
		out = append(out, f.what)
	}
	return out
}

// knownStructure checks a part's (or a note's) elements outside its
// paragraphs, tables' properties and the body's sectPr among them, and
// lists what it finds, placed; base names the part, "" for the body.
func (s *sheet) knownStructure(part, base string) {
	w := &knownWalk{s: s, x: part, base: base}
	w.run(0)
	for _, f := range w.found {
		*s.undrawn = append(*s.undrawn, Feature{What: f.what, Where: f.where})
	}
}

// knownStyle checks the properties a paragraph style's chain and the
// document defaults give its paragraphs, once a style.
func (s *sheet) knownStyle(style string, info styleInfo) []string {
	if found, ok := s.known.styles[style]; ok {
		return found // before the chain is gathered: every paragraph asks
	}
	return s.knownChain(style, append(append([]string{s.defaults, s.pDefaults}, info.pPr...), info.rPr...))
}

// knownChain checks the properties elements a style's chain gives, once
// for each key.
func (s *sheet) knownChain(key string, els []string) []string {
	if found, ok := s.known.styles[key]; ok {
		return found
	}
	var found []string
	s.known.inStyle = true
	for _, el := range els {
		found = append(found, s.knownProperties(el, "")...)
	}
	s.known.inStyle = false
	s.known.styles[strings.Clone(key)] = found
	return found
}

// knownProperties checks one properties element under parent.
func (s *sheet) knownProperties(el, parent string) []string {
	w := &knownWalk{s: s, x: el, paragraph: true, props: true, stack: []string{parent}}
	w.run(0)
	var out []string
	for _, f := range w.found {
		out = append(out, f.what)
	}
	return out
}

func (w *knownWalk) add(what string) {
	f := placedWhat{what, w.where()}
	for _, g := range w.found {
		if g == f {
			return
		}
	}
	w.found = append(w.found, f)
}

// where names the place of the element being checked.
func (w *knownWalk) where() string {
	switch {
	case w.paragraph:
		return ""
	case w.base != "":
		return w.base
	case w.depth > 0 && w.cells > 0:
		return fmt.Sprintf("表 %d 第 %d 行第 %d 列", w.tables, w.rows, w.cells)
	case w.depth > 0 && w.rows > 0:
		return fmt.Sprintf("表 %d 第 %d 行", w.tables, w.rows)
	case w.depth > 0:
		return fmt.Sprintf("表 %d", w.tables)
	case len(w.stack) > 0 && w.stack[len(w.stack)-1] == "w:sectPr":
		return "页面设置"
	case w.paras == 0:
		return "正文开头"
	}
	return fmt.Sprintf("第 %d 段之后", w.paras)
}

func (w *knownWalk) run(i int) {
	x := w.x
	for i < len(x) {
		lt := strings.IndexByte(x[i:], '<')
		if lt < 0 || i+lt+1 >= len(x) {
			return
		}
		i += lt
		gt := strings.IndexByte(x[i:], '>')
		if gt < 0 {
			return
		}
		gt += i
		switch x[i+1] {
		case '/':
			w.close()
			i = gt + 1
			continue
		case '?':
			i = gt + 1
			continue
		case '!':
			if c := strings.Index(x[i:], "-->"); strings.HasPrefix(x[i:], "<!--") && c >= 0 {
				gt = i + c + 2
			}
			i = gt + 1
			continue
		}
		name := elementName(x, i)
		empty := x[gt-1] == '/'
		if w.enter(i, name) {
			if !empty {
				w.stack = append(w.stack, name)
			}
			i = gt + 1
			continue
		}
		switch {
		case empty:
			i = gt + 1
		case w.after >= 0:
			i = w.after
		default:
			i = end(x, i, name)
		}
	}
}

func (w *knownWalk) close() {
	if n := len(w.stack); n > 0 {
		switch w.stack[n-1] {
		case "w:tbl":
			w.depth--
		case "w:tr":
			if w.depth == 1 {
				w.cells = 0 // what follows a row is the row's, not its last cell's
			}
		}
		w.stack = w.stack[:n-1]
	}
}

// enter checks the element name at x[i] and reports whether its content
// is checked too.
func (w *knownWalk) enter(i int, name string) bool {
	x, s := w.x, w.s
	w.after = -1
	// el is the element whole, found once: a properties element is
	// looked at up to three times, in each of a long table's rows.
	el := func() string {
		if w.after < 0 {
			w.after = end(x, i, name)
		}
		return x[i:w.after]
	}
	parent := ""
	if n := len(w.stack); n > 0 {
		parent = w.stack[n-1]
	}
	switch name {
	case "w:p":
		if w.paragraph && i == 0 {
			return true
		}
		if !w.paragraph && w.depth == 0 {
			w.paras++
		}
		return false
	case "mc:AlternateContent":
		w.chosen = append(w.chosen, alternative(x, i))
		return true
	case "mc:Choice", "mc:Fallback":
		for _, c := range w.chosen {
			if c == i {
				return true
			}
		}
		return false
	case "w:tbl":
		if w.depth++; w.depth == 1 {
			w.tables++
			w.rows, w.cells = 0, 0
		}
		// Word lets no table in a text box float, nested ones included:
		// each is laid out in the box's flow.
		s.known.storyTable = w.depth == 1 && (w.base == "" || s.inMargin) || slices.Contains(w.stack, "w:txbxContent")
		s.known.tableBorders, s.known.tableProps = "", ""
	case "w:tr":
		if w.depth == 1 {
			w.rows++
			w.cells = 0
		}
	case "w:tc":
		if w.depth == 1 {
			w.cells++
		}
	case "w:rStyle":
		// A character style's properties are the run's, as Word draws it.
		style := attr(tagOf(x[i:]), "w:val")
		for _, what := range s.knownChain("run "+style, s.styles[style].rPr) {
			w.add(what)
		}
	}
	as, ok := known[parent][name]
	if !ok {
		as, ok = known[""][name]
	}
	if !ok {
		if prefix, _, _ := strings.Cut(name, ":"); !s.known.foreign[prefix] {
			w.add(unknownFeature(name))
		}
		return false
	}
	if name == "w:tblStyle" && parent == "w:tblPr" && s.known.tableBorders == "" {
		s.known.tableBorders = s.styles[attr(tagOf(x[i:]), "w:val")].tblBorders // its own, after, replace them
	}
	if name == "w:tblPr" && parent == "w:tbl" {
		s.known.tableProps = el()
	}
	if name == "w:tblBorders" && parent == "w:tblPr" {
		s.known.tableBorders = el()
	}
	what := as.what
	if as.check != nil {
		what = as.check(s, el())
	}
	if what != "" {
		w.add(what)
	}
	if as.walk && memoized[name] && !(w.props && i == 0) && !(name == "w:pPr" && (strings.Contains(el(), "<w:sectPr") || strings.Contains(el(), "<w:framePr"))) {
		for _, what := range w.memo(el(), parent) {
			w.add(what)
		}
		return false
	}
	return as.walk
}

// memo is what the properties element el, under parent, lists: checked
// once for each text.
func (w *knownWalk) memo(el, parent string) []string {
	found, ok := w.s.known.memo[el]
	if !ok {
		found = w.s.knownProperties(el, parent)
		w.s.known.memo[strings.Clone(el)] = found
	}
	return found
}

// understood are the namespaces an mc:Choice may require for the reader
// to read it: the ones of the drawings it reads and the Word versions
// whose additions it knows.
var understood = map[string]bool{"wps": true, "wpg": true, "wpc": true, "wp14": true, "w14": true, "w15": true, "a14": true, "m": true, "v": true, "o": true, "w10": true, "pic": true}

// alternative is the offset of the branch of the mc:AlternateContent at
// x[i] that is read: its first mc:Choice whose required namespaces are
// all understood, else its mc:Fallback; -1 for neither, as Word reads it.
func alternative(x string, i int) int {
	e := end(x, i, "mc:AlternateContent")
	k := i + strings.IndexByte(x[i:], '>') + 1
	for k < e {
		lt := strings.IndexByte(x[k:e], '<')
		if lt < 0 {
			break
		}
		k += lt
		switch name := elementName(x, k); name {
		case "mc:Choice":
			tag := tagOf(x[k:])
			all := true
			for _, ns := range strings.Fields(attr(tag, "Requires")) {
				all = all && understood[ns]
			}
			if all {
				return k
			}
			k = end(x, k, name)
		case "mc:Fallback":
			return k
		default:
			return -1
		}
	}
	return -1
}

// wordNamespaces start the names of the namespaces Word knows: an
// ignorable one among them may say something Word prints.
var wordNamespaces = []string{"http://schemas.openxmlformats.org/", "http://schemas.microsoft.com/office/", "http://purl.oclc.org/ooxml/", "urn:schemas-microsoft-com:"}

// foreignPrefixes are the prefixes the story parts declare ignorable in
// their root element whose namespaces are not Word's.
func foreignPrefixes(parts map[string]string) map[string]bool {
	out := map[string]bool{}
	for name, part := range parts {
		if !story(name) {
			continue
		}
		start := strings.Index(part, "<w:")
		if start < 0 {
			continue
		}
		root := tagOf(part[start:])
		for _, prefix := range strings.Fields(attr(root, "mc:Ignorable")) {
			ns := attr(root, "xmlns:"+prefix)
			if !slices.ContainsFunc(wordNamespaces, func(w string) bool { return strings.HasPrefix(ns, w) }) {
				out[prefix] = true
			}
		}
	}
	return out
}

// story reports whether the part holds text Word prints: the body, a
// header or footer, the notes.
func story(name string) bool {
	return name == "word/document.xml" || name == "word/footnotes.xml" || name == "word/endnotes.xml" ||
		strings.HasPrefix(name, "word/header") || strings.HasPrefix(name, "word/footer")
}
