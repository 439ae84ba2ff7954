package opc

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
	"time"
)

func TestRewrite(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"b.xml", "a.xml", "[Content_Types].xml"} {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Now()})
		w.Write([]byte("<" + name + ">"))
	}
	zw.Close()
	out, err := Rewrite(buf.Bytes(), func(n string) bool { return n == "a.xml" },
		func(_ string, body []byte) []byte { return append(body, "!"...) },
		func(n string) string {
			if n == "[Content_Types].xml" {
				return "0"
			}
			return "1" + n
		})
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "a.xml" && string(b) != "<a.xml>!" {
			t.Errorf("a.xml = %q", b)
		}
		if f.Name == "a.xml" && (f.ModifiedDate != 0 || f.ModifiedTime != 0) {
			t.Errorf("a rewritten part carries a time: %v", f.Modified)
		}
	}
	if got := names[0] + "," + names[1] + "," + names[2]; got != "[Content_Types].xml,a.xml,b.xml" {
		t.Errorf("order = %s", got)
	}
}
