package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// finish rewrites the workbook excelize wrote: each formula cell gets its
// computed value as a number, and the zip entries get a fixed order and no
// timestamps.
func finish(raw []byte, formulas []formula) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, err
	}
	values := map[string]string{}
	for _, f := range formulas {
		var b strings.Builder
		xml.EscapeText(&b, []byte(f.text))
		values[b.String()] = f.value
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.Slice(files, func(i, j int) bool { return entryRank(files[i].Name) < entryRank(files[j].Name) })
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range files {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		if strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			body = formulaValues(body, values)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(body); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// entryRank orders zip entries as Excel writes them: content types first.
func entryRank(name string) string {
	switch name {
	case "[Content_Types].xml":
		return "0"
	case "_rels/.rels":
		return "1"
	}
	return "2" + name
}

var formulaCell = regexp.MustCompile(`<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="str"><f>([^<]*)</f>(?:<v>[^<]*</v>)?</c>`)

func formulaValues(sheet []byte, values map[string]string) []byte {
	return formulaCell.ReplaceAllFunc(sheet, func(m []byte) []byte {
		g := formulaCell.FindSubmatch(m)
		v, ok := values[string(g[3])]
		if !ok {
			return m
		}
		return fmt.Appendf(nil, `<c r="%s"%s><f>%s</f><v>%s</v></c>`, g[1], g[2], g[3], v)
	})
}
