package pdf

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestALineGradientIsAShadingPattern: a line's gradient strokes it with
// a shading pattern as the stroking colour (PatternType 2, its axial
// shading the stops' function), the width and dashes set within q … Q
// around the line's own path, the matrix putting the gradient across the
// rectangle's 40 mm from 30 mm (85.04 pt) to 70 mm (198.43 pt).
func TestALineGradientIsAShadingPattern(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 1, Color: "0000FF"}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "线", Runs: []wordmodel.Run{{Text: "线"}}, Shapes: []wordmodel.Shape{
		{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 30, Y: 60},
			Outline: &wordmodel.Outline{Color: "FF0000", Width: 6, Dash: "dash", Compound: "sng", Gradient: &wordmodel.Gradient{RotWithShape: true, Stops: stops}}},
	}}}}
	out, content := renderedPage(t, doc)
	if !regexp.MustCompile(`q /Pattern CS /Jx0 SCN 6 w \[24 18\] 0 d\n85\.04 671\.81 m\n(.*\n){3}h\nS Q`).MatchString(content) {
		t.Errorf("the line is not stroked with the gradient:\n%s", content)
	}
	for _, want := range []string{
		"<< /Type /Pattern /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [0 0 1] /N 1 >> /Extend [true true] >> /Matrix [113.38583 0 0 -2.83465 85.03937 643.46457] >>",
		"/Pattern << /Jx0 ",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the file lacks %s", want)
		}
	}
}
