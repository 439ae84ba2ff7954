package opc

import (
	"strings"
	"testing"
)

// FuzzInspect: any part, however broken, is inspected without a panic,
// and a DOCTYPE put after its end is always found unless a comment or
// CDATA left open swallows it.
func FuzzInspect(f *testing.F) {
	f.Add("word/document.xml", `<?xml version="1.0"?><w:document/>`)
	f.Add("word/_rels/document.xml.rels", `<Relationships><Relationship Type="x/image" Target="http://a" TargetMode="External"/></Relationships>`)
	f.Add("[Content_Types].xml", `<Types><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`)
	f.Add("a.xml", "<!-- <![CDATA[")
	f.Fuzz(func(t *testing.T, name, body string) {
		if name == "" || strings.ContainsAny(name, "\\\x00") || strings.HasPrefix(name, "/") {
			return
		}
		Inspect(pkg(t, name, body))
		if !strings.HasPrefix(body, "<") || strings.Contains(body, "<!--") || strings.Contains(body, "<![CDATA[") || strings.IndexByte(body, 0) >= 0 {
			return
		}
		got, err := Inspect(pkg(t, name, body+"<!DOCTYPE x>"))
		if err != nil {
			return // a name the zip cannot hold
		}
		found := false
		for _, g := range got {
			found = found || g.Declaration
		}
		if !found {
			t.Errorf("%q in %q: the DOCTYPE was missed: %v", body, name, got)
		}
	})
}
