package pdf

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// shown is a run of text our PDF draws: its page and baseline, in pt
// from the page's foot.
type shown struct {
	page int
	y    float64
	text string
}

// rule is a line our PDF strokes: its page, height and ends, in pt.
type rule struct {
	page      int
	y, x0, x1 float64
}

var strokedLine = regexp.MustCompile(`([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S`)

// drawnText and drawnRules read each page's runs and horizontal lines
// from our PDF's content streams.
func drawnText(t *testing.T, pdf []byte) ([]shown, []rule) {
	t.Helper()
	pages, err := contents(pdf)
	if err != nil {
		t.Fatal(err)
	}
	var texts []shown
	var rules []rule
	for i, c := range pages {
		shows(withoutArtifacts(c), func(y, s []byte) {
			v, _ := strconv.ParseFloat(string(y), 64)
			texts = append(texts, shown{i + 1, v, decodeString(s)})
		})
		for _, m := range strokedLine.FindAllSubmatch(c, -1) {
			f := func(k int) float64 { v, _ := strconv.ParseFloat(string(m[k]), 64); return v }
			if f(2) == f(4) {
				rules = append(rules, rule{i + 1, f(2), f(1), f(3)})
			}
		}
	}
	return texts, rules
}

// TestALongFootnoteGoesOnAtTheNextPagesFoot: the corpus' footnote-
// continued, its 45-sentence note referred to on page 2: the note starts
// at page 2's foot under the short separator and goes on at page 3's
// under one across the text block, before page 3's own note; all its
// text is drawn, and all of it on the page.
func TestALongFootnoteGoesOnAtTheNextPagesFoot(t *testing.T) {
	var fixture feature
	for _, f := range noteFeatures(t) {
		if f.name == "footnote-continued" {
			fixture = f
		}
	}
	doc, err := wordmodel.Read(fixture.docx(t))
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	texts, rules := drawnText(t, out)
	if len(rules) != 2 || rules[0].page != 2 || rules[1].page != 3 || rules[0].x1-rules[0].x0 > 150 || rules[1].x1-rules[1].x0 < 440 {
		t.Fatalf("separators %+v, want a third of the text block on page 2 and the whole of it on page 3", rules)
	}
	// The notes are what is drawn under a page's rule.
	var notes strings.Builder
	byPage := map[int]int{}
	var second, lastOfNote shown
	for _, s := range texts {
		if s.y < 0 || s.y > 842 {
			t.Errorf("%q drawn at %.1f pt on page %d, off the page", s.text, s.y, s.page)
		}
		under := false
		for _, r := range rules {
			under = under || r.page == s.page && s.y < r.y
		}
		switch {
		case !under:
		case strings.Contains(s.text, "第二页的脚注"):
			second = s
		default:
			notes.WriteString(s.text)
			byPage[s.page]++
			lastOfNote = s
		}
	}
	if got := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(notes.String(), "1"), "2")); got != strings.TrimSpace(longNote(45)) {
		t.Errorf("the notes under the rules read %q, want the first note's %q", got, longNote(45))
	}
	if byPage[2] == 0 || byPage[3] == 0 {
		t.Errorf("the note's runs by page %v, want it on pages 2 and 3", byPage)
	}
	if lastOfNote.page != 3 || second.page != 3 || second.y > lastOfNote.y {
		t.Errorf("the note ends on page %d at %.1f pt; page 3's own note at %.1f, want under it", lastOfNote.page, lastOfNote.y, second.y)
	}
}

// TestADeletedSeparatorDrawsNoRule: the corpus' footnote-separator-
// deleted, whose separator note the clerk emptied: the note is drawn at
// the page's foot with no rule over it.
func TestADeletedSeparatorDrawsNoRule(t *testing.T) {
	for _, f := range noteFeatures(t) {
		if f.name != "footnote-separator-deleted" {
			continue
		}
		doc, err := wordmodel.Read(f.docx(t))
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := Render(doc, testOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		texts, rules := drawnText(t, out)
		if len(rules) != 0 {
			t.Errorf("rules %+v, want none", rules)
		}
		found := false
		for _, s := range texts {
			found = found || strings.Contains(s.text, "脚注上方没有分隔线") && s.y < 200
		}
		if !found {
			t.Errorf("the note is not drawn at the page's foot: %+v", texts)
		}
	}
}
