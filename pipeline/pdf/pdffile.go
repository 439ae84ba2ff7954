package pdf

import (
	"bytes"
	"cmp"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// pdfFile is a PDF as fpdf writes it: a header, numbered objects, one
// cross-reference table and a trailer. It is read back so that what fpdf
// cannot write is added: a font's CIDSet, the trailer's ID. Each object is
// kept as its bytes, from "N 0 obj" to the next object, and only the few
// that change are rewritten; the cross-reference table is written anew.
type pdfFile struct {
	header     []byte
	objs       []pdfObject // in file order
	root, info int
	// encrypted: the trailer names an encryption dictionary.
	encrypted bool
}

type pdfObject struct {
	num  int
	body []byte
}

// readPDF splits fpdf's output into its objects by the cross-reference
// table's offsets: an object ends where the next begins, so no stream's
// bytes are ever searched for a keyword.
func readPDF(b []byte) (*pdfFile, error) {
	sx := bytes.LastIndex(b, []byte("startxref"))
	if sx < 0 {
		return nil, fmt.Errorf("read pdf: no startxref")
	}
	xref, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b[sx+len("startxref"):]), "%%EOF", 2)[0]))
	if err != nil || xref <= 0 || xref >= sx || !bytes.HasPrefix(b[xref:], []byte("xref")) {
		return nil, fmt.Errorf("read pdf: bad startxref")
	}
	t := bytes.Index(b[xref:sx], []byte("trailer"))
	if t < 0 {
		return nil, fmt.Errorf("read pdf: no trailer")
	}
	fields := strings.Fields(string(b[xref+len("xref") : xref+t]))
	if len(fields) < 2 || fields[0] != "0" || (len(fields)-2)%3 != 0 {
		return nil, fmt.Errorf("read pdf: not one cross-reference section")
	}
	f := &pdfFile{}
	type entry struct{ num, off int }
	var entries []entry
	for i, num := 2, 0; i < len(fields); i, num = i+3, num+1 {
		if fields[i+2] != "n" {
			if num == 0 {
				continue
			}
			return nil, fmt.Errorf("read pdf: object %d is free", num)
		}
		off, err := strconv.Atoi(fields[i])
		if err != nil || off <= 0 || off >= xref {
			return nil, fmt.Errorf("read pdf: object %d at bad offset %q", num, fields[i])
		}
		entries = append(entries, entry{num, off})
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("read pdf: no objects")
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.off, b.off) })
	f.header = b[:entries[0].off]
	for i, e := range entries {
		end := xref
		if i+1 < len(entries) {
			end = entries[i+1].off
		}
		body := b[e.off:end]
		if !bytes.HasPrefix(body, []byte(strconv.Itoa(e.num)+" 0 obj")) {
			return nil, fmt.Errorf("read pdf: object %d is not at its offset", e.num)
		}
		f.objs = append(f.objs, pdfObject{e.num, body})
	}
	trailer := b[xref+t : sx]
	if f.root = ref(trailer, "/Root"); f.root == 0 {
		return nil, fmt.Errorf("read pdf: trailer has no root")
	}
	f.info = ref(trailer, "/Info")
	f.encrypted = hasName(trailer, "/Encrypt")
	return f, nil
}

// dict is an object's dictionary: its bytes before a stream's.
func (o pdfObject) dict() []byte {
	if i := bytes.Index(o.body, []byte("\nstream\n")); i >= 0 {
		return o.body[:i]
	}
	return o.body
}

// stream is an object's stream data, inflated if it is.
func (o pdfObject) stream() ([]byte, error) {
	s := bytes.Index(o.body, []byte("\nstream\n"))
	e := bytes.LastIndex(o.body, []byte("\nendstream"))
	if s < 0 || e < s+len("\nstream\n") {
		return nil, fmt.Errorf("object %d has no stream", o.num)
	}
	data := o.body[s+len("\nstream\n") : e]
	if !hasName(o.dict(), "/FlateDecode") {
		return data, nil
	}
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("object %d: %w", o.num, err)
	}
	return io.ReadAll(zr)
}

