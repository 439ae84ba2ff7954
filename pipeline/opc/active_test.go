package opc

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

func pkg(t *testing.T, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[i+1]))
	}
	zw.Close()
	return buf.Bytes()
}

func utf16le(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, c := range []byte(s) {
		b = append(b, c, 0)
	}
	return string(b)
}

// TestDeclarationsAreFoundWhereverTheyAre: any <! other than a comment or
// CDATA is a declaration, in any XML part, in UTF-8 with or without a BOM
// or in UTF-16; one inside a comment or CDATA is text.
func TestDeclarationsAreFoundWhereverTheyAre(t *testing.T) {
	found := map[string]string{
		`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>`:                 "<!DOCTYPE",
		"\ufeff<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>": "<!DOCTYPE",
		`<x><!-- c --><!ENTITY a "b"></x>`:                                              "<!ENTITY",
		`<?xml version="1.0"?><!-- <!DOCTYPE x> --><x/><!doctype y>`:                    "<!doctype",
		utf16le(`<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>`):              "<!DOCTYPE",
	}
	for body, want := range found {
		got, err := Inspect(pkg(t, "word/document.xml", body))
		if err != nil || len(got) != 1 || !got[0].Declaration || !strings.Contains(got[0].What, want) {
			t.Errorf("%q: %v %v", body, got, err)
		}
	}
	for _, body := range []string{
		`<?xml version="1.0"?><!-- <!DOCTYPE x> --><x><![CDATA[<!ENTITY a "b">]]></x>`,
		"\x89PNG\r\n\x1a\n<!DOCTYPE", // not XML: a picture's bytes
		"",
	} {
		if got, err := Inspect(pkg(t, "word/media/x", body)); err != nil || len(got) != 0 {
			t.Errorf("%q: %v %v", body, got, err)
		}
	}
}

// TestRelationships: outside targets other than hyperlinks, and types that
// bring code in, are found once each; a hyperlink is not.
func TestRelationships(t *testing.T) {
	rels := `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://a.example/" TargetMode="External"/>` +
		`<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="\\server\share\x.png" TargetMode="External"/>` +
		`<Relationship Id="r3" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>` +
		`<Relationship Id="r4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>` +
		`<Relationship Id="r5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>` +
		`</Relationships>`
	got, err := Inspect(pkg(t, "xl/_rels/workbook.xml.rels", rels, "xl/vbaProject.bin", "x"))
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, f := range got {
		all = append(all, f.String())
	}
	joined := strings.Join(all, "\n")
	if len(got) != 3 || !strings.Contains(joined, "xl/workbook.xml：链接到外部的图片“\\\\server\\share\\x.png”") ||
		!strings.Contains(joined, "xl/vbaProject.bin：是宏") || !strings.Contains(joined, "xl/workbook.xml：引用了外部链接") || strings.Contains(joined, "a.example") {
		t.Errorf("%s", joined)
	}
	if got, _ := Inspect(pkg(t, "_rels/.rels", `<Relationships><Relationship Type="x/vbaProject" Target="/word/vbaProject.bin"/></Relationships>`)); len(got) != 1 || got[0].Part != "_rels/.rels" {
		t.Errorf("package relationships: %v", got)
	}
	if got, _ := Inspect(pkg(t, "word/_rels/document.xml.rels", `<Relationships><Relationship`)); len(got) != 1 || !strings.Contains(got[0].What, "不完整") {
		t.Errorf("broken relationships: %v", got)
	}
}

// TestPartsThatCannotBeCheckedAreRefused: a UTF-16 part would hide its
// markup from every reader here, and a relationship list that is no XML
// hides its links; both are refused, not passed unchecked.
func TestPartsThatCannotBeCheckedAreRefused(t *testing.T) {
	wide := utf16le(`<?xml version="1.0" encoding="UTF-16"?><w:document><w:fldSimple w:instr="DDEAUTO cmd"/></w:document>`)
	for name, c := range map[string]struct{ part, body, want string }{
		"UTF-16 with a mark":    {"word/document.xml", wide, "UTF-16"},
		"UTF-16 without a mark": {"word/document.xml", wide[2:], "UTF-16"},
		"rels that are no XML":  {"word/_rels/document.xml.rels", "garbage<Relationships/>", "XML 有误"},
		"types that are no XML": {"[Content_Types].xml", "", "XML 有误"},
	} {
		got, err := Inspect(pkg(t, c.part, c.body))
		if err != nil || len(got) != 1 || got[0].Part != c.part || !strings.Contains(got[0].What, c.want) {
			t.Errorf("%s: %v %v", name, got, err)
		}
	}
}
