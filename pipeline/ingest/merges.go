package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"
)

// partMerges reads the merged ranges of every worksheet straight from the
// package, scanning each part's bytes for <mergeCell ref="…"/>.
// excelize's GetMergeCells would parse the whole sheet into memory first,
// which doubles the reading of a large sheet that Rows() then streams.
func partMerges(file string) (map[string][]span, error) {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	read := func(name string) ([]byte, error) {
		f, ok := parts[name]
		if !ok {
			return nil, io.ErrUnexpectedEOF
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return io.ReadAll(rc)
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	raw, err := read("xl/workbook.xml")
	if err != nil {
		return nil, err
	}
	if err := xml.Unmarshal(raw, &wb); err != nil {
		return nil, err
	}
	if raw, err = read("xl/_rels/workbook.xml.rels"); err != nil {
		return nil, err
	}
	if err := xml.Unmarshal(raw, &rels); err != nil {
		return nil, err
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		targets[r.ID] = t
	}
	out := map[string][]span{}
	for _, s := range wb.Sheets {
		f, ok := parts[targets[s.ID]]
		if !ok {
			continue
		}
		spans, err := scanMerges(f)
		if err != nil {
			return nil, err
		}
		out[s.Name] = spans
	}
	return out, nil
}

var mergeRef = regexp.MustCompile(`<mergeCell ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"`)

// scanMerges streams one part and collects its merged ranges, which come
// after the rows, without parsing the rows.
func scanMerges(f *zip.File) ([]span, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 256<<10)
	marker := []byte("<mergeCells")
	var tail []byte // the end of the previous chunk, in case the marker straddles two
	for {
		chunk, err := br.Peek(br.Size())
		if len(chunk) == 0 && err != nil {
			return nil, nil // no merges
		}
		buf := append(tail, chunk...)
		if i := bytes.Index(buf, marker); i >= 0 {
			br.Discard(len(chunk))
			rest, _ := io.ReadAll(br)
			return parseMerges(append(buf[i:], rest...)), nil
		}
		br.Discard(len(chunk))
		tail = append(tail[:0], chunk[max(0, len(chunk)-len(marker)):]...)
		if err != nil {
			return nil, nil
		}
	}
}

func parseMerges(b []byte) []span {
	var out []span
	for _, m := range mergeRef.FindAllSubmatch(b, -1) {
		l, t, err1 := excelize.CellNameToCoordinates(string(m[1]))
		r, bo, err2 := excelize.CellNameToCoordinates(string(m[2]))
		if err1 == nil && err2 == nil {
			out = append(out, span{t, l, bo, r})
		}
	}
	return out
}
