package wordmodel_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/picturetest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

func quarters(t testing.TB, format string) []byte { return picturetest.Bands(t, format) }

// wordPicture is a picture in its own line as Word 2016 inserts one (插入
// → 图片, 50 by 20 mm) and then formats it on the 图片格式 tab.
func wordPicture(rid, blip, fill, spPr string) string {
	return `<w:p xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing">` + picturetest.Inline(rid, 1, 1800000, 720000, blip, fill, spPr) + `</w:p>`
}

const (
	stretched = picturetest.Stretched
	rectGeom  = picturetest.Rect
)

// pictureDoc reads body with image1.png and image2.jpeg as quarters.
func pictureDoc(t *testing.T, body string) *wordmodel.Document {
	t.Helper()
	return fixture{
		body: body,
		rels: `<Relationship Id="rIdPng" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>` +
			`<Relationship Id="rIdJpg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.jpeg"/>`,
		parts: map[string]string{"word/media/image1.png": string(quarters(t, "png")), "word/media/image2.jpeg": string(quarters(t, "jpeg"))},
	}.read(t)
}

// picturesOf are the body paragraphs' pictures, in order.
func picturesOf(doc *wordmodel.Document) []wordmodel.Image {
	return ofParagraphs(doc, func(p *wordmodel.Paragraph) []wordmodel.Image { return p.Images })
}

// ofParagraphs gathers what of each body paragraph of, in order.
func ofParagraphs[T any](doc *wordmodel.Document, of func(*wordmodel.Paragraph) []T) []T {
	var out []T
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok {
			out = append(out, of(p)...)
		}
	}
	return out
}

