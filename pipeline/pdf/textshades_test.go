package pdf

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"
)

// TestTextGradientsInThePDF: Word 2010's gradient fills are shading
// patterns the glyphs are filled with: 线性向下 an axial shading from the pale red of its first
// stop down to red, bold (widened by sixteen copies of it as artifacts,
// half the bold stroke away all round it, one straight to its right);
// 从中心 a
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
	copies := regexp.MustCompile(`/Artifact BMC\nBT ([\d.]+) ([\d.]+) Td [^\n]+ Tj ET\nEMC\n`).FindAllStringSubmatch(content, -1)
	text := regexp.MustCompile(`EMC\nBT ([\d.]+) ([\d.]+) Td [^\n]+ Tj ET\n`).FindStringSubmatch(content)
	if len(copies) != 16 || text == nil {
		t.Fatalf("the bold gradient text is drawn with %d copies, want 16 as artifacts before it:\n%s", len(copies), content)
	}
	var x, y float64
	fmt.Sscan(text[1]+" "+text[2], &x, &y)
	right := false
	for _, c := range copies {
		var cx, cy float64
		fmt.Sscan(c[1]+" "+c[2], &cx, &cy)
		// Half of a 30th of its 16 pt, to the Td's two decimals.
		if d := math.Hypot(cx-x, cy-y); math.Abs(d-16.0/60) > 0.015 {
			t.Errorf("a copy at %.2f, %.2f is %.3f pt from the text at %.2f, %.2f, want %.3f", cx, cy, d, x, y, 16.0/60)
		}
		right = right || math.Abs(cy-y) < 0.006 && cx > x
	}
	if !right {
		t.Errorf("no copy straight to the text's right: its glyphs are not widened all round")
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
