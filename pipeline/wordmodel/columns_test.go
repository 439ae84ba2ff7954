package wordmodel_test

import (
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestColumnsAreReadAsEachWriterWritesThem: w:cols of equal columns
// (sharing the text block less the gaps; the spec's 720-twip gap where
// none is named) and of each w:col's own width and gap, with w:sep in
// Word's, WPS's and LibreOffice's spellings; one column is none. The
// text block of the template is 8844 twips wide.
func TestColumnsAreReadAsEachWriterWritesThem(t *testing.T) {
	const twip = 25.4 / 1440
	for _, c := range []struct {
		name, cols string
		widths     []float64 // twips, each column's, then its gap
		line       bool
	}{
		{"Word, two", `<w:cols w:num="2" w:space="425"/>`, []float64{4209.5, 425, 4209.5, 0}, false},
		{"Word, line", `<w:cols w:num="2" w:sep="1" w:space="425"/>`, []float64{4209.5, 425, 4209.5, 0}, true},
		{"WPS, three", `<w:cols w:space="425" w:num="3" w:sep="1"/>`, []float64{2664.67, 425, 2664.67, 425, 2664.67, 0}, true},
		{"LibreOffice, two", `<w:cols w:num="2" w:space="567" w:equalWidth="true" w:sep="true"/>`, []float64{4138.5, 567, 4138.5, 0}, true},
		{"no gap named", `<w:cols w:num="2"/>`, []float64{4062, 720, 4062, 0}, false},
		{"Word, unequal", `<w:cols w:num="2" w:space="425" w:equalWidth="0"><w:col w:w="5000" w:space="425"/><w:col w:w="3419"/></w:cols>`, []float64{5000, 425, 3419, 0}, false},
		{"LibreOffice, unequal", `<w:cols w:num="2" w:space="0" w:equalWidth="false" w:sep="false"><w:col w:w="4000" w:space="844"/><w:col w:w="4000" w:space="0"/></w:cols>`, []float64{4000, 844, 4000, 0}, false},
		{"one", `<w:cols w:space="425"/>`, nil, false},
	} {
		doc := fixture{body: para(run("", "正文")), sectRefs: c.cols}.read(t)
		s := doc.Sections[len(doc.Sections)-1]
		var got []float64
		for _, col := range s.Columns {
			got = append(got, col.Width/twip, col.Space/twip)
		}
		if len(got) != len(c.widths) || s.ColumnLine != c.line {
			t.Errorf("%s: columns %v (line %v), want %v (line %v)", c.name, got, s.ColumnLine, c.widths, c.line)
			continue
		}
		for i := range got {
			if math.Abs(got[i]-c.widths[i]) > 0.01 {
				t.Errorf("%s: columns %v, want %v", c.name, got, c.widths)
				break
			}
		}
	}
}

// TestAColumnBreakIsBeforeOrAfterItsText: Word's 分栏符 on a line of its
// own or at a paragraph's start is before the text; at its end, after;
// a continuous section break says the section goes on on the page.
func TestAColumnBreakIsBeforeOrAfterItsText(t *testing.T) {
	br := `<w:r><w:br w:type="column"/></w:r>`
	doc := fixture{body: para(br, run("", "甲")) + para(run("", "乙"), br) + para(run("", "丙")) +
		`<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>`}.read(t)
	var got [][2]bool
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok && p.Text != "" {
			got = append(got, [2]bool{p.ColumnBreakBefore, p.ColumnBreakAfter})
		}
	}
	want := [][2]bool{{true, false}, {false, true}, {false, false}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("column breaks before and after %v, want %v", got, want)
	}
	if !doc.Sections[0].Continuous || doc.Sections[1].Continuous {
		t.Errorf("continuous: %v, %v; want the first section's only", doc.Sections[0].Continuous, doc.Sections[1].Continuous)
	}
}
