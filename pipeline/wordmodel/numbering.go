package wordmodel

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// numbering is numbering.xml: the list definitions, and the counters the
// document has reached so far, read in document order as Word counts.
type numbering struct {
	abstract map[string]*[9]level
	// links are the abstract lists that take their levels from a
	// numbering style (numStyleLink), by the style's id.
	links map[string]string
	nums  map[string]numDef
	// counters are keyed by the abstract list: every num of one abstract
	// list counts on, as Word counts (a num's startOverride restarts the
	// shared count where that num is first used; the nums that follow
	// continue from there).
	counters map[string]*[9]int
	// entered marks the nums, and levels, already used: a startOverride
	// restarts the count only at its num's first paragraph of the level.
	entered map[numLevel]bool
	// pictures are its picture bullets by id, and rels its .rels, where
	// their pictures are.
	pictures map[string]picBullet
	rels     map[string]string
}

type numDef struct {
	abstract string
	// overrides are the levels the num redefines or restarts; restarts
	// are the levels with a startOverride, and its value.
	overrides map[int]level
	restarts  map[int]int
}

type numLevel struct {
	num   string
	level int
}

// level is one w:lvl.
type level struct {
	start   int
	format  string // numFmt
	text    string // lvlText, with %1 … %9
	suffix  string // tab, space or nothing
	restart int    // lvlRestart; -1 when not set
	legal   bool   // isLgl: every %n in decimal
	// font is the label's font (Symbol, Wingdings for bullets).
	font string
	rPr  string // the label's run properties
	// picture is the id of the picture the bullet is (lvlPicBulletId);
	// "" for a character.
	picture string
	// pPr is the level's paragraph properties (its indentation).
	pPr string
	// defined is false for a level no definition sets.
	defined bool
}

// Indent is a list paragraph's indentation: Left for every line, First the
// first line's offset from Left (negative for a hanging indent). Twips
// (twentieths of a point), or hundredths of a character in the *Chars
// fields, which win when set, as in Word.
type Indent struct {
	Left, Right, First                float64
	LeftChars, RightChars, FirstChars float64
}

func readNumbering(raw string) *numbering {
	n := &numbering{abstract: map[string]*[9]level{}, links: map[string]string{}, nums: map[string]numDef{}, counters: map[string]*[9]int{}, entered: map[numLevel]bool{}, pictures: readPicBullets(raw)}
	for _, sp := range wordxml.Elements(raw, "w:abstractNum", 0, len(raw)) {
		a := raw[sp.Start:sp.End]
		id := attr(a[:strings.IndexByte(a, '>')], "w:abstractNumId")
		var lv [9]level
		for _, l := range wordxml.Elements(a, "w:lvl", 0, len(a)) {
			if k, l := readLevel(a[l.Start:l.End]); k >= 0 {
				lv[k] = l
			}
		}
		n.abstract[id] = &lv
		if link, ok := wordxml.Val(a, "w:numStyleLink"); ok {
			n.links[id] = link
		}
	}
	for _, sp := range wordxml.Elements(raw, "w:num", 0, len(raw)) {
		s := raw[sp.Start:sp.End]
		d := numDef{overrides: map[int]level{}, restarts: map[int]int{}}
		d.abstract, _ = wordxml.Val(s, "w:abstractNumId")
		for _, o := range wordxml.Elements(s, "w:lvlOverride", 0, len(s)) {
			ov := s[o.Start:o.End]
			k, err := strconv.Atoi(attr(ov[:strings.IndexByte(ov, '>')], "w:ilvl"))
			if err != nil || k < 0 || k > 8 {
				continue
			}
			l := level{restart: -1, start: -1}
			if i := next(ov, "w:lvl", 0); i >= 0 {
				_, l = readLevel(ov[i:end(ov, i, "w:lvl")])
				l.start = max(l.start, 0)
			}
			if v, ok := wordxml.Val(ov, "w:startOverride"); ok {
				l.start, _ = strconv.Atoi(v)
				d.restarts[k] = l.start
			}
			d.overrides[k] = l
		}
		n.nums[attr(s[:strings.IndexByte(s, '>')], "w:numId")] = d
	}
	return n
}

// link gives each abstract list that names a numbering style
// (numStyleLink, as Word writes a list made from a list style) the levels
// of the list that style puts paragraphs in.
func (n *numbering) link(styles map[string]styleInfo) {
	for id, style := range n.links {
		if d, ok := n.nums[styles[style].numID]; ok && d.abstract != id {
			if a := n.abstract[d.abstract]; a != nil {
				n.abstract[id] = a
			}
		}
	}
}

// readLevel reads a w:lvl; its index is -1 when it has none.
func readLevel(s string) (int, level) {
	k, err := strconv.Atoi(attr(s[:strings.IndexByte(s, '>')], "w:ilvl"))
	if err != nil || k < 0 || k > 8 {
		k = -1
	}
	l := level{start: 1, format: "decimal", suffix: "tab", restart: -1, defined: true}
	if v, ok := wordxml.Val(s, "w:start"); ok {
		l.start, _ = strconv.Atoi(v)
	}
	if v, ok := wordxml.Val(s, "w:numFmt"); ok {
		l.format = v
		// Word 2010's formats come as mc:Choice (custom, its w:format
		// the pattern: 001, 002, 003, ...) with an older one as
		// mc:Fallback, which Word does not show: a pattern not written
		// here stays custom, and is listed.
		if v == "custom" {
			i := next(s, "w:numFmt", 0)
			l.format = customFormat(attr(s[i:i+strings.IndexByte(s[i:], '>')], "w:format"))
		}
	}
	if i := next(s, "w:lvlText", 0); i >= 0 {
		l.text = html.UnescapeString(attr(s[i:i+strings.IndexByte(s[i:], '>')], "w:val"))
	}
	if v, ok := wordxml.Val(s, "w:suff"); ok {
		l.suffix = v
	}
	if v, ok := wordxml.Val(s, "w:lvlRestart"); ok {
		l.restart, _ = strconv.Atoi(v)
	}
	l.legal = on(s, "w:isLgl")
	if tag := props([]string{s}).tag("w:rFonts"); tag != "" {
		l.font = attr(tag, "w:ascii")
		if l.font == "" {
			l.font = attr(tag, "w:hAnsi")
		}
	}
	l.rPr, _ = cutElement(s, "w:rPr")
	if v, ok := wordxml.Val(s, "w:lvlPicBulletId"); ok {
		l.picture = v
	}
	l.pPr, _ = cutElement(s, "w:pPr")
	return k, l
}

