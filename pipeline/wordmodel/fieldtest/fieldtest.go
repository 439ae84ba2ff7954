// Package fieldtest writes, for tests, the body XML of fields, bookmarks
// and tables of contents as Word, WPS and LibreOffice save them: complex
// fields whose instruction is split across runs, w:fldSimple, a PAGEREF
// inside a HYPERLINK inside a TOC, bookmarks that span runs and
// paragraphs, and the TOC1…TOC3 styles with their right tab and dot
// leader.
package fieldtest

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// Saver is the program that wrote the document.
type Saver int

const (
	// Word links a TOC line with w:hyperlink w:anchor and gives its page
	// as a PAGEREF field.
	Word Saver = iota
	// WPS links it with a HYPERLINK \l field and a PAGEREF inside.
	WPS
	// LibreOffice wraps the TOC in a content control, links each line
	// with w:hyperlink w:anchor to its __RefHeading___Toc bookmark, and
	// writes the page as plain text after the tab.
	LibreOffice
)

// TextWidth is the default template's text block, in twips: where a TOC
// line's right tab stands.
const TextWidth = 8844

// Entry is one heading and its TOC line.
type Entry struct {
	Level    int    // 1 to 3
	Text     string // the heading
	Bookmark string // _Toc… (Word, WPS) or __RefHeading___Toc… (LibreOffice)
	Stale    int    // the page number Word saved in the TOC
}

// Styles are the TOC styles as Word adds them to styles.xml, as a clerk
// sets them in 修改样式: each level indented 640 twips (two characters of
// 三号) more, no first-line indent, a right tab at the text block's edge
// with a dot leader. The indents are in twips: LibreOffice sets a *Chars
// indent on a character grid a whole cell further than Word.
func Styles() string {
	var b strings.Builder
	for level := 1; level <= 3; level++ {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="TOC%d"><w:name w:val="toc %d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%d"/></w:tabs><w:ind w:left="%d" w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>`,
			level, level, TextWidth, (level-1)*640)
	}
	return b.String()
}

const (
	noProof = `<w:rPr><w:noProof/><w:webHidden/></w:rPr>`
	linkRun = `<w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr>`
)

// Char is a run holding a fldChar of type typ (begin, separate, end).
func Char(typ string) string {
	return `<w:r>` + noProof + `<w:fldChar w:fldCharType="` + typ + `"/></w:r>`
}

// Instr is an instruction split across runs at each piece, as Word splits
// one it has edited; quotes are escaped as Word writes them.
func Instr(pieces ...string) string {
	var b strings.Builder
	for _, p := range pieces {
		b.WriteString(`<w:r>` + noProof + `<w:instrText xml:space="preserve">` + strings.ReplaceAll(p, `"`, "&quot;") + `</w:instrText></w:r>`)
	}
	return b.String()
}

