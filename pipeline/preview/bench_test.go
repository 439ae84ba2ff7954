package preview

import (
	"fmt"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// BenchmarkPreview100000Rows is the web page's preview (20 pages) of a
// document whose attachment table has 100,000 rows, from the read model:
// the layout stops after the pages shown.
func BenchmarkPreview100000Rows(b *testing.B) {
	rows := []wordmodel.Row{{Header: true, Cells: []wordmodel.Cell{{Text: "序号", Span: 1}, {Text: "项目名称", Span: 1}, {Text: "金额", Span: 1}}}}
	for i := 1; i <= 100000; i++ {
		rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{{Text: fmt.Sprint(i), Span: 1}, {Text: fmt.Sprintf("第%d个农村公路养护项目", i), Span: 1}, {Text: "10790.69", Span: 1, Align: "right"}}})
	}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "附件：项目结果汇总表"},
		&wordmodel.Table{Widths: []int{600, 3000, 1400}, Rows: rows},
	}}
	opt := testOptions(b)
	b.ResetTimer()
	for b.Loop() {
		if pages, err := Preview(doc, opt, 20); err != nil || len(pages) != 20 {
			b.Fatalf("%d pages, %v", len(pages), err)
		}
	}
}
