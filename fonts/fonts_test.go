package fonts

import (
	"testing"

	"github.com/tdewolff/font"
)

// TestFangSongLooksLikeFangSongGB2312: table figures line up because
// every digit is half an em wide, and quotation marks and 优 are full
// width, as in 仿宋_GB2312.
func TestFangSongLooksLikeFangSongGB2312(t *testing.T) {
	f, err := font.ParseSFNT(FangSong, 0)
	if err != nil {
		t.Fatal(err)
	}
	em := f.Head.UnitsPerEm
	width := func(r rune) uint16 {
		g := f.GlyphIndex(r)
		if g == 0 {
			t.Fatalf("no glyph for %q", r)
		}
		return f.GlyphAdvance(g)
	}
	for _, r := range "0123456789" {
		if w := width(r); w != em/2 {
			t.Errorf("digit %q is %d wide, want %d (half an em)", r, w, em/2)
		}
	}
	for _, r := range "“”‘’优，。" {
		if w := width(r); w != em {
			t.Errorf("%q is %d wide, want %d (full width)", r, w, em)
		}
	}
	if _, err := font.ParseSFNT(Kai, 0); err != nil {
		t.Errorf("the Kai face does not parse: %v", err)
	}
}
