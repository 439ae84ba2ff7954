package pdf

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// feature is one fixture of the corpus: a document using one ordinary
// Word feature, as Word 2016 (or WPS, where wps is set) saves it.
type feature struct {
	name string
	wps  bool
	// body is document.xml's body before the last section's properties.
	body string
	// sect is the last sectPr's content before pgSz ("" none): header
	// and footer references, w:titlePg, w:type …; page is pgSz, pgMar,
	// cols and docGrid ("" for A4 portrait with the GB/T 9704 margins).
	sect, page string
	// parts are the package's other parts by name (word/header1.xml,
	// word/media/image1.png …), each related from the document as
	// "rId"+its base name without the extension (rIdheader1, rIdimage1).
	parts map[string]string
	// settings are settings.xml elements the fixture needs
	// (w:evenAndOddHeaders); the notes' separators are added for notes.
	settings string
	// links are external hyperlinks, their relationship id to the URL.
	links map[string]string
	// background is document.xml's w:background, before the body (页面颜色).
	background string
}

// NS are the namespaces Word 2016 declares on document.xml, headers,
// footers and notes, whether the part uses them or not.
const wordNS = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" mc:Ignorable="w14 w15 w16se wp14"`

// wpsNS are the namespaces WPS declares: fewer, and its own custom data.
const wpsNS = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" mc:Ignorable="w14 wp14"`

// a4Page is A4 portrait with the GB/T 9704 margins and a grid of 28
// characters by 22 lines, as the template's 页面设置 leaves it.
const a4Page = `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/>`

