package ofd

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"strings"
	"sync"
	"time"

	"jixiao/pipeline/layout"
)

// Meta is the document information written into OFD.xml.
type Meta struct {
	Title, Author string
	// Date is the creation date, the job's: never the clock's.
	Date time.Time
}

const (
	ns      = "http://www.ofdspec.org/2016"
	docRoot = "Doc_0/Document.xml"
	header  = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"
)

// part is one entry of the package.
type part struct {
	name string
	data []byte
}

// Write makes the OFD package of laid's pages. Each page is compressed
// as soon as it is drawn, so a long attachment holds its pages' XML
// deflated, as the finished file will, not as text.
func Write(laid *layout.Laid, meta Meta) ([]byte, error) {
	d := &document{ids: len(laid.Fonts), images: map[[32]byte]*media{}, border: laid.Border, dest: laid.Dest}
	for range laid.PageCount() {
		d.pageIDs = append(d.pageIDs, d.next())
	}
	// The DocID is the content's: the same document gives the same file.
	h := sha256.New()
	var pageZip bytes.Buffer
	pages := newZip(&pageZip)
	err := laid.Pages(func(p layout.Page) error {
		name := fmt.Sprintf("Pages/Page_%d/Content.xml", len(d.pageRefs))
		data := d.page(p)
		d.pageRefs = append(d.pageRefs, pageRef{id: d.pageID, loc: name})
		return add(pages, h, part{"Doc_0/" + name, data}, meta.Date)
	})
	if err == nil {
		err = pages.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("ofd: %w", err)
	}
	if len(d.pageRefs) == 0 {
		return nil, fmt.Errorf("ofd: 文档没有页面")
	}
	parts := []part{
		{docRoot, d.documentXML()},
		{"Doc_0/PublicRes.xml", publicRes(laid.Fonts)},
		{"Doc_0/DocumentRes.xml", d.documentRes()},
	}
	var res []part
	for i, f := range laid.Fonts {
		res = append(res, part{fmt.Sprintf("Doc_0/Res/font_%d.ttf", i), f.Data})
	}
	for _, m := range d.media {
		res = append(res, part{"Doc_0/Res/" + m.file, m.data})
	}
	for _, p := range append(parts, res...) {
		hashPart(h, p)
	}
	parts = append([]part{{"OFD.xml", ofdXML(meta, hex.EncodeToString(h.Sum(nil)[:16]))}}, parts...)

	var buf bytes.Buffer
	zw := newZip(&buf)
	for _, p := range parts {
		if err := add(zw, nil, p, meta.Date); err != nil {
			return nil, fmt.Errorf("ofd: %w", err)
		}
	}
	compressed, err := zip.NewReader(bytes.NewReader(pageZip.Bytes()), int64(pageZip.Len()))
	if err != nil {
		return nil, fmt.Errorf("ofd: %w", err)
	}
	for _, f := range compressed.File {
		if err := zw.Copy(f); err != nil {
			return nil, fmt.Errorf("ofd: zip %s: %w", f.Name, err)
		}
	}
	for i, p := range res {
		put := add
		if i < len(laid.Fonts) {
			put = addFont
		}
		if err := put(zw, nil, p, meta.Date); err != nil {
			return nil, fmt.Errorf("ofd: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("ofd: zip: %w", err)
	}
	return buf.Bytes(), nil
}

// newZip is a zip writer that deflates at flate's fastest level: the
// parts are XML, which the best level makes a few per cent smaller at
// several times the cost. Its compressors are reused, as archive/zip's
// own are: each takes hundreds of KB to make, and a package has a part
// per page.
func newZip(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, fastest.writer)
	return zw
}

// deflaters are flate writers of one level, reused.
type deflaters struct {
	level int
	pool  sync.Pool
}

var (
	fastest     = &deflaters{level: flate.BestSpeed}
	huffmanOnly = &deflaters{level: flate.HuffmanOnly}
)

func (d *deflaters) writer(out io.Writer) (io.WriteCloser, error) {
	if fw, ok := d.pool.Get().(*flate.Writer); ok {
		fw.Reset(out)
		return pooled{fw, d}, nil
	}
	fw, err := flate.NewWriter(out, d.level)
	return pooled{fw, d}, err
}

// pooled is a compressor that goes back to its pool when closed.
type pooled struct {
	*flate.Writer
	from *deflaters
}

func (p pooled) Close() error {
	err := p.Writer.Close()
	p.from.pool.Put(p.Writer)
	return err
}

// addFont writes a font subset into zw deflated by Huffman coding alone:
// glyph outlines barely repeat, so the string matching of flate's fastest
// level, three times the cost, makes a subset only some 5% smaller, and
// the fonts are most of a package's bytes.
func addFont(zw *zip.Writer, _ hash.Hash, p part, date time.Time) error {
	var buf bytes.Buffer
	buf.Grow(len(p.data))
	fw, _ := huffmanOnly.writer(&buf)
	fw.Write(p.data) // a bytes.Buffer takes all
	if err := fw.Close(); err != nil {
		return fmt.Errorf("zip %s: %w", p.name, err)
	}
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: p.name, Method: zip.Deflate, Modified: date.UTC(),
		CRC32: crc32.ChecksumIEEE(p.data), CompressedSize64: uint64(buf.Len()), UncompressedSize64: uint64(len(p.data)),
	})
	if err == nil {
		_, err = w.Write(buf.Bytes())
	}
	if err != nil {
		return fmt.Errorf("zip %s: %w", p.name, err)
	}
	return nil
}

