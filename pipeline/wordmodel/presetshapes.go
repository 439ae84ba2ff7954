package wordmodel

import (
	"math"
	"strconv"
	"strings"
)

// DrawingML's preset shapes are defined by guides (ECMA-376 Part 1,
// presetShapeDefinitions.xml): adjust values (a:avLst, the document's own
// over the defaults), formulas over the shape's size and earlier guides,
// and a path through the guides. The polygons among them are read here
// into Shape.Points at the shape's size, for the PDF to draw as any
// polygon: a triangle, a star, a block arrow.

// presetShape is one preset's definition: its adjust values' defaults
// ("name value", separated by ';'), its guides ("name op args", in order),
// its path's corners (x y guide pairs, separated by ';') and its text
// rectangle (l t r b guides).
type presetShape struct{ av, gd, path, rect string }

// presetShapes are the polygonal presets the PDF draws, by their prst.
var presetShapes = map[string]presetShape{
	"triangle": {av: "adj 50000", gd: "a pin 0 adj 100000; x1 */ w a 200000; x2 */ w a 100000; x3 +- x1 wd2 0",
		path: "l b; x2 t; r b", rect: "x1 vc x3 b"},
	"rtTriangle": {gd: "it */ h 7 12; ir */ w 7 12; ib */ h 11 12", path: "l b; l t; r b", rect: "wd12 it ir ib"},
	"diamond":    {gd: "ir */ w 3 4; ib */ h 3 4", path: "l vc; hc t; r vc; hc b", rect: "wd4 hd4 ir ib"},
	"parallelogram": {av: "adj 25000", gd: "maxAdj */ 100000 w ss; a pin 0 adj maxAdj; x1 */ ss a 200000; x2 */ ss a 100000; x6 +- r 0 x1; " +
		"x5 +- r 0 x2; q1 */ 5 a maxAdj; q2 +/ 1 q1 12; il */ q2 w 1; it */ q2 h 1; ir +- r 0 il; ib +- b 0 it",
		path: "l b; x2 t; r t; x5 b", rect: "il it ir ib"},
	"trapezoid": {av: "adj 25000", gd: "maxAdj */ 50000 w ss; a pin 0 adj maxAdj; x1 */ ss a 200000; x2 */ ss a 100000; x3 +- r 0 x2; " +
		"il */ wd3 a maxAdj; it */ hd3 a maxAdj; ir +- r 0 il",
		path: "l b; x2 t; x3 t; r b", rect: "il it ir b"},
	"pentagon": {av: "hf 105146; vf 110557", gd: "swd2 */ wd2 hf 100000; shd2 */ hd2 vf 100000; svc */ vc vf 100000; " +
		"dx1 cos swd2 1080000; dx2 cos swd2 18360000; dy1 sin shd2 1080000; dy2 sin shd2 18360000; x1 +- hc 0 dx1; x2 +- hc 0 dx2; " +
		"x3 +- hc dx2 0; x4 +- hc dx1 0; y1 +- svc 0 dy1; y2 +- svc 0 dy2; it */ y1 dx2 dx1",
		path: "x1 y1; hc t; x4 y1; x3 y2; x2 y2", rect: "x2 it x3 y2"},
	"hexagon": {av: "adj 25000; vf 115470", gd: "maxAdj */ 50000 w ss; a pin 0 adj maxAdj; shd2 */ hd2 vf 100000; x1 */ ss a 100000; " +
		"x2 +- r 0 x1; dy1 sin shd2 3600000; y1 +- vc 0 dy1; y2 +- vc dy1 0; q1 */ maxAdj -1 2; q2 +- a q1 0; q3 ?: q2 4 2; " +
		"q4 ?: q2 3 2; q5 ?: q2 q1 0; q6 +/ a q5 q1; q7 */ q6 q4 -1; q8 +- q3 q7 0; il */ w q8 24; it */ h q8 24; ir +- r 0 il; ib +- b 0 it",
		path: "l vc; x1 y1; x2 y1; r vc; x2 y2; x1 y2", rect: "il it ir ib"},
	"octagon": {av: "adj 29289", gd: "a pin 0 adj 50000; x1 */ ss a 100000; x2 +- r 0 x1; y2 +- b 0 x1; il */ x1 1 2; ir +- r 0 il; ib +- b 0 il",
		path: "l x1; x1 t; x2 t; r x1; r y2; x2 b; x1 b; l y2", rect: "il il ir ib"},
	"star5": {av: "adj 19098; hf 105146; vf 110557", gd: "a pin 0 adj 50000; swd2 */ wd2 hf 100000; shd2 */ hd2 vf 100000; " +
		"svc */ vc vf 100000; dx1 cos swd2 1080000; dx2 cos swd2 18360000; dy1 sin shd2 1080000; dy2 sin shd2 18360000; " +
		"x1 +- hc 0 dx1; x2 +- hc 0 dx2; x3 +- hc dx2 0; x4 +- hc dx1 0; y1 +- svc 0 dy1; y2 +- svc 0 dy2; iwd2 */ swd2 a 50000; " +
		"ihd2 */ shd2 a 50000; sdx1 cos iwd2 20520000; sdx2 cos iwd2 3240000; sdy1 sin ihd2 3240000; sdy2 sin ihd2 20520000; " +
		"sx1 +- hc 0 sdx1; sx2 +- hc 0 sdx2; sx3 +- hc sdx2 0; sx4 +- hc sdx1 0; sy1 +- svc 0 sdy1; sy2 +- svc 0 sdy2; sy3 +- svc ihd2 0",
		path: "x1 y1; sx2 sy1; hc t; sx3 sy1; x4 y1; sx4 sy2; x3 y2; hc sy3; x2 y2; sx1 sy2", rect: "sx1 sy1 sx4 sy3"},
	"rightArrow": {av: "adj1 50000; adj2 50000", gd: "maxAdj2 */ 100000 w ss; a1 pin 0 adj1 100000; a2 pin 0 adj2 maxAdj2; " +
		"dx1 */ ss a2 100000; x1 +- r 0 dx1; dy1 */ h a1 200000; y1 +- vc 0 dy1; y2 +- vc dy1 0; dx2 */ y1 dx1 hd2; x2 +- x1 dx2 0",
		path: "l y1; x1 y1; x1 t; r vc; x1 b; x1 y2; l y2", rect: "l y1 x2 y2"},
	"leftArrow": {av: "adj1 50000; adj2 50000", gd: "maxAdj2 */ 100000 w ss; a1 pin 0 adj1 100000; a2 pin 0 adj2 maxAdj2; " +
		"dx2 */ ss a2 100000; x2 +- l dx2 0; dy1 */ h a1 200000; y1 +- vc 0 dy1; y2 +- vc dy1 0; dx1 */ y1 dx2 hd2; x1 +- x2 0 dx1",
		path: "l vc; x2 t; x2 y1; r y1; r y2; x2 y2; x2 b", rect: "x1 y1 r y2"},
	"upArrow": {av: "adj1 50000; adj2 50000", gd: "maxAdj2 */ 100000 h ss; a1 pin 0 adj1 100000; a2 pin 0 adj2 maxAdj2; " +
		"dy2 */ ss a2 100000; y2 +- t dy2 0; dx1 */ w a1 200000; x1 +- hc 0 dx1; x2 +- hc dx1 0; dy1 */ x1 dy2 wd2; y1 +- y2 0 dy1",
		path: "l y2; hc t; r y2; x2 y2; x2 b; x1 b; x1 y2", rect: "x1 y1 x2 b"},
	"downArrow": {av: "adj1 50000; adj2 50000", gd: "maxAdj2 */ 100000 h ss; a1 pin 0 adj1 100000; a2 pin 0 adj2 maxAdj2; " +
		"dy1 */ ss a2 100000; y1 +- b 0 dy1; dx1 */ w a1 200000; x1 +- hc 0 dx1; x2 +- hc dx1 0; dy2 */ x1 dy1 wd2; y2 +- y1 dy2 0",
		path: "l y1; x1 y1; x1 t; x2 t; x2 y1; r y1; hc b", rect: "x1 t x2 y2"},
	"chevron": {av: "adj 50000", gd: "maxAdj */ 100000 w ss; a pin 0 adj maxAdj; x1 */ ss a 100000; x2 +- r 0 x1; dx +- x2 0 x1; " +
		"il ?: dx x1 l; ir ?: dx x2 r",
		path: "l t; x2 t; r vc; x2 b; l b; x1 vc", rect: "il t ir b"},
	"homePlate": {av: "adj 50000", gd: "maxAdj */ 100000 w ss; a pin 0 adj maxAdj; dx1 */ ss a 100000; x1 +- r 0 dx1; ir +/ x1 r 2",
		path: "l t; x1 t; r vc; x1 b; l b", rect: "l t ir b"},
}

