package ofd

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
	"time"
)

// spoiled is raw with part name's text changed by edit (or removed when
// edit returns ""), packed again in the same order.
func spoiled(t *testing.T, raw []byte, name string, edit func(string) string) []byte {
	t.Helper()
	names, files := parts(t, raw)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		if n == name {
			s := edit(string(files[n]))
			if s == "" {
				continue
			}
			files[n] = []byte(s)
		}
		if err := add(zw, nil, part{n, files[n]}, time.Time{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The reader refuses what a broken or foreign OFD holds, naming the part
// and what is wrong with it.
func TestReadRefusesABrokenPackage(t *testing.T) {
	raw, _ := build(t, 1)
	page := "Doc_0/Pages/Page_0/Content.xml"
	firstID := func(s string) string {
		i := strings.Index(s, `<ofd:TextObject ID="`) + len(`<ofd:TextObject ID="`)
		return s[i : i+strings.IndexByte(s[i:], '"')]
	}
	for _, c := range []struct {
		what, part string
		edit       func(string) string
		want       []string
	}{
		{"not XML", page, func(s string) string { return strings.Replace(s, "</ofd:Layer>", "</ofd:Layr>", 1) }, []string{page, "XML"}},
		{"children out of order", "Doc_0/Document.xml", func(s string) string {
			return strings.Replace(strings.Replace(s, "<ofd:MaxUnitID>", "<ofd:X>", 1), "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>", "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:MaxUnitID>9</ofd:MaxUnitID>", 1)
		}, []string{"Document.xml", "ofd:X"}},
		{"MaxUnitID after PublicRes", "Doc_0/Document.xml", func(s string) string {
			i, j := strings.Index(s, "<ofd:MaxUnitID>"), strings.Index(s, "<ofd:PageArea>")
			max := s[i:j]
			s = s[:i] + s[j:]
			return strings.Replace(s, "<ofd:DocumentRes>", max+"<ofd:DocumentRes>", 1)
		}, []string{"Document.xml", "MaxUnitID", "位置不对"}},
		{"foreign namespace", "OFD.xml", func(s string) string {
			return strings.Replace(s, "http://www.ofdspec.org/2016", "http://example.com/ofd", 1)
		}, []string{"OFD.xml", "命名空间"}},
		{"a page listed but missing", page, func(string) string { return "" }, []string{"缺少", page}},
		{"a duplicate ID", page, func(s string) string {
			return strings.Replace(s, `<ofd:Layer ID="`, `<ofd:Layer ID="`+firstID(s)+`" X="`, 1)
		}, []string{"ID"}},
		{"an undeclared font", page, func(s string) string { return strings.Replace(s, `Font="1"`, `Font="999"`, 1) }, []string{page, "字体", "999"}},
		{"a missing font file", "Doc_0/Res/font_0.ttf", func(string) string { return "" }, []string{"PublicRes.xml", "font_0.ttf"}},
		{"an undeclared picture", "Doc_0/DocumentRes.xml", func(s string) string {
			return strings.Replace(s, "<ofd:MultiMedia ID=", "<ofd:MultiMedia ID=\"99999\" Old=", 1)
		}, []string{"图片"}},
		{"an ID above MaxUnitID", "Doc_0/Document.xml", func(s string) string {
			i := strings.Index(s, "<ofd:MaxUnitID>") + len("<ofd:MaxUnitID>")
			return s[:i] + "3" + s[i+strings.IndexByte(s[i:], '<'):]
		}, []string{"MaxUnitID"}},
		{"too many advances", page, func(s string) string {
			return strings.Replace(s, `DeltaX="`, `DeltaX="1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 `, 1)
		}, []string{"DeltaX"}},
	} {
		wantRefused(t, spoiled(t, raw, c.part, c.edit), c.what, c.want...)
	}
}

// wantRefused checks that Read refuses raw with an error saying each of
// want.
func wantRefused(t *testing.T, raw []byte, what string, want ...string) {
	t.Helper()
	_, err := Read(raw)
	if err == nil {
		t.Errorf("%s: read without complaint", what)
		return
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s: %v lacks %q", what, err, w)
		}
	}
}

// Read refuses, and never panics on, whatever bytes it is given.
func FuzzRead(f *testing.F) {
	raw, _ := build(f, 1)
	f.Add(raw)
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Read(data)
	})
}
