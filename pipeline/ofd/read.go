package ofd

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
)

// The parts as the reader decodes them, after checkOrder has checked
// their elements.
type (
	ofdXMLDoc struct {
		DocBody []struct {
			DocInfo struct {
				DocID, Title, Author, CreationDate string
			}
			DocRoot string
		}
	}
	documentDoc struct {
		CommonData struct {
			MaxUnitID   int
			PublicRes   []string
			DocumentRes []string
		}
		Pages struct {
			Page []struct {
				ID      int    `xml:"ID,attr"`
				BaseLoc string `xml:"BaseLoc,attr"`
			}
		}
	}
	resDoc struct {
		BaseLoc string `xml:"BaseLoc,attr"`
		Fonts   []struct {
			ID       int    `xml:"ID,attr"`
			FontFile string `xml:"FontFile"`
		} `xml:"Fonts>Font"`
		Media []struct {
			ID        int    `xml:"ID,attr"`
			MediaFile string `xml:"MediaFile"`
		} `xml:"MultiMedias>MultiMedia"`
	}
	pageDoc struct {
		Layers []struct {
			ID      int      `xml:"ID,attr"`
			Objects []object `xml:",any"`
		} `xml:"Content>Layer"`
	}
	object struct {
		XMLName    xml.Name
		ID         int    `xml:"ID,attr"`
		Boundary   string `xml:"Boundary,attr"`
		Font       string `xml:"Font,attr"`
		ResourceID string `xml:"ResourceID,attr"`
		TextCode   []struct {
			X      float64 `xml:"X,attr"`
			Y      float64 `xml:"Y,attr"`
			DeltaX string  `xml:"DeltaX,attr"`
			Text   string  `xml:",chardata"`
		}
	}
)

// Document is an OFD file read back.
type Document struct {
	Title, Author, CreationDate, DocID string
	// Pages are each page's text in drawing order, a line per baseline,
	// as pdf.Text reads a PDF.
	Pages []string
}

// Read reads an OFD this package wrote and checks its structure: every
// part is strict XML in the standard's element order, every page listed
// exists, every ID is unique and within MaxUnitID, and every font and
// picture an object names is declared and its file is in the package.
func Read(data []byte) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("OFD 文件不是 zip 包：%v", err)
	}
	r := &reader{files: map[string]*zip.File{}, ids: map[int]string{}, fonts: map[string]bool{}, media: map[string]bool{}}
	for _, f := range zr.File {
		r.files[f.Name] = f
	}
	var root ofdXMLDoc
	if err := r.part("OFD.xml", "OFD", &root); err != nil {
		return nil, err
	}
	if len(root.DocBody) != 1 {
		return nil, fmt.Errorf("OFD.xml：应有一个 ofd:DocBody，实有 %d 个", len(root.DocBody))
	}
	body := root.DocBody[0]
	doc := &Document{Title: body.DocInfo.Title, Author: body.DocInfo.Author, CreationDate: body.DocInfo.CreationDate, DocID: body.DocInfo.DocID}
	var d documentDoc
	docPath := strings.TrimPrefix(body.DocRoot, "/")
	if err := r.part(docPath, "Document", &d); err != nil {
		return nil, err
	}
	dir := path.Dir(docPath)
	for _, res := range append(d.CommonData.PublicRes, d.CommonData.DocumentRes...) {
		if err := r.res(path.Join(dir, res)); err != nil {
			return nil, err
		}
	}
	if len(d.Pages.Page) == 0 {
		return nil, fmt.Errorf("%s：没有页面", docPath)
	}
	for i, p := range d.Pages.Page {
		if err := r.id(p.ID, fmt.Sprintf("第%d页", i+1)); err != nil {
			return nil, err
		}
		text, err := r.page(path.Join(dir, p.BaseLoc), i+1)
		if err != nil {
			return nil, err
		}
		doc.Pages = append(doc.Pages, text)
	}
	for id, what := range r.ids {
		if id > d.CommonData.MaxUnitID {
			return nil, fmt.Errorf("%s：%s 的 ID %d 大于 MaxUnitID %d", docPath, what, id, d.CommonData.MaxUnitID)
		}
	}
	return doc, nil
}

// reader holds what the parts read so far declare.
type reader struct {
	files        map[string]*zip.File
	ids          map[int]string // ID → what has it
	fonts, media map[string]bool
}

// part reads the part name, checks its elements and decodes it into v.
func (r *reader) part(name, root string, v any) error {
	raw, err := r.file(name)
	if err != nil {
		return err
	}
	if err := checkOrder(name, raw, root); err != nil {
		return err
	}
	if err := xml.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s：%v", name, err)
	}
	return nil
}

