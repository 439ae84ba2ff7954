package pdf_test

import (
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestFillsStayPDFA1b: a page of the fills as Word writes them (preset
// patterns Office draws from its own cells, a rectangle stroked with a
// gradient and an arrow whose head is filled with it, a gradient
// mirrored about the middle) is still valid PDF/A-1b by PDFBox
// Preflight: shading patterns as the stroking colour, clipped shadings
// and coloured tiling patterns are all allowed without transparency.
func TestFillsStayPDFA1b(t *testing.T) {
	t.Parallel()
	const mm = 36000
	stops := `<a:gsLst><a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs><a:gs pos="100000"><a:schemeClr val="accent1"><a:lumMod val="75000"/></a:schemeClr></a:gs></a:gsLst>`
	gradientLine := `<a:ln w="57150"><a:gradFill flip="none" rotWithShape="1">` + stops + `<a:lin ang="0" scaled="1"/><a:tileRect/></a:gradFill>`
	fills := []struct{ prst, spPr string }{
		{"rect", `<a:pattFill prst="wave"><a:fgClr><a:schemeClr val="accent1"/></a:fgClr><a:bgClr><a:schemeClr val="bg1"/></a:bgClr></a:pattFill>` + st.Ln(12700, "", "", "000000")},
		{"ellipse", `<a:pattFill prst="sphere"><a:fgClr><a:srgbClr val="C00000"/></a:fgClr><a:bgClr><a:srgbClr val="FFFF00"/></a:bgClr></a:pattFill>` + st.Ln(12700, "", "", "000000")},
		{"rect", `<a:noFill/>` + gradientLine + `</a:ln>`},
		{"straightConnector1", gradientLine + `<a:tailEnd type="triangle"/></a:ln>`},
		{"rect", `<a:gradFill flip="x" rotWithShape="1">` + stops + `<a:lin ang="0" scaled="1"/><a:tileRect r="50000"/></a:gradFill>` + st.Ln(12700, "", "", "000000")},
	}
	var runs []string
	for k, f := range fills {
		a := st.Anchor{H: "page", V: "page", X: (20 + 45*(k%4)) * mm, Y: (60 + 50*(k/4)) * mm, CX: 40 * mm, CY: 30 * mm}
		runs = append(runs, st.Run(a.Drawing(k+1, "形状", st.Shape(a, f.prst, "", f.spPr, "", "", "")), ""))
	}
	doc, err := wordmodel.Read(st.Docx(t, st.Para(append([]string{st.Text("填充")}, runs...)...), nil))
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
	validateA1b(t, "fills", out)
}
