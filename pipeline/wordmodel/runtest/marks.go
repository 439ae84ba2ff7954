package runtest

import "strings"

// Marked is a run formatting a template sets on some text: the run's
// properties as Word orders them in a w:rPr, the text it marks (one
// unit of the layout: a Chinese character or a Latin word), the plain
// text before and after it, and the bookmark it links to ("" for none).
type Marked struct {
	RPr, Before, Text, After, Link string
}

// Marks are every run formatting that changes what a text says: m² and
// H₂O, a red figure among black, strike-throughs, underlines, a
// highlight and a shading, bold, italic, small capitals, a link, emphasis
// marks, a text border and a raised run. WPS writes w:shd with its fill
// first.
func (w Writer) Marks() []Marked {
	shd := `<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>`
	if w == WPS {
		shd = `<w:shd w:fill="D9D9D9" w:val="clear" w:color="auto"/>`
	}
	return []Marked{
		{RPr: `<w:vertAlign w:val="superscript"/>`, Before: "面积（m", Text: "2", After: "）"},
		{RPr: `<w:vertAlign w:val="subscript"/>`, Before: "H", Text: "2", After: "O"},
		{RPr: `<w:color w:val="FF0000"/>`, Before: "增长", Text: "-3.5"},
		{RPr: `<w:strike/>`, Text: "删"},
		{RPr: `<w:dstrike/>`, Text: "双"},
		{RPr: `<w:u w:val="single"/>`, Text: "单"},
		{RPr: `<w:u w:val="double"/>`, Text: "重"},
		{RPr: `<w:u w:val="wave"/>`, Text: "波"},
		{RPr: `<w:highlight w:val="yellow"/>`, Text: "黄"},
		{RPr: shd, Text: "灰"},
		{RPr: `<w:b/><w:bCs/>`, Before: "普通", Text: "粗"},
		{RPr: `<w:i/><w:iCs/>`, Text: "斜"},
		{RPr: `<w:smallCaps/>`, Text: "abc"},
		{RPr: `<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>`, Text: "链", Link: "正文"},
		{RPr: `<w:em w:val="dot"/>`, Text: "着"},
		{RPr: w.Bdr("single", 4, "auto", 0), Text: "框"},
		{RPr: `<w:position w:val="6"/>`, Before: "平", Text: "升"},
	}
}

// Runs are m's runs as w writes them.
func (w Writer) Runs(m Marked) string {
	var b strings.Builder
	if m.Before != "" {
		b.WriteString(w.Run("", m.Before))
	}
	run := w.Run(m.RPr, m.Text)
	if m.Link != "" {
		run = `<w:hyperlink w:anchor="` + m.Link + `" w:history="1">` + run + `</w:hyperlink>`
	}
	b.WriteString(run)
	if m.After != "" {
		b.WriteString(w.Run("", m.After))
	}
	return b.String()
}

// Target is a paragraph holding the bookmark name the marks' link goes to.
func Target(name string) string {
	return `<w:p><w:bookmarkStart w:id="90" w:name="` + name + `"/>` + Word.Run("", name) + `<w:bookmarkEnd w:id="90"/></w:p>`
}