// add writes p into zw, stamped with date, and into the hash h if any.
func add(zw *zip.Writer, h hash.Hash, p part, date time.Time) error {
	if h != nil {
		hashPart(h, p)
	}
	w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: date.UTC()})
	if err != nil {
		return fmt.Errorf("zip %s: %w", p.name, err)
	}
	if _, err := w.Write(p.data); err != nil {
		return fmt.Errorf("zip %s: %w", p.name, err)
	}
	return nil
}

func hashPart(h hash.Hash, p part) {
	fmt.Fprintf(h, "%s\x00%d\x00", p.name, len(p.data))
	h.Write(p.data)
}

// ofdXML is the package's entry: the document's information and root.
func ofdXML(m Meta, docID string) []byte {
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, `<ofd:OFD xmlns:ofd="%s" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>`, ns)
	fmt.Fprintf(&b, `<ofd:DocID>%s</ofd:DocID><ofd:Title>%s</ofd:Title><ofd:Author>%s</ofd:Author>`, docID, esc(m.Title), esc(m.Author))
	fmt.Fprintf(&b, `<ofd:CreationDate>%s</ofd:CreationDate><ofd:Creator>jixiao</ofd:Creator>`, m.Date.UTC().Format("2006-01-02"))
	fmt.Fprintf(&b, `</ofd:DocInfo><ofd:DocRoot>%s</ofd:DocRoot></ofd:DocBody></ofd:OFD>`, docRoot)
	return []byte(b.String())
}

// documentXML lists the pages; the first page's size is the default
// PageArea, each page's own Area its own.
func (d *document) documentXML() []byte {
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, `<ofd:Document xmlns:ofd="%s"><ofd:CommonData><ofd:MaxUnitID>%d</ofd:MaxUnitID>`, ns, d.ids)
	fmt.Fprintf(&b, `<ofd:PageArea><ofd:PhysicalBox>0 0 %s %s</ofd:PhysicalBox></ofd:PageArea>`, num(d.firstW), num(d.firstH))
	b.WriteString(`<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages>`)
	for _, p := range d.pageRefs {
		fmt.Fprintf(&b, `<ofd:Page ID="%d" BaseLoc="%s"/>`, p.id, p.loc)
	}
	b.WriteString(`</ofd:Pages></ofd:Document>`)
	return []byte(b.String())
}

// publicRes declares the fonts, IDs 1 to n in Laid's order.
func publicRes(fonts []layout.Font) []byte {
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, `<ofd:Res xmlns:ofd="%s" BaseLoc="Res"><ofd:Fonts>`, ns)
	for i, f := range fonts {
		fmt.Fprintf(&b, `<ofd:Font ID="%d" FontName="%s"><ofd:FontFile>font_%d.ttf</ofd:FontFile></ofd:Font>`, i+1, esc(f.Name), i)
	}
	b.WriteString(`</ofd:Fonts></ofd:Res>`)
	return []byte(b.String())
}

// documentRes declares the pictures, in the order first drawn.
func (d *document) documentRes() []byte {
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, `<ofd:Res xmlns:ofd="%s" BaseLoc="Res">`, ns)
	if len(d.media) > 0 {
		b.WriteString(`<ofd:MultiMedias>`)
		for _, m := range d.media {
			fmt.Fprintf(&b, `<ofd:MultiMedia ID="%d" Type="Image" Format="%s"><ofd:MediaFile>%s</ofd:MediaFile></ofd:MultiMedia>`, m.id, m.format, m.file)
		}
		b.WriteString(`</ofd:MultiMedias>`)
	}
	b.WriteString(`</ofd:Res>`)
	return []byte(b.String())
}