func decoded(t *testing.T, img wordmodel.Image) image.Image {
	t.Helper()
	if img.Format != "PNG" {
		t.Fatalf("%s is %s, want PNG", img.Name, img.Format)
	}
	m, err := png.Decode(bytes.NewReader(img.Data))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func rgbAt(m image.Image, x, y int) [3]uint8 {
	c := color.NRGBAModel.Convert(m.At(x, y)).(color.NRGBA)
	return [3]uint8{c.R, c.G, c.B}
}

func nearCrop(a, b wordmodel.Crop) bool {
	return math.Abs(a.L-b.L) < 1e-6 && math.Abs(a.T-b.T) < 1e-6 && math.Abs(a.R-b.R) < 1e-6 && math.Abs(a.B-b.B) < 1e-6
}

// TestCroppedPicturesAreRead: Word's 裁剪 of a PNG cuts its pixels (what is
// cut off is not in the file); of a JPEG keeps its bytes and its crop,
// for the layout to clip; a crop dragged outwards (negative) and a
// fillRect inset leave room empty; the two combine.
func TestCroppedPicturesAreRead(t *testing.T) {
	doc := pictureDoc(t, wordPicture("rIdPng", "", `<a:srcRect l="25000" r="25000" b="50000"/>`+stretched, rectGeom)+
		wordPicture("rIdJpg", "", `<a:srcRect l="25000" t="10000" r="25000"/>`+stretched, rectGeom)+
		wordPicture("rIdPng", "", `<a:srcRect l="-10000" t="-20000"/>`+stretched, rectGeom)+
		wordPicture("rIdJpg", "", `<a:srcRect/><a:stretch><a:fillRect l="10000" r="10000"/></a:stretch>`, rectGeom)+
		wordPicture("rIdPng", "", `<a:srcRect l="25000" r="25000"/><a:stretch><a:fillRect t="-25000" b="25000"/></a:stretch>`, rectGeom))
	wantListed(t, doc)
	imgs := picturesOf(doc)
	if len(imgs) != 5 {
		t.Fatalf("%d pictures", len(imgs))
	}
	// The PNG's red and white bands, its top half.
	m := decoded(t, imgs[0])
	if b := m.Bounds(); b.Dx() != 50 || b.Dy() != 20 || rgbAt(m, 0, 0) != [3]uint8{255, 0, 0} || rgbAt(m, 49, 19) != [3]uint8{255, 255, 255} {
		t.Errorf("cropped PNG is %v, corners %v %v", m.Bounds(), rgbAt(m, 0, 0), rgbAt(m, 49, 19))
	}
	if !imgs[0].Crop.IsZero() {
		t.Errorf("cut PNG keeps crop %+v", imgs[0].Crop)
	}
	if imgs[1].Format != "JPEG" || !bytes.Equal(imgs[1].Data, quarters(t, "jpeg")) || !nearCrop(imgs[1].Crop, wordmodel.Crop{L: 0.25, T: 0.1, R: 0.25}) {
		t.Errorf("cropped JPEG: %s, crop %+v, bytes kept %v", imgs[1].Format, imgs[1].Crop, bytes.Equal(imgs[1].Data, quarters(t, "jpeg")))
	}
	if !bytes.Equal(imgs[2].Data, quarters(t, "png")) || !nearCrop(imgs[2].Crop, wordmodel.Crop{L: -0.1, T: -0.2}) {
		t.Errorf("padded PNG: crop %+v", imgs[2].Crop)
	}
	if !nearCrop(imgs[3].Crop, wordmodel.Crop{L: -0.125, R: -0.125}) {
		t.Errorf("inset JPEG: crop %+v", imgs[3].Crop)
	}
	// The middle half across, stretched from a quarter of the box above
	// it to a quarter short of its bottom: its top quarter is cut off, the
	// box's bottom quarter left empty (a third of the 30 rows kept).
	if m := decoded(t, imgs[4]); m.Bounds().Dx() != 50 || m.Bounds().Dy() != 30 || !nearCrop(imgs[4].Crop, wordmodel.Crop{B: -1.0 / 3}) {
		t.Errorf("cropped and stretched PNG: %v, crop %+v", m.Bounds(), imgs[4].Crop)
	}
}

// TestPictureShapesAndLinesAreRead: a picture's line (图片边框) and shape
// (图片形状) are its Frame; Word 2016's 圆角矩形 picture style (roundRect,
// a white 7 pt line, a shadow) is listed for its shadow alone, and drawn
// without it; a plain picture has no frame, nor one whose line has no
// colour of its own (a picture has no style to give it one).
func TestPictureShapesAndLinesAreRead(t *testing.T) {
	line := `<a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="dash"/></a:ln>`
	rounded := `<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:ln w="88900" cap="sq"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:miter lim="800000"/></a:ln>`
	shadow := `<a:effectLst><a:outerShdw blurRad="55000" dist="18000" dir="5400000" algn="tl" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="40000"/></a:srgbClr></a:outerShdw></a:effectLst>`
	doc := pictureDoc(t, wordPicture("rIdPng", "", stretched, rectGeom+line)+
		wordPicture("rIdPng", "", stretched, rounded)+
		wordPicture("rIdJpg", "", stretched, `<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>`)+
		wordPicture("rIdJpg", "", stretched, `<a:prstGeom prst="star5"><a:avLst/></a:prstGeom>`)+
		wordPicture("rIdPng", "", stretched, rectGeom+`<a:ln><a:noFill/></a:ln>`)+
		wordPicture("rIdPng", "", stretched, rectGeom+`<a:ln w="9525"/>`))
	wantListed(t, doc)
	imgs := picturesOf(doc)
	if len(imgs) != 6 {
		t.Fatalf("%d pictures", len(imgs))
	}
	if imgs[5].Frame != nil {
		t.Errorf("a line of no colour, which a picture without a style does not draw: %+v", imgs[5].Frame.Outline)
	}
	if f := imgs[0].Frame; f == nil || f.Geometry != "rect" || f.Outline == nil || *f.Outline != (wordmodel.Outline{Color: "C00000", Width: 1.5, Dash: "dash", Compound: "sng"}) {
		t.Errorf("outlined picture's frame %+v", f)
	}
	if f := imgs[1].Frame; f == nil || f.Geometry != "roundRect" || math.Abs(f.Corner-0.16667) > 1e-4 || f.Outline == nil || f.Outline.Color != "FFFFFF" || f.Outline.Width != 7 || f.Width != 50 || f.Height != 20 {
		t.Errorf("rounded picture's frame %+v", f)
	}
	if f := imgs[2].Frame; f == nil || f.Geometry != "ellipse" || f.Outline != nil {
		t.Errorf("oval picture's frame %+v", f)
	}
	if f := imgs[3].Frame; f == nil || f.Geometry != "star5" || len(f.Paths) == 0 {
		t.Errorf("star picture's frame %+v", f)
	}
	if imgs[4].Frame != nil {
		t.Errorf("a plain picture has frame %+v", imgs[4].Frame)
	}
	// The rounded style's blurred shadow is drawn (as a picture of it, by
	// the layout): of the frame's shape, 55000 EMU blurred.
	doc = pictureDoc(t, wordPicture("rIdPng", "", stretched, rounded+shadow))
	if imgs := picturesOf(doc); len(doc.Undrawn) != 0 || len(imgs) != 1 || imgs[0].Shadow == nil || math.Abs(imgs[0].Shadow.Blur-55000/36000.0) > 1e-3 {
		t.Errorf("the rounded style's shadow: listed %v", doc.Undrawn)
	}
}

// TestPictureColoursAreAdjusted: 灰度, 黑白 (biLevel at 50%), 冲蚀 (lum
// bright 70%, contrast -70%: black turns a light grey, white stays), a
// brightness alone, and 重新着色 in two colours (duotone) are applied to
// the pixels, once; a JPEG so adjusted becomes a PNG.
func TestPictureColoursAreAdjusted(t *testing.T) {
	doc := pictureDoc(t, wordPicture("rIdPng", `<a:grayscl/>`, stretched, rectGeom)+
		wordPicture("rIdPng", `<a:biLevel thresh="50000"/>`, stretched, rectGeom)+
		wordPicture("rIdJpg", `<a:lum bright="70000" contrast="-70000"/>`, stretched, rectGeom)+
		wordPicture("rIdPng", `<a:lum bright="20000"/>`, stretched, rectGeom)+
		wordPicture("rIdPng", `<a:duotone><a:prstClr val="black"/><a:srgbClr val="4472C4"><a:tint val="45000"/><a:satMod val="400000"/></a:srgbClr></a:duotone>`, stretched, rectGeom))
	wantListed(t, doc)
	imgs := picturesOf(doc)
	if len(imgs) != 5 {
		t.Fatalf("%d pictures", len(imgs))
	}
	at := func(k, x int) [3]uint8 { return rgbAt(decoded(t, imgs[k]), x, 20) }
	// Grey throughout: stored as one channel.
	if m := decoded(t, imgs[0]); m.ColorModel() != color.GrayModel || decoded(t, imgs[4]).ColorModel() == color.GrayModel {
		t.Errorf("the grey picture's model %v, the duotone's %v", m.ColorModel(), decoded(t, imgs[4]).ColorModel())
	}
	// Red's brightness is 0.299: grey 76.
	if got := at(0, 30); got != [3]uint8{76, 76, 76} {
		t.Errorf("grey red = %v", got)
	}
	if at(1, 10) != [3]uint8{0, 0, 0} || at(1, 30) != [3]uint8{0, 0, 0} || at(1, 60) != [3]uint8{255, 255, 255} {
		t.Errorf("black and white: %v %v %v", at(1, 10), at(1, 30), at(1, 60))
	}
	black, white := at(2, 10), at(2, 60)
	if black[0] < 190 || black[0] > 220 || black[0] != black[2] || white != [3]uint8{255, 255, 255} {
		t.Errorf("washout: black %v, white %v", black, white)
	}
	if got := at(3, 10); got != [3]uint8{51, 51, 51} {
		t.Errorf("brighter black = %v", got)
	}
	if dark, light := at(4, 10), at(4, 60); dark != [3]uint8{0, 0, 0} || light[2] <= light[0] || light == [3]uint8{255, 255, 255} {
		t.Errorf("duotone: black %v, white %v", dark, light)
	}
}

// TestVMLCroppedPicturesAreRead: a picture as WPS writes it in w:pict,
// cropped (cropleft in 65536ths, cropright as a share) and washed out
// (gain, blacklevel) or grey, is read as its DrawingML twin.
func TestVMLCroppedPicturesAreRead(t *testing.T) {
	pict := func(rid, data string) string { return `<w:p>` + picturetest.WPS(rid, 141.75, 56.7, data) + `</w:p>` }
	doc := pictureDoc(t, pict("rIdPng", `cropleft="16384f" cropright="0.25"`)+
		pict("rIdJpg", `croptop="6554f" cropbottom="-6554f"`)+
		pict("rIdPng", `gain="19661f" blacklevel="22938f"`)+
		pict("rIdPng", `grayscale="t" bilevel="t"`))
	wantListed(t, doc)
	imgs := picturesOf(doc)
	if len(imgs) != 4 {
		t.Fatalf("%d pictures", len(imgs))
	}
	if m := decoded(t, imgs[0]); m.Bounds().Dx() != 50 || rgbAt(m, 0, 0) != [3]uint8{255, 0, 0} {
		t.Errorf("cropped VML PNG %v", m.Bounds())
	}
	if !nearCrop(imgs[1].Crop, wordmodel.Crop{T: 6554.0 / 65536, B: -6554.0 / 65536}) || imgs[1].Format != "JPEG" {
		t.Errorf("cropped VML JPEG: %+v", imgs[1].Crop)
	}
	// The same washout as a:lum's: Word writes both for one picture.
	black := rgbAt(decoded(t, imgs[2]), 10, 20)
	if black[0] < 190 || black[0] > 220 || rgbAt(decoded(t, imgs[2]), 60, 20) != [3]uint8{255, 255, 255} {
		t.Errorf("VML washout black = %v", black)
	}
	if rgbAt(decoded(t, imgs[3]), 30, 20) != [3]uint8{0, 0, 0} || rgbAt(decoded(t, imgs[3]), 60, 20) != [3]uint8{255, 255, 255} {
		t.Errorf("VML black and white")
	}
}

// TestCroppedPictureFillsAreRead: a shape's picture fill cropped and
// greyed (Word's 图片填充, then 裁剪 and 灰度) is read as a picture is; a
// picture cropped to nothing is listed.
func TestCroppedPictureFillsAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", CX: 40 * 36000, CY: 30 * 36000}
	fill := `<a:blipFill dpi="0" rotWithShape="1"><a:blip r:embed="rIdImg1"><a:grayscl/></a:blip><a:srcRect l="50000"/><a:stretch><a:fillRect/></a:stretch></a:blipFill>`
	shape := st.Run(a.Drawing(1, "椭圆 1", st.Shape(a, "ellipse", "", fill, st.Style(true), "", "")), "")
	doc := shapeDoc(t, `<w:p><w:r><w:t>图片</w:t></w:r>`+shape+`</w:p>`, map[string]string{"word/media/image1.png": string(quarters(t, "png"))})
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != 1 || sps[0].Picture == nil {
		t.Fatalf("shapes %+v", sps)
	}
	m := decoded(t, *sps[0].Picture)
	if m.Bounds().Dx() != 50 || rgbAt(m, 0, 0) != [3]uint8{255, 255, 255} || rgbAt(m, 49, 0) != [3]uint8{29, 29, 29} {
		t.Errorf("cropped grey fill: %v, %v %v", m.Bounds(), rgbAt(m, 0, 0), rgbAt(m, 49, 0))
	}
	doc = pictureDoc(t, wordPicture("rIdPng", "", `<a:srcRect l="100000"/>`+stretched, rectGeom))
	if len(doc.Undrawn) != 1 || !strings.Contains(doc.Undrawn[0].What, "裁剪后没有内容") {
		t.Errorf("a picture cropped away: listed %v", doc.Undrawn)
	}
}

