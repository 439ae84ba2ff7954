package layout

import (
	"bytes"
	"encoding/hex"
	"image"
	"image/png"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// interlacedPNG is a 4×4 RGB PNG saved interlaced (Adam7).
const interlacedPNG = "89504e470d0a1a0a0000000d4948445200000004000000040802000001519439bf0000002a4944415478da0dc7210100000cc3b009abb0c18a9ac01f042489e94b6d0d713fea7e41b0383e93d9b979c00e13417d57517e0000000049454e44ae426082"

func testPNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPicturesAreDrawnWhereWordPutsThem: a logo in a paragraph of its
// own is drawn at its size, centred as its paragraph, and the text after
// it starts below it on the grid; a seal floating behind the text at the
// margin's right is drawn first on its page, its top where the paragraph
// says; the pages handed to a back-end draw both where laid out.
func TestPicturesAreDrawnWhereWordPutsThem(t *testing.T) {
	opaque := image.NewRGBA(image.Rect(0, 0, 30, 20))
	for i := range opaque.Pix {
		opaque.Pix[i] = 0xff
	}
	logo := wordmodel.Image{Name: "logo.png", Format: "PNG", Width: 30, Height: 20, Data: testPNG(t, opaque)}
	// An interlaced PNG, which fpdf does not read as it is.
	interlaced, _ := hex.DecodeString(interlacedPNG)
	seal := wordmodel.Image{Name: "seal.png", Format: "PNG", Width: 40, Height: 40, Data: interlaced,
		Float: &wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph", Y: -10, Behind: true}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{logo}},
		&wordmodel.Paragraph{Style: "Normal", Text: "正文"},
		&wordmodel.Paragraph{Style: "Normal", Text: "沁源县财政局", Images: []wordmodel.Image{seal}},
	}}
	opt := testOptions(t)
	r, err := layout(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	var imgs []op
	for _, o := range r.ops {
		if o.kind == opImage {
			imgs = append(imgs, o)
		}
	}
	if len(imgs) != 2 {
		t.Fatalf("%d pictures drawn", len(imgs))
	}
	top, pitch := r.top(), r.linePitch()
	if l := imgs[1]; l.img.Name != "logo.png" || !near(l.x, r.left()+(r.width()-30)/2) || !near(l.y, top) || l.w != 30 || l.h != 20 {
		t.Errorf("the logo at %+v", l)
	}
	body, signature := textOp(t, r, "正"), textOp(t, r, "沁")
	if bodyTop := gridLineTop(r, body); !near(bodyTop, top+float64(int(20/pitch)+1)*pitch) {
		t.Errorf("the text after the logo starts at %.2f, want the grid line below it", bodyTop)
	}
	if s := imgs[0]; s.img.Name != "seal.png" || r.ops[1].kind != opImage || !near(s.x, r.left()+r.width()-40) || !near(s.y, gridLineTop(r, signature)-10) {
		t.Errorf("the seal at %+v, first on the page: %v", s, r.ops[1].kind == opImage)
	}
	wantPlaced(t, doc, opt, imgs)
}

// TestParagraphRules: a bottom border is drawn under the paragraph's last
// line, at its distance, in its colour and width, the paragraph that much
// taller (its space and width, as Word and LibreOffice make it); an empty
// paragraph with one is a rule; a thick-thin border is two lines of two
// widths.
func TestParagraphRules(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "沁源县财政局文件", Borders: &wordmodel.Borders{Bottom: &wordmodel.Border{Style: "single", Width: 1.5, Space: 1, Color: "FF0000"}}},
		&wordmodel.Paragraph{Style: "Normal", Borders: &wordmodel.Borders{Bottom: &wordmodel.Border{Style: "thickThinSmallGap", Width: 3, Space: 0, Color: "FF0000"}}},
		&wordmodel.Paragraph{Style: "Normal", Text: "抄送", Borders: &wordmodel.Borders{Top: &wordmodel.Border{Style: "double", Width: 0.5, Space: 4}}},
	}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	ls := linesOf(r)
	if len(ls) != 5 {
		t.Fatalf("%d lines: %+v", len(ls), ls)
	}
	pitch := r.linePitch()
	head := textOp(t, r, "沁")
	lineTop := gridLineTop(r, head)
	if l := ls[0]; !near(l.y, lineTop+pitch+1*ptToMM) || l.color != "FF0000" || !near(l.h, 1.5*ptToMM) || !near(l.x, r.left()) || !near(l.w, r.width()) {
		t.Errorf("the 红头's rule %+v; the line's top %.2f", l, lineTop)
	}
	if a, b := ls[1], ls[2]; !near(a.y, lineTop+2*pitch+(1+1.5)*ptToMM) || a.h <= b.h || b.y <= a.y {
		t.Errorf("the thick-thin rule %+v %+v", a, b)
	}
	cc := textOp(t, r, "抄")
	if a, b := ls[3], ls[4]; !near(a.y, gridLineTop(r, cc)-4*ptToMM) || b.y >= a.y || a.color != "" {
		t.Errorf("the double top rule %+v %+v", a, b)
	}
}

