package pdf

import (
	"fmt"
	"strings"

	"jixiao/pipeline/layout"
)

// A shape's gradient is a shading (PDF 1.4 §4.6.3: axial, type 2;
// radial, type 3) and its pattern a coloured tiling pattern (§4.6.2),
// which PDF/A-1 allows: their colours DeviceRGB under the file's sRGB
// output intent, several stops a stitching function of linear ones.
// fpdf writes only two-colour shadings of its own and no patterns, so
// the writer names each one in the content stream (/JxN) and finishFile
// adds them to the pages' resources.

// resource is a shading or a pattern the pages name: its kind (the
// resources' key), its dictionary and, for a pattern, its cell's
// drawing.
type resource struct {
	kind, dict string
	cell       []byte
}

// shade fills the current page's path p with its gradient: clipped to
// the path, the shading's space mapped onto the page.
func (w *writer) shade(p *layout.Path) {
	s := p.Shade
	name := w.shadingName(s)
	w.pdf.RawWriteStr("q")
	w.segs(p.Segs)
	w.pdf.RawWriteStr("W n")
	w.pdf.RawWriteStr(matrixString(w.pageMatrix(s.Matrix)) + " cm /" + name + " sh")
	w.pdf.RawWriteStr("Q")
}

// shadingName is the resource name of the shading drawing s, the same
// name for the same gradient.
func (w *writer) shadingName(s *layout.Shade) string {
	return w.resourceName(resource{kind: "/Shading", dict: shadingDict(s)})
}

// shadingDict is the shading dictionary of s, in its own space.
func shadingDict(s *layout.Shade) string {
	kind, coords := 2, "0 0 1 0"
	if s.Radial {
		kind, coords = 3, "0 0 0 0 0 1"
	}
	return fmt.Sprintf("<< /ShadingType %d /ColorSpace /DeviceRGB /Coords [%s] /Function %s /Extend [true true] >>", kind, coords, stopsFunction(s.Stops))
}

// shadeStroke strokes p's line with its gradient: a shading pattern
// (PatternType 2, which PDF/A-1 allows as it does the shading) as the
// stroking colour, its matrix putting the gradient's space on the page;
// the width and dashes set within q … Q, fpdf's own state untouched.
func (w *writer) shadeStroke(p *layout.Path) {
	s := p.StrokeShade
	dict := fmt.Sprintf("<< /Type /Pattern /PatternType 2 /Shading %s /Matrix [%s] >>", shadingDict(s), matrixString(w.pageMatrix(s.Matrix)))
	name := w.resourceName(resource{kind: "/Pattern", dict: dict})
	k := w.pdf.GetConversionRatio()
	var b strings.Builder
	fmt.Fprintf(&b, "q /Pattern CS /%s SCN %s w", name, num(p.Width*k))
	if len(p.Dash) > 0 {
		b.WriteString(" [")
		for i, d := range p.Dash {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(d * k))
		}
		b.WriteString("] 0 d")
	}
	w.pdf.RawWriteStr(b.String())
	w.segs(p.Segs)
	w.pdf.RawWriteStr("S Q")
}

// resourceName is the name of the resource r, the same for the same one.
func (w *writer) resourceName(r resource) string {
	for i, d := range w.resources {
		if d.kind == r.kind && d.dict == r.dict && string(d.cell) == string(r.cell) {
			return fmt.Sprintf("Jx%d", i)
		}
	}
	w.resources = append(w.resources, r)
	return fmt.Sprintf("Jx%d", len(w.resources)-1)
}

// pageMatrix is m, onto the page in mm from its top, as a PDF matrix onto
// the page's default space (pt from its bottom).
func (w *writer) pageMatrix(m [6]float64) [6]float64 {
	_, pageH := w.pdf.GetPageSize()
	k := w.pdf.GetConversionRatio()
	return [6]float64{m[0] * k, -m[1] * k, m[2] * k, -m[3] * k, m[4] * k, (pageH - m[5]) * k}
}

// matrixString is a matrix as PDF writes one, without brackets.
func matrixString(m [6]float64) string {
	return fmt.Sprintf("%s %s %s %s %s %s", num(m[0]), num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]))
}