// presetPolygon is the preset prst's corners and text rectangle at w by
// h mm, with the shape's own adjust values (spPr's a:avLst guides) over
// the defaults; ok false for a preset that is not a polygon drawn here.
func presetPolygon(prst string, w, h float64, avLst string) (pts []Point, text Box, ok bool) {
	def, ok := presetShapes[prst]
	if !ok {
		return nil, Box{}, false
	}
	g := guides(w, h)
	for _, d := range strings.Split(def.av, ";") {
		if f := strings.Fields(d); len(f) == 2 {
			g[f[0]] = number(f[1])
		}
	}
	for i := 0; ; {
		k := next(avLst, "a:gd", i)
		if k < 0 {
			break
		}
		tag := startTag(avLst, k)
		if v, isVal := strings.CutPrefix(attr(tag, "fmla"), "val "); isVal {
			g[attr(tag, "name")] = number(v)
		}
		i = k + len(tag)
	}
	for _, d := range strings.Split(def.gd, ";") {
		f := strings.Fields(d)
		if len(f) > 1 {
			g[f[0]] = g.formula(f[1], f[2:])
		}
	}
	for _, p := range strings.Split(def.path, ";") {
		if f := strings.Fields(p); len(f) == 2 {
			pts = append(pts, Point{g.value(f[0]), g.value(f[1])})
		}
	}
	r := strings.Fields(def.rect)
	text = Box{X: g.value(r[0]), Y: g.value(r[1]), W: g.value(r[2]) - g.value(r[0]), H: g.value(r[3]) - g.value(r[1])}
	return pts, text, true
}

