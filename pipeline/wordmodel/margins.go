package wordmodel

import (
	"cmp"
	"path"
	"strings"

	"jixiao/pipeline/wordxml"
)

// shownPart is the target of the default header or footer (ref names
// which) of the document's last section: the one the PDF draws on every
// page; "" for none.
func (s *sheet) shownPart(body, ref string) string {
	sect := strings.LastIndex(body, "<w:sectPr")
	if sect < 0 {
		return ""
	}
	id := ""
	for i := wordxml.Next(body, ref, sect, len(body)); i >= 0; i = wordxml.Next(body, ref, i+1, len(body)) {
		tag := body[i : i+strings.IndexByte(body[i:], '>')]
		if typ := attr(tag, "w:type"); typ == "" || typ == "default" {
			id = attr(tag, "r:id")
		}
	}
	if id == "" {
		return ""
	}
	return s.rels[id]
}

// lines reads the header or footer the PDF draws (ref names which), a line
// a paragraph, empty ones left out. What it has that the PDF does not show
// is listed by margins, not here.
func (s *sheet) lines(body string, parts map[string]string, ref string) []string {
	target := s.shownPart(body, ref)
	if target == "" {
		return nil
	}
	return s.partLines(parts, target, nil, nil)
}

// partLines reads a header or footer part (target, as the document's
// relationships name it), a line a paragraph with its list label, empty
// ones left out; what the PDF does not show of it goes to undrawn. With
// images set, it is the part the PDF draws, and its pictures go there,
// placed on the page (marginPictures).
func (s *sheet) partLines(parts map[string]string, target string, undrawn *[]Feature, images *[]Image) []string {
	name := "word/" + strings.TrimPrefix(target, "/word/")
	part := parts[name]
	q := *s
	q.undrawn = undrawn
	if undrawn == nil {
		q.undrawn = new([]Feature)
	}
	q.rels = relationships(parts["word/_rels/"+path.Base(name)+".rels"])
	q.where = partName(name)
	q.inMargin = images != nil
	var out []string
	var found []placed
	for _, p := range wordxml.Elements(part, "w:p", 0, len(part)) {
		para, _ := q.paragraph(part[p.Start:p.End])
		q.plainOnly(para, "")
		text := para.Text
		if para.Label != nil {
			text = para.Label.Text + text
		}
		if strings.TrimSpace(text) != "" {
			out = append(out, text)
		}
		for _, img := range para.Images {
			found = append(found, placed{img, para.Align})
		}
	}
	if images != nil {
		*images = q.marginPictures(found, len(out) > 0, strings.HasPrefix(path.Base(name), "header"))
	}
	return out
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
		case f.FromY == "paragraph" || f.FromY == "line":
			if !header {
				*s.undrawn = append(*s.undrawn, Feature{What: "浮动图片 " + img.Name + "（页脚中的图片须相对于页面或页边距定位）", Where: s.where})
				continue
			}
			g := *f
			g.FromY, g.Y = "page", f.Y+s.page.HeaderDist
			f = &g
		}
		img.Float = f
		out = append(out, img)
	}
	return out
}

// partName is what Word calls a header or footer part.
func partName(name string) string {
	base := path.Base(name)
	if strings.HasPrefix(base, "header") {
		return "页眉（" + base + "）"
	}
	return "页脚（" + base + "）"
}

// margins lists what every header and footer the sections name has that
// the PDF does not show: its objects, and all of a first-page or even-page
// header or footer, or an earlier section's, that says other than the one
// the PDF draws on every page. It returns the pictures of the header and
// the footer the PDF draws.
func (s *sheet) margins(body string, parts map[string]string) (header, footer []Image) {
	kinds := []string{"w:headerReference", "w:footerReference"}
	shown := map[string]string{}
	drawn := map[string]string{}
	for _, kind := range kinds {
		if shown[kind] = s.shownPart(body, kind); shown[kind] != "" {
			drawn[kind] = strings.Join(s.partLines(parts, shown[kind], nil, nil), "\n")
		}
	}
	seen := map[string]bool{}
	for _, kind := range kinds {
		for i := next(body, kind, 0); i >= 0; i = next(body, kind, i+1) {
			tag := body[i : i+strings.IndexByte(body[i:], '>')]
			target, typ := s.rels[attr(tag, "r:id")], cmp.Or(attr(tag, "w:type"), "default")
			if seen[target] {
				continue
			}
			seen[target] = true
			var images *[]Image
			switch {
			case target == shown[kind] && kind == "w:headerReference":
				images = &header
			case target == shown[kind]:
				images = &footer
			}
			text := strings.Join(s.partLines(parts, target, s.undrawn, images), "\n")
			// Word shows a first-page header only where the section has
			// one (titlePg), and an even-page one only where the document
			// has them (evenAndOddHeaders). A page number is on every PDF
			// page where the drawn footer has one or says nothing.
			sect := body[strings.LastIndex(body[:i], "<w:sectPr"):]
			sect = sect[:end(sect, 0, "w:sectPr")]
			if target == shown[kind] || text == drawn[kind] || typ == "first" && !on(sect, "w:titlePg") || typ == "even" && !s.evenPages ||
				kind == "w:footerReference" && pageNumberOnly(text) && (drawn[kind] == "" || strings.Contains(drawn[kind], PageField)) {
				continue
			}
			what := map[string]string{"first": "首页", "even": "偶数页", "default": "前面一节的"}[typ] + map[string]string{"w:headerReference": "页眉", "w:footerReference": "页脚"}[kind]
			*s.undrawn = append(*s.undrawn, Feature{What: "不同于其他页的" + what, Where: partName("word/" + target), Text: text})
		}
	}
	return header, footer
}

// pageNumberOnly reports whether a footer says no more than the page
// number (— 1 —), which the PDF draws on every page, odd and even.
func pageNumberOnly(text string) bool {
	return strings.TrimFunc(text, func(r rune) bool {
		return r == 0 || r == ' ' || r == '\n' || strings.ContainsRune("—–-", r)
	}) == "" && strings.Contains(text, PageField)
}
