package wordmodel

import (
	"bytes"
	"strings"
	"testing"
)

// TestIndexSectPrFindsWhatIndexFinds: on strings of the tag's pieces and
// look-alikes, in every order, the search led by the tag's 'P' finds
// the first tag where bytes.Index does.
func TestIndexSectPrFindsWhatIndexFinds(t *testing.T) {
	pieces := []string{"<w:sectPr", "<w:pPr>", "P", sectPrTag[:len(sectPrTag)-2], "Pr>", "<", "<w:sectPrChange", "x"}
	var walk func(s string, depth int)
	n := 0
	walk = func(s string, depth int) {
		n++
		if got, want := indexSectPr([]byte(s)), bytes.Index([]byte(s), []byte(sectPrTag)); got != want {
			t.Fatalf("%q: %d, want %d", s, got, want)
		}
		if depth == 4 {
			return
		}
		for _, p := range pieces {
			walk(s+p, depth+1)
		}
	}
	walk("", 0)
	if n < 4000 {
		t.Fatalf("%d strings", n)
	}
}

// TestTheSectionIsFoundAcrossChunks: the w:sectPr after a head is found
// whole wherever the chunks the rest is read in cut it, its name or its
// tracked change's inner w:sectPr; a w:sectPrChange alone is no section's,
// and a part with none after the head has none.
func TestTheSectionIsFoundAcrossChunks(t *testing.T) {
	sect := `<w:sectPr w:rsidR="00A1"><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:sectPrChange w:id="3"><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:sectPrChange></w:sectPr>`
	head := `<w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p>`
	rest := strings.Repeat(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>乙</w:t></w:r></w:p>`, 3)
	for _, c := range []struct{ part, want string }{
		{head + rest + `<w:p><w:pPr>` + sect + `</w:pPr></w:p>` + rest + `<w:sectPr/></w:body>`, sect},
		{head + rest + sect + `</w:body>`, sect},
		{head + rest + `<w:sectPrChange/>` + `</w:body>`, ""},
		{head + rest + `</w:body>`, ""},
	} {
		for chunk := 1; chunk <= len(c.part)-len(head)+1; chunk++ {
			h := &headReader{r: strings.NewReader(c.part[len(head)/2:]), chunk: chunk, buf: []byte(head[:len(head)/2])}
			// The head has been read; the rest comes in chunks.
			if err := h.fill(len(head)); err != nil {
				t.Fatal(err)
			}
			got, err := h.section(len(head))
			if err != nil || got != c.want {
				t.Fatalf("chunks of %d: %q, %v; want %q", chunk, got, err, c.want)
			}
		}
	}
}
