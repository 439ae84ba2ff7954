package wordmodel

import (
	"strings"
	"testing"
)

// TestEachElementFindsItsDrawing: the drawings of a paragraph read once
// find for each element the anchor or inline it is in, as looking back
// from it would, and none for an element outside them.
func TestEachElementFindsItsDrawing(t *testing.T) {
	inline := `<wp:inline><wp:extent cx="1" cy="1"/><a:graphic><pic:pic>A</pic:pic></a:graphic></wp:inline>`
	anchor := `<wp:anchor><wp:extent cx="2" cy="2"/><a:graphic><wps:wsp>B</wps:wsp></a:graphic></wp:anchor>`
	pict := `<w:pict><v:rect>C</v:rect></w:pict>`
	p := strings.Repeat(`<w:r><w:drawing>`+inline+`</w:drawing></w:r><w:r>`+pict+`</w:r><w:r><w:drawing>`+anchor+`</w:drawing></w:r>`, 3)
	d := newDrawings(p)
	at := 0
	for range 3 {
		for _, c := range []struct{ el, in string }{{"<pic:pic>", inline}, {"<v:rect>", ""}, {"<wps:wsp>", anchor}} {
			i := at + strings.Index(p[at:], c.el)
			if got := d.of(i); got != c.in {
				t.Errorf("%s at %d: in %q, want %q", c.el, i, got, c.in)
			}
			at = i + 1
		}
	}
}
