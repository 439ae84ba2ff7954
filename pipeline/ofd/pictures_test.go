package ofd

import (
	"image/color"
	"regexp"
	"sort"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// TestPicturesInLinesAndCellsReachTheOFD: a picture in a line of text and
// one in a table cell, which the PDF draws, are ImageObjects of the OFD
// page at the boxes the layout gives them.
func TestPicturesInLinesAndCellsReachTheOFD(t *testing.T) {
	sig := picture(t, "PNG", 30, 15, color.RGBA{0, 0, 200, 255})
	icon := picture(t, "JPEG", 20, 10, color.RGBA{200, 0, 0, 255})
	doc := &wordmodel.Document{
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks: []wordmodel.Block{
			&wordmodel.Paragraph{Style: "Normal", Text: "负责人：（签字）", Images: []wordmodel.Image{sig},
				Runs: []wordmodel.Run{{Text: "负责人："}, {Picture: 1}, {Text: "（签字）"}}},
			&wordmodel.Table{Widths: []int{1000, 1000}, Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{
				{Text: "标志", Span: 1}, {Span: 1, Pictures: []wordmodel.CellPicture{{Image: icon}}}}}}},
		},
	}
	laid, want := laidBoxes(t, doc, func(it layout.Item) (box, bool) { return box{it.X, it.Y, it.W, it.H}, it.Image != nil })
	got := boundaries(contentOf(t, laid), "ImageObject")
	if len(want) != 2 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("OFD pictures at %q, the layout's at %q", got, want)
	}
}

// contentOf writes laid as an OFD and returns its pages' Content.xml, in
// the order of their names.
func contentOf(t *testing.T, laid *layout.Laid) string {
	t.Helper()
	raw, err := Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	_, files := parts(t, raw)
	var names []string
	for name := range files {
		if strings.HasSuffix(name, "Content.xml") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var b strings.Builder
	for _, name := range names {
		b.Write(files[name])
	}
	return b.String()
}

// boundaries are the Boundary attributes of the objects of a kind
// (ImageObject, PathObject) in content, in order.
func boundaries(content, kind string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`<ofd:`+kind+` ID="\d+" Boundary="([^"]+)"`).FindAllStringSubmatch(content, -1) {
		out = append(out, m[1])
	}
	return out
}

// laidBoxes lays doc out and returns the boxes of the items pick picks,
// as an OFD Boundary writes them, in order.
func laidBoxes(t *testing.T, doc *wordmodel.Document, pick func(layout.Item) (box, bool)) (*layout.Laid, []string) {
	t.Helper()
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	laid.Pages(func(p layout.Page) error {
		for _, it := range p.Items {
			if b, ok := pick(it); ok {
				out = append(out, b.String())
			}
		}
		return nil
	})
	return laid, out
}

// TestAPictureFillIsClippedInTheOFD: a shape's picture fill is an
// ImageObject whose Clips is the shape's outline, from its boundary.
func TestAPictureFillIsClippedInTheOFD(t *testing.T) {
	img := picture(t, "PNG", 4, 2, color.RGBA{255, 0, 0, 255})
	doc := &wordmodel.Document{
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "锚", Runs: []wordmodel.Run{{Text: "锚"}}, Shapes: []wordmodel.Shape{
			{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Picture: &img, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 50, Y: 100}},
		}}},
	}
	want := `Boundary="50 100 40 20" CTM="40 0 0 20 0 0" ResourceID="4"><ofd:Clips><ofd:Clip><ofd:Area><ofd:Path><ofd:AbbreviatedData>M 0 0 L 40 0 L 40 20 L 0 20 C</ofd:AbbreviatedData></ofd:Path></ofd:Area></ofd:Clip></ofd:Clips></ofd:ImageObject>`
	if content := readBackContent(t, doc); !strings.Contains(withoutIDs(content), withoutIDs(want)) {
		t.Errorf("the OFD lacks %s:\n%s", want, content)
	}
}

// withoutIDs is OFD content without its objects' and resources' numbers,
// which follow the drawing order (a float in front of the text is drawn
// after the page's text).
func withoutIDs(s string) string { return objectIDs.ReplaceAllString(s, "") }

var objectIDs = regexp.MustCompile(` (Resource)?ID="[0-9]+"`)

// TestCroppedPicturesAreClippedInTheOFD: a cropped JPEG (kept whole,
// wordmodel's Crop) is an ImageObject over the whole picture's box,
// larger than its own, clipped to its own; a framed picture's line is a
// PathObject after it.
func TestCroppedPicturesAreClippedInTheOFD(t *testing.T) {
	scan := picture(t, "JPEG", 40, 20, color.RGBA{0, 0, 200, 255})
	scan.Width, scan.Height, scan.Crop = 40, 20, wordmodel.Crop{L: 0.5}
	scan.Frame = &wordmodel.Shape{Geometry: "rect", Width: 40, Height: 20, Outline: &wordmodel.Outline{Color: "C00000", Width: 1, Dash: "solid", Compound: "sng"}}
	doc := &wordmodel.Document{
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks:   []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{scan}}},
	}
	laid, want := laidBoxes(t, doc, func(it layout.Item) (box, bool) { return box{it.X, it.Y, it.W, it.H}, it.Image != nil })
	content := contentOf(t, laid)
	if got := boundaries(content, "ImageObject"); len(want) != 1 || strings.Join(got, "|") != want[0] || !strings.Contains(want[0], " 80 20") {
		t.Errorf("OFD picture at %q, the layout's at %q (80 by 20 mm, the whole picture)", got, want)
	}
	if !regexp.MustCompile(`<ofd:ImageObject [^>]*><ofd:Clips>`).MatchString(content) {
		t.Errorf("the cropped picture is not clipped:\n%s", content)
	}
	if !strings.Contains(content, `<ofd:StrokeColor Value="192 0 0"`) {
		t.Errorf("the picture's line is not drawn:\n%s", content)
	}
}
