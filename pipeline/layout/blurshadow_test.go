package layout

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// Word 2016's 外部 偏移：右下 shadow as its gallery sets it: 40% black,
// blurred 4 pt, 3 pt away at 45°.
const galleryShadow = `<a:effectLst><a:outerShdw blurRad="50800" dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`

// blurredDoc is a page with a line of text at its top and a 50 by 20 mm
// rectangle with the gallery's shadow, at y mm from the page's top (in
// front of the text, or behind it).
func blurredDoc(t *testing.T, y int, behind bool) []byte {
	rect := st.Anchor{H: "page", V: "page", X: 720000, Y: y * 36000, CX: 1800000, CY: 720000, Behind: behind}
	return st.Docx(t, st.Para(st.Text("正文在页顶"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("FFC000")+st.Ln(12700, "", "", "C00000")+galleryShadow, st.Style(true), "", "")), "")), nil)
}

// decoded is an effect picture's pixels.
func decoded(t *testing.T, o op) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(o.img.Data))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// TestABlurredShadowIsAPictureUnderItsShape: a shape's blurred shadow is
// one picture drawn before the shape, around the shape's copy moved by
// the shadow's offset and grown by its blur (4 pt, 1.41 mm) each way;
// its colour the shadow's (40% black over white) well inside, half of it
// at the copy's edge, fading to the white page, whose pixels are left
// out (transparent). The same document draws the same bytes.
func TestABlurredShadowIsAPictureUnderItsShape(t *testing.T) {
	_, r := laidShapes(t, blurredDoc(t, 100, false))
	var shadow *op
	for i, o := range r.ops {
		if o.kind == opImage && o.effect != "" {
			shadow = &r.ops[i]
			if len(kindOf(r, opPath)) != 2 {
				t.Fatalf("the shape's paths: %d, want its inside and line", len(kindOf(r, opPath)))
			}
		}
		if o.kind == opPath && shadow == nil {
			t.Fatal("the shape is drawn before its shadow")
		}
	}
	if shadow == nil {
		t.Fatal("no shadow picture")
	}
	d, blur := 3*ptToMM/1.4142135, 4*ptToMM
	// The shape's box with its half-point line: 20 to 70, 100 to 120 mm.
	x0, y0, x1, y1 := 20+d-0.18-blur, 100+d-0.18-blur, 70+d+0.18+blur, 120+d+0.18+blur
	if !nearly(shadow.x, x0, 0.35) || !nearly(shadow.y, y0, 0.35) || !nearly(shadow.x+shadow.w, x1, 0.35) || !nearly(shadow.y+shadow.h, y1, 0.35) {
		t.Errorf("the shadow at %.2f, %.2f to %.2f, %.2f; want about %.2f, %.2f to %.2f, %.2f", shadow.x, shadow.y, shadow.x+shadow.w, shadow.y+shadow.h, x0, y0, x1, y1)
	}
	if !strings.Contains(shadow.effect, "矩形 2") {
		t.Errorf("the effect is named %q", shadow.effect)
	}
	img := decoded(t, *shadow)
	b := img.Bounds()
	at := func(x, y float64) (gray uint32, alpha uint32) {
		px := b.Min.X + int((x-shadow.x)/shadow.w*float64(b.Dx()))
		py := b.Min.Y + int((y-shadow.y)/shadow.h*float64(b.Dy()))
		r, _, _, a := img.At(min(px, b.Max.X-1), min(py, b.Max.Y-1)).RGBA()
		return r >> 8, a >> 8
	}
	if g, a := at(45+d, 110+d); a != 255 || !nearly(float64(g), 0x99, 2) {
		t.Errorf("the shadow's middle: grey %d alpha %d, want 153 opaque", g, a)
	}
	edge, _ := at(70+d+0.18, 110+d)
	if !nearly(float64(edge), (255+0x99)/2, 12) {
		t.Errorf("the shadow at its copy's edge: grey %d, want half its colour", edge)
	}
	fading, _ := at(70+d+0.18+blur*0.7, 110+d)
	if fading <= edge || fading >= 255 {
		t.Errorf("the shadow's fading edge: grey %d beyond %d at the copy's edge", fading, edge)
	}
	if _, a := at(shadow.x+0.01, shadow.y+0.01); a != 0 {
		t.Errorf("the shadow's corner is drawn (alpha %d): it leaves the page white there", a)
	}
	_, again := laidShapes(t, blurredDoc(t, 100, false))
	for _, o := range again.ops {
		if o.kind == opImage && !bytes.Equal(o.img.Data, shadow.img.Data) {
			t.Error("the same shadow drawn twice differs")
		}
	}
}

