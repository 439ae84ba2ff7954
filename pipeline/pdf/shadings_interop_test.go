package pdf_test

import (
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestGradientsStayPDFA1b: a page of gradient-filled shapes as Word
// writes them (linear through three stops, scaled and turned; a circle
// from a focus off centre; a rectangular gradient in a heart; a colour
// at half alpha), curved presets and a callout with a pattern fill is
// still valid PDF/A-1b by PDFBox Preflight: shadings, clips, stitching
// functions and coloured tiling patterns are allowed.
func TestGradientsStayPDFA1b(t *testing.T) {
	t.Parallel()
	const mm = 36000
	stops := `<a:gsLst><a:gs pos="0"><a:srgbClr val="C00000"/></a:gs><a:gs pos="40000"><a:schemeClr val="accent1"><a:tint val="44500"/><a:satMod val="160000"/></a:schemeClr></a:gs>` +
		`<a:gs pos="100000"><a:srgbClr val="FFFF00"><a:alpha val="50000"/></a:srgbClr></a:gs></a:gsLst>`
	fills := []struct{ prst, xfrm, fill string }{
		{"rect", ` rot="1800000"`, `<a:gradFill rotWithShape="1">` + stops + `<a:lin ang="2700000" scaled="1"/></a:gradFill>`},
		{"ellipse", "", `<a:gradFill>` + stops + `<a:path path="circle"><a:fillToRect l="20000" t="30000" r="80000" b="70000"/></a:path></a:gradFill>`},
		{"heart", "", `<a:gradFill>` + stops + `<a:path path="rect"><a:fillToRect l="50000" t="50000" r="50000" b="50000"/></a:path></a:gradFill>`},
		{"cloud", "", st.Fill("00B050")},
		{"wedgeRectCallout", "", `<a:pattFill prst="pct30"><a:fgClr><a:srgbClr val="0070C0"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>`},
	}
	var runs []string
	for k, f := range fills {
		a := st.Anchor{H: "page", V: "page", X: (20 + 45*(k%4)) * mm, Y: (60 + 50*(k/4)) * mm, CX: 40 * mm, CY: 30 * mm}
		runs = append(runs, st.Run(a.Drawing(k+1, "形状", st.Shape(a, f.prst, f.xfrm, f.fill+st.Ln(12700, "", "", "000000"), "", "", "")), ""))
	}
	doc, err := wordmodel.Read(st.Docx(t, st.Para(append([]string{st.Text("渐变")}, runs...)...), nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	out, _, err := pdf.Render(doc, options(t))
	if err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "gradients", out)
}
