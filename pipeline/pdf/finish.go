package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"strconv"
)

// finishFile completes fpdf's output: each composite font gets its CIDSet,
// the empty name tree fpdf always writes is dropped (PDF/A reads an
// EmbeddedFiles entry as an attachment), and the trailer gets an ID
// derived from the content. An archival file loses the transparency group
// fpdf gives each page, and is then checked for what PDF/A-1 forbids, so
// that nothing drawn later slips through unnoticed.
func finishFile(raw []byte, archival bool, res []resource) ([]byte, error) {
	f, err := readPDF(raw)
	if err != nil {
		return nil, err
	}
	if err := f.checkNumbers(); err != nil {
		return nil, err
	}
	if err := f.addCIDSets(); err != nil {
		return nil, err
	}
	if err := f.addResources(res); err != nil {
		return nil, err
	}
	f.dropEmptyNames()
	f.printLinks()
	f.findInfo()
	if archival {
		f.dropPageGroups()
		if err := f.checkArchival(); err != nil {
			return nil, err
		}
	}
	return f.bytes(), nil
}

// addCIDSets gives each CIDFontType2 font's descriptor a CIDSet: a bit per
// CID, high bit first, set for each CID the embedded font program has a
// glyph for, as its CIDToGIDMap says. PDF/A-1 asks for it of every subset.
func (f *pdfFile) addCIDSets() error {
	var zw *zlib.Writer // one for every font (compressed)
	for i := range len(f.objs) {
		d := f.objs[i].dict()
		if !hasName(d, "/CIDFontType2") {
			continue
		}
		fd, m := f.object(ref(d, "/FontDescriptor")), f.object(ref(d, "/CIDToGIDMap"))
		if fd == nil || m == nil {
			return fmt.Errorf("cidset: font object %d has no descriptor or CIDToGIDMap stream", f.objs[i].num)
		}
		if hasName(fd.dict(), "/CIDSet") {
			continue
		}
		cidToGID, err := m.stream()
		if err != nil {
			return fmt.Errorf("cidset: %w", err)
		}
		set := cidSet(cidToGID)
		z := compressed(&zw, set)
		num := fd.num
		n := f.add(fmt.Sprintf("<</Length %d /Filter /FlateDecode>>", len(z)), z)
		// add may move the objects: the descriptor is looked up again.
		fd = f.object(num)
		*fd = fd.withEntry(fmt.Sprintf(" /CIDSet %d 0 R", n))
	}
	return nil
}

// compressed is data deflated with the best compression by *zw, made on
// the first call and reset on the next: a writer is a megabyte to make.
func compressed(zw **zlib.Writer, data []byte) []byte {
	var z bytes.Buffer
	if *zw == nil {
		*zw, _ = zlib.NewWriterLevel(&z, zlib.BestCompression)
	} else {
		(*zw).Reset(&z)
	}
	(*zw).Write(data)
	(*zw).Close()
	return z.Bytes()
}

// cidSet is the CIDSet of a CIDToGIDMap (two bytes per CID): CID 0, the
// .notdef glyph every font has, and each CID mapped to a glyph.
func cidSet(cidToGID []byte) []byte {
	set := make([]byte, (len(cidToGID)/2+7)/8+1)
	set[0] = 0x80
	last := 0
	for cid := 1; 2*cid+1 < len(cidToGID); cid++ {
		if cidToGID[2*cid] != 0 || cidToGID[2*cid+1] != 0 {
			set[cid/8] |= 0x80 >> (cid % 8)
			last = cid / 8
		}
	}
	return set[:last+1]
}

// findInfo points the trailer at the document information and marks its
// dates as UTC. fpdf's trailer
// names the object before the catalogue, which is the output intent's ICC
// profile when there is one, so readers see no title and validators
// compare the XMP with nothing.
func (f *pdfFile) findInfo() {
	isInfo := func(o *pdfObject) bool {
		d := o.dict()
		return len(d) == len(o.body) && hasName(d, "/Producer") && hasName(d, "/CreationDate")
	}
	if o := f.object(f.info); o == nil || !isInfo(o) {
		f.info = 0
		for i := range f.objs {
			if isInfo(&f.objs[i]) {
				f.info = f.objs[i].num
				break
			}
		}
	}
	if o := f.object(f.info); o != nil {
		o.body = utcDate.ReplaceAll(o.body, []byte("${1}Z)"))
	}
}

// utcDate is a date fpdf writes without its zone; the dates are UTC
// (newWriter), and the XMP says so, which validators compare.
var utcDate = regexp.MustCompile(`(/(?:CreationDate|ModDate)\s*\(D:\d{14})\)`)

var reference = regexp.MustCompile(`\d+\s+\d+\s+R\b`)

// dropEmptyNames removes the catalogue's name tree when it names nothing:
// fpdf writes an empty EmbeddedFiles tree into every file.
func (f *pdfFile) dropEmptyNames() {
	if root := f.object(f.root); root != nil {
		root.dropDict("/Names", func(v []byte) bool { return !reference.Match(v) })
	}
}

