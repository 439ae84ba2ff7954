package pdf

import (
	"regexp"
	"testing"
)

// TestSharpShadowsInThePDF: the shape-shadow fixture's shadows are
// filled and stroked before their shapes: the text box's in black at
// 40% over white (0.6 grey), the rectangle's in green, each before the
// shape's own fill.
func TestSharpShadowsInThePDF(t *testing.T) {
	_, content := renderedPage(t, featureDoc(t, "shape-shadow"))
	if !regexp.MustCompile(`(?s)0\.600 g\n.*0\.600 G\n.*1\.000 g\n`).MatchString(content) {
		t.Errorf("the text box's grey shadow is not drawn before its white fill:\n%s", content)
	}
	if !regexp.MustCompile(`(?s)0\.000 0\.690 0\.314 rg\n.*0\.000 0\.690 0\.314 RG\n.*1\.000 0\.753 0\.000 rg\n`).MatchString(content) {
		t.Errorf("the rectangle's green shadow is not drawn before its fill:\n%s", content)
	}
}
