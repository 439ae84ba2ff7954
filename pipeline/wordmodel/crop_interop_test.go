package wordmodel_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
)

// TestFormattedPicturesLibreOfficeWrites: pictures cropped, outlined, in
// a rounded shape, greyed and washed out, saved again by LibreOffice
// (which writes a crop, a line and its colour modes in its own way), are
// read with nothing listed, each still cropped, framed or adjusted (the
// rounded one a shape filled with the picture, as LibreOffice writes it).
// Skipped without LibreOffice unless JIXIAO_INTEROP=1.
func TestFormattedPicturesLibreOfficeWrites(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
	line := `<a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln>`
	body := wordPicture("rIdPng", "", `<a:srcRect l="25000" r="25000"/>`+stretched, rectGeom) +
		wordPicture("rIdJpg", "", stretched, rectGeom+line) +
		wordPicture("rIdPng", "", stretched, `<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>`) +
		wordPicture("rIdPng", `<a:grayscl/>`, stretched, rectGeom) +
		wordPicture("rIdJpg", `<a:lum bright="70000" contrast="-70000"/>`, stretched, rectGeom)
	f := fixture{
		body: body,
		rels: `<Relationship Id="rIdPng" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>` +
			`<Relationship Id="rIdJpg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.jpeg"/>`,
		parts: map[string]string{"word/media/image1.png": string(quarters(t, "png")), "word/media/image2.jpeg": string(quarters(t, "jpeg"))},
	}
	// As Word writes it: the root's namespaces once, the pictures' types.
	docx := opctest.Edit(t, knownCase{f: f}.docx(t), map[string]func(string) string{"[Content_Types].xml": func(s string) string {
		return strings.Replace(s, "<Default ", `<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Default `, 1)
	}})
	path := filepath.Join(t.TempDir(), "pictures.docx")
	if err := os.WriteFile(path, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(opctest.SaveWithLibreOffice(t, "docx:MS Word 2007 XML", path), "pictures.docx"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := wordmodel.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc)
	// LibreOffice writes the picture in a shape as a shape of that
	// geometry filled with the picture.
	imgs, sps := picturesOf(doc), shapesOf(doc)
	if len(imgs) != 4 || len(sps) != 1 {
		t.Fatalf("%d pictures, %d shapes", len(imgs), len(sps))
	}
	if m := decoded(t, imgs[0]); m.Bounds().Dx() != 50 {
		t.Errorf("cropped picture %v wide, want 50 pixels", m.Bounds())
	}
	if f := imgs[1].Frame; f == nil || f.Outline == nil || f.Outline.Color != "C00000" {
		t.Errorf("outlined picture's frame %+v", f)
	}
	if sps[0].Geometry != "roundRect" || sps[0].Picture == nil {
		t.Errorf("rounded picture as a shape %+v", sps[0])
	}
	if got := rgbAt(decoded(t, imgs[2]), 30, 20); got != [3]uint8{76, 76, 76} {
		t.Errorf("grey red = %v", got)
	}
	if black := rgbAt(decoded(t, imgs[3]), 10, 20); black[0] < 190 || black[0] > 220 {
		t.Errorf("washed out black = %v", black)
	}
}
