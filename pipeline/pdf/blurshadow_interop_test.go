package pdf

import (
	"image"
	"math"
	"os"
	"os/exec"
	"testing"
)

// TestLibreOfficeDrawsBlurredShadowsAlike: the blurred shadows of the
// corpus's shape-blurred-shadow fixture (a text box's 40% black, 4 pt of
// blur, 3 pt at 45°; a rectangle's 60% green, 6 pt of blur, 6 pt down)
// fade out where LibreOffice's do: the pixels the shadow tints (grey, or
// greener than red and blue) beside and under the shapes' red outlines
// end within 0.75 mm of LibreOffice's, at 150 dpi, right of the text
// box and under it, under the rectangle and at its ends; and the text
// box's shadow's darkest grey is within 20 levels of LibreOffice's (its
// darkest row just under the outline falls on a pixel row where the
// outline's foot does, which moves it by some 15 levels).
func TestLibreOfficeDrawsBlurredShadowsAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	var docx []byte
	for _, f := range blurFeatures(t) {
		if f.name == "shape-blurred-shadow" {
			docx = f.docx(t)
		}
	}
	doc, ours, theirs := bothPDFs(t, docx)
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	if d := os.Getenv("JIXIAO_BLUR_OUT"); d != "" {
		for n, p := range map[string]string{"ours.pdf": ours, "theirs.pdf": theirs} {
			if raw, err := os.ReadFile(p); err == nil {
				os.WriteFile(d+"/"+n, raw, 0o644)
			}
		}
	}
	a, b := pagePixels(t, ours), pagePixels(t, theirs)
	const mmPx = 150 / 25.4
	red := func(r, g, b uint32) bool { return r > 0xa000 && g < 0x3000 && b < 0x3000 }
	grey := func(r, g, b uint32) bool {
		r, g, b = r>>8, g>>8, b>>8
		return r < 250 && max(r, g, b)-min(r, g, b) <= 4
	}
	green := func(r, g, b uint32) bool { return g>>8 > r>>8+12 && g>>8 > b>>8+4 }
	// The shapes' red outlines: the text box's left, right and foot; the
	// rectangle's left and right.
	outlines := func(img image.Image) (boxL, boxR, rectL, rectR, foot int) {
		all := coloured(img, red, 0, 120*mmPx)
		mid := all.Min.X + 413 // 70 mm at 150 dpi, between them: the box is 60 mm wide, 20 mm from the rectangle
		left, right := within(img, red, all.Min.X, mid, all.Min.Y, all.Max.Y), within(img, red, mid, all.Max.X, all.Min.Y, all.Max.Y)
		return left.Min.X, left.Max.X, right.Min.X, right.Max.X, all.Max.Y
	}
	aL, aR, aRL, aRR, aFoot := outlines(a)
	bL, bR, bRL, bRR, bFoot := outlines(b)
	if aFoot <= 0 || bFoot <= 0 {
		t.Fatal("no red outline")
	}
	mm := func(px int) int { return int(float64(px) * mmPx) }
	// The text box's shadow to the right of it, level with its middle
	// (nothing else is there): how far right it fades out.
	ga, gb := within(a, grey, aR, aR+mm(6), aFoot-mm(15), aFoot-mm(5)), within(b, grey, bR, bR+mm(6), bFoot-mm(15), bFoot-mm(5))
	// Under it, from 10 mm in (the anchor's 正文 may stand left of it):
	// how far down.
	da, db := within(a, grey, aL+mm(10), aR, aFoot+1, aFoot+mm(6)), within(b, grey, bL+mm(10), bR, bFoot+1, bFoot+mm(6))
	// The rectangle's green shadow under it: how far down, and its ends.
	ra, rb := within(a, green, aRL-mm(6), aRR+mm(6), aFoot+1, aFoot+mm(6)), within(b, green, bRL-mm(6), bRR+mm(6), bFoot+1, bFoot+mm(6))
	for _, c := range []struct {
		name   string
		ours   int
		theirs int
	}{
		{"the text box's shadow's right end", ga.Max.X - aR, gb.Max.X - bR},
		{"the text box's shadow's foot", da.Max.Y - aFoot, db.Max.Y - bFoot},
		{"the rectangle's shadow's foot", ra.Max.Y - aFoot, rb.Max.Y - bFoot},
		{"the rectangle's shadow's left end", ra.Min.X - aRL, rb.Min.X - bRL},
		{"the rectangle's shadow's right end", ra.Max.X - aRR, rb.Max.X - bRR},
	} {
		t.Logf("%s: %.2f mm, LibreOffice's %.2f mm", c.name, float64(c.ours)/mmPx, float64(c.theirs)/mmPx)
		if math.Abs(float64(c.ours-c.theirs)) > 0.75*mmPx {
			t.Errorf("%s: %.2f mm from the outline, LibreOffice's %.2f mm", c.name, float64(c.ours)/mmPx, float64(c.theirs)/mmPx)
		}
	}
	if ga.Empty() || da.Empty() || ra.Empty() || gb.Empty() || db.Empty() || rb.Empty() {
		t.Fatalf("a shadow is missing: ours %v %v %v, LibreOffice's %v %v %v", ga, da, ra, gb, db, rb)
	}
	if ka, kb := darkest(a, grey, da), darkest(b, grey, db); math.Abs(float64(ka)-float64(kb)) > 20 {
		t.Errorf("the text box's shadow under it: darkest %d, LibreOffice's %d", ka, kb)
	} else {
		t.Logf("the text box's shadow under it: darkest %d, LibreOffice's %d", ka, kb)
	}
}

