package output

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// debrisExpression is what Debris finds, as the regular expression it
// replaced; the scanner must find exactly its matches.
var debrisExpression = regexp.MustCompile(`[，。、；：][，。、；：]|（\s*）|\(\s*\)|“\s*”|《\s*》|【\s*】|「\s*」`)

// debrisAlphabet is every kind of character the expression distinguishes:
// each mark, opening and closing bracket, ASCII and full-width space, text,
// a byte that is not UTF-8 and a lone continuation byte.
var debrisAlphabet = []string{"，", "。", "、", "；", "：", "（", "）", "(", ")", "“", "”", "《", "》", "【", "】", "「", "」", " ", "\t", "\n", "\f", "\r", "\u3000", "a", "项", "\xe4", "\x80", ","}

// TestDebrisFindsWhatTheExpressionFinds: every string of up to three
// characters of the alphabet, and longer ones built from them, gives the
// same matches, leftmost first and not overlapping, as the expression.
func TestDebrisFindsWhatTheExpressionFinds(t *testing.T) {
	texts := []string{""}
	for _, a := range debrisAlphabet {
		texts = append(texts, a)
		for _, b := range debrisAlphabet {
			texts = append(texts, a+b)
			for _, c := range debrisAlphabet {
				texts = append(texts, a+b+c)
			}
		}
	}
	texts = append(texts, "共组织，，项目（ ）与( \t)，“”《》【】「」。；：、完成", "（（ ））((  ))“ “” ”，，，。", strings.Repeat("（\n）;，。", 40))
	for _, s := range texts {
		want, got := debrisExpression.FindAllStringIndex(s, -1), Debris.FindAllStringIndex(s, -1)
		if fmt.Sprint(want) != fmt.Sprint(got) {
			t.Fatalf("%q: debris at %v, the expression finds %v", s, got, want)
		}
		if w, g := debrisExpression.FindAllString(s, 2), Debris.FindAllString(s, 2); fmt.Sprint(w) != fmt.Sprint(g) {
			t.Fatalf("%q: first two pieces %q, the expression finds %q", s, g, w)
		}
	}
}

// BenchmarkDebris scans the text of a long attachment for debris, as
// verify does for each output: the expression took ten times as long.
func BenchmarkDebris(b *testing.B) {
	var sb strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&sb, "%d第%d个农村公路养护项目（县道乡道村道）%d,%03d.%02d", i, i, i%97, i%1000, i%100)
	}
	text := sb.String()
	for b.Loop() {
		if len(Debris.FindAllStringIndex(text, -1)) != 0 {
			b.Fatal("debris in clean text")
		}
	}
}
