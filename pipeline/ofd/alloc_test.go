package ofd

import (
	"strings"
	"testing"

	"jixiao/pipeline/layout"
)

// objects counts the page objects of an OFD package.
func objects(t *testing.T, raw []byte) int {
	_, files := parts(t, raw)
	n := 0
	for name, data := range files {
		if strings.HasSuffix(name, "Content.xml") {
			for _, kind := range layerObjects {
				n += strings.Count(string(data), "<ofd:"+kind+" ")
			}
		}
	}
	return n
}

// Reading back decodes each part once, in the pass that checks its
// elements' order (walk), and writing puts the numbers straight into the
// page's XML: counted in allocations per page object, not timed, so
// that the bounds hold on any machine. Checking the order and then
// decoding with encoding/xml took some 69 per object, and writing with
// fmt some 18.
func TestReadingAndWritingAllocateLittlePerObject(t *testing.T) {
	laid, err := layout.Layout(fixture(t, 1), testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	n := float64(objects(t, raw))
	read := testing.AllocsPerRun(5, func() {
		if _, err := Read(raw); err != nil {
			t.Fatal(err)
		}
	})
	write := testing.AllocsPerRun(5, func() {
		if _, err := Write(laid, testMeta); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("%.0f objects: %.1f allocations each to read, %.1f to write", n, read/n, write/n)
	if read/n > readAllocs {
		t.Errorf("Read allocates %.1f times per page object, more than %d", read/n, readAllocs)
	}
	if write/n > writeAllocs {
		t.Errorf("Write allocates %.1f times per page object, more than %d", write/n, writeAllocs)
	}
}

const readAllocs, writeAllocs = 45, 9
