package pdf

import (
	"regexp"
	"strings"
	"testing"
)

// TestRectangularTextGradientsInThePDF: Word 2016's 矩形 gradient from
// the centre of a bold heading is four axial shadings within one clip of
// its glyphs' outlines, over the heading drawn invisible (mode 3) for its
// text; 矩形 from a corner and 路径 are clipped the same way, the corner's
// focus leaving three quarters; a gradient outline is the glyphs'
// outlines stroked in a shading pattern, 1 pt wide and, bold, 1.5 pt and
// the bold stroke; the text layer reads every text once.
func TestRectangularTextGradientsInThePDF(t *testing.T) {
	out, content := renderedPage(t, featureDoc(t, "text-gradient-rect"))
	clip := regexp.MustCompile(`(?s)q\n[\d.]+ [\d.]+ m\n[^q]*?W n\n((?:q\n[^Q]*?W n\n[-\d. ]+ cm /Jx\d+ sh\nQ\n)+)Q\n(?:[^\n]*\n){0,4}3 Tr\n`)
	fills := clip.FindAllStringSubmatch(content, -1)
	if len(fills) != 3 {
		t.Fatalf("%d texts drawn as shadings within their glyphs, want 预算绩效管理, 矩形渐变 and 路径渐变:\n%.3000s", len(fills), content)
	}
	for k, want := range []int{4, 2, 4} {
		if n := strings.Count(fills[k][1], " sh\n"); n != want {
			t.Errorf("text %d is %d quarters, want %d", k, n, want)
		}
	}
	strokes := regexp.MustCompile(`q /Pattern CS /Jx\d+ SCN ([\d.]+) w\n[\d.]+ [\d.]+ m\n[^Q]*S Q\n`).FindAllStringSubmatch(content, -1)
	if len(strokes) != 2 || strokes[0][1] != "1" || strokes[1][1] != "2.03333" {
		t.Errorf("gradient outlines %v, want 1 pt and 1.5 pt besides a 30th of 16 pt", strokes)
	}
	pages, err := Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pages[0], "预算绩效管理") || !strings.Contains(pages[0], "矩形渐变，路径渐变，渐变轮廓，空心渐变轮廓") || strings.Count(pages[0], "矩形渐变") != 1 {
		t.Errorf("the text layer reads %q", pages[0])
	}
}