// TestABlurredShadowOverTextIsRefused: a blurred shadow in front of the
// text, over it, would hide it behind its white-composited picture: the
// layout refuses the page, naming the shape and the text; behind the
// text it is drawn, the text over it.
func TestABlurredShadowOverTextIsRefused(t *testing.T) {
	pages := func(docx []byte) error {
		doc, err := wordmodel.Read(docx)
		if err != nil {
			t.Fatal(err)
		}
		l, err := Layout(doc, testOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		return l.Pages(func(Page) error { return nil })
	}
	// The text's first line stands at the top margin, 37 mm down.
	err := pages(blurredDoc(t, 30, false))
	if err == nil || !strings.Contains(err.Error(), "矩形 2") || !strings.Contains(err.Error(), "文字") {
		t.Errorf("a blurred shadow over text: %v", err)
	}
	if err := pages(blurredDoc(t, 30, true)); err != nil {
		t.Errorf("a blurred shadow behind the text: %v", err)
	}
	if err := pages(blurredDoc(t, 100, false)); err != nil {
		t.Errorf("a blurred shadow over the white page: %v", err)
	}
}

// TestAPicturesBlurredShadowIsAPicture: an opaque picture's blurred
// shadow is a picture of its box's copy drawn before it.
func TestAPicturesBlurredShadowIsAPicture(t *testing.T) {
	shadow := &wordmodel.ShapeShadow{DX: 1, DY: 1, Color: "808080", Blur: 2}
	ops := pictureOps(&wordmodel.Image{Name: "image1.png", Format: "JPEG", Width: 50, Height: 20, Shadow: shadow}, 10, 10, 50, 20)
	if len(ops) != 2 || ops[0].kind != opImage || ops[0].effect == "" || ops[1].kind != opImage || ops[1].effect != "" {
		t.Fatalf("ops %+v", ops)
	}
	if o := ops[0]; !nearly(o.x, 9, 0.2) || !nearly(o.y, 9, 0.2) || !nearly(o.x+o.w, 63, 0.2) || !nearly(o.y+o.h, 33, 0.2) {
		t.Errorf("the shadow at %.2f, %.2f to %.2f, %.2f", o.x, o.y, o.x+o.w, o.y+o.h)
	}
}

// TestAGlowIsAPictureAroundItsShape: a shape's glow is one picture drawn
// before the shape, reaching its radius beyond the shape's line on every
// side; in the glow's full colour at the line, lighter halfway out. A
// glow with a sharp shadow takes the shadow into its picture.
func TestAGlowIsAPictureAroundItsShape(t *testing.T) {
	sp := &wordmodel.Shape{Name: "图形“矩形 1”", Geometry: "rect", Width: 50, Height: 20, Fill: "FFC000", Glow: &wordmodel.Glow{Radius: 2, Color: "FF6666"}}
	ops := shadowOps(sp, 10, 10, 50, 20)
	if len(ops) != 1 || ops[0].kind != opImage || !strings.Contains(ops[0].effect, "发光") {
		t.Fatalf("ops %+v", ops)
	}
	o := ops[0]
	if !nearly(o.x, 8, 0.2) || !nearly(o.y, 8, 0.2) || !nearly(o.x+o.w, 62, 0.2) || !nearly(o.y+o.h, 32, 0.2) {
		t.Errorf("the glow at %.2f, %.2f to %.2f, %.2f; want 8, 8 to 62, 32", o.x, o.y, o.x+o.w, o.y+o.h)
	}
	img := decoded(t, o)
	b := img.Bounds()
	green := func(x, y float64) uint32 {
		px := b.Min.X + int((x-o.x)/o.w*float64(b.Dx()))
		py := b.Min.Y + int((y-o.y)/o.h*float64(b.Dy()))
		_, g, _, _ := img.At(px, py).RGBA()
		return g >> 8
	}
	if g := green(60.1, 20); !nearly(float64(g), 0x66, 6) {
		t.Errorf("the glow at the shape's edge: green %d, want 102", g)
	}
	if g := green(61, 20); g <= 0x70 || g >= 250 {
		t.Errorf("the glow halfway out: green %d", g)
	}
	sp.Shadow = &wordmodel.ShapeShadow{DX: 1, DY: 1, Color: "808080"}
	if ops := shadowOps(sp, 10, 10, 50, 20); len(ops) != 1 || ops[0].kind != opImage || !strings.Contains(ops[0].effect, "阴影和发光") {
		t.Errorf("a glow with a sharp shadow: %+v", ops)
	}
}

// TestSoftEdgesFadeTheShapeOut: a shape with soft edges is one picture
// of it in place of its paths: its fill's colour two radii in from its
// edge, fading to the page at its edge. A picture's soft edges fade the
// picture itself, drawn in its box.
func TestSoftEdgesFadeTheShapeOut(t *testing.T) {
	sp := &wordmodel.Shape{Name: "图形“矩形 1”", Geometry: "rect", Width: 50, Height: 20, Fill: "4472C4", SoftEdge: 2}
	o, ok := softEdged(sp, shapePaths(sp, 10, 10, 50, 20))
	if !ok || o.kind != opImage || !strings.Contains(o.effect, "柔化边缘") {
		t.Fatalf("op %+v", o)
	}
	if !nearly(o.x, 10, 0.2) || !nearly(o.y, 10, 0.2) || !nearly(o.x+o.w, 60, 0.2) || !nearly(o.y+o.h, 30, 0.2) {
		t.Errorf("the shape at %.2f, %.2f to %.2f, %.2f; want its box", o.x, o.y, o.x+o.w, o.y+o.h)
	}
	img := decoded(t, o)
	b := img.Bounds()
	red := func(x, y float64) (uint32, uint32) {
		px := b.Min.X + int((x-o.x)/o.w*float64(b.Dx()))
		py := b.Min.Y + int((y-o.y)/o.h*float64(b.Dy()))
		r, _, _, a := img.At(min(px, b.Max.X-1), py).RGBA()
		return r >> 8, a >> 8
	}
	if r, a := red(35, 20); r != 0x44 || a != 255 {
		t.Errorf("the shape's middle: red %d alpha %d, want its fill", r, a)
	}
	if r, _ := red(58, 20); r <= 0x60 {
		t.Errorf("2 mm in from the edge: red %d, want faded", r)
	}
	if r, a := red(59.95, 20); a == 255 && r < 0xf0 {
		t.Errorf("at the edge: red %d, want nearly the page", r)
	}
	var buf bytes.Buffer
	pic := image.NewRGBA(image.Rect(0, 0, 100, 40))
	for i := range pic.Pix {
		pic.Pix[i] = 0x20
		if i%4 == 3 {
			pic.Pix[i] = 255
		}
	}
	png.Encode(&buf, pic)
	ops := pictureOps(&wordmodel.Image{Name: "image1.png", Format: "PNG", Width: 50, Height: 20, Data: buf.Bytes(), SoftEdge: 2}, 10, 10, 50, 20)
	if len(ops) != 1 || ops[0].effect == "" || ops[0].x != 10 || ops[0].w != 50 {
		t.Fatalf("ops %+v", ops)
	}
	faded := decoded(t, ops[0])
	if r, _, _, _ := faded.At(50, 20).RGBA(); r>>8 != 0x20 {
		t.Errorf("the picture's middle: %d", r>>8)
	}
	if r, _, _, _ := faded.At(98, 20).RGBA(); r>>8 <= 0x60 {
		t.Errorf("the picture near its edge: %d, want faded", r>>8)
	}
}

// TestEffectsHideNothingDrawnBeforeThem: a page whose effect picture lies
// over a table's rule, a cell's shading, a shape or a picture drawn
// before it is refused, naming the effect and what it would hide; a rule
// it does not reach (a cell's inside), a white fill (the page) and what
// is drawn after it are not.
func TestEffectsHideNothingDrawnBeforeThem(t *testing.T) {
	effect := op{kind: opImage, x: 20, y: 20, w: 10, h: 10, img: &wordmodel.Image{}, effect: "图形“矩形 1”的阴影"}
	page := func(before ...op) []op {
		return append(append([]op{{kind: opPage, w: 210, h: 297}}, before...), effect, op{kind: opPath, path: &Path{Segs: polygonSegs(Point{21, 21}, Point{29, 21}, Point{29, 29})}})
	}
	for _, c := range []struct {
		name  string
		under op
		want  string
	}{
		{"a cell's rule", op{kind: opRect, x: 25, y: 0, w: 50, h: 50}, "表格线"},
		{"a cell's shading", op{kind: opFill, x: 0, y: 0, w: 50, h: 50, color: "D9D9D9"}, "底纹"},
		{"a shape", op{kind: opPath, path: &Path{Segs: polygonSegs(Point{28, 28}, Point{40, 28}, Point{40, 40})}}, "图形"},
		{"a picture", op{kind: opImage, x: 0, y: 0, w: 21, h: 21, img: &wordmodel.Image{}}, "图片"},
		{"a cell around it", op{kind: opRect, x: 10, y: 10, w: 40, h: 40}, ""},
		{"the white page", op{kind: opFill, x: 0, y: 0, w: 210, h: 297, color: "FFFFFF"}, ""},
		{"a link", op{kind: opLink, x: 20, y: 20, w: 5, h: 5}, ""},
	} {
		err := effectCovers(page(c.under), 3)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "第 3 页：图形“矩形 1”的阴影")):
			t.Errorf("%s: %v, want it named with %s", c.name, err, c.want)
		}
	}
}