// TestVMLPictureFillsAreRead: a VML shape's v:fill with a picture as Word
// 2003 and WPS write it: frame (stretched), tile (at the picture's size,
// repeated over the box) and pattern (an 8 by 8 dot picture in the fill
// colour and color2, a pattern fill); a pattern picture of another size
// is tiled a pixel a dot, its dark pixels in the fill colour and its
// light ones in color2.
func TestVMLPictureFillsAreRead(t *testing.T) {
	shape := func(fill string) string {
		return `<w:p>` + st.Pict(`<v:rect id="矩形 1" style="position:absolute;width:72pt;height:36pt" fillcolor="red">`+fill+`</v:rect>`) + `</w:p>`
	}
	doc := fixture{
		body: shape(`<v:fill r:id="rIdPng" o:title="图片" type="frame"/>`) + shape(`<v:fill r:id="rIdPng" o:title="纹理" type="tile"/>`) +
			shape(`<v:fill r:id="rIdDots" o:title="浅色下对角线" color2="yellow" type="pattern"/>`) + shape(`<v:fill r:id="rIdPng" o:title="图案" color2="yellow" type="pattern"/>`),
		rels: `<Relationship Id="rIdPng" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>` +
			`<Relationship Id="rIdDots" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.png"/>`,
		parts: map[string]string{"word/media/image1.png": string(quarters(t, "png")), "word/media/image2.png": string(picturetest.Dots(t))},
	}.read(t)
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != 4 {
		t.Fatalf("%d shapes", len(sps))
	}
	if p := sps[0].Picture; p == nil || !bytes.Equal(p.Data, quarters(t, "png")) {
		t.Errorf("framed fill %+v", sps[0])
	}
	// 100 by 40 pixels at 96 to the inch, 26.46 by 10.58 mm, over the
	// box of 25.4 by 12.7 mm: all but the blue band's end across, a
	// second row of tiles starting 10.58 mm down.
	if p := sps[1].Picture; p == nil || p.Format != "PNG" {
		t.Fatalf("tiled fill %+v", sps[1])
	} else if m := decoded(t, *p); m.Bounds().Dx() != 96 || m.Bounds().Dy() != 48 || rgbAt(m, 0, 0) != [3]uint8{0, 0, 0} || rgbAt(m, 0, 45) != [3]uint8{0, 0, 0} || rgbAt(m, 30, 41) != [3]uint8{255, 0, 0} {
		t.Errorf("tiled fill %v", m.Bounds())
	}
	want := wordmodel.Pattern{Rows: [8]byte{0x80, 0x40, 0x20, 0x10, 8, 4, 2, 1}, Fg: "FF0000", Bg: "FFFF00"}
	if p := sps[2].Pattern; p == nil || *p != want {
		t.Errorf("pattern fill %+v", sps[2].Pattern)
	}
	// The bands (black, red, white, blue) 100 pixels across at 96 to
	// the inch over the box's 96 by 48: dark but the white band, in red;
	// the white band in yellow; a second row of tiles 40 pixels down.
	if p := sps[3].Picture; p == nil || sps[3].Pattern != nil {
		t.Fatalf("pattern picture %+v", sps[3])
	} else if m := decoded(t, *p); m.Bounds().Dx() != 96 || m.Bounds().Dy() != 48 || rgbAt(m, 10, 10) != [3]uint8{255, 0, 0} ||
		rgbAt(m, 30, 10) != [3]uint8{255, 0, 0} || rgbAt(m, 60, 10) != [3]uint8{255, 255, 0} || rgbAt(m, 90, 10) != [3]uint8{255, 0, 0} || rgbAt(m, 60, 45) != [3]uint8{255, 255, 0} {
		t.Errorf("pattern picture %v: %v %v %v", m.Bounds(), rgbAt(m, 10, 10), rgbAt(m, 60, 10), rgbAt(m, 60, 45))
	}
}

