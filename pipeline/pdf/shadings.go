package pdf

import (
	"fmt"
	"strings"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// A shape's gradient is a shading (PDF 1.4 §4.6.3: axial, type 2;
// radial, type 3), which PDF/A-1 allows: its colours DeviceRGB under the
// file's sRGB output intent, several stops a stitching function of
// linear ones. fpdf writes only two-colour shadings of its own, so the
// writer names each one in the content stream (/JxN sh) and finishFile
// adds them to the pages' resources.

// shade fills the current page's path p with its gradient: clipped to
// the path, the shading's space mapped onto the page.
func (w *writer) shade(p *layout.Path) {
	s := p.Shade
	name := w.shadingName(s)
	_, pageH := w.pdf.GetPageSize()
	k := w.pdf.GetConversionRatio()
	m := s.Matrix
	// Page mm (y down) to PDF user space (pt, y up).
	cm := [6]float64{m[0] * k, -m[1] * k, m[2] * k, -m[3] * k, m[4] * k, (pageH - m[5]) * k}
	w.pdf.RawWriteStr("q")
	w.segs(p.Segs)
	w.pdf.RawWriteStr("W n")
	w.pdf.RawWriteStr(fmt.Sprintf("%s %s %s %s %s %s cm /%s sh", num(cm[0]), num(cm[1]), num(cm[2]), num(cm[3]), num(cm[4]), num(cm[5]), name))
	w.pdf.RawWriteStr("Q")
}

// shadingName is the resource name of the shading drawing s, the same
// name for the same gradient.
func (w *writer) shadingName(s *layout.Shade) string {
	kind, coords := 2, "0 0 1 0"
	if s.Radial {
		kind, coords = 3, "0 0 0 0 0 1"
	}
	dict := fmt.Sprintf("<< /ShadingType %d /ColorSpace /DeviceRGB /Coords [%s] /Function %s /Extend [true true] >>", kind, coords, stopsFunction(s.Stops))
	for i, d := range w.shadings {
		if d == dict {
			return fmt.Sprintf("Jx%d", i)
		}
	}
	w.shadings = append(w.shadings, dict)
	return fmt.Sprintf("Jx%d", len(w.shadings)-1)
}

// stopsFunction is the function of a gradient's stops over 0 to 1: the
// end colours held out to the ends, linear between stops.
func stopsFunction(stops []wordmodel.GradientStop) string {
	if stops[0].Pos > 0 {
		stops = append([]wordmodel.GradientStop{{Pos: 0, Color: stops[0].Color}}, stops...)
	}
	if last := stops[len(stops)-1]; last.Pos < 1 {
		stops = append(stops, wordmodel.GradientStop{Pos: 1, Color: last.Color})
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

// addShadings adds the shadings the pages name (/Jx0 …) to their
// resources.
func (f *pdfFile) addShadings(shadings []string) error {
	if len(shadings) == 0 {
		return nil
	}
	var entry strings.Builder
	entry.WriteString("\n/Shading <<")
	for i, d := range shadings {
		fmt.Fprintf(&entry, " /Jx%d %d 0 R", i, f.addObject(d))
	}
	entry.WriteString(" >>\n")
	done := map[int]bool{}
	for i := range f.objs {
		d := f.objs[i].dict()
		if !hasName(d, "/Page") {
			continue
		}
		n := ref(d, "/Resources")
		res := f.object(n)
		if res == nil {
			return fmt.Errorf("shadings: page object %d has no resources object", f.objs[i].num)
		}
		if done[n] {
			continue
		}
		if hasName(res.dict(), "/Shading") {
			return fmt.Errorf("shadings: resources %d already name shadings", n)
		}
		*res = res.withEntry(entry.String())
		done[n] = true
	}
	return nil
}
