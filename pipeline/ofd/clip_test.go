package ofd

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestTypeTallerThanItsExactLineIsClippedInTheOFD: the 28 pt 高 of a
// line fixed at 20 pt is a TextObject whose Boundary, where a reader cuts
// it off, starts at the line's top, its baseline where the layout put it.
func TestTypeTallerThanItsExactLineIsClippedInTheOFD(t *testing.T) {
	var clip, y float64
	laid, _ := laidBoxes(t, rt.TallExactLine(), func(it layout.Item) (box, bool) {
		if it.Kind == layout.Glyphs && it.Clip > 0 {
			clip, y = it.Clip, it.Y
		}
		return box{}, false
	})
	if clip == 0 {
		t.Fatal("the layout cut nothing")
	}
	m := regexp.MustCompile(`<ofd:TextObject ID="\d+" Boundary="([^"]+)"[^>]*>.*?<ofd:TextCode X="[^"]+" Y="([^"]+)"`).FindStringSubmatch(contentOf(t, laid))
	if m == nil {
		t.Fatal("no TextObject")
	}
	bound := strings.Fields(m[1])
	top, _ := strconv.ParseFloat(bound[1], 64)
	oy, _ := strconv.ParseFloat(m[2], 64)
	if math.Abs(top-clip) > 0.001 || math.Abs(top+oy-y) > 0.001 {
		t.Errorf("boundary from %.3f, baseline %.3f into it; want from the line's top %.3f, the baseline at %.3f", top, oy, clip, y)
	}
}
