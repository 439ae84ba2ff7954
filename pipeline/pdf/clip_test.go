package pdf

import (
	"regexp"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestTypeTallerThanItsExactLineIsClippedInThePDF: the 28 pt 高 of a
// line fixed at 20 pt is drawn inside a clip rectangle (re W n) that
// ends before it, in the content stream; no text of the sample is.
func TestTypeTallerThanItsExactLineIsClippedInThePDF(t *testing.T) {
	content := firstContent(t, rt.TallExactLine())
	if !regexp.MustCompile(`(?s)q [-\d. ]+ re W n.*BT [^E]*Tj ET.*Q`).MatchString(content) {
		t.Errorf("the tall text is not drawn in a clip:\n%s", content)
	}
	if content := firstContent(t, rt.Runs()); regexp.MustCompile(` re W n`).MatchString(content) {
		t.Errorf("a plain line is clipped:\n%s", content)
	}
}