// within is the box of the pixels of img in x0 to x1, y0 to y1 whose
// colour is.
func within(img image.Image, is func(r, g, b uint32) bool, x0, x1, y0, y1 int) image.Rectangle {
	var box image.Rectangle
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); is(r, g, b) {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}

// darkest is the darkest red level of the pixels of box whose colour is.
func darkest(img image.Image, is func(r, g, b uint32) bool, box image.Rectangle) uint32 {
	d := uint32(255)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); is(r, g, b) {
				d = min(d, r>>8)
			}
		}
	}
	return d
}

// TestLibreOfficeDrawsGlowsAlike: the glows of the corpus's shape-glow
// fixtures (Word's accent 1, 10 pt; WPS's, 8 pt) reach as far around
// their shapes as LibreOffice's do: the box of the pixels they tint blue
// (bluer than red by 12 levels) is within 0.75 mm of LibreOffice's on
// each side, at 150 dpi.
func TestLibreOfficeDrawsGlowsAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	for _, f := range blurFeatures(t) {
		if f.name != "shape-glow" && f.name != "shape-glow-wps" {
			continue
		}
		doc, ours, theirs := bothPDFs(t, f.docx(t))
		if len(doc.Undrawn) > 0 {
			t.Fatalf("%s: refused: %v", f.name, doc.Undrawn)
		}
		a, b := pagePixels(t, ours), pagePixels(t, theirs)
		mmPx := 150 / 25.4
		blue := func(r, g, b uint32) bool { return b>>8 > r>>8+12 }
		// Below the text, which is black: only the glows are blue.
		ga, gb := within(a, blue, 0, a.Bounds().Dx(), int(60*mmPx), int(160*mmPx)), within(b, blue, 0, b.Bounds().Dx(), int(60*mmPx), int(160*mmPx))
		if ga.Empty() || gb.Empty() {
			t.Errorf("%s: glows over %v, LibreOffice's over %v", f.name, ga, gb)
			continue
		}
		for k, d := range []int{ga.Min.X - gb.Min.X, ga.Max.X - gb.Max.X, ga.Dy() - gb.Dy()} {
			t.Logf("%s: edge %d: %.2f mm (ours %v, theirs %v)", f.name, k, float64(d)/mmPx, ga, gb)
			if math.Abs(float64(d)) > 0.75*mmPx {
				t.Errorf("%s: edge %d is %.2f mm from LibreOffice's (ours %v, theirs %v px)", f.name, k, float64(d)/mmPx, ga, gb)
			}
		}
	}
}