// TestAFloatingPictureKeepsItsEmptyParagraphsLine: an empty paragraph
// holding only a floating picture is still an empty line, as in Word.
func TestAFloatingPictureKeepsItsEmptyParagraphsLine(t *testing.T) {
	seal := wordmodel.Image{Name: "seal.png", Format: "PNG", Width: 10, Height: 10, Data: testPNG(t, image.NewRGBA(image.Rect(0, 0, 4, 4))),
		Float: &wordmodel.Float{FromX: "page", FromY: "paragraph", X: 20, Y: 5}}
	lay := func(images []wordmodel.Image) *renderer {
		r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{
			&wordmodel.Paragraph{Style: "Normal", Text: "甲"},
			&wordmodel.Paragraph{Style: "Normal", Images: images},
			&wordmodel.Paragraph{Style: "Normal", Text: "乙"},
		}}, testOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	with, without := lay([]wordmodel.Image{seal}), lay(nil)
	if a, b := textOp(t, with, "乙").y, textOp(t, without, "乙").y; !near(a, b) {
		t.Errorf("乙 at %.2f with the picture, %.2f without", a, b)
	}
	for _, o := range with.ops {
		if o.kind == opImage && (!near(o.x, 20) || !near(o.y, gridLineTop(with, textOp(t, with, "甲"))+with.linePitch()+5)) {
			t.Errorf("the picture at (%.2f, %.2f)", o.x, o.y)
		}
	}
}

// TestHeaderPicturesOnEveryPage: the header's logo is drawn on each page,
// where its place on the page says.
func TestHeaderPicturesOnEveryPage(t *testing.T) {
	logo := wordmodel.Image{Name: "logo.png", Format: "PNG", Width: 12, Height: 8, Data: testPNG(t, image.NewRGBA(image.Rect(0, 0, 3, 2))),
		Float: &wordmodel.Float{FromX: "margin", AlignX: "center", FromY: "page", Y: 15}}
	var blocks []wordmodel.Block
	for range 30 {
		blocks = append(blocks, &wordmodel.Paragraph{Style: "Normal", Text: strings.Repeat("绩效", 20)})
	}
	r, err := layout(&wordmodel.Document{Blocks: blocks, HeaderImages: []wordmodel.Image{logo}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, drawn := 0, 0
	for _, o := range r.ops {
		switch {
		case o.kind == opPage:
			pages++
		case o.kind == opImage:
			drawn++
			if !near(o.x, r.left()+(r.width()-12)/2) || !near(o.y, 15) {
				t.Errorf("the logo at (%.2f, %.2f)", o.x, o.y)
			}
		}
	}
	if pages < 2 || drawn != pages {
		t.Errorf("%d pages, the logo drawn %d times", pages, drawn)
	}
}
