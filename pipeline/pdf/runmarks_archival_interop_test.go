package pdf_test

import (
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestRunMarksBordersAndWatermarksArePDFA1b: emphasis marks, a text
// border, scaled and spaced text, page borders, a vertical cell and a
// watermark (turned, stretched, light, behind the text) keep the PDF
// PDF/A-1b: no transparency, every font embedded.
func TestRunMarksBordersAndWatermarksArePDFA1b(t *testing.T) {
	t.Parallel()
	w := rt.Word
	side := rt.Side{Style: "double", Sz: 6, Color: "FF0000", Space: 24}
	body := rt.Para(w.Run(rt.Em("dot"), "着重号"), w.Run(w.Bdr("single", 8, "0000FF", 1), "边框"), w.Run(rt.Scale(150)+rt.Spacing(40), "缩放")) +
		rt.Table([]int{1200, 4000}, w.Cell(1200, "tbRl", "", rt.Centred(w.Run("", "项目2023"))), w.Cell(4000, "btLr", "", rt.Centred(w.Run("", "合计"))))
	docx := rt.WithHeader(t, rt.Docx(t, body, w.PgBorders(`w:offsetFrom="page"`, side, side, side, side), nil), w.Watermark("样稿"))
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("listed: %v", doc.Undrawn)
	}
	out, _, err := pdf.Render(doc, options(t))
	if err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "runmarks", out)
}
