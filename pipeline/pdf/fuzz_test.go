package pdf

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// FuzzRender: a template whose document.xml a clerk's tool or an attacker
// damaged (a tag cut short, an attribute out of range, elements where
// Word never writes them) is read, laid out and drawn without a panic;
// the run refuses it or publishes, never crashes the server. The seeds
// are the corpus's fixtures, one per feature, so the mutations start from
// every feature the layout draws.
func FuzzRender(f *testing.F) {
	features := allFeatures(f)
	for i, ft := range features {
		f.Add(uint8(i), ft.body)
	}
	f.Fuzz(func(t *testing.T, i uint8, body string) {
		ft := features[int(i)%len(features)]
		ft.body = body
		doc, err := wordmodel.Read(ft.docx(t))
		if err != nil {
			return
		}
		Render(doc, testOptions(t))
	})
}
