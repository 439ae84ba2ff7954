package pdf

import (
	"regexp"
	"strings"
	"testing"
)

// TestGlowAndReflectionInThePDF: Word 2016's glows are copies of their
// glyphs widened by round-joined strokes, marked as artifacts (four for
// each text the glow is drawn round), and its reflections shadings
// within the mirrored glyphs, fading down from the text's colour: the
// bold red heading's from C00000 at 50% over white, 映像's from accent 1
// at 55%; the text layer reads every text once.
func TestGlowAndReflectionInThePDF(t *testing.T) {
	out, content := renderedPage(t, featureDoc(t, "text-glow-reflection"))
	bands := regexp.MustCompile(`/Artifact BMC\n(?:BT [^\n]* Tf ET\n)?[\d. ]+RG\n[\d.]+ w\n1 j\n2 Tr\nq [\d. ]+rg BT [^\n]+ Tj ET Q\n0 Tr\n[^\n]*G\n[\d.]+ w\n0 j\nEMC\n`).FindAllString(content, -1)
	if n := strings.Count(content, "/Artifact BMC"); len(bands) != n || n == 0 || n%4 != 0 {
		t.Errorf("%d of %d copies are widened by round-joined strokes, want all, four to a text", len(bands), n)
	}
	if n := regexp.MustCompile(`W n\n0 -?[\d.]+ [\d.]+ 0 [\d.]+ [\d.]+ cm /Jx\d+ sh\n`).FindAllString(content, -1); len(n) != 2 {
		t.Errorf("%d reflections shaded down the mirrored glyphs, want the heading's and 映像's", len(n))
	}
	file := string(out)
	for _, stops := range []string{"/C0 [0.87843 0.50196 0.50196] /C1 [1 0.99608 0.99608]", "/C0 [0.59608 0.69412 0.87451] /C1 [0.99608 1 1]"} {
		if !strings.Contains(file, stops) {
			t.Errorf("no reflection fades %s", stops)
		}
	}
	pages, err := Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pages[0], "预算绩效管理") || !strings.Contains(pages[0], "发光文字，宽发光，紧密映像") || strings.Count(pages[0], "发光文字") != 1 {
		t.Errorf("the text layer reads %q", pages[0])
	}
}
