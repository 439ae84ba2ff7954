package wordmodel_test

import (
	"slices"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestATablesWidthAndPlaceAreRead: w:tblW in twips, fiftieths of a
// percent or "NN%", auto, nil or 0 (the grid); w:jc center, right and end
// (left and start at the left); w:tblInd (less the cell's left margin in
// Word 2010's mode and one naming none, w:tblInd or not, for a table at
// the left) and what the table's style sets of them, the table's
// own over its style's; and the grid lines they put the columns on.
func TestATablesWidthAndPlaceAreRead(t *testing.T) {
	style := `<w:style w:type="table" w:styleId="Placed"><w:name w:val="Placed Table"/><w:tblPr><w:tblW w:w="3000" w:type="dxa"/><w:jc w:val="right"/><w:tblInd w:w="400" w:type="dxa"/></w:tblPr></w:style>`
	for _, tc := range []struct {
		name, props string
		compat      int
		want        wordmodel.TableWidth
		align       string
		indent      int
		columns     []float64 // grid lines in a text 8000 twips wide
	}{
		{"dxa", `<w:tblW w:w="4000" w:type="dxa"/>`, 15, wordmodel.TableWidth{Twips: 4000}, "", 0, []float64{0, 1000, 4000}},
		{"fiftieths", `<w:tblW w:w="2500" w:type="pct"/><w:jc w:val="center"/>`, 15, wordmodel.TableWidth{Pct: 0.5}, "center", 0, []float64{2000, 3000, 6000}},
		{"a percentage", `<w:tblW w:w="25%" w:type="pct"/><w:jc w:val="end"/>`, 15, wordmodel.TableWidth{Pct: 0.25}, "right", 0, []float64{6000, 6500, 8000}},
		{"auto", `<w:tblW w:w="0" w:type="auto"/><w:jc w:val="start"/><w:tblInd w:w="200" w:type="dxa"/>`, 15, wordmodel.TableWidth{Grid: true}, "", 200, []float64{200, 700, 2200}},
		{"nil", `<w:tblW w:w="0" w:type="nil"/><w:tblInd w:w="200" w:type="dxa"/>`, 14, wordmodel.TableWidth{Grid: true}, "", 200 - 108, []float64{92, 592, 2092}},
		{"a dxa of 0", `<w:tblW w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/></w:tblCellMar><w:tblInd w:w="200" w:type="dxa"/>`, 14, wordmodel.TableWidth{Grid: true}, "", 200, []float64{200, 700, 2200}},
		{"no indent in Word 2010's mode", `<w:tblW w:w="0" w:type="auto"/>`, 14, wordmodel.TableWidth{Grid: true}, "", -108, []float64{-108, 392, 1892}},
		{"no mode named, as WPS writes it", `<w:tblW w:w="0" w:type="auto"/>`, 0, wordmodel.TableWidth{Grid: true}, "", -108, []float64{-108, 392, 1892}},
		{"centred in Word 2010's mode", `<w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>`, 14, wordmodel.TableWidth{Grid: true}, "center", 0, []float64{3000, 3500, 5000}},
		{"its style's", `<w:tblStyle w:val="Placed"/>`, 15, wordmodel.TableWidth{Twips: 3000}, "right", 400, []float64{5000, 5750, 8000}},
		{"its own over its style's", `<w:tblStyle w:val="Placed"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="left"/>`, 15, wordmodel.TableWidth{Grid: true}, "", 400, []float64{400, 900, 2400}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := `<w:tbl><w:tblPr>` + tc.props + `</w:tblPr><w:tblGrid><w:gridCol w:w="500"/><w:gridCol w:w="1500"/></w:tblGrid>` +
				rt.Row(false, rt.Word.Cell(500, "", "", para(run("", "甲"))), rt.Word.Cell(1500, "", "", para(run("", "乙")))) + `</w:tbl>` + para(run("", "后"))
			doc := fixture{body: body, styles: style}.read(t)
			if tc.compat != 15 {
				docx := rt.Compat(t, fixture{body: body, styles: style}.docx(t), tc.compat)
				var err error
				if doc, err = wordmodel.Read(docx); err != nil {
					t.Fatal(err)
				}
			}
			tb := tableOf(doc)
			if tb == nil || tb.Width != tc.want || tb.Align != tc.align || tb.Indent != tc.indent {
				t.Fatalf("read %+v", tb)
			}
			if got := tb.Columns(8000); !slices.Equal(got, tc.columns) {
				t.Errorf("grid lines %v, want %v", got, tc.columns)
			}
		})
	}
}
