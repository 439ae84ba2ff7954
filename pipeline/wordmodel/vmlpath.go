package wordmodel

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
)

// A VML shape of no preset the PDF maps (a freeform WPS or Word 2007
// writes, a callout, a cloud, any shape type with its v:shapetype) is
// drawn from its own path (VML's path language: m l c x e t r v nf ns ae
// al at ar wa wr qx qy qb), in its coordsize's space from its
// coordorigin, the path's @n referring to its v:formulas evaluated over
// its adj (#n) and size: into the same subpaths as DrawingML's
// geometry, its arcs as cubic curves.

// vmlGeometry is a v:shape's drawing: its path and formulas, its own
// else its type's (def, the v:shapetype's element).
type vmlGeometry struct {
	path, formulas, textRect string
	adj                      []float64
	origin, size             [2]float64
}

// vmlGeometryOf reads the geometry of the v:shape element shape whose
// v:shapetype is def ("" for none): ok false where neither has a path.
func vmlGeometryOf(shape, def string) (vmlGeometry, bool) {
	tag, typeTag := tagOf(shape), ""
	if def != "" {
		typeTag = tagOf(def)
	}
	g := vmlGeometry{size: [2]float64{1000, 1000}}
	pick := func(name string) string {
		if v := attr(tag, name); v != "" {
			return v
		}
		return attr(typeTag, name)
	}
	g.path = pick("path")
	if g.path == "" {
		return g, false
	}
	if a, b, ok := strings.Cut(pick("coordsize"), ","); ok && vmlNumber(a) > 0 && vmlNumber(b) > 0 {
		g.size = [2]float64{vmlNumber(a), vmlNumber(b)}
	}
	if a, b, ok := strings.Cut(pick("coordorigin"), ","); ok {
		g.origin = [2]float64{vmlNumber(a), vmlNumber(b)}
	}
	for _, given := range []string{attr(typeTag, "adj"), attr(tag, "adj")} {
		for k, v := range strings.Split(given, ",") {
			for len(g.adj) <= k {
				g.adj = append(g.adj, 0)
			}
			if strings.TrimSpace(v) != "" {
				g.adj[k] = vmlNumber(v)
			}
		}
	}
	for _, el := range []string{shape, def} {
		if i := next(el, "v:formulas", 0); i >= 0 && g.formulas == "" {
			g.formulas = el[i:end(el, i, "v:formulas")]
		}
		if i := next(el, "v:path", 0); i >= 0 && g.textRect == "" {
			g.textRect = attr(startTag(el, i), "textboxrect")
		}
	}
	return g, true
}

// vmlShapeTypes are the VML shape types (v:shapetype) the document's
// parts define, by id: Word writes a type's definition once, with the
// first shape of that type (maybe in a DrawingML shape's VML fallback,
// which is not read), and later shapes, in any part, refer to it. The
// first definition of an id, parts in name order, stands.
func vmlShapeTypes(parts map[string]string) map[string]string {
	names := slices.Sorted(maps.Keys(parts))
	types := map[string]string{}
	for _, name := range names {
		part := parts[name]
		if !strings.HasPrefix(name, "word/") || !strings.HasSuffix(name, ".xml") || !strings.Contains(part, "<v:shapetype") {
			continue
		}
		for i := next(part, "v:shapetype", 0); i >= 0; i = next(part, "v:shapetype", i+1) {
			if id := attr(startTag(part, i), "id"); types[id] == "" {
				types[id] = part[i:end(part, i, "v:shapetype")]
			}
		}
	}
	return types
}

// vmlValues resolves a VML formula's or path's arguments: numbers, #n
// (adjust value n), @n (formula n) and the shape's named values.
type vmlValues struct {
	g *vmlGeometry
	f []float64
}

func (v vmlValues) value(s string) float64 {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "#"):
		if k := atoi(s[1:]); k < len(v.g.adj) {
			return v.g.adj[k]
		}
		return 0
	case strings.HasPrefix(s, "@"):
		if k := atoi(s[1:]); k < len(v.f) {
			return v.f[k]
		}
		return 0
	}
	w, h := v.g.size[0], v.g.size[1]
	switch s {
	case "width":
		return w
	case "height":
		return h
	case "xcenter":
		return v.g.origin[0] + w/2
	case "ycenter":
		return v.g.origin[1] + h/2
	case "xlimo", "ylimo", "pixellinewidth", "linedrawn":
		return 0
	case "hasstroke", "hasfill":
		return 1
	}
	return vmlNumber(s)
}

