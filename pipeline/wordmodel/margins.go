package wordmodel

import (
	"path"
	"strings"

	"jixiao/pipeline/wordxml"
)

// lines reads the default header or footer (ref names which) of the
// document's last section, a line a paragraph, empty ones left out. What
// it has that the PDF does not show is listed by margins, not here.
func (s *sheet) lines(body string, parts map[string]string, ref string) []string {
	sect := strings.LastIndex(body, "<w:sectPr")
	if sect < 0 {
		return nil
	}
	id := ""
	for i := sect; ; {
		j := wordxml.Next(body, ref, i, len(body))
		if j < 0 {
			break
		}
		tag := body[j : j+strings.IndexByte(body[j:], '>')]
		if strings.Contains(tag, `w:type="default"`) || !strings.Contains(tag, "w:type=") {
			if _, rest, ok := strings.Cut(tag, `r:id="`); ok {
				id, _, _ = strings.Cut(rest, `"`)
			}
		}
		i = j + 1
	}
	if id == "" {
		return nil
	}
	return s.partLines(parts, s.rels[id], nil)
}

// partLines reads a header or footer part (target, as the document's
// relationships name it), a line a paragraph with its list label, empty
// ones left out; what the PDF does not show of it goes to undrawn.
func (s *sheet) partLines(parts map[string]string, target string, undrawn *[]Feature) []string {
	name := "word/" + strings.TrimPrefix(target, "/word/")
	part := parts[name]
	q := *s
	q.undrawn = undrawn
	if undrawn == nil {
		q.undrawn = new([]Feature)
	}
	q.rels = relationships(parts["word/_rels/"+path.Base(name)+".rels"])
	q.where = partName(name)
	var out []string
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
// header or footer that says other than the default one, which the PDF
// does not draw.
func (s *sheet) margins(body string, parts map[string]string) {
	defaults := map[string]string{}
	type ref struct{ kind, typ, target string }
	var refs []ref
	seen := map[string]bool{}
	for _, kind := range []string{"w:headerReference", "w:footerReference"} {
		for i := next(body, kind, 0); i >= 0; i = next(body, kind, i+1) {
			tag := body[i : i+strings.IndexByte(body[i:], '>')]
			r := ref{kind, attr(tag, "w:type"), s.rels[attr(tag, "r:id")]}
			if r.typ == "" {
				r.typ = "default"
			}
			if r.typ == "default" {
				defaults[kind] = strings.Join(s.partLines(parts, r.target, nil), "\n")
			}
			refs = append(refs, r)
		}
	}
	for _, r := range refs {
		if seen[r.target] {
			continue
		}
		seen[r.target] = true
		shown := s.partLines(parts, r.target, s.undrawn)
		text := strings.Join(shown, "\n")
		if r.typ != "default" && text != defaults[r.kind] && !(r.kind == "w:footerReference" && pageNumberOnly(text)) {
			what := map[string]string{"first": "首页", "even": "偶数页"}[r.typ] + map[string]string{"w:headerReference": "页眉", "w:footerReference": "页脚"}[r.kind]
			*s.undrawn = append(*s.undrawn, Feature{What: "不同于其他页的" + what, Where: partName("word/" + r.target), Text: text})
		}
	}
}

// pageNumberOnly reports whether a footer says no more than the page
// number (— 1 —), which the PDF draws on every page, odd and even.
func pageNumberOnly(text string) bool {
	return strings.TrimFunc(text, func(r rune) bool {
		return r == 0 || r == ' ' || r == '\n' || strings.ContainsRune("—–-", r)
	}) == "" && strings.Contains(text, PageField)
}
