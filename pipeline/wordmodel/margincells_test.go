package wordmodel_test

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestALogoInAHeaderTable: a 红头 logo floating in a header table's cell
// is placed from that cell, as Word lays it out in the cell: across from
// the cell's content box (column, margin) or its box (page), found from
// the grid, the table's alignment and its cell margins; down from the
// header's top, where the first row starts. WPS's layoutInCell="0" (no
// Word compatibility mode) is placed from the text block. A logo laid
// out in a lower row or in a footer's table, whose top the PDF does not
// know, is listed.
func TestALogoInAHeaderTable(t *testing.T) {
	const twip = 25.4 / 1440
	pad := 108 * twip
	logo := func(a st.Anchor, inCell string) sealtest.Float {
		a.CX, a.CY = 720000, 240000 // 20 × 6.667 mm
		return sealtest.Float{Anchor: a, InCell: inCell}
	}
	table := func(f sealtest.Float, props string) string {
		tbl := sealtest.Table([]int{2000, 4000}, []string{sealtest.Cell(2000, sealtest.Para("left", st.Text("徽"))), sealtest.Cell(4000, sealtest.Para("right", st.Text("沁源县财政局"), f.Run(9, "徽标", "rIdLogo")))})
		return strings.Replace(tbl, "<w:tblBorders>", props+"<w:tblBorders>", 1)
	}
	for _, tc := range []struct {
		name  string
		f     sealtest.Float
		props string
		wps   bool
		x, y  float64 // mm from the text block's left edge and the header's top
		fromX string
	}{
		{"Word: column and paragraph", logo(st.Anchor{H: "column", V: "paragraph", X: 180000, Y: 36000}, "1"), "", false, 2000*twip + pad + 5, 1, "margin"},
		{"centred in the cell, at its top", logo(st.Anchor{H: "column", V: "page", AlignX: "center", AlignY: "top"}, "1"), "", false, 2000*twip + pad + (4000*twip-2*pad-20)/2, 0, "margin"},
		{"the cell as the page, a centred table", logo(st.Anchor{H: "page", V: "page", X: 72000, Y: 72000}, "1"), `<w:jc w:val="center"/>`, false, (156.00-6000*twip)/2 + 2000*twip + 2, 2, "margin"},
		{"right of the margin, an indented table", logo(st.Anchor{H: "margin", V: "margin", AlignX: "right", Y: 36000}, "1"), `<w:tblInd w:w="567" w:type="dxa"/>`, false, 567*twip + 6000*twip - pad - 20, 1, "margin"},
		{"right in the cell's left margin", logo(st.Anchor{H: "leftMargin", V: "paragraph", AlignX: "right"}, "1"), "", false, 2000*twip + pad - 20, 0, "margin"},
		{"WPS: not in the cell", logo(st.Anchor{H: "column", V: "paragraph", X: 180000, Y: 36000}, "0"), "", true, 5, 1, "column"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docx := sealtest.Docx(t, st.Para(st.Text("正文")), table(tc.f, tc.props))
			if tc.wps {
				docx = sealtest.AsWPS(t, docx)
			}
			doc, err := wordmodel.Read(docx)
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Undrawn) > 0 || len(doc.HeaderImages) != 1 {
				t.Fatalf("listed %v; %d header pictures", doc.Undrawn, len(doc.HeaderImages))
			}
			sec := doc.Sections[0]
			if w := sec.Width - sec.Left - sec.Right; math.Abs(w-156.00) > 0.01 {
				t.Fatalf("the template's text block is %.2f mm wide", w)
			}
			f := doc.HeaderImages[0].Float
			if f.FromX != tc.fromX || f.FromY != "page" || f.AlignX != "" || math.Abs(f.X-tc.x) > 0.001 || math.Abs(f.Y-sec.HeaderDist-tc.y) > 0.001 {
				t.Errorf("the logo placed %+v, want %s %.3f mm across, %.3f under the header's top (%.3f)", *f, tc.fromX, tc.x, tc.y, sec.HeaderDist)
			}
		})
	}
	t.Run("as wide as its tblW, its grid shared out", func(t *testing.T) {
		f := logo(st.Anchor{H: "column", V: "paragraph", X: 180000, Y: 36000}, "1")
		header := strings.Replace(table(f, ""), `<w:tblW w:w="6000" w:type="dxa"/>`, `<w:tblW w:w="2500" w:type="pct"/>`, 1)
		doc, err := wordmodel.Read(sealtest.Docx(t, st.Para(st.Text("正文")), header))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.HeaderImages) != 1 {
			t.Fatalf("%d header pictures", len(doc.HeaderImages))
		}
		// Half the text, 78 mm: the first column a third of it.
		if want := 26.0 + pad + 5; math.Abs(doc.HeaderImages[0].Float.X-want) > 0.001 {
			t.Errorf("the logo %.3f mm across, want %.3f", doc.HeaderImages[0].Float.X, want)
		}
	})
	t.Run("after spanned and skipped grid columns", func(t *testing.T) {
		f := logo(st.Anchor{H: "column", V: "paragraph", X: 180000, Y: 0}, "1")
		grid := sealtest.Table([]int{1000, 1000, 4000})
		grid = strings.TrimSuffix(grid, "</w:tbl>")
		seal := sealtest.Cell(4000, sealtest.Para("right", st.Text("沁源县财政局"), f.Run(9, "徽标", "rIdLogo")))
		for _, row := range []string{
			`<w:tr>` + strings.Replace(sealtest.Cell(2000, sealtest.Para("left", st.Text("徽"))), "<w:tcPr>", `<w:tcPr><w:gridSpan w:val="2"/>`, 1) + seal + `</w:tr>`,
			`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + sealtest.Cell(1000, sealtest.Para("left", st.Text("徽"))) + seal + `</w:tr>`,
		} {
			doc, err := wordmodel.Read(sealtest.Docx(t, st.Para(st.Text("正文")), grid+row+"</w:tbl>"))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Undrawn) > 0 || len(doc.HeaderImages) != 1 {
				t.Fatalf("listed %v; %d header pictures", doc.Undrawn, len(doc.HeaderImages))
			}
			if f := doc.HeaderImages[0].Float; math.Abs(f.X-(2000*twip+pad+5)) > 0.001 {
				t.Errorf("the logo %.3f mm across, want %.3f", f.X, 2000*twip+pad+5)
			}
		}
	})
	t.Run("in the second row", func(t *testing.T) {
		f := logo(st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0}, "1")
		tbl := sealtest.Table([]int{6000}, []string{sealtest.Cell(6000, sealtest.Para("left", st.Text("沁源县财政局")))}, []string{sealtest.Cell(6000, sealtest.Para("left", st.Text("文件"), f.Run(9, "徽标", "rIdLogo")))})
		doc, err := wordmodel.Read(sealtest.Docx(t, st.Para(st.Text("正文")), tbl))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.HeaderImages) != 0 || len(doc.Undrawn) != 1 || !strings.Contains(doc.Undrawn[0].What, "页眉表格的第 2 行") {
			t.Errorf("drawn %d, listed %v", len(doc.HeaderImages), doc.Undrawn)
		}
	})
	t.Run("in a footer's table", func(t *testing.T) {
		f := logo(st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0}, "1")
		tbl := sealtest.Table([]int{6000}, []string{sealtest.Cell(6000, sealtest.Para("left", st.Text("第 1 页"), f.Run(9, "徽标", "rIdLogo")))})
		// The header part, and its relationships, made the footer.
		var part, rels string
		docx := opctest.Edit(t, sealtest.Docx(t, st.Para(st.Text("正文")), tbl), map[string]func(string) string{
			"word/header7.xml":            func(s string) string { part = s; return s },
			"word/_rels/header7.xml.rels": func(s string) string { rels = s; return s },
		})
		docx = opctest.Edit(t, docx, map[string]func(string) string{
			"word/footer7.xml":            opctest.Set(strings.ReplaceAll(part, "w:hdr", "w:ftr")),
			"word/_rels/footer7.xml.rels": opctest.Set(rels),
			"word/document.xml":           func(s string) string { return strings.ReplaceAll(s, "w:headerReference", "w:footerReference") },
			"word/_rels/document.xml.rels": func(s string) string {
				return strings.Replace(strings.Replace(s, "header7.xml", "footer7.xml", 1), "relationships/header", "relationships/footer", 1)
			},
			"[Content_Types].xml": func(s string) string {
				return strings.Replace(strings.Replace(s, "/word/header7.xml", "/word/footer7.xml", 1), "wordprocessingml.header+xml", "wordprocessingml.footer+xml", 1)
			},
		})
		doc, err := wordmodel.Read(docx)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.FooterImages) != 0 || len(doc.Undrawn) != 1 || !strings.Contains(doc.Undrawn[0].What, "页脚的表格中") {
			t.Errorf("drawn %d, listed %v", len(doc.FooterImages), doc.Undrawn)
		}
	})
}
