package preview

import (
	"regexp"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestTypeTallerThanItsExactLineIsClippedInThePreview: the 28 pt 高 of a
// line fixed at 20 pt is drawn in an inner svg showing only the page
// below the line's top, in the page's own units.
func TestTypeTallerThanItsExactLineIsClippedInThePreview(t *testing.T) {
	page := firstPage(t, rt.TallExactLine())
	m := regexp.MustCompile(`<svg x="0" y="([\d.]+)" width="[\d.]+" height="[\d.]+" viewBox="0 ([\d.]+) [\d.]+ [\d.]+"><text [^>]*>高</text></svg>`).FindStringSubmatch(page)
	if m == nil || m[1] != m[2] {
		t.Errorf("the tall text is not clipped:\n%s", page)
	}
}
