package pdf_test

import (
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestTextEffectsArePDFA1b: text drawn in the rendering modes of 空心 and
// a text outline (filled and stroked, stroked only, invisible), a
// shadow's copy in marked content as an artifact, and a 拼音指南 pass
// PDFBox Preflight as PDF/A-1b.
func TestTextEffectsArePDFA1b(t *testing.T) {
	t.Parallel()
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

// TestGradientTextAndShadowsArePDFA1b: gradient text fills (shading
// patterns, a bold one's copies marked as artifacts, a turned one) and a
// shape's sharp shadow pass PDFBox Preflight as PDF/A-1b.
func TestGradientTextAndShadowsArePDFA1b(t *testing.T) {
	t.Parallel()
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FFF2F2"}, {Pos: 0.5, Color: "FF8C8C"}, {Pos: 1, Color: "FF0000"}}
	doc := rt.Runs(wordmodel.Run{Text: "线性", Bold: true, Effects: &wordmodel.Effects{Gradient: &wordmodel.Gradient{Stops: stops, Angle: 90}}},
		wordmodel.Run{Text: "射线", Effects: &wordmodel.Effects{Gradient: &wordmodel.Gradient{Stops: stops, Path: "circle", Focus: wordmodel.Box{X: 0.5, Y: 0.5}}}})
	out, _, err := pdf.Render(doc, options(t))
	if err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "gradients", out)
	rect := st.Anchor{H: "page", V: "page", X: 720000, Y: 720000, CX: 1800000, CY: 720000}
	shadow := `<a:effectLst><a:outerShdw dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	shaped, err := wordmodel.Read(st.Docx(t, st.Para(st.Text("正文"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("FFC000")+st.Ln(12700, "", "", "C00000")+shadow, st.Style(true), "", "")), "")), nil))
	if err != nil || len(shaped.Undrawn) > 0 {
		t.Fatalf("%v %v", err, shaped.Undrawn)
	}
	if out, _, err = pdf.Render(shaped, options(t)); err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "shadows", out)
}
