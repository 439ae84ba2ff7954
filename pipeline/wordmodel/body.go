package wordmodel

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"
)

// The body is read by scanning the part's bytes rather than through
// encoding/xml: a 600-page attachment is read back twice per build (for the
// PDF and for the check), and a decoder per element made that the slowest
// stage of the build.

// tagAt reports whether s[i:] starts the tag <name followed by a space, '>'
// or '/', so that <w:t finds no <w:tab and <w:p no <w:pPr.
func tagAt(s []byte, i int, name string) bool {
	if !bytes.HasPrefix(s[i:], []byte("<"+name)) {
		return false
	}
	k := i + 1 + len(name)
	if k >= len(s) {
		return false
	}
	switch s[k] {
	case ' ', '>', '/', '\t', '\n', '\r':
		return true
	}
	return false
}

// next finds the next <name …> at or after from; -1 if none.
func next(s []byte, name string, from int) int {
	open := []byte("<" + name)
	for from < len(s) {
		i := bytes.Index(s[from:], open)
		if i < 0 {
			return -1
		}
		i += from
		if tagAt(s, i, name) {
			return i
		}
		from = i + 1
	}
	return -1
}

// span returns where the element starting at i ends (just past its end
// tag), counting nested elements of the same name.
func span(s []byte, i int, name string) int {
	gt := bytes.IndexByte(s[i:], '>')
	if gt < 0 {
		return len(s)
	}
	if s[i+gt-1] == '/' {
		return i + gt + 1
	}
	closeTag := []byte("</" + name + ">")
	depth, k := 1, i+gt+1
	for depth > 0 {
		c := bytes.Index(s[k:], closeTag)
		if c < 0 {
			return len(s)
		}
		o := next(s, name, k)
		if o >= 0 && o < k+c {
			g := bytes.IndexByte(s[o:], '>')
			if g >= 0 && s[o+g-1] != '/' {
				depth++
			}
			k = o + 1
			continue
		}
		depth--
		k += c + len(closeTag)
	}
	return k
}

// val returns the w:val of the first <name …> in s, and whether it is there.
func val(s []byte, name string) (string, bool) {
	i := next(s, name, 0)
	if i < 0 {
		return "", false
	}
	tag := s[i : i+bytes.IndexByte(s[i:], '>')]
	key := []byte(`w:val="`)
	j := bytes.Index(tag, key)
	if j < 0 {
		return "", true
	}
	rest := tag[j+len(key):]
	return string(rest[:bytes.IndexByte(rest, '"')]), true
}