// patternFill fills p's path with its pattern: a coloured tiling
// pattern whose cell is its background and its dots, a run of a row's
// dots one rectangle.
func (w *writer) patternFill(p *layout.Path) {
	pt := p.Pattern
	var cell strings.Builder
	fmt.Fprintf(&cell, "%s rg 0 0 8 8 re f\n%s rg\n", rgbNumbers(pt.Bg), rgbNumbers(pt.Fg))
	for _, r := range pt.Runs() {
		fmt.Fprintf(&cell, "%d %d %d 1 re\n", r[0], r[1], r[2])
	}
	cell.WriteString("f")
	dict := fmt.Sprintf("<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 8 8] /XStep 8 /YStep 8 /Resources << >> /Matrix [%s] /Length %d >>",
		matrixString(w.pageMatrix(pt.Matrix)), cell.Len())
	name := w.resourceName(resource{kind: "/Pattern", dict: dict, cell: []byte(cell.String())})
	w.pdf.RawWriteStr("q /Pattern cs /" + name + " scn")
	w.segs(p.Segs)
	w.pdf.RawWriteStr("f Q")
}

// stopsFunction is the function of a gradient's stops over 0 to 1: the
// end colours held out to the ends, linear between stops.
func stopsFunction(stops []layout.Stop) string {
	if stops[0].Pos > 0 {
		stops = append([]layout.Stop{{Pos: 0, Color: stops[0].Color}}, stops...)
	}
	if last := stops[len(stops)-1]; last.Pos < 1 {
		stops = append(stops, layout.Stop{Pos: 1, Color: last.Color})
	}
	linear := func(a, b string) string {
		return fmt.Sprintf("<< /FunctionType 2 /Domain [0 1] /C0 [%s] /C1 [%s] /N 1 >>", rgbNumbers(a), rgbNumbers(b))
	}
	if len(stops) == 1 {
		return linear(stops[0].Color, stops[0].Color)
	}
	if len(stops) == 2 {
		return linear(stops[0].Color, stops[1].Color)
	}
	var fns, bounds, encode []string
	last := 0.0
	for i := 0; i+1 < len(stops); i++ {
		fns = append(fns, linear(stops[i].Color, stops[i+1].Color))
		encode = append(encode, "0 1")
		if i > 0 {
			// Bounds rise strictly: a hard edge (two stops at one place)
			// keeps a sliver between them.
			b := max(stops[i].Pos, last+1e-5)
			bounds = append(bounds, num(b))
			last = b
		}
	}
	return fmt.Sprintf("<< /FunctionType 3 /Domain [0 1] /Functions [%s] /Bounds [%s] /Encode [%s] >>",
		strings.Join(fns, " "), strings.Join(bounds, " "), strings.Join(encode, " "))
}

// rgbNumbers is RRGGBB as PDF's three numbers from 0 to 1.
func rgbNumbers(hex string) string {
	c := rgbOf(hex)
	return fmt.Sprintf("%s %s %s", num(float64(c[0])/255), num(float64(c[1])/255), num(float64(c[2])/255))
}

// num writes a number as PDF wants it: no exponent, no trailing zeros.
func num(v float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.5f", v), "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

// addResources adds the shadings and patterns the pages name (/Jx0 …)
// to their resources.
func (f *pdfFile) addResources(res []resource) error {
	if len(res) == 0 {
		return nil
	}
	var entry strings.Builder
	for _, kind := range []string{"/Shading", "/Pattern"} {
		var names []string
		for i, r := range res {
			if r.kind != kind {
				continue
			}
			n := 0
			if r.cell != nil {
				n = f.add(r.dict, r.cell)
			} else {
				n = f.addObject(r.dict)
			}
			names = append(names, fmt.Sprintf("/Jx%d %d 0 R", i, n))
		}
		if names != nil {
			fmt.Fprintf(&entry, "\n%s << %s >>", kind, strings.Join(names, " "))
		}
	}
	entry.WriteString("\n")
	done := map[int]bool{}
	for i := range f.objs {
		d := f.objs[i].dict()
		if !hasName(d, "/Page") {
			continue
		}
		n := ref(d, "/Resources")
		res := f.object(n)
		if res == nil {
			return fmt.Errorf("resources: page object %d has no resources object", f.objs[i].num)
		}
		if done[n] {
			continue
		}
		if hasName(res.dict(), "/Shading") || hasName(res.dict(), "/Pattern") {
			return fmt.Errorf("resources: object %d already names shadings or patterns", n)
		}
		*res = res.withEntry(entry.String())
		done[n] = true
	}
	return nil
}
