package ofd

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/pdf"
)

// build writes doc's OFD and its PDF with the same options.
func build(t testing.TB, seed uint64) (ofdRaw, pdfRaw []byte) {
	t.Helper()
	doc, opt := fixture(t, seed), testOptions(t)
	laid, err := layout.Layout(doc, opt.Layout())
	if err != nil {
		t.Fatal(err)
	}
	ofdRaw, err = Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	pdfRaw, _, err = pdf.Render(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	return ofdRaw, pdfRaw
}

// parts unpacks an OFD, in the zip's order.
func parts(t *testing.T, raw []byte) ([]string, map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, f.Name)
		files[f.Name] = data
	}
	return names, files
}

var seeds = []uint64{1, 2, 3, 4, 5, 6}

// The OFD's text is the PDF's, page by page and line by line.
func TestTheTextIsThePDFsPageByPage(t *testing.T) {
	for _, seed := range seeds {
		ofdRaw, pdfRaw := build(t, seed)
		want, err := pdf.Text(pdfRaw)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(ofdRaw)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if len(doc.Pages) != len(want) || len(want) < 2 {
			t.Fatalf("seed %d: %d OFD pages, %d PDF pages", seed, len(doc.Pages), len(want))
		}
		for i := range want {
			if doc.Pages[i] != want[i] {
				t.Errorf("seed %d page %d:\nPDF %q\nOFD %q", seed, i+1, want[i], doc.Pages[i])
			}
		}
	}
}

// Independently of Read: every part is strict XML in the OFD namespace;
// IDs are unique and within MaxUnitID; every page listed, every font,
// picture and file referenced exists; the entries come in a fixed order.
func TestEveryPartsReferencesAndIDs(t *testing.T) {
	for _, seed := range seeds {
		raw, _ := build(t, seed)
		names, files := parts(t, raw)
		ids := map[string]string{}
		refs := map[string][]string{} // attribute → values used
		for _, name := range names {
			if !strings.HasSuffix(name, ".xml") {
				continue
			}
			dec := xml.NewDecoder(bytes.NewReader(files[name]))
			dec.Strict = true
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("seed %d %s: %v", seed, name, err)
				}
				el, ok := tok.(xml.StartElement)
				if !ok {
					continue
				}
				if el.Name.Space != "http://www.ofdspec.org/2016" {
					t.Errorf("%s: %s outside the OFD namespace", name, el.Name.Local)
				}
				for _, a := range el.Attr {
					switch a.Name.Local {
					case "ID":
						if prev, dup := ids[a.Value]; dup {
							t.Errorf("seed %d: ID %s in %s and %s", seed, a.Value, prev, name)
						}
						ids[a.Value] = name + " " + el.Name.Local
					case "Font", "ResourceID":
						refs[el.Name.Local+"."+a.Name.Local] = append(refs[el.Name.Local+"."+a.Name.Local], a.Value)
					}
				}
			}
		}
		for attr, vs := range refs {
			for _, v := range vs {
				want := map[string]string{"TextObject.Font": "Font", "ImageObject.ResourceID": "MultiMedia"}[attr]
				if got := ids[v]; !strings.HasSuffix(got, " "+want) {
					t.Errorf("seed %d: %s=%s names %q, want a %s", seed, attr, v, got, want)
				}
			}
		}
		if len(refs["ImageObject.ResourceID"]) < 3 || len(refs["TextObject.Font"]) < 10 {
			t.Errorf("seed %d: refs %d pictures, %d texts", seed, len(refs["ImageObject.ResourceID"]), len(refs["TextObject.Font"]))
		}
		doc := string(files["Doc_0/Document.xml"])
		max, _ := strconv.Atoi(regexp.MustCompile(`<ofd:MaxUnitID>(\d+)<`).FindStringSubmatch(doc)[1])
		for id := range ids {
			if n, _ := strconv.Atoi(id); n < 1 || n > max {
				t.Errorf("seed %d: ID %s outside 1..%d", seed, id, max)
			}
		}
		var pages []string
		for _, m := range regexp.MustCompile(`BaseLoc="([^"]+)"`).FindAllStringSubmatch(doc, -1) {
			pages = append(pages, "Doc_0/"+m[1])
		}
		for _, file := range regexp.MustCompile(`<ofd:(?:FontFile|MediaFile)>([^<]+)<`).FindAllStringSubmatch(string(files["Doc_0/PublicRes.xml"])+string(files["Doc_0/DocumentRes.xml"]), -1) {
			if _, ok := files[path.Join("Doc_0/Res", file[1])]; !ok {
				t.Errorf("seed %d: %s is not in the package", seed, file[1])
			}
		}
		head := []string{"OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/DocumentRes.xml"}
		if !slices.Equal(names[:4], head) || !slices.Equal(names[4:4+len(pages)], pages) {
			t.Errorf("seed %d: entries %v", seed, names)
		}
		for _, name := range names[4+len(pages):] {
			if !strings.HasPrefix(name, "Doc_0/Res/") {
				t.Errorf("seed %d: %s after the pages", seed, name)
			}
		}
	}
}

// The same document gives the same bytes; a different one another DocID.
func TestDeterministicWithAContentDocID(t *testing.T) {
	a, _ := build(t, 3)
	b, _ := build(t, 3)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of one document differ")
	}
	c, _ := build(t, 4)
	da, _ := Read(a)
	dc, _ := Read(c)
	if da.DocID == dc.DocID || da.Title != testMeta.Title || da.CreationDate != "2023-12-31" {
		t.Errorf("DocInfo %+v and %+v", da, dc)
	}
}

// Every kind of drawing of the laid-out pages reaches the OFD: bold
// (outlined) and coloured text, shading, dotted or dashed and wavy
// underlines, pictures, and the landscape section's own page size.
func TestEveryKindOfDrawingIsWritten(t *testing.T) {
	var all strings.Builder
	for _, seed := range seeds {
		raw, _ := build(t, seed)
		names, files := parts(t, raw)
		for _, n := range names {
			if strings.HasSuffix(n, "Content.xml") {
				all.Write(files[n])
			}
		}
	}
	s := all.String()
	for _, want := range []string{
		`Stroke="true" LineWidth=`, `<ofd:FillColor Value="192 0 0"/>`, `<ofd:FillColor Value="217 225 242"/>`,
		`DashPattern="`, `<ofd:ImageObject `, `<ofd:PhysicalBox>0 0 297 210</ofd:PhysicalBox>`, `<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no page has %s", want)
		}
	}
	if !regexp.MustCompile(`(?: L [\d.]+ [\d.]+){6}`).MatchString(s) {
		t.Error("no wavy underline's zigzag")
	}
}
