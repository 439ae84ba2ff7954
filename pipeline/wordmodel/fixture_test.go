package wordmodel_test

import (
	"archive/zip"
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"`

// fixture is the built-in template, as Word saved it, with its body
// replaced by body, styles added to its styles.xml and parts added (a
// numbering.xml, a header) or replaced (a footer), each with its
// relationship and content type as Word writes them.
type fixture struct {
	body, styles string
	parts        map[string]string // name → content
	rels         string            // extra document relationships
	sectRefs     string            // extra header/footer references of the last section
}

func (f fixture) docx(t *testing.T) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(templates.Disclosure), int64(len(templates.Disclosure)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, file := range zr.File {
		if _, replaced := f.parts[file.Name]; replaced {
			continue
		}
		rc, _ := file.Open()
		raw, _ := io.ReadAll(rc)
		rc.Close()
		s := string(raw)
		switch file.Name {
		case "word/document.xml":
			s = strings.Replace(s, `<w:document `, `<w:document `+wordNS+` `, 1)
			s = s[:strings.Index(s, "<w:body>")+len("<w:body>")] + f.body + s[strings.LastIndex(s, "<w:sectPr>"):]
			last := strings.LastIndex(s, "<w:sectPr>") + len("<w:sectPr>")
			s = s[:last] + f.sectRefs + s[last:]
		case "word/styles.xml":
			s = strings.Replace(s, "</w:styles>", f.styles+"</w:styles>", 1)
		case "word/_rels/document.xml.rels":
			s = strings.Replace(s, "</Relationships>", f.rels+"</Relationships>", 1)
		}
		w, _ := zw.Create(file.Name)
		w.Write([]byte(s))
	}
	for name, body := range f.parts {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	return buf.Bytes()
}

func (f fixture) read(t *testing.T) *wordmodel.Document {
	t.Helper()
	doc, err := wordmodel.Read(f.docx(t))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// pngBytes and jpegBytes are pictures as an image editor saves them.
func pngBytes(t testing.TB) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 40, 20))
	for x := 0; x < 40; x++ {
		img.Set(x, x/2, color.NRGBA{R: 200, A: 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func jpegBytes(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 30, 30))
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// para is a body paragraph of the template's body style with runs.
func para(runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// run is a run with properties (rPr content) and text.
func run(rPr, text string) string {
	if rPr != "" {
		rPr = "<w:rPr>" + rPr + "</w:rPr>"
	}
	return `<w:r>` + rPr + `<w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// texts are the body paragraphs' texts, each after its list label.
func texts(doc *wordmodel.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok {
			label := ""
			if p.Label != nil {
				label = p.Label.Text
			}
			out = append(out, label+p.Text)
		}
	}
	return out
}

// wantListed checks what the document lists as not shown, place and what.
func wantListed(t *testing.T, doc *wordmodel.Document, want ...string) {
	t.Helper()
	var got []string
	for _, u := range doc.Undrawn {
		got = append(got, u.Place()+"："+u.What)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("listed:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