func (r *reader) file(name string) ([]byte, error) {
	f, ok := r.files[name]
	if !ok {
		return nil, fmt.Errorf("OFD 包中缺少 %s", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s：%v", name, err)
	}
	defer rc.Close()
	raw, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("%s：%v", name, err)
	}
	return raw, nil
}

func (r *reader) id(id int, what string) error {
	if id <= 0 {
		return fmt.Errorf("OFD 中%s 没有有效的 ID", what)
	}
	if other, dup := r.ids[id]; dup {
		return fmt.Errorf("OFD 中%s 与%s 的 ID 都是 %d", what, other, id)
	}
	r.ids[id] = what
	return nil
}

// res reads a resource part: each font and picture is declared once and
// its file is in the package.
func (r *reader) res(name string) error {
	var res resDoc
	if err := r.part(name, "Res", &res); err != nil {
		return err
	}
	base := path.Join(path.Dir(name), res.BaseLoc)
	has := func(file, what string) error {
		if _, ok := r.files[path.Join(base, file)]; !ok {
			return fmt.Errorf("%s：%s 的文件 %s 不在包中", name, what, path.Join(base, file))
		}
		return nil
	}
	for _, f := range res.Fonts {
		what := fmt.Sprintf("字体 %d", f.ID)
		if err := r.id(f.ID, what); err != nil {
			return err
		}
		if err := has(f.FontFile, what); err != nil {
			return err
		}
		r.fonts[strconv.Itoa(f.ID)] = true
	}
	for _, m := range res.Media {
		what := fmt.Sprintf("图片 %d", m.ID)
		if err := r.id(m.ID, what); err != nil {
			return err
		}
		if err := has(m.MediaFile, what); err != nil {
			return err
		}
		r.media[strconv.Itoa(m.ID)] = true
	}
	return nil
}

// page reads page n's content and returns its text.
func (r *reader) page(name string, n int) (string, error) {
	var p pageDoc
	if err := r.part(name, "Page", &p); err != nil {
		return "", err
	}
	var b strings.Builder
	last := math.NaN()
	for _, l := range p.Layers {
		if err := r.id(l.ID, fmt.Sprintf("第%d页的图层", n)); err != nil {
			return "", err
		}
		for _, o := range l.Objects {
			what := fmt.Sprintf("第%d页的 %s", n, o.XMLName.Local)
			if err := r.id(o.ID, what); err != nil {
				return "", err
			}
			bx, err := boundary(o.Boundary)
			if err != nil {
				return "", fmt.Errorf("%s：%s（ID %d）的 Boundary：%v", name, o.XMLName.Local, o.ID, err)
			}
			switch o.XMLName.Local {
			case "TextObject":
				if !r.fonts[o.Font] {
					return "", fmt.Errorf("%s：%s（ID %d）引用的字体 %q 未声明", name, what, o.ID, o.Font)
				}
				for _, c := range o.TextCode {
					if err := deltas(c.DeltaX, c.Text); err != nil {
						return "", fmt.Errorf("%s：%s（ID %d）：%v", name, what, o.ID, err)
					}
					// A line per baseline, as pdf.Text reads the PDF.
					y := math.Round((bx.y+c.Y)*100) / 100
					if !math.IsNaN(last) && y != last {
						b.WriteByte('\n')
					}
					last = y
					b.WriteString(c.Text)
				}
			case "ImageObject":
				if !r.media[o.ResourceID] {
					return "", fmt.Errorf("%s：%s（ID %d）引用的图片 %q 未声明", name, what, o.ID, o.ResourceID)
				}
			}
		}
	}
	return b.String(), nil
}

// boundary reads "x y w h".
func boundary(s string) (box, error) {
	f := strings.Fields(s)
	if len(f) != 4 {
		return box{}, fmt.Errorf("应为四个数：%q", s)
	}
	var v [4]float64
	for i, x := range f {
		n, err := strconv.ParseFloat(x, 64)
		if err != nil {
			return box{}, fmt.Errorf("%q 不是数", x)
		}
		v[i] = n
	}
	return box{v[0], v[1], v[2], v[3]}, nil
}

// deltas checks that DeltaX gives no more advances than the text has gaps.
func deltas(dx, text string) error {
	if dx == "" {
		return nil
	}
	n := 0
	for _, f := range strings.Fields(dx) {
		if _, err := strconv.ParseFloat(f, 64); err != nil {
			return fmt.Errorf("DeltaX 中的 %q 不是数（本读取器不读 g 缩写）", f)
		}
		n++
	}
	if chars := len([]rune(text)); n > chars-1 {
		return fmt.Errorf("DeltaX 有 %d 个值，而文字只有 %d 个字符", n, chars)
	}
	return nil
}