// docx is f's package: the built-in template's parts replaced by f's, as
// Word or WPS saves them.
func (f feature) docx(t testing.TB) []byte {
	t.Helper()
	ns := wordNS
	if f.wps {
		ns = wpsNS
	}
	page := f.page
	if page == "" {
		page = a4Page
	}
	sectRsid := ` w:rsidR="00A41C2E" w:rsidSect="00A41C2E"`
	if f.wps {
		sectRsid = ""
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<w:document ` + ns + `>` + f.background + `<w:body>` + f.body +
		`<w:sectPr` + sectRsid + `>` + f.sect + page + `</w:sectPr></w:body></w:document>`
	rels := []string{rel("rId1", "styles", "styles.xml"), rel("rId2", "settings", "settings.xml"), rel("rId3", "webSettings", "webSettings.xml"),
		rel("rId4", "fontTable", "fontTable.xml"), rel("rId5", "theme", "theme/theme1.xml")}
	types := []string{override("/word/document.xml", "officedocument.wordprocessingml.document.main"), override("/word/styles.xml", "officedocument.wordprocessingml.styles"),
		override("/word/settings.xml", "officedocument.wordprocessingml.settings"), override("/word/webSettings.xml", "officedocument.wordprocessingml.webSettings"),
		override("/word/fontTable.xml", "officedocument.wordprocessingml.fontTable"), override("/word/theme/theme1.xml", "officedocument.theme"),
		override("/docProps/core.xml", "package.core-properties"), override("/docProps/app.xml", "officedocument.extended-properties")}
	edits := map[string]func(string) string{
		"word/document.xml":     opctest.Set(doc),
		"word/styles.xml":       opctest.Set(wordStyles(f.wps)),
		"word/settings.xml":     opctest.Set(wordSettings(f.wps, f.settings+notesPr(f.parts, f.settings))),
		"word/webSettings.xml":  opctest.Set(xmlHead + `<w:webSettings ` + wordNS + `><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>`),
		"word/fontTable.xml":    opctest.Set(fontTable),
		"word/theme/theme1.xml": opctest.Set(theme),
		"word/footer1.xml":      opctest.Set("-"),
		"word/footer2.xml":      opctest.Set("-"),
	}
	for _, name := range slices.Sorted(maps.Keys(f.parts)) {
		body := f.parts[name]
		base := name[strings.LastIndex(name, "/")+1:]
		id := "rId" + strings.TrimSuffix(base, base[strings.LastIndex(base, "."):])
		kind := ""
		for _, k := range []string{"header", "footer", "footnotes", "endnotes", "numbering", "comments", "image"} {
			if strings.HasPrefix(base, k) {
				kind = k
			}
		}
		switch {
		case strings.Contains(name, "/_rels/"):
		case kind == "image":
			rels = append(rels, rel(id, "image", strings.TrimPrefix(name, "word/")))
		case kind != "":
			rels = append(rels, rel(id, kind, base))
			ct := "officedocument.wordprocessingml." + kind
			if kind == "header" || kind == "footer" || kind == "footnotes" || kind == "endnotes" {
				ct = "officedocument.wordprocessingml." + strings.TrimSuffix(kind, "s")
				if kind == "footnotes" || kind == "endnotes" {
					ct += "s"
				}
			}
			types = append(types, override("/"+name, ct))
		}
		edits[name] = opctest.Set(body)
	}
	for _, id := range slices.Sorted(maps.Keys(f.links)) {
		rels = append(rels, `<Relationship Id="`+id+`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="`+f.links[id]+`" TargetMode="External"/>`)
	}
	edits["word/_rels/document.xml.rels"] = opctest.Set(xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + strings.Join(rels, "") + `</Relationships>`)
	edits["[Content_Types].xml"] = opctest.Set(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="gif" ContentType="image/gif"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` + strings.Join(types, "") + `</Types>`)
	return opctest.Edit(t, templates.Disclosure, edits)
}

// notesPr are settings' references to the separator notes Word writes
// into footnotes.xml and endnotes.xml, unless the fixture's settings
// hold its own (with them, as Word writes one w:footnotePr).
func notesPr(parts map[string]string, settings string) string {
	s := ""
	for _, kind := range []string{"footnote", "endnote"} {
		if _, ok := parts["word/"+kind+"s.xml"]; ok && !strings.Contains(settings, "<w:"+kind+"Pr>") {
			s += `<w:` + kind + `Pr><w:` + kind + ` w:id="-1"/><w:` + kind + ` w:id="0"/></w:` + kind + `Pr>`
		}
	}
	return s
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n"

func rel(id, kind, target string) string {
	return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + kind + `" Target="` + target + `"/>`
}

func override(part, kind string) string {
	return `<Override PartName="` + part + `" ContentType="application/vnd.openxmlformats-` + kind + `+xml"/>`
}

// story is a header's, footer's or notes part's root element, el (hdr,
// ftr, footnotes, endnotes), holding content.
func story(el, content string) string {
	return xmlHead + `<w:` + el + ` ` + wordNS + `>` + content + `</w:` + el + `>`
}

// rsids are the revision ids Word stamps on paragraphs and runs, one per
// editing session; a fixture's text cycles through them as a clerk's
// several sessions leave it.
var rsids = []string{"00A41C2E", "003F1C2E", "00D21A6B", "0057B9E4", "00E3C0A1"}

// para is a paragraph as Word writes it, its rsids stamped: pPr's
// content, then runs.
func para(pPr string, runs ...string) string {
	n := len(strings.Join(runs, "")) % len(rsids)
	p := fmt.Sprintf(`<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">`, rsids[n], rsids[0], rsids[(n+1)%len(rsids)])
	if pPr != "" {
		p += `<w:pPr>` + pPr + `</w:pPr>`
	}
	return p + strings.Join(runs, "") + `</w:p>`
}

// run is text in runs of rPr, split at each | as Word splits a run where
// the clerk typed in a later session (each piece its own rsidRPr).
func run(rPr, text string) string {
	var b strings.Builder
	for i, piece := range strings.Split(text, "|") {
		b.WriteString(`<w:r w:rsidRPr="` + rsids[i%len(rsids)] + `">`)
		if rPr != "" {
			b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
		}
		sp := ""
		if strings.HasPrefix(piece, " ") || strings.HasSuffix(piece, " ") {
			sp = ` xml:space="preserve"`
		}
		b.WriteString(`<w:t` + sp + `>` + piece + `</w:t></w:r>`)
	}
	return b.String()
}

// wpsRun is a run as WPS writes it: the East Asian hint and the language
// on every run, and no rsid.
func wpsRun(rPr, text string) string {
	return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/>` + rPr + `<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>` + text + `</w:t></w:r>`
}

// wpsPara is a paragraph as WPS writes it: no rsids, and its mark's run
// properties repeated in pPr.
func wpsPara(pPr string, runs ...string) string {
	return `<w:p><w:pPr>` + pPr + `<w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// text is a paragraph of Normal text in one run.
func text(s string) string { return para("", run("", s)) }

// known is a difference from LibreOffice's rendering a fixture keeps
// (corpusKnown): a pattern the difference's message starts with, and why.
type known struct{ diff, why string }