// vmlFormulas evaluates g's v:f equations in order; each may use the
// ones before it.
func vmlFormulas(g *vmlGeometry) []float64 {
	v := vmlValues{g: g}
	fd := func(a float64) float64 { return a / 65536 * math.Pi / 180 }
	eachElement(g.formulas, "v:f", func(tag string) {
		f := strings.Fields(attr(tag, "eqn"))
		var a [3]float64
		for k := 1; k < len(f) && k <= 3; k++ {
			a[k-1] = v.value(f[k])
		}
		r := 0.0
		if len(f) > 0 {
			switch f[0] {
			case "val":
				r = a[0]
			case "sum":
				r = a[0] + a[1] - a[2]
			case "prod":
				if a[2] != 0 {
					r = a[0] * a[1] / a[2]
				}
			case "mid":
				r = (a[0] + a[1]) / 2
			case "abs":
				r = math.Abs(a[0])
			case "min":
				r = min(a[0], a[1])
			case "max":
				r = max(a[0], a[1])
			case "if":
				r = a[2]
				if a[0] > 0 {
					r = a[1]
				}
			case "mod":
				r = math.Sqrt(a[0]*a[0] + a[1]*a[1] + a[2]*a[2])
			case "atan2":
				r = math.Atan2(a[1], a[0]) * 180 / math.Pi * 65536
			case "sin":
				r = a[0] * math.Sin(fd(a[1]))
			case "cos":
				r = a[0] * math.Cos(fd(a[1]))
			case "tan":
				r = a[0] * math.Tan(fd(a[1]))
			case "cosatan2":
				r = a[0] * math.Cos(math.Atan2(a[2], a[1]))
			case "sinatan2":
				r = a[0] * math.Sin(math.Atan2(a[2], a[1]))
			case "sqrt":
				r = math.Sqrt(max(a[0], 0))
			case "sumangle":
				r = a[0] + (a[1]-a[2])*65536
			case "ellipse":
				if a[1] != 0 {
					r = a[2] * math.Sqrt(max(1-(a[0]/a[1])*(a[0]/a[1]), 0))
				}
			}
		}
		v.f = append(v.f, r)
	})
	return v.f
}

// vmlCommand is one command of a VML path with its arguments.
type vmlCommand struct {
	name string
	args []string
}

// vmlCommands are the VML path commands, two-letter ones first, as a
// run of letters is read.
var vmlCommands = strings.Fields("nf ns ae al at ar wa wr qx qy qb m l c x e t r v")

// vmlTokens splits a VML path into its commands.
func vmlTokens(path string) []vmlCommand {
	var out []vmlCommand
	from := -1 // where the last command's arguments start
	for i := 0; i < len(path); {
		if ch := path[i]; ch < 'a' || ch > 'z' {
			i++
			continue
		}
		if from >= 0 {
			out[len(out)-1].args = vmlArgs(path[from:i])
		}
		name := path[i : i+1] // an extension (ha … hi) or a slip: skipped
		for _, c := range vmlCommands {
			if strings.HasPrefix(path[i:], c) {
				name = c
				break
			}
		}
		out = append(out, vmlCommand{name: name})
		i += len(name)
		from = i
	}
	if from >= 0 {
		out[len(out)-1].args = vmlArgs(path[from:])
	}
	return out
}

// vmlArgs splits a command's arguments: commas and blanks separate them,
// a minus sign or an @ starts one, and one left out between commas is 0.
func vmlArgs(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []string
	for _, part := range strings.Split(s, ",") {
		var f []string
		for _, field := range strings.Fields(part) {
			for k := 1; k < len(field); k++ {
				if c := field[k]; c == '-' || c == '@' || c == '#' {
					f, field, k = append(f, field[:k]), field[k:], 0
				}
			}
			f = append(f, field)
		}
		if len(f) == 0 {
			f = []string{"0"}
		}
		out = append(out, f...)
	}
	return out
}

