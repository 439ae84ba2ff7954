package wordmodel_test

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// floatingRow is a two-cell row of a floating table.
func floatingRow(a, b string) string {
	return rt.Row(false, rt.Word.Cell(1500, "", "", para(run("", a))), rt.Word.Cell(1500, "", "", para(run("", b))))
}

// TestAFloatingTablesPlaceIsRead: w:tblpPr as Word, WPS and LibreOffice
// write it: anchors (text, margin, page; Word's defaults text across and
// margin down where it names none), offsets or alignments, the distances
// the text keeps, w:tblOverlap; tblpX to the first cell's text in Word
// 2010's mode and WPS's (the border the cell's left margin further out),
// to the border in Word 2013's; tblpYSpec inline is a table in the flow.
func TestAFloatingTablesPlaceIsRead(t *testing.T) {
	const twip = 25.4 / 72 / 20
	for _, tc := range []struct {
		name, tblpPr string
		compat       int
		want         *wordmodel.TableFloat
	}{
		{"Word, dragged", `<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="285"/>`, 15,
			&wordmodel.TableFloat{FromX: "margin", FromY: "text", AlignX: "right", Y: 285 * twip, Left: 180 * twip, Right: 180 * twip}},
		{"Word, defaults", `<w:tblpPr w:tblpX="1000" w:tblpY="2000"/>`, 15,
			&wordmodel.TableFloat{FromX: "text", FromY: "margin", X: 1000 * twip, Y: 2000 * twip}},
		{"Word 2010, to the text", `<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:topFromText="100" w:bottomFromText="200" w:vertAnchor="page" w:horzAnchor="page" w:tblpX="2000" w:tblpY="3000"/><w:tblOverlap w:val="never"/>`, 14,
			&wordmodel.TableFloat{FromX: "page", FromY: "page", X: (2000 - 108) * twip, Y: 3000 * twip, Left: 180 * twip, Right: 180 * twip, Top: 100 * twip, Bottom: 200 * twip, NoOverlap: true}},
		{"WPS", `<w:tblpPr w:vertAnchor="text" w:horzAnchor="page" w:tblpX="1853" w:tblpY="235" w:tblpXSpec="" w:leftFromText="180" w:rightFromText="180"/>`, 0,
			&wordmodel.TableFloat{FromX: "page", FromY: "text", X: (1853 - 108) * twip, Y: 235 * twip, Left: 180 * twip, Right: 180 * twip}},
		{"centred, bottom", `<w:tblpPr w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpYSpec="bottom"/>`, 14,
			&wordmodel.TableFloat{FromX: "margin", FromY: "margin", AlignX: "center", AlignY: "bottom"}},
		{"inline", `<w:tblpPr w:vertAnchor="text" w:tblpYSpec="inline"/>`, 15, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := rt.Placed(tc.tblpPr+`<w:tblW w:w="3000" w:type="dxa"/>`, []int{1500, 1500}, floatingRow("甲", "乙")) + para(run("", "后"))
			doc, err := wordmodel.Read(rt.Compat(t, fixture{body: body}.docx(t), tc.compat))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Undrawn) > 0 {
				t.Fatalf("listed: %v", doc.Undrawn)
			}
			got := tableOf(doc).Float
			if (got == nil) != (tc.want == nil) {
				t.Fatalf("float %+v, want %+v", got, tc.want)
			}
			if got == nil {
				return
			}
			w := *tc.want
			g := *got
			for _, p := range []*float64{&g.X, &g.Y, &g.Left, &g.Right, &g.Top, &g.Bottom} {
				*p = math.Round(*p*1000) / 1000
			}
			for _, p := range []*float64{&w.X, &w.Y, &w.Left, &w.Right, &w.Top, &w.Bottom} {
				*p = math.Round(*p*1000) / 1000
			}
			if g != w {
				t.Errorf("float %+v, want %+v", g, w)
			}
		})
	}
}

// TestAFloatingTableOutsideTheBodyIsListed: the body's, a header's and a
// footer's tables float; one nested in a cell is listed, naming where it
// is.
func TestAFloatingTableOutsideTheBodyIsListed(t *testing.T) {
	inner := rt.Placed(`<w:tblpPr w:vertAnchor="text" w:tblpY="1"/><w:tblW w:w="1000" w:type="dxa"/>`, []int{1000}, rt.Row(false, rt.Word.Cell(1000, "", "", para(run("", "内")))))
	outer := rt.Placed(`<w:tblW w:w="3000" w:type="dxa"/>`, []int{3000}, rt.Row(false, rt.Word.Cell(3000, "", "", para(run("", "外")), inner, para())))
	doc := fixture{body: outer + para(run("", "后"))}.read(t)
	found := false
	for _, f := range doc.Undrawn {
		found = found || strings.Contains(f.What, "浮动表格")
	}
	if !found {
		t.Errorf("a floating table nested in a cell is not listed: %v", doc.Undrawn)
	}
	if tableOf(doc).Float != nil {
		t.Errorf("the outer table floats")
	}
}