// guideValues are the guides evaluated so far, by name.
type guideValues map[string]float64

// guides are the built-in guides of a shape w by h (ECMA-376 20.1.10.56
// ST_ShapeType's shape guides): its edges, centre, fractions of its
// sides and the angles of a quarter turn, in 60,000ths of a degree.
func guides(w, h float64) guideValues {
	ss, ls := min(w, h), max(w, h)
	g := guideValues{"l": 0, "t": 0, "r": w, "b": h, "w": w, "h": h, "hc": w / 2, "vc": h / 2, "ss": ss, "ls": ls,
		"cd2": 10800000, "cd4": 5400000, "cd8": 2700000, "3cd4": 16200000, "3cd8": 8100000, "5cd8": 13500000, "7cd8": 18900000}
	for _, n := range []int{2, 3, 4, 5, 6, 8, 10, 12, 16, 32} {
		s := strconv.Itoa(n)
		g["wd"+s], g["hd"+s], g["ssd"+s] = w/float64(n), h/float64(n), ss/float64(n)
	}
	return g
}

// value is a formula's argument: a guide's value or a number.
func (g guideValues) value(s string) float64 {
	if v, ok := g[s]; ok {
		return v
	}
	return number(s)
}

func number(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// formula evaluates one guide's formula (ECMA-376 20.1.9.11): op with its
// arguments; an angle is in 60,000ths of a degree.
func (g guideValues) formula(op string, args []string) float64 {
	var a [3]float64
	for i := range min(len(args), 3) {
		a[i] = g.value(args[i])
	}
	rad := func(v float64) float64 { return v / 60000 * math.Pi / 180 }
	switch op {
	case "val":
		return a[0]
	case "*/":
		if a[2] == 0 {
			return 0
		}
		return a[0] * a[1] / a[2]
	case "+-":
		return a[0] + a[1] - a[2]
	case "+/":
		if a[2] == 0 {
			return 0
		}
		return (a[0] + a[1]) / a[2]
	case "?:":
		if a[0] > 0 {
			return a[1]
		}
		return a[2]
	case "abs":
		return math.Abs(a[0])
	case "max":
		return max(a[0], a[1])
	case "min":
		return min(a[0], a[1])
	case "pin":
		return min(max(a[1], a[0]), a[2])
	case "sqrt":
		return math.Sqrt(a[0])
	case "mod":
		return math.Sqrt(a[0]*a[0] + a[1]*a[1] + a[2]*a[2])
	case "sin":
		return a[0] * math.Sin(rad(a[1]))
	case "cos":
		return a[0] * math.Cos(rad(a[1]))
	case "tan":
		return a[0] * math.Tan(rad(a[1]))
	case "at2":
		return math.Atan2(a[1], a[0]) * 180 / math.Pi * 60000
	case "cat2":
		return a[0] * math.Cos(math.Atan2(a[2], a[1]))
	case "sat2":
		return a[0] * math.Sin(math.Atan2(a[2], a[1]))
	}
	return 0
}
