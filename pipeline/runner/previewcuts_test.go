package runner

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// A head of a document is cut where its first pages' layout looks past
// it: inside a long table whose merged cells grow their rows, inside a
// group of paragraphs kept together (与下段同页) longer or shorter than a
// page, inside a section of two columns begun on the page of the one
// before, and just before a section break that turns the page. Each
// document is cut after each of its blocks and at several rows, and the
// pages drawn from the head must be the whole file's.

// para is a paragraph as Word writes one, with pPr's own properties
// (<w:keepNext/> …), of text.
func para(pPr, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + pPr + `<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` + rt.Word.Run("", text) + `</w:p>`
}

// numbered are n paragraphs 第NN段 of pPr, each about two lines long.
func numbered(from, n int, pPr string) string {
	var b strings.Builder
	for i := from; i < from+n; i++ {
		b.WriteString(para(pPr, fmt.Sprintf("第%03d段", i)+strings.Repeat("绩效评价结果良好，资金使用规范。", 3)))
	}
	return b.String()
}

// sectionBreak is the paragraph Word writes to end a section of the
// given page size (twips) and columns, with its margins and grid.
func sectionBreak(w, h int, orient, cols string) string {
	if orient != "" {
		orient = ` w:orient="` + orient + `"`
	}
	return fmt.Sprintf(`<w:p><w:pPr><w:sectPr><w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>%s<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:pPr></w:p>`, w, h, orient, cols)
}

// mergedTable is a table of a header row and n rows of three cells, whose
// first cell is merged down every seven rows and holds several lines.
func mergedTable(n int) string {
	cell := func(pr, text string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/>` + pr + `</w:tcPr>` + para("", text) + `</w:tc>`
	}
	rows := []string{`<w:tr><w:trPr><w:tblHeader/></w:trPr>` + cell("", "单位") + cell("", "项目") + cell("", "金额") + `</w:tr>`}
	for i := range n {
		first := cell(`<w:vMerge/>`, "")
		if i%7 == 0 {
			first = cell(`<w:vMerge w:val="restart"/>`, fmt.Sprintf("单位%d", i/7)+strings.Repeat("（合并单元格中的说明文字）", 6))
		}
		rows = append(rows, `<w:tr>`+first+cell("", fmt.Sprintf("项目%d", i))+cell("", fmt.Sprintf("%d.00", i))+`</w:tr>`)
	}
	return rt.Placed(`<w:tblW w:w="0" w:type="auto"/>`, []int{2800, 2800, 2800}, rows...)
}

func TestAHeadIsCutWhereTheLayoutLooksPastIt(t *testing.T) {
	j := sampleJob(t)
	twoCols := `<w:cols w:num="2" w:space="425"/>`
	for _, c := range []struct {
		name, body, sectPr string
		pages, blocks      int
	}{
		{"a table whose merges grow its rows", numbered(0, 3, "") + mergedTable(160) + numbered(3, 2, ""), "", 3, 6},
		{"a kept group longer than a page", numbered(0, 25, "") + numbered(25, 30, `<w:keepNext/>`) + numbered(55, 20, ""), "", 3, 75},
		{"a kept group across a page's foot", numbered(0, 21, "") + numbered(21, 6, `<w:keepNext/>`) + numbered(27, 30, ""), "", 2, 57},
		{"two columns after a continuous break", numbered(0, 5, "") + sectionBreak(11906, 16838, "", "") + numbered(5, 120, ""),
			twoCols[:len(twoCols)-2] + `/><w:type w:val="continuous"/>`, 2, 126},
		{"a break that turns the page", numbered(0, 40, "") + sectionBreak(16838, 11906, "landscape", "") + numbered(40, 40, ""), "", 3, 81},
	} {
		t.Run(c.name, func(t *testing.T) {
			docx := rt.Docx(t, c.body, c.sectPr, nil)
			var limits []wordmodel.HeadLimit
			for b := 1; b <= c.blocks; b++ {
				limits = append(limits, wordmodel.HeadLimit{Blocks: b, Rows: 1 + b%5*9})
			}
			headAgrees(t, j, docx, c.pages, limits)
		})
	}
}