// TestAScaledShadowGrowsAboutItsAlignment: Word's 居中偏移 shadow (102%
// about the centre, no offset) reaches 1% of the shape's size beyond it
// on every side, then its blur; one scaled about its bottom (sy 50%) is
// half the shape's height, standing on its foot.
func TestAScaledShadowGrowsAboutItsAlignment(t *testing.T) {
	sp := &wordmodel.Shape{Name: "图形“矩形 1”", Geometry: "rect", Width: 50, Height: 20, Fill: "FFC000",
		Shadow: &wordmodel.ShapeShadow{Color: "999999", SX: 1.02, SY: 1.02, Align: "ctr"}}
	ps := shadowPaths(sp, 10, 10, 50, 20)
	if x, y, w, h := ps[0].Bounds(); !nearly(x, 9.5, 0.01) || !nearly(y, 9.8, 0.01) || !nearly(w, 51, 0.01) || !nearly(h, 20.4, 0.01) {
		t.Errorf("the centred shadow at %.2f, %.2f, %.2f by %.2f", x, y, w, h)
	}
	sp.Shadow = &wordmodel.ShapeShadow{Color: "999999", SX: 1, SY: 0.5, Align: "b"}
	if x, y, w, h := shadowPaths(sp, 10, 10, 50, 20)[0].Bounds(); !nearly(x, 10, 0.01) || !nearly(y, 20, 0.01) || !nearly(w, 50, 0.01) || !nearly(h, 10, 0.01) {
		t.Errorf("the flattened shadow at %.2f, %.2f, %.2f by %.2f", x, y, w, h)
	}
}

