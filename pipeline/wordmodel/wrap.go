package wordmodel

import (
	"math"
	"strings"
)

// Wrap is how the text flows around a floating object (a picture today; a
// shape or text box reads the same wp:anchor): the zero Wrap is none, the
// object in front of or behind the text.
type Wrap struct {
	// Mode is Word's wrap element without its prefix: square (四周型),
	// tight (紧密型), through (穿越型) or topAndBottom (上下型); "" for
	// wrapNone.
	Mode string
	// Side is where text may stand beside the object (wrapText):
	// bothSides, left, right, or largest (the wider side).
	Side string
	// Top, Bottom, Left and Right are the distances the text keeps from
	// the outline, mm (distT, distB, distL, distR).
	Top, Bottom, Left, Right float64
	// Outline is what the text wraps around, mm from the object's top left
	// corner: its box grown by its effects (wp:effectExtent, a shadow), or
	// for tight and through the bounding box of its wrap polygon.
	Outline Box
	// Polygon is a tight or through wrap's polygon, which the text
	// follows line by line within Outline; nil for none. A pointer keeps
	// Wrap comparable.
	Polygon *Polygon
}

// Box is a rectangle, mm.
type Box struct{ X, Y, W, H float64 }

// Polygon is a closed outline: its points in mm from the object's top
// left corner, the last joined to the first.
type Polygon struct{ Points []Point }

// Point is a point, mm.
type Point struct{ X, Y float64 }

// wrapModes are the wrap elements a wp:anchor may hold, by what Wrap.Mode
// calls them.
var wrapModes = []struct{ element, mode string }{
	{"wp:wrapNone", ""},
	{"wp:wrapSquare", "square"},
	{"wp:wrapTight", "tight"},
	{"wp:wrapThrough", "through"},
	{"wp:wrapTopAndBottom", "topAndBottom"},
}

// polygonUnit is the side of the square Word writes a wrap polygon's
// points in (not EMU, whatever the schema says): 21600 is the object's
// whole width or height, as LibreOffice reads it too.
const polygonUnit = 21600

// readWrap reads how text wraps around the object a wp:anchor holds; why
// says why the PDF cannot lay it out.
func readWrap(anchor string) (Wrap, string) {
	tag := startTag(anchor, 0)
	for _, m := range wrapModes {
		i := next(anchor, m.element, 0)
		if i < 0 {
			continue
		}
		if m.mode == "" {
			return Wrap{}, ""
		}
		el := anchor[i:end(anchor, i, m.element)]
		wrapTag := startTag(el, 0)
		w := Wrap{Mode: m.mode, Side: attr(wrapTag, "wrapText")}
		switch w.Side {
		case "":
			w.Side = "bothSides"
		case "bothSides", "left", "right", "largest":
		default:
			return Wrap{}, "文字环绕的一侧“" + w.Side + "”无法识别"
		}
		// The anchor's distances are taken, as LibreOffice takes them;
		// the wrap element's only where the anchor has none.
		dist := func(name string) float64 { return emu(cmpAttr(tag, wrapTag, name)) }
		w.Top, w.Bottom, w.Left, w.Right = dist("distT"), dist("distB"), dist("distL"), dist("distR")
		width, height := extentOf(anchor)
		w.Outline = Box{W: width, H: height}
		if e := next(anchor, "wp:effectExtent", 0); e >= 0 {
			et := startTag(anchor, e)
			l, t, r, b := emu(attr(et, "l")), emu(attr(et, "t")), emu(attr(et, "r")), emu(attr(et, "b"))
			w.Outline = Box{X: -l, Y: -t, W: width + l + r, H: height + t + b}
		}
		if m.mode == "tight" || m.mode == "through" {
			if poly := polygonOf(el, width, height); poly != nil {
				w.Polygon = poly
				w.Outline = poly.box()
			}
		}
		return w, ""
	}
	return Wrap{}, "没有文字环绕方式"
}

// startTag is the start tag at s[i], to its '>' or, in a document cut
// short, to the end.
func startTag(s string, i int) string {
	if k := strings.IndexByte(s[i:], '>'); k >= 0 {
		return s[i : i+k]
	}
	return s[i:]
}

// cmpAttr is the first of the tags' values of the attribute that is set.
func cmpAttr(tag, fallback, name string) string {
	if v := attr(tag, name); v != "" {
		return v
	}
	return attr(fallback, name)
}

// extentOf is the object's size on the page, mm (wp:extent).
func extentOf(drawing string) (w, h float64) {
	if i := next(drawing, "wp:extent", 0); i >= 0 {
		tag := startTag(drawing, i)
		return emu(attr(tag, "cx")), emu(attr(tag, "cy"))
	}
	return 0, 0
}

// polygonOf is a wrap element's wp:wrapPolygon scaled to the object's
// size; nil where it has fewer than three points.
func polygonOf(wrap string, w, h float64) *Polygon {
	i := next(wrap, "wp:wrapPolygon", 0)
	if i < 0 {
		return nil
	}
	poly := wrap[i:end(wrap, i, "wp:wrapPolygon")]
	var pts []Point
	sx, sy := w/polygonUnit, h/polygonUnit
	// The points in their order: wp:start, then each wp:lineTo.
	for k := 1; ; k++ {
		step := strings.Index(poly[k:], "<wp:")
		if step < 0 {
			break
		}
		k += step
		tag := startTag(poly, k)
		if !strings.HasPrefix(tag, "<wp:start") && !strings.HasPrefix(tag, "<wp:lineTo") {
			continue
		}
		x, errX := parseFloat(attr(tag, "x"))
		y, errY := parseFloat(attr(tag, "y"))
		if errX == nil && errY == nil {
			pts = append(pts, Point{x * sx, y * sy})
		}
	}
	if len(pts) < 3 {
		return nil
	}
	return &Polygon{pts}
}

// box is the polygon's bounding box.
func (p *Polygon) box() Box {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, pt := range p.Points {
		x0, y0, x1, y1 = min(x0, pt.X), min(y0, pt.Y), max(x1, pt.X), max(y1, pt.Y)
	}
	return Box{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
}
