package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Text reads the text layer of a PDF this package wrote, page by page, in
// the order it was drawn, one line per baseline. It is the reader half of
// the build's consistency check: the check must see what the file says,
// not what the renderer meant to say. It understands fpdf's output (text as
// UTF-16 code units under Identity-H fonts), not PDFs in general.
func Text(pdf []byte) ([]string, error) {
	pages, err := contents(pdf)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(pages))
	for i, c := range pages {
		out[i] = pageText(c)
	}
	return out, nil
}

// contents returns each page's decompressed content stream, in page order.
func contents(pdf []byte) ([][]byte, error) {
	objects := indexObjects(pdf)
	var kids []int
	// The first page tree by object number: a map's order would read a
	// PDF with several (an intermediate node's) differently from run to run.
	for _, n := range slices.Sorted(maps.Keys(objects)) {
		if body := objects[n]; bytes.Contains(body, []byte("/Type /Pages")) {
			m := kidsList.FindSubmatch(body)
			if m == nil {
				return nil, fmt.Errorf("PDF 页面树无法读取")
			}
			for _, ref := range objRef.FindAllSubmatch(m[1], -1) {
				n, _ := strconv.Atoi(string(ref[1]))
				kids = append(kids, n)
			}
			break
		}
	}
	if len(kids) == 0 {
		return nil, fmt.Errorf("PDF 中没有页面")
	}
	var pages [][]byte
	for _, kid := range kids {
		m := contentsRef.FindSubmatch(objects[kid])
		if m == nil {
			pages = append(pages, nil)
			continue
		}
		n, _ := strconv.Atoi(string(m[1]))
		content, err := streamOf(objects[n])
		if err != nil {
			return nil, fmt.Errorf("PDF 第%d页的内容无法读取：%v", len(pages)+1, err)
		}
		pages = append(pages, content)
	}
	return pages, nil
}

var (
	objStart    = regexp.MustCompile(`(?m)^(\d+) 0 obj`)
	kidsList    = regexp.MustCompile(`/Kids \[([^\]]*)\]`)
	objRef      = regexp.MustCompile(`(\d+) 0 R`)
	contentsRef = regexp.MustCompile(`/Contents (\d+) 0 R`)
	lengthKey   = regexp.MustCompile(`/Length (\d+)`)
)

// indexObjects walks the file's objects in order, stepping over each
// stream by its /Length, so that bytes inside compressed data that happen
// to read "12 0 obj" are not taken for objects.
func indexObjects(pdf []byte) map[int][]byte {
	out := map[int][]byte{}
	pos := 0
	for {
		loc := objStart.FindSubmatchIndex(pdf[pos:])
		if loc == nil {
			return out
		}
		n, _ := strconv.Atoi(string(pdf[pos+loc[2] : pos+loc[3]]))
		start := pos + loc[1]
		end := bytes.Index(pdf[start:], []byte("endobj"))
		if end < 0 {
			out[n] = pdf[start:]
			return out
		}
		end += start
		if st := bytes.Index(pdf[start:end], []byte("stream")); st >= 0 {
			if m := lengthKey.FindSubmatch(pdf[start : start+st]); m != nil {
				length, _ := strconv.Atoi(string(m[1]))
				data := start + st + len("stream")
				if data < len(pdf) && pdf[data] == '\r' {
					data++
				}
				if data < len(pdf) && pdf[data] == '\n' {
					data++
				}
				if after := data + length; after <= len(pdf) {
					if e := bytes.Index(pdf[after:], []byte("endobj")); e >= 0 {
						end = after + e
					}
				}
			}
		}
		out[n] = pdf[start:end]
		pos = end + len("endobj")
	}
}

func streamOf(obj []byte) ([]byte, error) {
	start := bytes.Index(obj, []byte("stream"))
	if start < 0 {
		return nil, fmt.Errorf("没有数据流")
	}
	start += len("stream")
	if bytes.HasPrefix(obj[start:], []byte("\r\n")) {
		start += 2
	} else if start < len(obj) && obj[start] == '\n' {
		start++
	}
	var data []byte
	if m := lengthKey.FindSubmatch(obj[:start]); m != nil {
		if n, _ := strconv.Atoi(string(m[1])); start+n <= len(obj) && bytes.HasPrefix(bytes.TrimLeft(obj[start+n:], "\r\n"), []byte("endstream")) {
			data = obj[start : start+n]
		}
	}
	if data == nil {
		// No usable /Length: the data ends one end-of-line before endstream.
		// Only that one, and a \n (as fpdf writes): compressed data may
		// itself end in \r.
		end := bytes.LastIndex(obj, []byte("endstream"))
		if end < start {
			return nil, fmt.Errorf("数据流不完整")
		}
		data = obj[start:end]
		if bytes.HasSuffix(data, []byte("\n")) || bytes.HasSuffix(data, []byte("\r")) {
			data = data[:len(data)-1]
		}
	}
	if !bytes.Contains(obj[:start], []byte("/FlateDecode")) {
		return data, nil
	}
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func pageText(content []byte) string {
	var b strings.Builder
	lastY := ""
	shows(withoutArtifacts(content), func(y, s []byte) {
		if lastY != "" && string(y) != lastY {
			b.WriteByte('\n')
		}
		lastY = string(y)
		b.WriteString(decodeString(s))
	})
	return b.String()
}

// shows calls fn for each "x y Td (string) Tj" of a content stream, with
// the y and the string still encoded. A scanner rather than a regular
// expression: the check reads every run of every page on every build.
func shows(content []byte, fn func(y, s []byte)) {
	td := []byte(" Td ")
	for {
		i := bytes.Index(content, td)
		if i < 0 {
			return
		}
		// y is the number before " Td".
		ys := bytes.LastIndexByte(content[:i], ' ')
		y := content[ys+1 : i]
		rest := content[i+len(td):]
		end := stringEnd(rest)
		if end < 0 || !bytes.HasPrefix(rest[end:], []byte(" Tj")) {
			content = rest
			continue
		}
		fn(y, rest[:end])
		content = rest[end:]
	}
}

// stringEnd returns the length of the PDF string that s starts with, or -1.
func stringEnd(s []byte) int {
	if len(s) == 0 {
		return -1
	}
	switch s[0] {
	case '<':
		if i := bytes.IndexByte(s, '>'); i >= 0 {
			return i + 1
		}
	case '(':
		depth := 0
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '\\':
				i++
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
	}
	return -1
}

// decodeString turns a PDF string of UTF-16BE code units into text.
func decodeString(s []byte) string {
	var raw []byte
	if s[0] == '<' {
		hex := s[1 : len(s)-1]
		for i := 0; i+1 < len(hex); i += 2 {
			v, _ := strconv.ParseUint(string(hex[i:i+2]), 16, 8)
			raw = append(raw, byte(v))
		}
	} else {
		raw = unescapeLiteral(s[1 : len(s)-1])
	}
	units := make([]uint16, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		units = append(units, uint16(raw[i])<<8|uint16(raw[i+1]))
	}
	return string(utf16.Decode(units))
}

func unescapeLiteral(s []byte) []byte {
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			out = append(out, c)
			continue
		}
		i++
		switch e := s[i]; e {
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(string(s[i:j]), 8, 8)
			out = append(out, byte(v))
			i = j - 1
		default:
			out = append(out, e)
		}
	}
	return out
}
