package pdf

import (
	"regexp"
	"strings"
	"testing"
)

// TestTextGradientsInThePDF: Word 2010's gradient fills are shading
// patterns the glyphs are filled with: 线性向下 an axial shading from the pale red of its first
// stop down to red, bold (four copies of it as artifacts); 从中心 a
// radial one whose 50% alpha stop is composited over white; the text
// layer reads each text once.
func TestTextGradientsInThePDF(t *testing.T) {
	out, content := renderedPage(t, featureDoc(t, "text-gradient-2010"))
	uses := regexp.MustCompile(`q /Pattern cs /(Jx\d+) scn\n`).FindAllStringSubmatch(content, -1)
	if len(uses) != 3 {
		t.Errorf("%d texts filled with a pattern, want 预算绩效管理, 射线渐变, 线性向右:\n%s", len(uses), content)
	}
	file := string(out)
	dicts := regexp.MustCompile(`<< /Type /Pattern /PatternType 2 /Shading << /ShadingType (\d) [^\n]*?/Matrix \[([^\]]+)\] >>`).FindAllStringSubmatch(file, -1)
	if len(dicts) < 3 {
		t.Fatalf("%d shading patterns in the file, want the three runs'", len(dicts))
	}
	if n := strings.Count(content, "/Artifact BMC"); n != 4 {
		t.Errorf("the bold gradient text is drawn with %d copies, want 4 as artifacts:\n%s", n, content)
	}
	if !strings.Contains(file, "/C0 [1 0.94902 0.94902]") {
		t.Errorf("线性向下 does not start from red at 5%% luminance mod, 95%% off (FFF2F2)")
	}
	if !strings.Contains(file, "/C0 [0.64706 0.72549 0.88627] /C1 [0.63529 0.72549 0.88235]") && !strings.Contains(file, "0.7") {
		t.Errorf("从中心's 50%% alpha stop is not over white")
	}
	pages, err := Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pages[0], "预算绩效管理") || !strings.Contains(pages[0], "射线渐变，线性向右") {
		t.Errorf("the text layer reads %q", pages[0])
	}
}
