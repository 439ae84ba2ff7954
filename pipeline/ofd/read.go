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
		ID         int      `xml:"ID,attr"`
		Boundary   string   `xml:"Boundary,attr"`
		Font       string   `xml:"Font,attr"`
		ResourceID string   `xml:"ResourceID,attr"`
		Actions    []action `xml:"Actions>Action"`
		TextCode   []struct {
			X      float64 `xml:"X,attr"`
			Y      float64 `xml:"Y,attr"`
			DeltaX string  `xml:"DeltaX,attr"`
			Text   string  `xml:",chardata"`
		}
	}
)

// action is an ofd:Action: a URI, or a Goto to a Dest.
type action struct {
	Event string `xml:"Event,attr"`
	URI   *struct {
		URI string `xml:"URI,attr"`
	} `xml:"URI"`
	Goto *struct {
		Dest *struct {
			Type   string  `xml:"Type,attr"`
			PageID int     `xml:"PageID,attr"`
			Top    float64 `xml:"Top,attr"`
		} `xml:"Dest"`
	} `xml:"Goto"`
}

// Document is an OFD file read back.
type Document struct {
	Title, Author, CreationDate, DocID string
	// Pages are each page's text in drawing order, a line per baseline,
	// as pdf.Text reads a PDF.
	Pages []string
	// Links are the page objects' CLICK actions, in page order.
	Links []Link
}

// Link is a clickable area: its page (from 1) and box in mm, and the
// address it opens or the page (from 1) and height it goes to.
type Link struct {
	Page       int
	X, Y, W, H float64
	URI        string
	DestPage   int
	DestTop    float64
	destID     int
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
	pageOf := map[int]int{} // page ID → page number
	for i, p := range d.Pages.Page {
		if err := r.id(p.ID, fmt.Sprintf("第%d页", i+1)); err != nil {
			return nil, err
		}
		pageOf[p.ID] = i + 1
		text, err := r.page(path.Join(dir, p.BaseLoc), i+1)
		if err != nil {
			return nil, err
		}
		doc.Pages = append(doc.Pages, text)
	}
	for _, l := range r.links {
		if l.URI == "" {
			if l.DestPage = pageOf[l.destID]; l.DestPage == 0 {
				return nil, fmt.Errorf("%s：第%d页的链接指向的页 ID %d 不是文档的页", docPath, l.Page, l.destID)
			}
		}
		doc.Links = append(doc.Links, l)
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
	links        []Link // their Goto's pages resolved once all are read
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
			for _, a := range o.Actions {
				l, err := readAction(a, bx, n)
				if err != nil {
					return "", fmt.Errorf("%s：%s（ID %d）：%v", name, what, o.ID, err)
				}
				r.links = append(r.links, l)
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

// readAction reads a CLICK action of an object whose boundary is bx, on
// page n; one that opens nothing is an error.
func readAction(a action, bx box, n int) (Link, error) {
	l := Link{Page: n, X: bx.x, Y: bx.y, W: bx.w, H: bx.h}
	switch {
	case a.Event != "CLICK" && a.Event != "DO" && a.Event != "PO":
		return l, fmt.Errorf("动作的 Event 应为 CLICK、DO 或 PO，实为 %q", a.Event)
	case a.URI != nil && a.URI.URI != "":
		l.URI = a.URI.URI
	case a.Goto != nil && a.Goto.Dest != nil && a.Goto.Dest.Type != "":
		l.destID, l.DestTop = a.Goto.Dest.PageID, a.Goto.Dest.Top
	default:
		return l, fmt.Errorf("动作既无 URI 地址，也无带 Type 的 Goto 目标")
	}
	return l, nil
}
