package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// vmlDrawn reads the VML paragraphs body (w:pict runs as WPS and Word
// 2007 write them) and fails unless each shape is drawn.
func vmlDrawn(t *testing.T, body string, n int) []wordmodel.Shape {
	t.Helper()
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != n {
		t.Fatalf("%d shapes, want %d: %+v", len(sps), n, sps)
	}
	return sps
}

const vmlPlace = `position:absolute;margin-left:10pt;margin-top:5pt;width:144pt;height:72pt;z-index:1`

// TestVMLFreeformsAreDrawn: a freeform as WPS writes it (v:shape with a
// path of its own in its coordsize's space, from its coordorigin:
// lines, a relative line, a curve, an arc, a polyquad) is drawn through
// those points scaled to its box, 144 by 72 pt (50.8 by 25.4 mm).
func TestVMLFreeformsAreDrawn(t *testing.T) {
	sp := vmlDrawn(t, `<w:p>`+st.Pict(`<v:shape id="任意多边形 1" style="`+vmlPlace+`" coordsize="2000,1000" coordorigin="-1000,0" `+
		`path="m-1000,1000l,,r500,500c500,1000,1000,1000,1000,500qb1000,0,500,0 nfe" filled="f" strokecolor="red"/>`)+`</w:p>`, 1)[0]
	if sp.Geometry != "custom" || len(sp.Paths) != 1 || sp.Paths[0].Fill != "none" || !sp.Paths[0].Stroke {
		t.Fatalf("freeform = %+v", sp)
	}
	segs := sp.Paths[0].Segs
	// x: (x+1000)·50.8/2000, y: y·25.4/1000.
	want := []struct {
		op byte
		x  float64
		y  float64
	}{{'M', 0, 25.4}, {'L', 25.4, 0}, {'L', 38.1, 12.7}, {'C', 50.8, 12.7}, {'C', 38.1, 0}}
	if len(segs) != len(want) {
		t.Fatalf("segments %+v", segs)
	}
	for i, w := range want {
		end := segs[i].Pts[len(segs[i].Pts)-1]
		if segs[i].Op != w.op || !nearPoint(end, w.x, w.y) {
			t.Errorf("segment %d = %c to %v, want %c to %.1f, %.1f", i, segs[i].Op, end, w.op, w.x, w.y)
		}
	}
	// The quadratic curve from (1000, 500) through (1000, 0) to (500, 0):
	// its first cubic control point two thirds of the way up.
	if p := segs[4].Pts[0]; !nearPoint(p, 50.8, 25.4/2/3) {
		t.Errorf("polyquad's control point %v", p)
	}
	if sp.Outline == nil || sp.Outline.Color != "FF0000" || sp.Fill != "" {
		t.Errorf("line %+v, fill %q", sp.Outline, sp.Fill)
	}
}

// vmlArcType is Word 2007's v:shapetype of its arc (o:spt 19): a
// quarter ellipse clockwise from the box's top left to its bottom
// right, stroked and not filled, then the same as a filled pie not
// stroked; its adj and formulas as Word writes them.
const vmlArcType = `<v:shapetype id="_x0000_t19" coordsize="21600,21600" o:spt="19" adj="-5898240,,,21600,21600" path="wr-21600,,21600,43200,,,21600,21600nfewr-21600,,21600,43200,,,21600,21600l,21600nsxe" filled="f">` +
	`<v:formulas><v:f eqn="val #2"/><v:f eqn="val #3"/><v:f eqn="val #4"/></v:formulas><v:path arrowok="t" o:extrusionok="f" gradientshapeok="t" o:connecttype="custom" o:connectlocs="0,0;21600,21600;0,21600"/><v:handles><v:h position="@2,#0" polar="@0,@1"/><v:h position="@2,#1" polar="@0,@1"/></v:handles></v:shapetype>`