// vmlPathOf draws g's path in a box w by h mm: its subpaths (nf: not
// filled, ns: not stroked, each to its e), and its text rectangle; why
// not, otherwise.
func vmlPathOf(g *vmlGeometry, w, h float64) ([]Subpath, *Box, string) {
	v := vmlValues{g: g, f: vmlFormulas(g)}
	sx, sy := w/g.size[0], h/g.size[1]
	ox, oy := g.origin[0], g.origin[1]
	var out []Subpath
	cur := Subpath{Fill: "norm", Stroke: true}
	var at, start Point
	add := func(op byte, pts ...Point) { cur.Segs = append(cur.Segs, PathSeg{op, pts}) }
	moveTo := func(p Point) {
		add('M', p)
		at, start = p, p
	}
	lineTo := func(p Point) {
		if len(cur.Segs) == 0 {
			moveTo(p)
			return
		}
		add('L', p)
		at = p
	}
	arc := func(c Point, rx, ry, t1, dt float64, move bool) {
		p := Point{c.X + rx*math.Cos(t1), c.Y + ry*math.Sin(t1)}
		if move {
			moveTo(p)
		} else {
			lineTo(p)
		}
		segs := ellipseArc(c, rx, ry, t1, dt)
		cur.Segs = append(cur.Segs, segs...)
		if len(segs) > 0 {
			at = segs[len(segs)-1].Pts[2]
		}
	}
	for _, c := range vmlTokens(g.path) {
		n := make([]float64, len(c.args))
		for k, a := range c.args {
			n[k] = v.value(a)
		}
		pt := func(k int) Point {
			var x, y float64
			if k < len(n) {
				x = n[k]
			}
			if k+1 < len(n) {
				y = n[k+1]
			}
			return Point{x, y}
		}
		abs := func(p Point) Point { return Point{(p.X - ox), (p.Y - oy)} }
		rel := func(p Point) Point { return Point{at.X + p.X, at.Y + p.Y} }
		groups := func(size int) int { return max(1, len(n)/size) }
		switch c.name {
		case "m", "t":
			p := abs(pt(0))
			if c.name == "t" {
				p = rel(pt(0))
			}
			moveTo(p)
		case "l", "r":
			for k := 0; k < groups(2); k++ {
				p := abs(pt(2 * k))
				if c.name == "r" {
					p = rel(pt(2 * k))
				}
				lineTo(p)
			}
		case "c", "v":
			for k := 0; k < groups(6); k++ {
				tr := abs
				if c.name == "v" {
					tr = rel
				}
				p1, p2, p3 := tr(pt(6*k)), tr(pt(6*k+2)), tr(pt(6*k+4))
				if len(cur.Segs) == 0 {
					moveTo(at)
				}
				add('C', p1, p2, p3)
				at = p3
			}
		case "qb":
			ctrl := make([]Point, 0, len(n)/2)
			for k := 0; k+1 < len(n); k += 2 {
				ctrl = append(ctrl, abs(pt(k)))
			}
			if len(ctrl) < 2 {
				return nil, nil, "VML 路径的曲线（qb）缺少控制点"
			}
			if len(cur.Segs) == 0 {
				moveTo(at)
			}
			// A polyquad's curves join halfway between its control points.
			for k := 0; k < len(ctrl)-1; k++ {
				end := ctrl[len(ctrl)-1]
				if k < len(ctrl)-2 {
					end = Point{(ctrl[k].X + ctrl[k+1].X) / 2, (ctrl[k].Y + ctrl[k+1].Y) / 2}
				}
				add('C', quadToCubic(at, ctrl[k], end)...)
				at = end
			}
		case "qx", "qy":
			x := c.name == "qx"
			for k := 0; k < groups(2); k++ {
				p := abs(pt(2 * k))
				if len(cur.Segs) == 0 {
					moveTo(at)
				}
				add('C', quadrant(at, p, x)...)
				at, x = p, !x
			}
		case "ae", "al":
			for k := 0; k < groups(6); k++ {
				c0, r := abs(pt(6*k)), pt(6*k+2)
				// Angles in 65536ths of a degree, anticlockwise.
				t1, dt := -pt(6*k+4).X/65536*math.Pi/180, -pt(6*k+4).Y/65536*math.Pi/180
				arc(c0, r.X, r.Y, t1, dt, c.name == "al" && k == 0)
			}
		case "at", "ar", "wa", "wr":
			for k := 0; k < groups(8); k++ {
				tl, br := abs(pt(8*k)), abs(pt(8*k+2))
				c0 := Point{(tl.X + br.X) / 2, (tl.Y + br.Y) / 2}
				rx, ry := (br.X-tl.X)/2, (br.Y-tl.Y)/2
				if rx == 0 || ry == 0 {
					continue
				}
				from, to := abs(pt(8*k+4)), abs(pt(8*k+6))
				t1 := math.Atan2((from.Y-c0.Y)/ry, (from.X-c0.X)/rx)
				t2 := math.Atan2((to.Y-c0.Y)/ry, (to.X-c0.X)/rx)
				dt := t2 - t1
				clockwise := c.name == "wa" || c.name == "wr"
				// The same point twice is the whole ellipse.
				for clockwise && dt <= 1e-9 {
					dt += 2 * math.Pi
				}
				for !clockwise && dt >= -1e-9 {
					dt -= 2 * math.Pi
				}
				arc(c0, rx, ry, t1, dt, (c.name == "ar" || c.name == "wr") && k == 0)
			}
		case "x":
			if len(cur.Segs) > 0 {
				add('Z')
				at = start
			}
		case "e":
			if len(cur.Segs) > 0 {
				out = append(out, cur)
			}
			cur = Subpath{Fill: "norm", Stroke: true}
		case "nf":
			cur.Fill = "none"
		case "ns":
			cur.Stroke = false
		}
	}
	if len(cur.Segs) > 0 {
		out = append(out, cur)
	}
	for _, sub := range out {
		for _, s := range sub.Segs {
			for k, p := range s.Pts {
				s.Pts[k] = Point{p.X * sx, p.Y * sy}
			}
		}
	}
	text := Box{W: w, H: h}
	if r := strings.Split(strings.Split(g.textRect, ";")[0], ","); len(r) == 4 {
		l, t := (v.value(r[0])-ox)*sx, (v.value(r[1])-oy)*sy
		text = Box{X: l, Y: t, W: (v.value(r[2])-ox)*sx - l, H: (v.value(r[3])-oy)*sy - t}
	}
	return out, &text, ""
}

