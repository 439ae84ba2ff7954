package ofd

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/tdewolff/font"
)

// Every character of every TextCode is in the embedded font its object
// names (the subset's own cmap maps it to a glyph), so a reader draws the
// text without any font of the machine's.
func TestTheEmbeddedFontsDrawEveryCharacter(t *testing.T) {
	object := regexp.MustCompile(`<ofd:TextObject [^>]*Font="(\d+)"[^>]*>.*?<ofd:TextCode [^>]*>([^<]*)</ofd:TextCode>`)
	for _, seed := range []uint64{1, 2} {
		raw, _ := build(t, seed)
		names, files := parts(t, raw)
		fonts := map[string]*font.SFNT{}
		for i := 0; ; i++ {
			data, ok := files[fmt.Sprintf("Doc_0/Res/font_%d.ttf", i)]
			if !ok {
				break
			}
			sf, err := font.ParseSFNT(data, 0)
			if err != nil {
				t.Fatalf("font_%d: %v", i, err)
			}
			fonts[fmt.Sprint(i+1)] = sf
		}
		checked := 0
		for _, n := range names {
			if !strings.HasSuffix(n, "Content.xml") {
				continue
			}
			for _, m := range object.FindAllStringSubmatch(string(files[n]), -1) {
				sf := fonts[m[1]]
				if sf == nil {
					t.Fatalf("%s: font %s not embedded", n, m[1])
				}
				for _, r := range strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">").Replace(m[2]) {
					if sf.GlyphIndex(r) == 0 {
						t.Errorf("seed %d %s: font %s has no glyph for %q", seed, n, m[1], r)
					}
					checked++
				}
			}
		}
		if checked < 1000 {
			t.Errorf("seed %d: only %d characters checked", seed, checked)
		}
	}
}