// dropPageGroups removes the transparency group fpdf gives every page of a
// PDF 1.4 file: nothing drawn is transparent, and PDF/A-1 forbids it.
func (f *pdfFile) dropPageGroups() {
	for i := range f.objs {
		// Only a page's: a picture's or form's group would be real
		// transparency, which the check refuses.
		if hasName(f.objs[i].dict(), "/Page") {
			f.objs[i].dropDict("/Group", func(v []byte) bool { return hasName(v, "/Transparency") })
		}
	}
}

// dropDict removes the entry key of the object's dictionary when its value
// is a dictionary that drop accepts.
func (o *pdfObject) dropDict(key string, drop func(value []byte) bool) {
	d := o.dict()
	i := indexName(d, key)
	if i < 0 {
		return
	}
	j := i + len(key)
	for j < len(d) && isSpace(d[j]) {
		j++
	}
	end := matchingDict(d, j)
	if end < 0 || !drop(d[j:end]) {
		return
	}
	o.body = append(append([]byte{}, o.body[:i]...), o.body[end:]...)
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

// matchingDict is the end of the dictionary "<<…>>" starting at i, or -1.
func matchingDict(b []byte, i int) int {
	if !bytes.HasPrefix(b[i:], []byte("<<")) {
		return -1
	}
	depth := 0
	for k := i; k+1 < len(b); k++ {
		switch {
		case b[k] == '<' && b[k+1] == '<':
			depth++
			k++
		case b[k] == '>' && b[k+1] == '>':
			depth--
			k++
			if depth == 0 {
				return k + 1
			}
		}
	}
	return -1
}

// forbidden are the names PDF/A-1 refuses in any dictionary, with what
// they are to a clerk.
var forbidden = []struct{ name, what string }{
	{"/SMask", "透明蒙版（带透明度的图片或图形）"},
	{"/Transparency", "透明组"},
	{"/JavaScript", "JavaScript 脚本"},
	{"/JS", "JavaScript 脚本"},
	{"/LZWDecode", "LZW 压缩"},
	{"/Encrypt", "加密"},
	{"/EmbeddedFile", "嵌入文件"},
	{"/EmbeddedFiles", "嵌入文件"},
	{"/Launch", "启动程序的动作"},
	{"/Sound", "声音"},
	{"/Movie", "影片"},
	{"/AA", "自动动作"},
	{"/DeviceCMYK", "CMYK 颜色（输出意图为 sRGB）"},
}

// checkArchival refuses what PDF/A-1 forbids: a version above 1.4,
// transparency (a soft mask, a constant opacity below 1, a blend mode
// other than Normal), scripts, LZW, encryption, embedded files, and
// annotations that do not print.
func (f *pdfFile) checkArchival() error {
	if v := string(f.header[:min(len(f.header), 8)]); v < "%PDF-1.0" || v > "%PDF-1.4" {
		return fmt.Errorf("PDF/A-1b 要求 PDF 1.4，而生成的文件是 %s", v)
	}
	refuse := func(num int, what string) error {
		return fmt.Errorf("PDF 含有 PDF/A-1b 不允许的%s（PDF 对象 %d）；如确需此内容，可在任务文件中写 pdfa: false 生成普通 PDF", what, num)
	}
	if f.encrypted {
		return refuse(f.root, "加密")
	}
	for _, o := range f.objs {
		d := o.dict()
		for _, x := range forbidden {
			if hasName(d, x.name) {
				return refuse(o.num, x.what)
			}
		}
		for _, key := range []string{"/CA", "/ca"} {
			if v, ok := number(d, key); ok && v != 1 {
				return refuse(o.num, "透明度")
			}
		}
		if i := indexName(d, "/BM"); i >= 0 {
			rest := bytes.TrimLeft(d[i+len("/BM"):], " \n\r\t")
			if !bytes.HasPrefix(rest, []byte("/Normal")) && !bytes.HasPrefix(rest, []byte("/Compatible")) {
				return refuse(o.num, "混合模式")
			}
		}
		if hasName(d, "/Annot") && !printable(d) {
			return refuse(o.num, "不打印的注释")
		}
	}
	return nil
}

// printable says whether an annotation's flags have Print (4) set and
// Invisible (1), Hidden (2) and NoView (32) clear, as PDF/A-1 asks.
func printable(d []byte) bool {
	v, ok := number(d, "/F")
	flags := int(v)
	return ok && flags&4 != 0 && flags&(1|2|32) == 0
}

// number reads the number after key in d.
func number(d []byte, key string) (float64, bool) {
	i := indexName(d, key)
	if i < 0 {
		return 0, false
	}
	rest := bytes.TrimLeft(d[i+len(key):], " \n\r\t")
	end := bytes.IndexFunc(rest, func(r rune) bool { return !(r == '.' || r == '-' || r >= '0' && r <= '9') })
	if end < 0 {
		end = len(rest)
	}
	v, err := strconv.ParseFloat(string(rest[:end]), 64)
	return v, err == nil
}