// TestVMLShapeTypesAreDrawn: a shape of a type no preset maps is drawn
// by its v:shapetype's path: Word's arc, its stroked quarter ellipse and
// its filled pie not stroked; a type defined with formulas over its
// adj, the shape's own adj over the type's, formulas over formulas;
// and a type defined once in an earlier paragraph, as Word writes it.
func TestVMLShapeTypesAreDrawn(t *testing.T) {
	shape := func(name, typ, adj string) string {
		return `<v:shape id="` + name + `" type="#_x0000_t` + typ + `"` + adj + ` style="` + vmlPlace + `" fillcolor="red"/>`
	}
	wedge := `<v:shapetype id="_x0000_t200" coordsize="21600,21600" adj="5400,2" path="m@0,l@2,21600,,21600xe"><v:formulas>` +
		`<v:f eqn="val #0"/><v:f eqn="prod #0 #1 1"/><v:f eqn="sum @1 0 @0"/></v:formulas><v:path textboxrect="0,@0,21600,21600"/></v:shapetype>`
	sps := vmlDrawn(t, `<w:p>`+st.Pict(vmlArcType+shape("弧形 1", "19", ""))+`</w:p>`+
		`<w:p>`+st.Pict(wedge+shape("形状 2", "200", ""))+`</w:p>`+
		`<w:p>`+st.Pict(shape("形状 3", "200", ` adj="2700,3"`))+`</w:p>`+
		`<w:p>`+st.Pict(shape("弧形 4", "19", ""))+`</w:p>`, 4)
	for _, k := range []int{0, 3} {
		arc := sps[k]
		if len(arc.Paths) != 2 || arc.Paths[0].Fill != "none" || !arc.Paths[0].Stroke || arc.Paths[1].Stroke || arc.Paths[1].Fill != "norm" {
			t.Fatalf("arc %d's paths = %+v", k, arc.Paths)
		}
		line := arc.Paths[0].Segs
		last := line[len(line)-1]
		// From the top left, clockwise about the bottom left, its
		// curve's first control point along the top.
		if len(line) != 2 || !nearPoint(line[0].Pts[0], 0, 0) || last.Op != 'C' || !nearPoint(last.Pts[2], 50.8, 25.4) ||
			!nearPoint(line[1].Pts[0], 50.8*0.5522847498307933, 0) {
			t.Errorf("arc %d = %+v", k, line)
		}
	}
	// @0 = #0, @1 = #0·#1, @2 = @1 - @0: 5400 and 5400 with the type's
	// adj, 2700 and 5400 with the shape's.
	for k, x := range [][2]float64{{5400, 5400}, {2700, 5400}} {
		c := corners(sps[1+k])
		if len(c) != 3 || !nearPoint(c[0], x[0]*50.8/21600, 0) || !nearPoint(c[1], x[1]*50.8/21600, 25.4) {
			t.Errorf("shape %d's corners %v", 2+k, c)
		}
	}
	if tr := sps[1].TextRect; tr == nil || !nearPoint(wordmodel.Point{X: tr.Y, Y: tr.H}, 5400*25.4/21600, 25.4-5400*25.4/21600) {
		t.Errorf("text rectangle %+v", sps[1].TextRect)
	}
}