// TestTiledPicturesAreRead: a picture tiled in its own box (a:tile in
// pic:blipFill), centred: the 26.46 mm tile (100 pixels at 96 to the
// inch) stands in the middle of the 50 mm box, a tile's blue end on
// either side of it.
func TestTiledPicturesAreRead(t *testing.T) {
	doc := pictureDoc(t, wordPicture("rIdPng", "", `<a:srcRect/><a:tile tx="0" ty="0" sx="100000" sy="100000" flip="none" algn="ctr"/>`, rectGeom))
	wantListed(t, doc)
	imgs := picturesOf(doc)
	if len(imgs) != 1 {
		t.Fatalf("%d pictures", len(imgs))
	}
	m := decoded(t, imgs[0])
	// 3.78 pixels to the mm: 189 by 76; the middle tile from 44.49, the
	// next from 144.49 (pixels taken at their centres).
	if b := m.Bounds(); b.Dx() != 189 || b.Dy() != 76 {
		t.Fatalf("tiled picture %v", b)
	}
	if rgbAt(m, 43, 10) != [3]uint8{0, 0, 255} || rgbAt(m, 44, 10) != [3]uint8{0, 0, 0} || rgbAt(m, 144, 10) != [3]uint8{0, 0, 0} || rgbAt(m, 143, 10) != [3]uint8{0, 0, 255} {
		t.Errorf("tiles: %v %v %v %v", rgbAt(m, 43, 10), rgbAt(m, 44, 10), rgbAt(m, 143, 10), rgbAt(m, 144, 10))
	}
}

