package preview

import (
	"bytes"
	"html"
	"image"
	"image/jpeg"
	"image/png"
	"regexp"
	"strings"
	"testing"

	"jixiao/fonts"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

func testOptions(t testing.TB) layout.Options {
	t.Helper()
	preset, err := layout.ParsePreset(templates.GBT9704)
	if err != nil {
		t.Fatal(err)
	}
	return layout.Options{Preset: preset, Fonts: layout.FontSet{
		Roles:    map[string][]byte{"fangsong": fonts.SerifRegular, "song": fonts.SerifRegular, "xiaobiaosong": fonts.SerifBold, "hei": fonts.Hei},
		Fallback: fonts.Hei,
	}}
}

// textOf is a page's text, tags and spaces left out.
func textOf(page string) string {
	text := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, ""))
	return strings.Join(strings.Fields(text), "")
}

func TestPreviewDrawsWhatThePDFDraws(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "预览中的一段 <文字>"}}}
	pages, err := Preview(doc, testOptions(t), 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || !strings.HasPrefix(pages[0], "<svg") || !strings.HasSuffix(pages[0], "</svg>") {
		t.Fatalf("pages = %q", pages)
	}
	if text := textOf(pages[0]); !strings.Contains(text, "预览中的一段<文字>") || !strings.Contains(text, "—1—") {
		t.Errorf("text = %q", text)
	}
}

// TestPreviewShowsPictures: a picture is drawn in the page's SVG, its
// bytes inline, at the box the layout gives it.
func TestPreviewShowsPictures(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 3, 2)))
	logo := wordmodel.Image{Name: "logo.png", Format: "PNG", Width: 30, Height: 20, Data: buf.Bytes()}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{logo}}}}
	pages, err := Preview(doc, testOptions(t), 20)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pages[0], `width="30.00" height="20.00" preserveAspectRatio="none" href="data:image/png;base64,`) {
		t.Errorf("the preview lacks the picture: %s", pages[0])
	}
}

// TestPreviewClipsCroppedPictures: a cropped JPEG is drawn whole, twice
// as wide as its box where half is cut off, within a clip of its box.
func TestPreviewClipsCroppedPictures(t *testing.T) {
	var buf bytes.Buffer
	jpeg.Encode(&buf, image.NewGray(image.Rect(0, 0, 4, 2)), nil)
	scan := wordmodel.Image{Name: "scan.jpeg", Format: "JPEG", Width: 30, Height: 20, Data: buf.Bytes(), Crop: wordmodel.Crop{R: 0.5}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Images: []wordmodel.Image{scan}}}}
	pages, err := Preview(doc, testOptions(t), 20)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`<g clip-path="url\(#[^)]+\)"><image [^>]*width="60.00" height="20.00"`).MatchString(pages[0]) {
		t.Errorf("the preview does not clip the cropped picture: %s", pages[0])
	}
}
