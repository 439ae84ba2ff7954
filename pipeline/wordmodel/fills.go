package wordmodel

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Gradient is a shape's gradient fill (a:gradFill; VML's v:fill of type
// gradient or gradientRadial): its colours at their places along it, and
// how it runs. A linear gradient runs across the shape's box at Angle,
// degrees clockwise from left to right (90: top to bottom); where Scaled,
// the angle is taken in a square stretched to the box, as Word scales
// it. A path gradient (Path circle, rect or shape) runs from its Focus,
// a box in shares of the shape's (fillToRect: its centre where it is a
// point), out to the box's edge: circle in an ellipse through the box's
// corners, rect and shape in rectangles (a shape's own outline is taken
// as its box's).
type Gradient struct {
	Stops  []GradientStop
	Path   string
	Angle  float64
	Scaled bool
	Focus  Box
	// RotWithShape turns the gradient with a rotated shape; otherwise it
	// stays level on the page.
	RotWithShape bool
	// Tile is the box a linear gradient runs across, in shares of the
	// shape's (a:tileRect; zero for the shape's box itself), repeated
	// over the shape, every other one mirrored across where FlipX says,
	// down where FlipY does (gradFill flip; tilegradients.go).
	Tile         Box
	FlipX, FlipY bool
}

// GradientStop is a gradient's colour, RRGGBB, at Pos, 0 at its start to
// 1 at its end.
type GradientStop struct {
	Pos   float64
	Color string
}

// readFill reads a shape's fill into sp: one colour (Fill), a gradient
// (Gradient), a pattern (Pattern, patterns.go) or a picture (Picture),
// its own (spPr's) else its style's; why not, otherwise.
func (s *sheet) readFill(sp *Shape, spPr, style string) string {
	ln, _ := cutElement(spPr, "a:ln")
	own := strings.Replace(spPr, ln, "", 1)
	fill := func(name string) string {
		if i := next(own, name, 0); i >= 0 {
			return own[i:end(own, i, name)]
		}
		return ""
	}
	var why string
	if el := fill("a:gradFill"); el != "" {
		sp.Gradient, why = s.gradient(el)
	} else if el := fill("a:pattFill"); el != "" {
		sp.Pattern, why = s.pattern(el)
	} else if el := fill("a:blipFill"); el != "" {
		sp.Picture, why = s.pictureFill(el, sp.Width, sp.Height)
	} else {
		sp.Fill, why = s.shapeFill(spPr, style)
		return why
	}
	if why != "" {
		return "填充" + why
	}
	return ""
}

// gradient reads an a:gradFill.
func (s *sheet) gradient(el string) (*Gradient, string) {
	tag := startTag(el, 0)
	g := &Gradient{RotWithShape: attr(tag, "rotWithShape") != "0", Focus: Box{X: 0.5, Y: 0.5}}
	for i := next(el, "a:gs", 0); i >= 0; i = next(el, "a:gs", i+1) {
		gs := el[i:end(el, i, "a:gs")]
		c, _, why := s.fillColor(gs)
		if why != "" || c == "" {
			return nil, cmp.Or(why, "的渐变颜色无法识别")
		}
		g.Stops = append(g.Stops, GradientStop{Pos: float64(atoi(attr(startTag(gs, 0), "pos"))) / 100000, Color: c})
	}
	if len(g.Stops) == 0 {
		return nil, "的渐变没有颜色"
	}
	slices.SortStableFunc(g.Stops, func(a, b GradientStop) int { return cmp.Compare(a.Pos, b.Pos) })
	if i := next(el, "a:path", 0); i >= 0 {
		g.Path = attr(startTag(el, i), "path")
		if g.Path != "circle" && g.Path != "rect" && g.Path != "shape" {
			return nil, "的渐变方式“" + g.Path + "”无法识别"
		}
		if k := next(el, "a:fillToRect", 0); k >= 0 {
			r := startTag(el, k)
			l, t := float64(atoi(attr(r, "l")))/100000, float64(atoi(attr(r, "t")))/100000
			rr, b := float64(atoi(attr(r, "r")))/100000, float64(atoi(attr(r, "b")))/100000
			g.Focus = Box{X: l, Y: t, W: max(1-rr-l, 0), H: max(1-b-t, 0)}
		}
		return g, g.pathTiling(tag, el)
	}
	if i := next(el, "a:lin", 0); i >= 0 {
		lin := startTag(el, i)
		g.Angle = float64(atoi(attr(lin, "ang"))) / 60000
		g.Scaled = attr(lin, "scaled") == "1"
	}
	return g, g.linearTiling(tag, el)
}

