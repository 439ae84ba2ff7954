package wordxml

import (
	"strings"
	"testing"
)

// refAt and refEnd are the scanner as it was, looking for "<"+name and
// "</"+name+">": the reference the faster one must agree with everywhere.

func refAt(s string, i int, name string) bool {
	k := i + 1 + len(name)
	return strings.HasPrefix(s[i:], "<"+name) && k < len(s) && strings.ContainsRune(" >/\t\n\r", rune(s[k]))
}

func refEnd(s string, i int, name string, limit int) int {
	tag := strings.IndexByte(s[i:limit], '>')
	switch {
	case tag < 0:
		return -1
	case s[i+tag-1] == '/':
		return i + tag + 1
	}
	closing := "</" + name + ">"
	depth, k := 1, i+tag+1
	for depth > 0 {
		c := strings.Index(s[k:limit], closing)
		if c < 0 {
			return -1
		}
		c += k
		if o := Next(s, name, k, c); o >= 0 {
			g := strings.IndexByte(s[o:], '>') + o
			if s[g-1] != '/' {
				depth++
			}
			k = g + 1
			continue
		}
		depth--
		k = c + len(closing)
	}
	return k
}

// TestScanAgreesWithLookingForWholeTags: on every string of up to four
// pieces of WordprocessingML (tags of the name and of longer names, end
// tags whole and cut short, the name as text and as an attribute), At
// and End give what looking for whole "<name" and "</name>" gave,
// from every start and to every limit.
func TestScanAgreesWithLookingForWholeTags(t *testing.T) {
	pieces := []string{"<w:p>", "<w:p/>", "</w:p>", "<w:pPr>", "</w:pPr>", `<w:p w:a="w:p">`, "w:p", "</w:p", "<w:p", "<", "/", ">", "x"}
	texts := []string{""}
	for n := 0; n < 4; n++ {
		var longer []string
		for _, s := range texts {
			for _, p := range pieces {
				longer = append(longer, s+p)
			}
		}
		texts = append(texts, longer...)
	}
	seen := map[string]bool{}
	for _, s := range texts {
		if seen[s] {
			continue
		}
		seen[s] = true
		for from := 0; from <= len(s); from++ {
			if from < len(s) && At(s, from, "w:p") != refAt(s, from, "w:p") {
				t.Fatalf("At(%q, %d) = %v", s, from, !refAt(s, from, "w:p"))
			}
			for _, limit := range []int{len(s), max(from, len(s)-1), max(from, len(s)-3)} {
				if want := Next(s, "w:p", from, limit); want >= 0 {
					if got, want := End(s, want, "w:p", limit), refEnd(s, want, "w:p", limit); got != want {
						t.Fatalf("End(%q, %d, %d) = %d, want %d", s, from, limit, got, want)
					}
				}
			}
		}
	}
}