// Text is a run of text.
func Text(text string) string {
	return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// Complex is a complex field: its instruction split into pieces, and its
// saved result.
func Complex(result string, pieces ...string) string {
	return Char("begin") + Instr(pieces...) + Char("separate") + `<w:r>` + noProof + `<w:t>` + result + `</w:t></w:r>` + Char("end")
}

// Simple is a w:fldSimple with its saved result.
func Simple(instr, result string) string {
	return `<w:fldSimple w:instr="` + strings.ReplaceAll(instr, `"`, "&quot;") + `"><w:r><w:rPr><w:noProof/></w:rPr><w:t>` + result + `</w:t></w:r></w:fldSimple>`
}

// Heading is a heading paragraph of style, its bookmark starting before
// its first run and ending in the next paragraph when spans says so (Word
// does after an edit), its text split across two runs.
func Heading(style string, e Entry, spans bool) string {
	half := len([]rune(e.Text)) / 2
	end := `<w:bookmarkEnd w:id="` + id(e.Bookmark) + `"/>`
	p := `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:bookmarkStart w:id="` + id(e.Bookmark) + `" w:name="` + e.Bookmark + `"/>` +
		Text(string([]rune(e.Text)[:half])) + Text(string([]rune(e.Text)[half:]))
	if spans {
		return p + `</w:p>` + `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>` + end + `</w:p>`
	}
	return p + end + `</w:p>`
}

func id(name string) string { return fmt.Sprint(len(name) % 97) }

// TOC is a table of contents of entries, with the field switches Word's
// 引用 › 目录 sets (\o "1-3" \h \z \u), as saver writes it.
func TOC(saver Saver, entries []Entry) string {
	var b strings.Builder
	if saver == LibreOffice {
		b.WriteString(`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>`)
	}
	for i, e := range entries {
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="TOC` + fmt.Sprint(e.Level) + `"/>`)
		if saver != Word {
			// WPS and LibreOffice repeat the style's tab on the paragraph.
			fmt.Fprintf(&b, `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%d"/></w:tabs>`, TextWidth)
		}
		b.WriteString(`</w:pPr>`)
		if i == 0 {
			b.WriteString(Char("begin") + Instr(` TOC \o "1-3" `, `\h \z \u `) + Char("separate"))
		}
		page := fmt.Sprint(e.Stale)
		switch saver {
		case Word:
			b.WriteString(`<w:hyperlink w:anchor="` + e.Bookmark + `" w:history="1"><w:r>` + linkRun + `<w:t>` + e.Text + `</w:t></w:r><w:r>` + noProof + `<w:tab/></w:r>` +
				Char("begin") + Instr(` PAGEREF `+e.Bookmark+` \h `) + `<w:r>` + noProof + `</w:r>` + Char("separate") +
				`<w:r>` + noProof + `<w:t>` + page + `</w:t></w:r>` + Char("end") + `</w:hyperlink>`)
		case WPS:
			b.WriteString(Char("begin") + Instr(` HYPERLINK \l `, `"`+e.Bookmark+`" `) + Char("separate") +
				`<w:r>` + linkRun + `<w:t>` + e.Text + `</w:t></w:r><w:r><w:tab/></w:r>` +
				Char("begin") + Instr(` PAGEREF `, e.Bookmark, ` \h `) + Char("separate") + `<w:r><w:t>` + page + `</w:t></w:r>` + Char("end") + Char("end"))
		case LibreOffice:
			b.WriteString(`<w:hyperlink w:anchor="` + e.Bookmark + `"><w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr><w:t>` + e.Text + `</w:t><w:tab/><w:t>` + page + `</w:t></w:r></w:hyperlink>`)
		}
		if i == len(entries)-1 {
			b.WriteString(Char("end"))
		}
		b.WriteString(`</w:p>`)
	}
	if saver == LibreOffice {
		b.WriteString(`</w:sdtContent></w:sdt>`)
	}
	return b.String()
}

// Title is the 目录 title paragraph before a TOC.
func Title() string {
	return `<w:p><w:pPr><w:pStyle w:val="JxTitle"/></w:pPr>` + Text("目录") + `</w:p>`
}

// Entries are three headings whose TOC numbers Word saved wrong (9, 10,
// 11), bookmarked as saver names them; in Docx's document they stand on
// Pages.
func Entries(saver Saver) []Entry {
	prefix := "_Toc15345"
	if saver == LibreOffice {
		prefix = "__RefHeading___Toc15345"
	}
	return []Entry{
		{Level: 1, Text: "一、基本情况", Bookmark: prefix + "01", Stale: 9},
		{Level: 2, Text: "（一）事前评价", Bookmark: prefix + "02", Stale: 10},
		{Level: 3, Text: "1.项目概况", Bookmark: prefix + "03", Stale: 11},
	}
}

// Pages are the pages Docx puts the three entries' headings on.
var Pages = []int{2, 3, 13}

// PageBreak is a paragraph of text that ends its page.
const PageBreak = `<w:p><w:r><w:t>续</w:t><w:br w:type="page"/></w:r></w:p>`

// Docx is the default template with the Styles and, after its title, a
// TOC of three entries as saver writes it; each heading follows a page
// break, the third nine pages further on, the second's bookmark ending in
// the next paragraph.
func Docx(t testing.TB, saver Saver, entries []Entry) []byte {
	t.Helper()
	body := Title() + TOC(saver, entries)
	for i, e := range entries {
		if i == 2 {
			body += strings.Repeat(PageBreak, 9)
		}
		body += PageBreak + Heading("Normal", e, i == 1) + `<w:p>` + Text("正文。") + `</w:p>`
	}
	return opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
		"word/document.xml": func(s string) string {
			return s[:strings.Index(s, "<w:body>")+len("<w:body>")] + body + s[strings.LastIndex(s, "<w:sectPr>"):]
		},
		"word/styles.xml": func(s string) string { return strings.Replace(s, "</w:styles>", Styles()+"</w:styles>", 1) },
	})
}

// Read reads docx, failing the test if it cannot or if it lists anything
// as not shown.
func Read(t testing.TB, docx []byte) *wordmodel.Document {
	t.Helper()
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("the fixture lists %v", doc.Undrawn)
	}
	return doc
}