// level is the definition of level k of list numID.
func (n *numbering) level(numID string, k int) level {
	d, ok := n.nums[numID]
	if !ok {
		return level{}
	}
	l := level{}
	if a := n.abstract[d.abstract]; a != nil {
		l = a[k]
	}
	if o, ok := d.overrides[k]; ok {
		if o.defined {
			l = o
		} else if o.start >= 0 {
			l.start = o.start
		}
	}
	return l
}

// label counts a paragraph at level k of list numID and returns the label
// Word shows before it, its suffix included, with the level's definition
// and its full number, the label without the text before its first number
// and after its last (1.2 of “第1.2节”, 二 of 第二章: what a chapter page
// number shows); ok is false for a list that is not defined.
func (n *numbering) label(numID string, k int) (text string, l level, full string, ok bool) {
	d, found := n.nums[numID]
	if !found {
		return "", level{}, "", false
	}
	l = n.level(numID, k)
	if !l.defined {
		return "", l, "", false
	}
	key := d.abstract
	c := n.counters[key]
	if c == nil {
		c = &[9]int{}
		for i := range c {
			c[i] = -1 // not yet used
		}
		n.counters[key] = c
	}
	at, restarts := d.restarts[k]
	first := !n.entered[numLevel{numID, k}]
	n.entered[numLevel{numID, k}] = true
	switch {
	case restarts && first:
		c[k] = at
	case c[k] < 0:
		c[k] = n.level(numID, k).start
	default:
		c[k]++
	}
	for j := k + 1; j < 9; j++ {
		restart := n.level(numID, j).restart
		if restart < 0 {
			restart = j
		}
		if k < restart {
			c[j] = -1
		}
	}
	var b strings.Builder
	t := l.text
	// The heading's full number is the label from its first number to its
	// last (1.2 of “第1.2节”), as a chapter page number shows it.
	from, to := -1, -1
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			if from < 0 {
				from = b.Len()
			}
			j := int(t[i+1] - '1')
			lj := n.level(numID, j)
			v := c[j]
			if v < 0 {
				v = lj.start
			}
			format := lj.format
			if l.legal {
				format = "decimal"
			}
			b.WriteString(FormatNumber(v, format))
			to = b.Len()
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	text = b.String()
	if l.format != "bullet" && l.format != "none" && from >= 0 {
		full = text[from:to]
	}
	if l.format == "bullet" {
		text, _ = symbolText(l.font, text)
	}
	switch l.suffix {
	case "space":
		text += " "
	case "nothing":
	default:
		text += "\t"
	}
	return text, l, full, true
}

// numberParagraph gives a paragraph in a list (by its own numPr or its
// style's) the label Word shows before it, counting it; found is what of
// the label the PDF would not show.
func (s *sheet) numberParagraph(para *Paragraph, pPr string, info styleInfo, layers props) (found []string) {
	numID, ilvl := info.numID, info.ilvl
	if id, lvl, ok := numPr(pPr); ok {
		if id != "" {
			numID = id
		}
		if lvl >= 0 {
			ilvl = lvl
		}
	}
	if s.num == nil || numID == "" || numID == "0" {
		return nil
	}
	text, l, full, ok := s.num.label(numID, ilvl)
	if !ok {
		return nil
	}
	if !knownFormat(l.format) {
		found = append(found, "编号格式"+formatNamed(l.format))
	}
	if v, f, long := s.num.overlong(numID, ilvl, l.text); long {
		found = append(found, fmt.Sprintf("编号 %d 用格式%s写出超过 Word 编号的 %d 个字符", v, formatNamed(f), maxLabelLength))
	}
	if l.picture != "" {
		if why := s.pictureLabel(para, l.picture); why != "" {
			found = append(found, why)
		}
	}
	if l.format == "bullet" && para.LabelPicture == nil {
		if _, mapped := symbolText(l.font, l.text); !mapped {
			found = append(found, fmt.Sprintf("项目符号（%s 字体）", l.font))
		}
	}
	markPr, _ := cutElement(pPr, "w:rPr")
	all := append(append(append(props(nil), layers...), markPr), l.rPr)
	label, hidden := runFormat(all, props{l.rPr})
	label.Font, label.LatinFont = s.theme.font(all, "w:eastAsia"), s.theme.font(all, "w:ascii")
	s.scripts(&label, all)
	if hidden || strings.TrimSpace(text) == "" && para.LabelPicture == nil {
		para.LabelPicture = nil
		return nil
	}
	label.Text = text
	para.LabelNumber = full
	if para.LabelPicture != nil {
		label.Text = text[len(strings.TrimRight(text, " \t")):] // the picture is the bullet
	}
	para.Label = &label
	para.setLayout(s.layoutOf(para.Style, info, l.pPr, pPr))
	return found
}