// TestLibreOfficeDrawsSoftEdgesAlike: the corpus's shape-soft-edge
// rectangle (blue, 10 pt of soft edges) fades out where LibreOffice's
// does: along the row through its middle, the columns where it is half
// faded (its red halfway between the fill's and white's) are within
// 0.75 mm of LibreOffice's, and so is where it is whole.
func TestLibreOfficeDrawsSoftEdgesAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	var docx []byte
	for _, f := range blurFeatures(t) {
		if f.name == "shape-soft-edge" {
			docx = f.docx(t)
		}
	}
	doc, ours, theirs := bothPDFs(t, docx)
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	mmPx := 150 / 25.4
	blue := func(r, g, b uint32) bool { return b>>8 > r>>8+12 }
	// The columns along the middle row where the red falls below half
	// way (0x44 the fill's, 0xff the page's) and where it reaches the
	// fill's within 4.
	edges := func(img image.Image) (half, whole image.Rectangle) {
		box := within(img, blue, 0, img.Bounds().Dx(), int(40*mmPx), int(160*mmPx))
		y := (box.Min.Y + box.Max.Y) / 2
		for x := box.Min.X; x < box.Max.X; x++ {
			r, _, _, _ := img.At(x, y).RGBA()
			if r>>8 < (0x44+0xff)/2 {
				half = half.Union(image.Rect(x, y, x+1, y+1))
			}
			if r>>8 <= 0x44+4 {
				whole = whole.Union(image.Rect(x, y, x+1, y+1))
			}
		}
		return half, whole
	}
	ha, wa := edges(pagePixels(t, ours))
	hb, wb := edges(pagePixels(t, theirs))
	if ha.Empty() || hb.Empty() || wa.Empty() || wb.Empty() {
		t.Fatalf("no faded rectangle: ours %v %v, LibreOffice's %v %v", ha, wa, hb, wb)
	}
	for k, d := range []int{ha.Min.X - hb.Min.X, ha.Max.X - hb.Max.X, wa.Min.X - wb.Min.X, wa.Max.X - wb.Max.X} {
		t.Logf("edge %d: %.2f mm (ours %v %v, theirs %v %v)", k, float64(d)/mmPx, ha, wa, hb, wb)
		if math.Abs(float64(d)) > 0.75*mmPx {
			t.Errorf("edge %d is %.2f mm from LibreOffice's (ours %v %v, theirs %v %v px)", k, float64(d)/mmPx, ha, wa, hb, wb)
		}
	}
}

// TestLibreOfficeDrawsScaledShadowsAlike: the corpus's
// shape-centred-shadow rectangle's shadow (102% about its centre, 5 pt
// of blur) shows around it where LibreOffice's does: the box of the grey
// pixels around the yellow rectangle is within 0.75 mm of LibreOffice's
// on each side, at 150 dpi.
func TestLibreOfficeDrawsScaledShadowsAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	var docx []byte
	for _, f := range blurFeatures(t) {
		if f.name == "shape-centred-shadow" {
			docx = f.docx(t)
		}
	}
	doc, ours, theirs := bothPDFs(t, docx)
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	mmPx := 150 / 25.4
	yellow := func(r, g, b uint32) bool { return r>>8 > 0xf0 && g>>8 > 0xa0 && g>>8 < 0xd0 && b>>8 < 0x30 }
	grey := func(r, g, b uint32) bool {
		r, g, b = r>>8, g>>8, b>>8
		return r < 250 && max(r, g, b)-min(r, g, b) <= 4
	}
	boxes := func(img image.Image) (shape, shadow image.Rectangle) {
		shape = within(img, yellow, 0, img.Bounds().Dx(), int(40*mmPx), int(200*mmPx))
		around := shape.Inset(-int(5 * mmPx))
		return shape, within(img, grey, around.Min.X, around.Max.X, around.Min.Y, around.Max.Y)
	}
	sa, ga := boxes(pagePixels(t, ours))
	sb, gb := boxes(pagePixels(t, theirs))
	if sa.Empty() || sb.Empty() || ga.Empty() || gb.Empty() {
		t.Fatalf("no shadowed rectangle: ours %v %v, LibreOffice's %v %v", sa, ga, sb, gb)
	}
	for k, d := range []int{(ga.Min.X - sa.Min.X) - (gb.Min.X - sb.Min.X), (ga.Max.X - sa.Max.X) - (gb.Max.X - sb.Max.X),
		(ga.Min.Y - sa.Min.Y) - (gb.Min.Y - sb.Min.Y), (ga.Max.Y - sa.Max.Y) - (gb.Max.Y - sb.Max.Y)} {
		t.Logf("side %d: %.2f mm (ours %v around %v, theirs %v around %v)", k, float64(d)/mmPx, ga, sa, gb, sb)
		if math.Abs(float64(d)) > 0.75*mmPx {
			t.Errorf("side %d is %.2f mm from LibreOffice's (ours %v around %v, theirs %v around %v)", k, float64(d)/mmPx, ga, sa, gb, sb)
		}
	}
}
