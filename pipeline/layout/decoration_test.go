package layout

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// laidOut lays out one body paragraph of runs.
func laidOut(t *testing.T, runs ...wordmodel.Run) *renderer {
	t.Helper()
	text := ""
	for _, r := range runs {
		text += r.Text
	}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: text, Runs: runs}}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func textOp(t *testing.T, r *renderer, text string) op {
	t.Helper()
	for _, o := range r.ops {
		if o.kind == opText && o.text == text {
			return o
		}
	}
	t.Fatalf("no text operation draws %q", text)
	return op{}
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

func atof(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// TestScriptsAreRaisedAndSmaller: m² and H₂O keep their superscript and
// subscript: set smaller, above and below the baseline, and w:position
// raises or lowers a run by its points.
func TestScriptsAreRaisedAndSmaller(t *testing.T) {
	r := laidOut(t, wordmodel.Run{Text: "面积"}, wordmodel.Run{Text: "m"}, wordmodel.Run{Text: "2", VertAlign: "superscript"},
		wordmodel.Run{Text: "H"}, wordmodel.Run{Text: "3", VertAlign: "subscript"}, wordmodel.Run{Text: "升", Position: 3})
	base := textOp(t, r, "面")
	size := base.size * ptToMM
	sup, sub, up := textOp(t, r, "2"), textOp(t, r, "3"), textOp(t, r, "升")
	switch {
	case !near(sup.size, base.size*scriptScale) || !near(sub.size, base.size*scriptScale):
		t.Errorf("script sizes %.2f and %.2f, body %.2f", sup.size, sub.size, base.size)
	case !near(sup.y, base.y-superRise*size):
		t.Errorf("superscript at %.2f, baseline %.2f", sup.y, base.y)
	case !near(sub.y, base.y+subDrop*size):
		t.Errorf("subscript at %.2f, baseline %.2f", sub.y, base.y)
	case !near(up.y, base.y-3*ptToMM) || up.size != base.size:
		t.Errorf("a run raised 3 pt is at %.2f, baseline %.2f", up.y, base.y)
	}
}

// lines are the line operations drawn, by style.
func linesOf(r *renderer) []op { return kindOf(r, opLine) }

// TestStrikeHighlightAndUnderlineStyles: a struck-out figure is struck
// out (once or twice, in its colour), a highlighted or shaded one has its
// background under it, and each underline style is drawn as its kind.
func TestStrikeHighlightAndUnderlineStyles(t *testing.T) {
	r := laidOut(t, wordmodel.Run{Text: "删", Strike: true, Color: "C00000"}, wordmodel.Run{Text: "双", DoubleStrike: true})
	ls := linesOf(r)
	base := textOp(t, r, "删")
	size := base.size * ptToMM
	if len(ls) != 3 || !near(ls[0].y, base.y-strikeAbove*size) || ls[0].color != "C00000" || ls[1].y >= ls[2].y || ls[0].w <= 0 {
		t.Errorf("strike lines %+v, baseline %.2f", ls, base.y)
	}
	r = laidOut(t, wordmodel.Run{Text: "黄", Highlight: "FFFF00"}, wordmodel.Run{Text: "灰", Shading: "D9D9D9"}, wordmodel.Run{Text: "白"})
	var fills []string
	for i, o := range r.ops {
		if o.kind == opFill {
			fills = append(fills, o.color)
			if next := r.ops[i+1]; next.kind != opText {
				t.Errorf("a background is not drawn just before its text: %+v", next)
			}
		}
	}
	if strings.Join(fills, ",") != "FFFF00,D9D9D9" {
		t.Errorf("backgrounds %v", fills)
	}
	for _, c := range []struct {
		style string
		lines int
		kind  string
	}{{"single", 1, "solid"}, {"double", 2, "solid"}, {"thick", 1, "solid"}, {"dotted", 1, "dotted"}, {"dash", 1, "dashed"}, {"wave", 1, "wavy"}, {"wavyDouble", 1, "wavy"}} {
		ls := linesOf(laidOut(t, wordmodel.Run{Text: "下划线", Underline: true, UnderlineStyle: c.style}))
		if len(ls) != c.lines || ls[0].text != c.kind {
			t.Errorf("underline %s: %+v", c.style, ls)
		}
	}
}

// TestCapsAndHyphens: w:caps sets Latin text in capitals and w:smallCaps
// in smaller capitals; a soft hyphen is not drawn, and a non-breaking
// hyphen is drawn as a hyphen that no line breaks at.
func TestCapsAndHyphens(t *testing.T) {
	r := laidOut(t, wordmodel.Run{Text: "预算abc", Caps: true}, wordmodel.Run{Text: "xyz", SmallCaps: true}, wordmodel.Run{Text: "绩效\u00ADmanage\u00ADment"})
	textOp(t, r, "ABC")
	if small := textOp(t, r, "XYZ"); !near(small.size, textOp(t, r, "预").size*0.8) {
		t.Errorf("small capitals at %.2f pt", small.size)
	}
	textOp(t, r, "management")
	for _, o := range r.ops {
		if strings.ContainsRune(o.text, '\u00AD') {
			t.Errorf("a soft hyphen is drawn: %q", o.text)
		}
	}
	if got := split(nil, "电话0355\u20117022345，甲\u2011乙"); strings.Join(got, "|") != "电|话|0355\u20117022345|，|甲\u2011乙" {
		t.Errorf("split = %q", got)
	}
	// The first line (two characters' indent, 28 in all) ends inside the
	// number: the number goes down whole.
	text := strings.Repeat("预", 22) + "电话0355\u20117022345"
	r = laidOut(t, wordmodel.Run{Text: text})
	var drawn []string
	for _, o := range r.ops {
		if o.kind == opText {
			drawn = append(drawn, o.text)
		}
	}
	number := textOp(t, r, "0355-7022345")
	if !near(number.x, r.left()) || number.y <= textOp(t, r, "电").y {
		t.Errorf("the number is at (%.2f, %.2f), the text block's left is %.2f: drawn %q", number.x, number.y, r.left(), drawn)
	}
}

// TestACellsColourIsDrawn: a figure the template sets red in its cell is
// red in the PDF; its neighbour stays black.
func TestACellsColourIsDrawn(t *testing.T) {
	table := &wordmodel.Table{Widths: []int{2000, 2000}, Rows: []wordmodel.Row{
		{Cells: []wordmodel.Cell{{Text: "减少", Span: 1}, {Text: "-12.00", Span: 1, Color: "FF0000"}}},
	}}
	r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{table}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if red, black := textOp(t, r, "-12.00"), textOp(t, r, "减少"); red.color != "FF0000" || black.color != "" {
		t.Errorf("colours %q and %q", red.color, black.color)
	}
}
