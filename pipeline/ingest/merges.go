package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"io"
	"regexp"

	"github.com/xuri/excelize/v2"
)

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