// quadrant is the quarter ellipse from a to b, its tangent at a across
// (x) or down.
func quadrant(a, b Point, x bool) []Point {
	const k = 0.5522847498307933
	if x {
		return []Point{{a.X + k*(b.X-a.X), a.Y}, {b.X, b.Y - k*(b.Y-a.Y)}, b}
	}
	return []Point{{a.X, a.Y + k*(b.Y-a.Y)}, {b.X - k*(b.X-a.X), b.Y}, b}
}

// vmlDrawn reads the course of a v:polyline (points), v:curve (from,
// control1, control2, to: a cubic curve) or v:arc (startangle and
// endangle, degrees clockwise from the top, of the ellipse in its box)
// into sp.Paths; dx, dy are where the box of a polyline's or a curve's
// points stands from the shape's place.
func vmlDrawn(sp *Shape, kind, tag string, u vmlCSS) (dx, dy float64, why string) {
	var pts []Point
	switch kind {
	case "v:polyline":
		f := strings.FieldsFunc(attr(tag, "points"), func(r rune) bool { return r == ' ' || r == ',' })
		for k := 0; k+1 < len(f); k += 2 {
			pts = append(pts, Point{u.size(f[k], true), u.size(f[k+1], false)})
		}
		if len(pts) < 2 {
			return 0, 0, "折线没有点"
		}
	case "v:curve":
		for _, name := range []string{"from", "control1", "control2", "to"} {
			x, y := vmlPoint(cmp.Or(attr(tag, name), "0,0"), u)
			pts = append(pts, Point{x, y})
		}
	case "v:arc":
		start, end := 0.0, 90.0
		if a := attr(tag, "startangle"); a != "" {
			start = vmlNumber(a)
		}
		if a := attr(tag, "endangle"); a != "" {
			end = vmlNumber(a)
		}
		rx, ry := sp.Width/2, sp.Height/2
		// From the top clockwise: the parameter from the right, y down.
		t1 := (start - 90) * math.Pi / 180
		segs := ellipseArc(Point{rx, ry}, rx, ry, t1, (end-start)*math.Pi/180)
		if len(segs) == 0 {
			return 0, 0, "弧形的起止角度相同"
		}
		first := Point{rx + rx*math.Cos(t1), ry + ry*math.Sin(t1)}
		sp.Paths = []Subpath{{Segs: append([]PathSeg{{'M', []Point{first}}}, segs...), Fill: "norm", Stroke: true}}
		sp.TextRect = &Box{W: sp.Width, H: sp.Height}
		return 0, 0, ""
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		x0, y0, x1, y1 = min(x0, p.X), min(y0, p.Y), max(x1, p.X), max(y1, p.Y)
	}
	for k := range pts {
		pts[k] = Point{pts[k].X - x0, pts[k].Y - y0}
	}
	segs := []PathSeg{{'M', pts[:1]}}
	if kind == "v:curve" {
		segs = append(segs, PathSeg{'C', pts[1:]})
	} else {
		for _, p := range pts[1:] {
			segs = append(segs, PathSeg{'L', []Point{p}})
		}
	}
	sp.Width, sp.Height = x1-x0, y1-y0
	sp.Paths = []Subpath{{Segs: segs, Fill: "norm", Stroke: true}}
	sp.TextRect = &Box{W: sp.Width, H: sp.Height}
	return x0, y0, ""
}