// vmlGradient reads a v:fill of type gradient or gradientRadial (fl, its
// start tag) over the shape's fill colour: color to color2 (or the
// stops its colors list), along angle (LibreOffice's reading: clockwise
// from left to right, as DrawingML's), focus 100% the other way round,
// ±50% out from the middle and back; a radial one from focusposition.
func vmlGradient(fl, color string) (*Gradient, string) {
	c2 := "FFFFFF"
	if v := attr(fl, "color2"); v != "" {
		var ok bool
		// Word's "fill lighten(153)" and the like derive color2 from
		// color; they are not read.
		if c2, ok = vmlColor(v); !ok {
			return nil, "的渐变颜色无法识别"
		}
	}
	g := &Gradient{Stops: []GradientStop{{0, color}, {1, c2}}, Focus: Box{X: 0.5, Y: 0.5}, RotWithShape: true}
	if list := attr(fl, "colors"); list != "" {
		g.Stops = nil
		for _, item := range strings.Split(list, ";") {
			pos, c, _ := strings.Cut(strings.TrimSpace(item), " ")
			rgb, ok := vmlColor(c)
			if !ok {
				return nil, "的渐变颜色无法识别"
			}
			g.Stops = append(g.Stops, GradientStop{Pos: vmlNumber(pos), Color: rgb})
		}
		g.Stops = append([]GradientStop{{0, color}}, append(g.Stops, GradientStop{1, c2})...)
	}
	if attr(fl, "type") == "gradientRadial" {
		g.Path = "circle"
		if a, b, ok := strings.Cut(attr(fl, "focusposition"), ","); ok {
			g.Focus = Box{X: vmlNumber(a), Y: vmlNumber(b)}
		}
		// VML's radial gradient runs from color2 at its focus out to color.
		slices.Reverse(g.Stops)
		for k := range g.Stops {
			g.Stops[k].Pos = 1 - g.Stops[k].Pos
		}
		return g, ""
	}
	g.Angle = math.Mod(vmlNumber(attr(fl, "angle"))+360, 360)
	switch focus := vmlNumber(attr(fl, "focus")); {
	case math.Abs(focus) > 0.75:
		for k := range g.Stops {
			g.Stops[k].Pos = 1 - g.Stops[k].Pos
		}
		slices.Reverse(g.Stops)
	case math.Abs(focus) > 0.25:
		// Out from the middle and back: the stops halved and mirrored.
		half := make([]GradientStop, 0, 2*len(g.Stops))
		for _, st := range g.Stops {
			half = append(half, GradientStop{st.Pos / 2, st.Color})
		}
		for k := len(g.Stops) - 1; k >= 0; k-- {
			half = append(half, GradientStop{1 - g.Stops[k].Pos/2, g.Stops[k].Color})
		}
		if focus < 0 {
			for k := range half {
				half[k].Pos = 1 - half[k].Pos
			}
			slices.Reverse(half)
		}
		g.Stops = half
	}
	return g, ""
}

// pictureFill reads a shape's picture fill (a:blipFill) over its box, w
// by h: its picture, cropped, recoloured or tiled (crop.go), stretched
// over the shape's box and drawn within its outline.
func (s *sheet) pictureFill(el string, w, h float64) (*Image, string) {
	target := s.target(el, `r:embed="`)
	img, why := s.loadPicture(strings.TrimSpace(target), strings.TrimPrefix(s.rels[relID(el, `r:embed="`)], "/word/"), el)
	img.Width, img.Height = w, h
	if why == "" {
		why = s.pictureFormat(&img, "", el)
	}
	if why != "" {
		return nil, "的图片" + target + why
	}
	return &img, ""
}
