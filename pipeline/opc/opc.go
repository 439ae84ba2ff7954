package opc

import (
	"archive/zip"
	"bytes"
	"io"
	"sort"
)

// Rewrite copies the package pkg, passing the body of each part that
// change selects to edit, whose result replaces it; a nil result drops the
// part. With order set, entries are written sorted by it; otherwise in
// their order in pkg.
func Rewrite(pkg []byte, change func(name string) bool, edit func(name string, body []byte) []byte, order func(name string) string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil, err
	}
	files := append([]*zip.File(nil), zr.File...)
	if order != nil {
		sort.SliceStable(files, func(i, j int) bool { return order(files[i].Name) < order(files[j].Name) })
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range files {
		if !change(f.Name) {
			if err := zw.Copy(f); err != nil {
				return nil, err
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		edited := edit(f.Name, body)
		if edited == nil {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(edited); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
