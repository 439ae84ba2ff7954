package pdf_test

import (
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestTextEffectsArePDFA1b: text drawn in the rendering modes of 空心 and
// a text outline (filled and stroked, stroked only, invisible), a
// shadow's copy in marked content as an artifact, and a 拼音指南 pass
// PDFBox Preflight as PDF/A-1b.
func TestTextEffectsArePDFA1b(t *testing.T) {
	shadow := &wordmodel.TextShadow{DX: 0.05, DY: 0.05, Em: true, Color: "C0C0C0"}
	doc := rt.Runs(wordmodel.Run{Text: "空心", Color: "FF0000", Effects: &wordmodel.Effects{Outline: 0.25, Fill: "FFFFFF"}},
		wordmodel.Run{Text: "阴影", Bold: true, Effects: &wordmodel.Effects{Shadow: shadow}},
		wordmodel.Run{Text: "轮廓", Effects: &wordmodel.Effects{Outline: 0.75, OutlineColor: "4472C4", NoFill: true}},
		wordmodel.Run{Text: "无", Effects: &wordmodel.Effects{NoFill: true}},
		wordmodel.Run{Text: "沁源", Ruby: &wordmodel.Ruby{Run: wordmodel.Run{Text: "qìn yuán", Size: 8}, Raise: 15, Align: "center"}})
	out, _, err := pdf.Render(doc, options(t))
	if err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "effects", out)
}
