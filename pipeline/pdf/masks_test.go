package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strconv"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestKeyedMasksWhatIsLessThanHalfOpaque: a picture's pixels less than
// half opaque take the key colour, which no other pixel has (white and the
// two colours under it being used, the next one down); the others are
// drawn over white.
func TestKeyedMasksWhatIsLessThanHalfOpaque(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 6, 1))
	for x, c := range []color.NRGBA{{0xFF, 0, 0, 0}, {0xFF, 0, 0, 127}, {0xFF, 0, 0, 128}, {0xFF, 0xFF, 0xFF, 0xFF}, {0xFF, 0xFF, 0xFE, 0xFF}, {0xFF, 0xFF, 0xFD, 0xFF}} {
		src.SetNRGBA(x, 0, c)
	}
	out, err := keyed(src)
	if err != nil {
		t.Fatal(err)
	}
	if out[25] != 2 {
		t.Fatalf("colour type %d, want RGB", out[25])
	}
	if key := trnsOf(out); key != [3]byte{0xFF, 0xFF, 0xFC} {
		t.Errorf("key %X, want FFFFFC", key)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	want := []color.NRGBA{{}, {}, {0xFF, 0x7F, 0x7F, 0xFF}, {0xFF, 0xFF, 0xFF, 0xFF}, {0xFF, 0xFF, 0xFE, 0xFF}, {0xFF, 0xFF, 0xFD, 0xFF}}
	for x, w := range want {
		got := color.NRGBAModel.Convert(img.At(x, 0)).(color.NRGBA)
		if got.A != w.A || (w.A != 0 && !nearRGBA(color.RGBA(got), color.RGBA(w))) {
			t.Errorf("pixel %d: %v, want %v", x, got, w)
		}
	}
	opaque := image.NewNRGBA(image.Rect(0, 0, 2, 2))
	for i := range opaque.Pix {
		opaque.Pix[i] = 0xFF
	}
	if out, _ := keyed(opaque); trnsOf(out) != [3]byte{} || bytes.Contains(out, []byte("tRNS")) {
		t.Error("an opaque picture got a colour key")
	}
}

// trnsOf is an RGB PNG's tRNS colour, zero where it has none.
func trnsOf(data []byte) [3]byte {
	i := bytes.Index(data, []byte("tRNS"))
	if i < 0 || i+10 > len(data) {
		return [3]byte{}
	}
	return [3]byte{data[i+5], data[i+7], data[i+9]}
}

// pdfImage is an image XObject as fpdf writes a PNG: its dictionary, its
// pixels and, for a colour key, which of them the mask leaves out.
type pdfImage struct {
	dict   string
	pixels image.Image
	masked func(x, y int) bool
}

var maskKey = regexp.MustCompile(`/Mask \[(\d+) \d+ (\d+) \d+ (\d+) \d+ \]`)

// imagesOf reads the RGB image XObjects of a PDF: fpdf keeps a PNG's
// compressed rows as the stream, so the stream with a PNG header around it
// is the picture again.
func imagesOf(t *testing.T, out []byte) []pdfImage {
	t.Helper()
	var found []pdfImage
	for _, o := range reread(t, out).objs {
		d := string(o.dict())
		if !hasName([]byte(d), "/Image") || !hasName([]byte(d), "/DeviceRGB") {
			continue
		}
		w, _ := number([]byte(d), "/Width")
		h, _ := number([]byte(d), "/Height")
		s := bytes.Index(o.body, []byte("\nstream\n")) + len("\nstream\n")
		e := bytes.LastIndex(o.body, []byte("\nendstream"))
		img, err := png.Decode(bytes.NewReader(asPNGFile(int(w), int(h), o.body[s:e])))
		if err != nil {
			t.Fatalf("image object %d: %v", o.num, err)
		}
		im := pdfImage{dict: d, pixels: img, masked: func(int, int) bool { return false }}
		if m := maskKey.FindStringSubmatch(d); m != nil {
			var key [3]uint32
			for k := range key {
				n, _ := strconv.Atoi(m[k+1])
				key[k] = uint32(n) * 0x101
			}
			im.masked = func(x, y int) bool {
				r, g, b, _ := img.At(x, y).RGBA()
				return [3]uint32{r, g, b} == key
			}
		}
		found = append(found, im)
	}
	return found
}