func readBody(raw []byte, styles map[string]styleInfo) (*Document, error) {
	b := next(raw, "w:body", 0)
	if b < 0 {
		return nil, fmt.Errorf("read docx body: no w:body")
	}
	body := raw[b:span(raw, b, "w:body")]
	body = body[bytes.IndexByte(body, '>')+1:]
	doc := &Document{}
	pendingBreak := false
	for i := 0; i < len(body); {
		lt := bytes.IndexByte(body[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		switch {
		case tagAt(body, i, "w:p"):
			end := span(body, i, "w:p")
			para, breakAfter := paragraph(body[i:end], styles)
			para.PageBreakBefore = para.PageBreakBefore || pendingBreak
			pendingBreak = breakAfter
			doc.Blocks = append(doc.Blocks, para)
			i = end
		case tagAt(body, i, "w:tbl"):
			end := span(body, i, "w:tbl")
			doc.Blocks = append(doc.Blocks, table(body[i:end], styles))
			i = end
		case bytes.HasPrefix(body[i:], []byte("</")):
			i += bytes.IndexByte(body[i:], '>') + 1
		default:
			// Any other element (sectPr, a content control, bookmarks): step
			// into it, so that the paragraphs of a content control are read.
			i += bytes.IndexByte(body[i:], '>') + 1
		}
	}
	return doc, nil
}

// paragraph reads one w:p; breakAfter reports a page break inside it.
func paragraph(p []byte, styles map[string]styleInfo) (para *Paragraph, breakAfter bool) {
	para = &Paragraph{Style: "Normal"}
	if pr := next(p, "w:pPr", 0); pr >= 0 {
		props := p[pr:span(p, pr, "w:pPr")]
		if v, ok := val(props, "w:pStyle"); ok {
			para.Style = v
		}
		info := styles[para.Style]
		para.StyleName, para.Align, para.PageBreakBefore = info.name, info.align, info.pageBreak
		if v, ok := val(props, "w:jc"); ok {
			para.Align = v
		}
		if v, ok := val(props, "w:pageBreakBefore"); ok && v != "0" && v != "false" {
			para.PageBreakBefore = true
		}
		p = append(append([]byte(nil), p[:pr]...), p[span(p, pr, "w:pPr"):]...)
	} else {
		info := styles[para.Style]
		para.StyleName, para.Align, para.PageBreakBefore = info.name, info.align, info.pageBreak
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		lt := bytes.IndexByte(p[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		switch {
		case tagAt(p, i, "w:t"):
			gt := i + bytes.IndexByte(p[i:], '>')
			if p[gt-1] == '/' {
				i = gt + 1
				continue
			}
			end := bytes.Index(p[gt:], []byte("</w:t>"))
			if end < 0 {
				i = len(p)
				continue
			}
			b.WriteString(html.UnescapeString(string(p[gt+1 : gt+end])))
			i = gt + end + len("</w:t>")
		case tagAt(p, i, "w:tab"):
			b.WriteByte('\t')
			i++
		case tagAt(p, i, "w:br"):
			tag := p[i : i+bytes.IndexByte(p[i:], '>')]
			if bytes.Contains(tag, []byte(`w:type="page"`)) {
				breakAfter = true
			} else {
				b.WriteByte('\n')
			}
			i++
		case tagAt(p, i, "w:cr"):
			b.WriteByte('\n')
			i++
		default:
			i++
		}
	}
	para.Text = b.String()
	return para, breakAfter
}

func table(t []byte, styles map[string]styleInfo) *Table {
	out := &Table{}
	if g := next(t, "w:tblGrid", 0); g >= 0 {
		grid := t[g:span(t, g, "w:tblGrid")]
		for i := next(grid, "w:gridCol", 0); i >= 0; i = next(grid, "w:gridCol", i+1) {
			tag := grid[i : i+bytes.IndexByte(grid[i:], '>')]
			if j := bytes.Index(tag, []byte(`w:w="`)); j >= 0 {
				rest := tag[j+5:]
				w, _ := strconv.Atoi(string(rest[:bytes.IndexByte(rest, '"')]))
				out.Widths = append(out.Widths, w)
			}
		}
	}
	for r := next(t, "w:tr", 0); r >= 0; {
		rowEnd := span(t, r, "w:tr")
		tr := t[r:rowEnd]
		row := Row{}
		if pr := next(tr, "w:trPr", 0); pr >= 0 {
			_, row.Header = val(tr[pr:span(tr, pr, "w:trPr")], "w:tblHeader")
		}
		for c := next(tr, "w:tc", 0); c >= 0; {
			cellEnd := span(tr, c, "w:tc")
			row.Cells = append(row.Cells, cell(tr[c:cellEnd], styles))
			c = next(tr, "w:tc", cellEnd)
		}
		out.Rows = append(out.Rows, row)
		r = next(t, "w:tr", rowEnd)
	}
	return out
}

func cell(tc []byte, styles map[string]styleInfo) Cell {
	c := Cell{Span: 1}
	if pr := next(tc, "w:tcPr", 0); pr >= 0 {
		props := tc[pr:span(tc, pr, "w:tcPr")]
		if v, ok := val(props, "w:gridSpan"); ok {
			fmt.Sscan(v, &c.Span)
		}
		if v, ok := val(props, "w:vMerge"); ok {
			c.Merge = Continues
			if v == "restart" {
				c.Merge = Starts
			}
		}
	}
	var lines []string
	for p := next(tc, "w:p", 0); p >= 0; {
		end := span(tc, p, "w:p")
		para, _ := paragraph(tc[p:end], styles)
		lines = append(lines, para.Text)
		if c.Align == "" {
			c.Align = para.Align
		}
		if next(tc[p:end], "w:b", 0) >= 0 {
			if v, ok := val(tc[p:end], "w:b"); ok && v != "0" && v != "false" {
				c.Bold = true
			}
		}
		p = next(tc, "w:p", end)
	}
	c.Text = strings.Join(lines, "\n")
	return c
}
