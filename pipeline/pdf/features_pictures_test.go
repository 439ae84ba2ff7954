package pdf

import (
	"bytes"
	"regexp"
	"testing"

	"jixiao/pipeline/wordmodel"
	pt "jixiao/pipeline/wordmodel/picturetest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// The corpus' fixtures of pictures as a clerk formats them on Word's
// 图片格式 tab: cropped (a PNG, a JPEG, dragged outwards), outlined, in
// the 圆角矩形 picture style (its shadow taken off, which the PDF does
// not draw), greyed, washed out (冲蚀), a picture WPS cropped; a shape
// filled with a picture tiled as a texture (图片或纹理填充 → 将图片平铺为
// 纹理), and a WPS rectangle of a VML pattern fill (an 8 by 8 dot
// picture).
func pictureFeatures(t testing.TB) []feature {
	bandsPNG, bandsJPEG := string(pt.Bands(t, "png")), string(pt.Bands(t, "jpeg"))
	png := map[string]string{"word/media/image1.png": bandsPNG}
	jpeg := map[string]string{"word/media/image1.jpeg": bandsJPEG}
	pic := func(blip, fill, spPr string) string {
		return para(`<w:jc w:val="center"/>`, pt.Inline("rIdimage1", 1, 1800000, 720000, blip, fill, spPr)) + text("图1 "+sample)
	}
	rounded := `<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:ln w="88900" cap="sq"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:miter lim="800000"/></a:ln>`
	return []feature{
		{name: "picture-crop-png", body: pic("", `<a:srcRect l="25000" r="25000"/>`+pt.Stretched, pt.Rect), parts: png},
		{name: "picture-crop-jpeg", body: pic("", `<a:srcRect l="25000" t="10000" r="25000"/>`+pt.Stretched, pt.Rect), parts: jpeg},
		{name: "picture-crop-negative", body: pic("", `<a:srcRect l="-10000" t="-20000" r="-10000" b="-20000"/>`+pt.Stretched, pt.Rect), parts: png},
		{name: "picture-outline", body: pic("", pt.Stretched, pt.Rect+`<a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln>`), parts: png},
		{name: "picture-rounded", body: pic("", pt.Stretched, rounded), parts: jpeg},
		{name: "picture-grayscale", body: pic(`<a:grayscl/>`, pt.Stretched, pt.Rect), parts: png},
		{name: "picture-washout", body: pic(`<a:lum bright="70000" contrast="-70000"/>`, pt.Stretched, pt.Rect), parts: jpeg},
		{name: "picture-tile-fill", body: para("", run("", "纹理"), st.Run(tileAnchor.Drawing(2, "矩形 2", st.Shape(tileAnchor, "rect", "",
			`<a:blipFill dpi="0" rotWithShape="1"><a:blip r:embed="rIdimage1"/><a:srcRect/><a:tile tx="0" ty="0" sx="50000" sy="50000" flip="xy" algn="tl"/></a:blipFill>`+
				`<a:ln><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>`, st.Style(true), "", "")), "")) + text(sample), parts: png},
		{name: "picture-vml-pattern", wps: true, body: wpsPara("", wpsRun("", "图案"), st.Pict(`<v:rect id="矩形 3" o:spid="_x0000_s1027" style="position:absolute;left:0pt;margin-left:100pt;margin-top:0pt;height:60pt;width:120pt;z-index:251660288;" fillcolor="#C00000" filled="t" stroked="t" coordsize="21600,21600">`+
			`<v:fill type="pattern" on="t" color2="#FFFF00" focussize="0,0" r:id="rIdimage1"/><v:stroke color="#000000"/></v:rect>`)) + wpsPara("", wpsRun("", sample)),
			parts: map[string]string{"word/media/image1.png": string(pt.Dots(t))}},
		{name: "picture-vml-crop", wps: true, body: wpsPara(`<w:jc w:val="center"/>`, pt.WPS("rIdimage1", 141.75, 56.7, `cropleft="16384f" cropright="16384f"`)) + wpsPara("", wpsRun("", sample)), parts: png},
	}
}

// tileAnchor places the tiled shape beside its paragraph's text.
var tileAnchor = st.Anchor{H: "column", V: "paragraph", X: 2000000, CX: 1800000, CY: 900000}

// TestFormattedPicturesInThePDF: on our own PDF, a cropped PNG is in the
// file cut (50 of its 100 pixels across), a cropped JPEG with its own
// bytes drawn clipped to its box; an outline is stroked in its colour
// after the picture; a grey one is stored grey; the rounded style clips the picture to a rounded
// rectangle (curves before the picture's Do) and strokes white round it.
func TestFormattedPicturesInThePDF(t *testing.T) {
	render := func(name string) ([]byte, string) {
		for _, f := range pictureFeatures(t) {
			if f.name != name {
				continue
			}
			doc, err := wordmodel.Read(f.docx(t))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Undrawn) != 0 {
				t.Fatalf("%s: listed %v", name, doc.Undrawn)
			}
			return renderedPage(t, doc)
		}
		t.Fatalf("no fixture %s", name)
		return nil, ""
	}
	width := regexp.MustCompile(`/Subtype /Image\s*/Width (\d+)`)
	if out, _ := render("picture-crop-png"); string(width.FindSubmatch(out)[1]) != "50" {
		t.Errorf("the cropped PNG in the PDF is %s pixels wide", width.FindSubmatch(out)[1])
	}
	out, content := render("picture-crop-jpeg")
	if !bytes.Contains(out, pt.Bands(t, "jpeg")) || string(width.FindSubmatch(out)[1]) != "100" {
		t.Error("the cropped JPEG is not in the PDF as it is in the document")
	}
	clip := regexp.MustCompile(`re\s+W n|l\s+h\s+W n`)
	if !clip.MatchString(content) {
		t.Errorf("the cropped JPEG is not clipped:\n%s", content)
	}
	if out, _ := render("picture-grayscale"); !bytes.Contains(out, []byte("/ColorSpace /DeviceGray")) {
		t.Error("the grey picture is not one channel in the PDF")
	}
	if _, content := render("picture-outline"); !regexp.MustCompile(`Do[\s\S]*0\.753 0\.000 0\.000 RG[\s\S]*S`).MatchString(content) {
		t.Errorf("no dark red outline after the picture:\n%s", content)
	}
	if _, content := render("picture-rounded"); !regexp.MustCompile(`c\n[\s\S]*W n[\s\S]*Do[\s\S]*1\.000 G\n7\.00 w`).MatchString(content) {
		t.Errorf("the rounded picture is not clipped round and outlined white:\n%s", content)
	}
}
