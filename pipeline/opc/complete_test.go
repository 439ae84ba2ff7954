package opc

import (
	"strings"
	"testing"
)

// TestAPartCutShortIsRefused: a part that stops before its root's end tag
// (a copy that did not finish, a crafted file) is named, wherever it is
// cut — inside a tag, between two, inside text — and a complete part is
// not, however its writer ends it.
func TestAPartCutShortIsRefused(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">落款 </w:t></w:r></w:p>` +
		`<!-- a comment --><w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
	for _, whole := range []string{doc, doc + "\r\n", doc + "\n\n  ", `<w:hdr/>`, `<?xml version="1.0"?><w:ftr xmlns:w="x" />`,
		`<Relationships xmlns="x"><Relationship Id="rId1" Target="a"/></Relationships>`} {
		if got, _ := Inspect(pkg(t, "word/document.xml", whole)); len(got) != 0 {
			t.Errorf("%q: %v", whole, got)
		}
	}
	for n := 1; n < len(doc)-1; n++ {
		cut := doc[:n]
		if strings.TrimSpace(cut) == "" {
			continue
		}
		got, _ := Inspect(pkg(t, "word/header1.xml", cut))
		if len(got) != 1 || got[0].Part != "word/header1.xml" || !strings.Contains(got[0].What, "不完整") {
			t.Fatalf("cut at %d (…%q): %v", n, cut[max(0, n-20):], got)
		}
	}
}