// TestATransparentPicturesShadowIsOfWhatShows: a PNG whose right half is
// transparent (a 公章's ground) casts the shadow of its left half only.
func TestATransparentPicturesShadowIsOfWhatShows(t *testing.T) {
	half := image.NewNRGBA(image.Rect(0, 0, 100, 40))
	for y := range 40 {
		for x := range 50 {
			half.Set(x, y, color.NRGBA{R: 200, A: 255})
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, half)
	img := &wordmodel.Image{Name: "seal.png", Format: "PNG", Width: 50, Height: 20, Data: buf.Bytes(), Shadow: &wordmodel.ShapeShadow{DX: 1, DY: 1, Color: "999999", Blur: 1}}
	ops := pictureOps(img, 10, 10, 50, 20)
	if len(ops) != 2 || ops[0].effect == "" {
		t.Fatalf("ops %+v", ops)
	}
	o := ops[0]
	// The left half moved 1 mm, and 1 mm of blur: 10 to 37 mm across.
	if !nearly(o.x, 10, 0.3) || !nearly(o.x+o.w, 37, 0.3) || !nearly(o.y, 10, 0.3) || !nearly(o.y+o.h, 32, 0.3) {
		t.Errorf("the shadow at %.2f, %.2f to %.2f, %.2f; want about 10, 10 to 37, 32", o.x, o.y, o.x+o.w, o.y+o.h)
	}
}
