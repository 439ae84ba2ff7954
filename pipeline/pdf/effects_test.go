package pdf

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// featureDoc reads the corpus fixture name; it lists nothing undrawn.
func featureDoc(t *testing.T, name string) *wordmodel.Document {
	t.Helper()
	for _, f := range effectFeatures() {
		if f.name == name {
			doc, err := wordmodel.Read(f.docx(t))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Undrawn) > 0 {
				t.Errorf("%s lists %v", name, doc.Undrawn)
			}
			return doc
		}
	}
	t.Fatalf("no fixture %s", name)
	return nil
}

// TestLegacyEffectsInThePDF: 空心 is filled white and stroked in the
// text's red (text rendering mode 2); 阴影, 阳文 and 阴文 draw a copy
// first, marked as an artifact, in light grey or black; the text layer
// reads every text once; a bold red text is outlined in red, not black.
func TestLegacyEffectsInThePDF(t *testing.T) {
	out, content := renderedPage(t, featureDoc(t, "legacy-effects"))
	if !regexp.MustCompile(`1\.000 0\.000 0\.000 RG\n[\d.]+ w\n2 Tr\nq 1\.000 g BT [\d.]+ [\d.]+ Td \(.*\) Tj ET Q\n0 Tr`).MatchString(content) {
		t.Errorf("空心字 is not filled white and stroked red:\n%s", content)
	}
	if n := strings.Count(content, "/Artifact BMC"); n != 4 {
		t.Errorf("%d copies marked as artifacts, want 阴影字's, 阳文's, 阴文's and the red one's:\n%s", n, content)
	}
	if !regexp.MustCompile(`/Artifact BMC\n(BT [^\n]* Tf ET\n)?q 0\.753 g BT`).MatchString(content) {
		t.Errorf("阴影字's shadow is not light grey:\n%s", content)
	}
	if !regexp.MustCompile(`0\.753 0\.000 0\.000 RG\n[\d.]+ w\n2 Tr\nq 0\.753 0\.000 0\.000 rg`).MatchString(content) {
		t.Errorf("the bold red text is not outlined in its red:\n%s", content)
	}
	pages, err := Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pages[0], "阴影字，阳文，阴文，红色粗体阴影") || strings.Count(pages[0], "阴影字") != 1 {
		t.Errorf("the text layer reads %q", pages[0])
	}
}

// TestWord2010EffectsInThePDF: Word 2010's outline is stroked 0.75 pt
// wide in accent 1 around a white fill over its blurred shadow's copies;
// an outline without fill is stroked only (mode 1).
func TestWord2010EffectsInThePDF(t *testing.T) {
	_, content := renderedPage(t, featureDoc(t, "text-effects-2010"))
	if !regexp.MustCompile(`/Artifact BMC\nq 0\.757 g BT [^\n]+ Tj ET Q\nEMC\n0\.267 0\.447 0\.769 RG\n0\.75 w\n2 Tr\nq 1\.000 g BT`).MatchString(content) {
		t.Errorf("the gallery effect is not its shadow, then white text outlined in accent 1:\n%s", content)
	}
	if !regexp.MustCompile(`1\.000 0\.000 0\.000 RG\n1\.00 w\n1 Tr\n`).MatchString(content) {
		t.Errorf("the outline without fill is not stroked only:\n%s", content)
	}
	if !regexp.MustCompile(`q 0\.000 0\.329 0\.565 rg BT`).MatchString(content) {
		t.Errorf("the text fill's colour (0070C0 at 75%% luminance, 005490) is not drawn:\n%s", content)
	}
}

// TestBlurredTextShadowInThePDF: Word's gallery shadow (60% black, 3 pt
// blur, 1.5 pt away at 45°) is no sharp 60% copy but four copies
// widened by strokes of 6, 4.5, 3 and 1.5 pt, palest first, then the
// glyphs' own shape, darkest but lighter than the shadow's colour, all
// at the shadow's place and marked as artifacts.
func TestBlurredTextShadowInThePDF(t *testing.T) {
	_, content := renderedPage(t, featureDoc(t, "text-effects-2010"))
	band := regexp.MustCompile(`/Artifact BMC\n(?:BT [^\n]* Tf ET\n)?(?:([\d.]+) G\n([\d.]+) w\n1 j\n2 Tr\n)?q ([\d.]+) g BT ([\d.]+ [\d.]+) Td [^\n]+ Tj ET Q\n`)
	bands := band.FindAllStringSubmatch(content, -1)
	if len(bands) != 5 {
		t.Fatalf("%d shadow copies, want 4 widened and 1 plain:\n%s", len(bands), content)
	}
	widths := []string{"6.00", "4.50", "3.00", "1.50", ""}
	last := 1.0
	for i, b := range bands {
		grey := 0.0
		fmt.Sscan(b[3], &grey)
		if b[2] != widths[i] || b[1] != "" && b[1] != b[3] || grey >= last || b[4] != bands[0][4] {
			t.Errorf("copy %d: stroke %s %s, fill %s at %s; want stroke %s in its fill, darker than %.3f, at %s", i, b[1], b[2], b[3], b[4], widths[i], last, bands[0][4])
		}
		last = grey
	}
	if last <= 0.4 || strings.Contains(content, "q 0.400 g BT") {
		t.Errorf("the shadow's core is %.3f, not lighter than its sharp 60%% black", last)
	}
}