// asPNGFile wraps an 8-bit RGB picture's compressed rows in a PNG file.
func asPNGFile(w, h int, idat []byte) []byte {
	chunk := func(b *bytes.Buffer, kind string, data []byte) {
		binary.Write(b, binary.BigEndian, uint32(len(data)))
		body := append([]byte(kind), data...)
		b.Write(body)
		binary.Write(b, binary.BigEndian, crc32.ChecksumIEEE(body))
	}
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, uint32(w)), uint32(h))
	chunk(&b, "IHDR", append(ihdr, 8, 2, 0, 0, 0))
	chunk(&b, "IDAT", idat)
	chunk(&b, "IEND", nil)
	return b.Bytes()
}

// sealDoc is a 公章 with alpha floating over the 落款, as Word 2016 saves it.
func sealDoc(t *testing.T, size int) *wordmodel.Document {
	t.Helper()
	return sealOver(t, sealtest.Float{}, "seal2.png", sealtest.RingPNG(t, size))
}

// sealOver is the picture data (the part media/file) floating as seal
// says (its anchor set here) over the 落款 of a signature, as Word 2016
// saves it: anchored in the paragraph after the date and moved up over
// the unit's name and the date, so that the text under it is drawn before
// it.
func sealOver(t *testing.T, seal sealtest.Float, file string, data []byte) *wordmodel.Document {
	t.Helper()
	seal.Anchor = st.Anchor{H: "column", V: "paragraph", X: 0, Y: -1080000, CX: 1080000, CY: 1080000, Behind: seal.Behind}
	body := st.Para(st.Text("沁源县财政局（盖章）")) + st.Para(st.Text("2024年3月15日")) + st.Para(st.Text("附件：绩效目标表"), seal.Run(7, "公章", "rIdSeal"))
	doc, err := wordmodel.Read(sealtest.DocxSeal(t, body, file, data))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	return doc
}

// TestArchivalPDFMasksTheSeal: in the archival PDF a 公章 with alpha is an
// RGB image with a colour-key /Mask and no soft mask, which leaves out
// exactly the seal's pixels less than half opaque and draws the rest as
// they show over white;
// the plain PDF keeps its alpha as a soft mask.
func TestArchivalPDFMasksTheSeal(t *testing.T) {
	const size = 64
	doc := sealDoc(t, size)
	out := renderDoc(t, doc, false)
	if bytes.Contains(out, []byte("/SMask")) {
		t.Fatal("the archival PDF has a soft mask")
	}
	images := imagesOf(t, out)
	if len(images) != 1 || !maskKey.MatchString(images[0].dict) {
		t.Fatalf("want one image with a colour-key mask: %+v", images)
	}
	ring, im := sealtest.Ring(size), images[0]
	wrong := 0
	for y := range size {
		for x := range size {
			p := ring.NRGBAAt(x, y)
			left := p.A < 128
			over := func(c uint8) uint8 { return uint8((int(c)*int(p.A) + 255*(255-int(p.A))) / 255) }
			got := color.RGBAModel.Convert(im.pixels.At(x, y)).(color.RGBA)
			if im.masked(x, y) != left || !left && !nearRGBA(got, color.RGBA{over(p.R), over(p.G), over(p.B), 0xFF}) {
				wrong++
			}
		}
	}
	if wrong > 0 {
		t.Errorf("%d of the seal's %d pixels masked or coloured wrongly", wrong, size*size)
	}
	plain := renderDoc(t, doc, true)
	if !bytes.Contains(plain, []byte("/SMask")) || maskKey.Match(plain) {
		t.Error("the plain PDF does not keep the seal's alpha as a soft mask")
	}
}

// TestPlainPDFKeepsPartialPaletteAlpha: a palette PNG with partial alpha
// (which fpdf would cut to one colour key) is drawn in a plain PDF with a
// soft mask.
func TestPlainPDFKeepsPartialPaletteAlpha(t *testing.T) {
	pal := image.NewPaletted(image.Rect(0, 0, 2, 2), color.Palette{color.NRGBA{0xFF, 0, 0, 0x40}, color.NRGBA{0, 0, 0xFF, 0xFF}})
	pal.Pix[0] = 1
	data, err := softMasked(testPNG(t, pal))
	if err != nil {
		t.Fatal(err)
	}
	if data[25] != 6 {
		t.Fatalf("colour type %d, want RGB with alpha", data[25])
	}
	img, _ := png.Decode(bytes.NewReader(data))
	if got := fmt.Sprint(color.NRGBAModel.Convert(img.At(1, 0))); got != "{255 0 0 64}" {
		t.Errorf("a pixel of partial alpha is %s", got)
	}
}
