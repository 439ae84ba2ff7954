package pdf

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Reading a PDF as poppler and qpdf see it, for the corpus' comparison
// with LibreOffice: lines of words, pictures' boxes and links.

// pdfPage is one page's lines top to bottom, pictures and links, their
// boxes in pt from the page's top left.
type pdfPage struct {
	lines         []pdfLine
	images, links []pdfBox
}

// pdfLine is the words of a page that share a line: overlapping
// vertically, left to right.
type pdfLine struct {
	text         string
	x0, x1, base float64
	top          float64
	size         float64 // the tallest word's box height, about an em
}

type pdfBox struct {
	x0, y0, x1, y1 float64
	label          string // a link's URI
}

func (b pdfBox) String() string {
	return fmt.Sprintf("[%.0f,%.0f %.0f×%.0f %s]", b.x0, b.y0, b.x1-b.x0, b.y1-b.y0, b.label)
}

var (
	pageTag  = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordTag  = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	imageTag = regexp.MustCompile(`<image top="(-?[\d.]+)" left="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"`)
)

func popplerPages(t *testing.T, path string) []pdfPage {
	t.Helper()
	raw, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	var pages []pdfPage
	var heights []float64
	for _, chunk := range strings.Split(string(raw), "</page>") {
		m := pageTag.FindStringSubmatch(chunk)
		if m == nil {
			continue
		}
		heights = append(heights, atof(m[2]))
		pages = append(pages, pdfPage{lines: linesOf(chunk)})
	}
	html, err := exec.Command("pdftohtml", "-xml", "-stdout", "-q", "-zoom", "1", path, t.TempDir()+"/img").Output()
	if err != nil {
		t.Fatalf("pdftohtml %s: %v", path, err)
	}
	for i, chunk := range strings.Split(string(html), "</page>") {
		for _, m := range imageTag.FindAllStringSubmatch(chunk, -1) {
			if i < len(pages) {
				y, x := atof(m[1]), atof(m[2])
				pages[i].images = append(pages[i].images, pdfBox{x0: x, y0: y, x1: x + atof(m[3]), y1: y + atof(m[4])})
			}
		}
	}
	for i, links := range linksOf(t, path) {
		if i < len(pages) {
			for _, l := range links {
				// PDF space runs up from the page's foot.
				l.y0, l.y1 = heights[i]-l.y1, heights[i]-l.y0
				pages[i].links = append(pages[i].links, l)
			}
		}
	}
	for i := range pages {
		for _, boxes := range [][]pdfBox{pages[i].images, pages[i].links} {
			sort.Slice(boxes, func(a, b int) bool {
				if boxes[a].y0 != boxes[b].y0 {
					return boxes[a].y0 < boxes[b].y0
				}
				return boxes[a].x0 < boxes[b].x0
			})
		}
	}
	return pages
}

// linesOf gathers a page's words into lines: a word joins the line its
// middle falls within (or whose middle falls within it); lines are
// ordered by their tops, words by their left edges.
func linesOf(page string) []pdfLine {
	type word struct {
		x0, y0, x1, y1 float64
		text           string
	}
	var words []word
	for _, m := range wordTag.FindAllStringSubmatch(page, -1) {
		words = append(words, word{atof(m[1]), atof(m[2]), atof(m[3]), atof(m[4]), m[5]})
	}
	sort.SliceStable(words, func(i, j int) bool { return words[i].x0 < words[j].x0 })
	var lines []pdfLine
	for _, w := range words {
		mid := (w.y0 + w.y1) / 2
		k := -1
		for i, l := range lines {
			if lmid := (l.top + l.base) / 2; mid >= l.top && mid <= l.base || lmid >= w.y0 && lmid <= w.y1 {
				k = i
				break
			}
		}
		if k < 0 {
			lines = append(lines, pdfLine{x0: w.x0, x1: w.x1, top: w.y0, base: w.y1})
			k = len(lines) - 1
		}
		l := &lines[k]
		l.text += w.text
		l.x0, l.x1 = min(l.x0, w.x0), max(l.x1, w.x1)
		l.top, l.base = min(l.top, w.y0), max(l.base, w.y1)
		l.size = max(l.size, w.y1-w.y0)
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].top < lines[j].top })
	return lines
}

// linksOf reads each page's URI link annotations with qpdf --json, their
// boxes in PDF space.
func linksOf(t *testing.T, path string) [][]pdfBox {
	t.Helper()
	raw, err := exec.Command("qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", path).Output()
	if err != nil {
		t.Fatalf("qpdf %s: %v", path, err)
	}
	var doc struct {
		Pages []struct {
			Object string `json:"object"`
		} `json:"pages"`
		QPDF []map[string]json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil || len(doc.QPDF) < 2 {
		t.Fatalf("qpdf --json %s: %v", path, err)
	}
	objects := doc.QPDF[1]
	// resolve reads an object's value, following a reference.
	var resolve func(v any) any
	resolve = func(v any) any {
		if ref, ok := v.(string); ok && strings.HasSuffix(ref, " R") {
			var o struct {
				Value any `json:"value"`
			}
			json.Unmarshal(objects["obj:"+ref], &o)
			return resolve(o.Value)
		}
		return v
	}
	out := make([][]pdfBox, len(doc.Pages))
	for i, p := range doc.Pages {
		page, _ := resolve(p.Object).(map[string]any)
		annots, _ := resolve(page["/Annots"]).([]any)
		for _, a := range annots {
			annot, _ := resolve(a).(map[string]any)
			action, _ := resolve(annot["/A"]).(map[string]any)
			uri, _ := resolve(action["/URI"]).(string)
			rect, _ := resolve(annot["/Rect"]).([]any)
			if annot["/Subtype"] != "/Link" || len(rect) != 4 {
				continue
			}
			var v [4]float64
			for k := range v {
				v[k], _ = resolve(rect[k]).(float64)
			}
			out[i] = append(out[i], pdfBox{x0: min(v[0], v[2]), y0: min(v[1], v[3]), x1: max(v[0], v[2]), y1: max(v[1], v[3]), label: strings.TrimPrefix(uri, "u:")})
		}
	}
	return out
}
