package ofd

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

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
	doc, docPath, err := r.root()
	if err != nil {
		return nil, err
	}
	d, err := r.document(docPath)
	if err != nil {
		return nil, err
	}
	dir := path.Dir(docPath)
	for _, res := range d.res {
		if err := r.res(path.Join(dir, res)); err != nil {
			return nil, err
		}
	}
	if len(d.pages) == 0 {
		return nil, fmt.Errorf("%s：没有页面", docPath)
	}
	pageOf := map[int]int{} // page ID → page number
	for i, p := range d.pages {
		if err := r.id(p.id, fmt.Sprintf("第%d页", i+1)); err != nil {
			return nil, err
		}
		pageOf[p.id] = i + 1
		text, err := r.page(path.Join(dir, p.loc), i+1)
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
		if id > d.maxID {
			return nil, fmt.Errorf("%s：%s 的 ID %d 大于 MaxUnitID %d", docPath, what, id, d.maxID)
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

// part reads the part name once, checking its elements and handing them
// to v as it goes (walk).
func (r *reader) part(name, root string, v visit) error {
	raw, err := r.file(name)
	if err != nil {
		return err
	}
	return walk(name, raw, root, v)
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
