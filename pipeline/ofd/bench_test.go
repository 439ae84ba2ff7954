package ofd

import (
	"testing"

	"jixiao/pipeline/layout"
)

// BenchmarkWrite is the OFD writer's own share of a build: drawing a
// laid-out document's kept pages into the package, fonts and all.
func BenchmarkWrite(b *testing.B) {
	laid, err := layout.Layout(fixture(b, 1), testOptions(b).Layout())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Write(laid, testMeta); err != nil {
			b.Fatal(err)
		}
	}
}