// TestATiledCroppedJPEGIsTiled: a JPEG both cropped and tiled (kept
// whole at load) repeats the part its crop keeps: the bands' red and
// white halves, 50 pixels (13.23 mm) a tile from the box's left, drawn
// into a picture of the box; one cropped outwards (room left empty) is
// listed, naming the picture.
func TestATiledCroppedJPEGIsTiled(t *testing.T) {
	doc := pictureDoc(t, wordPicture("rIdJpg", "", `<a:srcRect l="25000" r="25000"/><a:tile tx="0" ty="0" sx="100000" sy="100000" flip="none" algn="tl"/>`, rectGeom))
	wantListed(t, doc)
	imgs := picturesOf(doc)
	if len(imgs) != 1 || imgs[0].Format != "PNG" || !imgs[0].Crop.IsZero() {
		t.Fatalf("pictures %+v", imgs)
	}
	m := decoded(t, imgs[0])
	near := func(c, want [3]uint8) bool {
		for k := range c {
			if d := int(c[k]) - int(want[k]); d > 24 || d < -24 {
				return false
			}
		}
		return true
	}
	red, white := [3]uint8{255, 0, 0}, [3]uint8{255, 255, 255}
	for _, at := range []struct {
		x    int
		want [3]uint8
	}{{5, red}, {20, red}, {30, white}, {45, white}, {55, red}, {80, white}, {105, red}} {
		if c := rgbAt(m, at.x, 10); !near(c, at.want) {
			t.Errorf("pixel %d: %v, want %v", at.x, c, at.want)
		}
	}
	// A PNG cut at load to 87 of its 100 pixels (12.678% rounds to 13
	// cut off) is tiled, not taken for one cropped outwards.
	doc = pictureDoc(t, wordPicture("rIdPng", "", `<a:srcRect l="12678"/><a:tile tx="0" ty="0" sx="100000" sy="100000" flip="none" algn="tl"/>`, rectGeom))
	wantListed(t, doc)
	doc = pictureDoc(t, wordPicture("rIdJpg", "", `<a:srcRect l="-10000"/><a:tile tx="0" ty="0" sx="100000" sy="100000" flip="none" algn="tl"/>`, rectGeom))
	wantListed(t, doc, "第 1 段：图片 image2.jpeg（平铺的图片向外裁剪留出了空白，无法显示）")
}