// withEntry returns the object with entry added at the end of its
// dictionary.
func (o pdfObject) withEntry(entry string) pdfObject {
	d := o.dict()
	i := bytes.LastIndex(d, []byte(">>"))
	if i < 0 {
		return o
	}
	body := slices.Concat(o.body[:i], []byte(entry), o.body[i:])
	return pdfObject{o.num, body}
}

// ref is the object number the key refers to ("/Root 12 0 R"), or 0.
func ref(dict []byte, key string) int {
	i := indexName(dict, key)
	if i < 0 {
		return 0
	}
	var n, g int
	var r string
	if k, _ := fmt.Sscanf(string(dict[i+len(key):]), "%d %d %s", &n, &g, &r); k != 3 || !strings.HasPrefix(r, "R") {
		return 0
	}
	return n
}

// indexName finds the name as a whole token: /CA is not /CapHeight.
func indexName(b []byte, name string) int {
	for from := 0; ; {
		i := bytes.Index(b[from:], []byte(name))
		if i < 0 {
			return -1
		}
		end := from + i + len(name)
		if end == len(b) || !isRegular(b[end]) {
			return from + i
		}
		from = end
	}
}

func hasName(b []byte, name string) bool { return indexName(b, name) >= 0 }

// isRegular says whether c continues a PDF name.
func isRegular(c byte) bool {
	return !strings.ContainsRune(" \t\r\n\f\x00()<>[]{}/%", rune(c))
}

func (f *pdfFile) object(num int) *pdfObject {
	for i := range f.objs {
		if f.objs[i].num == num {
			return &f.objs[i]
		}
	}
	return nil
}

// add appends a new object with the dictionary and stream data.
func (f *pdfFile) add(dict string, data []byte) int {
	num := len(f.objs) + 1
	var b bytes.Buffer
	fmt.Fprintf(&b, "%d 0 obj\n%s\nstream\n", num, dict)
	b.Write(data)
	b.WriteString("\nendstream\nendobj\n")
	f.objs = append(f.objs, pdfObject{num, b.Bytes()})
	return num
}

// addObject appends a new object holding the dictionary alone.
func (f *pdfFile) addObject(dict string) int {
	num := len(f.objs) + 1
	f.objs = append(f.objs, pdfObject{num, []byte(fmt.Sprintf("%d 0 obj\n%s\nendobj\n", num, dict))})
	return num
}

// bytes writes the file with a fresh cross-reference table and a trailer
// whose ID is the hash of everything before it: the same document gives
// the same bytes, and a different one a different ID.
func (f *pdfFile) bytes() []byte {
	// One allocation of the file's size: a long table's PDF is tens of
	// megabytes, and a growing buffer would hold it up to twice over.
	size := len(f.header) + 256 + 20*len(f.objs)
	for _, o := range f.objs {
		size += len(o.body)
	}
	var b bytes.Buffer
	b.Grow(size)
	b.Write(f.header)
	offsets := make([]int, len(f.objs)+1)
	for _, o := range f.objs {
		offsets[o.num] = b.Len()
		b.Write(o.body)
	}
	xref := b.Len()
	sum := sha256.Sum256(b.Bytes())
	id := fmt.Sprintf("%X", sum[:16])
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets))
	for _, off := range offsets[1:] {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<<\n/Size %d\n/Root %d 0 R\n", len(offsets), f.root)
	if f.info != 0 {
		fmt.Fprintf(&b, "/Info %d 0 R\n", f.info)
	}
	fmt.Fprintf(&b, "/ID [<%s> <%s>]\n>>\nstartxref\n%d\n%%%%EOF\n", id, id, xref)
	return b.Bytes()
}

// checkNumbers makes sure the objects are numbered 1 to n, as the single
// cross-reference section written says.
func (f *pdfFile) checkNumbers() error {
	seen := make([]bool, len(f.objs)+1)
	for _, o := range f.objs {
		if o.num < 1 || o.num > len(f.objs) || seen[o.num] {
			return fmt.Errorf("read pdf: objects not numbered 1 to %d", len(f.objs))
		}
		seen[o.num] = true
	}
	return nil
}
