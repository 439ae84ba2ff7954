package wordxml

import "testing"

func TestElements(t *testing.T) {
	s := `<w:body><w:p><w:pPr/><w:r><w:t>a</w:t><w:tab/></w:r><w:r><w:txbxContent><w:p><w:r><w:t>b</w:t></w:r></w:p></w:txbxContent></w:r></w:p><w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>`
	ps := Elements(s, "w:p", 0, len(s))
	var got []string
	for _, p := range ps {
		got = append(got, s[p.Start:p.End])
	}
	want := []string{
		`<w:p><w:pPr/><w:r><w:t>a</w:t><w:tab/></w:r><w:r><w:txbxContent><w:p><w:r><w:t>b</w:t></w:r></w:p></w:txbxContent></w:r></w:p>`,
		`<w:p/>`,
		`<w:p><w:r><w:t>c</w:t></w:r></w:p>`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("element %d = %q, want %q", i, got[i], want[i])
		}
	}
	if n := len(Elements(s, "w:t", 0, len(s))); n != 3 {
		t.Errorf("%d w:t elements (w:tab must not count), want 3", n)
	}
	if End(`<w:p><w:r>`, 0, "w:p", 10) != -1 {
		t.Error("an element without its end tag was given an end")
	}
	if v, ok := Val(`<w:pPr><w:jc w:val="center"/><w:pageBreakBefore/></w:pPr>`, "w:jc"); !ok || v != "center" {
		t.Errorf("Val = %q %v", v, ok)
	}
	if v, ok := Val(`<w:pageBreakBefore/>`, "w:pageBreakBefore"); !ok || v != "" {
		t.Errorf("Val of a bare element = %q %v", v, ok)
	}
}