// TestVMLPolylinesCurvesAndArcs: a v:polyline's points, a v:curve's
// ends and control points, a v:arc's angles (clockwise from the top)
// are drawn in the box they span, placed where that box stands.
func TestVMLPolylinesCurvesAndArcs(t *testing.T) {
	abs := `position:absolute;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page`
	sps := vmlDrawn(t, `<w:p>`+st.Pict(`<v:polyline id="任意多边形 1" style="`+abs+`" points="72pt,72pt,144pt,36pt,216pt,72pt" filled="f"/>`)+`</w:p>`+
		`<w:p>`+st.Pict(`<v:curve id="曲线 2" style="`+abs+`" from="72pt,144pt" control1="100pt,100pt" control2="150pt,100pt" to="216pt,144pt" filled="f"/>`)+`</w:p>`+
		`<w:p>`+st.Pict(`<v:arc id="弧形 3" style="`+abs+`;left:72pt;top:72pt;width:144pt;height:72pt" startangle="0" endangle="180" filled="f"/>`)+`</w:p>`, 3)
	const pt = 25.4 / 72
	poly := sps[0]
	if c := corners(poly); len(c) != 3 || !nearPoint(c[0], 0, 36*pt) || !nearPoint(c[1], 72*pt, 0) || !nearMM(poly.Width, 144*pt) || !nearMM(poly.Float.X, 72*pt) || !nearMM(poly.Float.Y, 36*pt) {
		t.Errorf("polyline %+v at %+v: %v", poly, poly.Float, corners(poly))
	}
	curve := sps[1].Paths[0].Segs
	if len(curve) != 2 || !nearPoint(curve[1].Pts[0], 28*pt, 0) || !nearPoint(curve[1].Pts[2], 144*pt, 44*pt) || !nearMM(sps[1].Float.Y, 100*pt) {
		t.Errorf("curve %+v", curve)
	}
	// The arc from the top clockwise to the bottom: through the right end.
	arc := sps[2].Paths[0].Segs
	if len(arc) != 3 || !nearPoint(arc[0].Pts[0], 72*pt, 0) || !nearPoint(arc[1].Pts[2], 144*pt, 36*pt) || !nearPoint(arc[2].Pts[2], 72*pt, 72*pt) {
		t.Errorf("arc %+v", arc)
	}
}

// TestAShapeTypeDefinedInAFallback: Word writes a DrawingML heart with
// its VML fallback (mc:AlternateContent), the fallback holding the
// heart's v:shapetype; the heart is read once, from the DrawingML; a
// later VML shape of that type (as WPS writes one) is drawn by the
// definition in the fallback.
func TestAShapeTypeDefinedInAFallback(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "column", V: "paragraph", CX: 40 * mm, CY: 30 * mm}
	heartType := `<v:shapetype id="_x0000_t74" coordsize="21600,21600" o:spt="74" path="m10860,2187c10451,1746,9529,1018,9015,730,7865,152,6685,,5415,,4175,152,2995,575,1967,1305,1150,2187,575,3222,242,4220,,5410,242,6560,575,7597l10860,21600,20995,7597c21326,6560,21600,5410,21600,4220,21600,3222,21024,2187,20217,1305,19190,575,18010,152,16770,,15500,,14285,152,13135,730,12621,1018,11699,1746,10860,2187xe"><v:stroke joinstyle="miter"/><v:path o:connecttype="custom" o:connectlocs="10860,2187;2928,10800;10860,21600;18672,10800" o:connectangles="270,180,90,0" textboxrect="5037,2277,16557,13677"/></v:shapetype>`
	fallback := heartType + `<v:shape id="心形 1" o:spid="_x0000_s1026" type="#_x0000_t74" style="position:absolute;width:113.4pt;height:85.05pt" fillcolor="red"/>`
	body := `<w:p><w:r><w:t>心</w:t></w:r>` + st.Run(a.Drawing(1, "心形 1", st.Shape(a, "heart", "", st.Fill("FF0000"), st.Style(true), "", "")), fallback) + `</w:p>` +
		`<w:p>` + st.Pict(`<v:shape id="心形 2" type="#_x0000_t74" style="`+vmlPlace+`" fillcolor="red"/>`) + `</w:p>`
	sps := vmlDrawn(t, body, 2)
	if sps[0].Geometry != "heart" || sps[1].Geometry != "custom" {
		t.Fatalf("read %s and %s", sps[0].Geometry, sps[1].Geometry)
	}
	// The VML heart: its point at the bottom middle, its text rectangle
	// the type's textboxrect.
	segs := sps[1].Paths[0].Segs
	bottom := false
	for _, s := range segs {
		for _, p := range s.Pts {
			bottom = bottom || nearPoint(p, 10860*50.8/21600, 25.4)
		}
	}
	if !bottom || segs[len(segs)-1].Op != 'Z' || !nearMM(sps[1].TextRect.X, 5037*50.8/21600) {
		t.Errorf("VML heart %+v, text %+v", segs, sps[1].TextRect)
	}
}
