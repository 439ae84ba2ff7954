package wordmodeltest

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

func TestSplitAndText(t *testing.T) {
	table := &wordmodel.Table{Rows: []wordmodel.Row{
		{Cells: []wordmodel.Cell{{Text: "项目"}, {Text: "金额"}}},
		{Cells: []wordmodel.Cell{{Text: "甲"}, {Text: "1.00"}}},
	}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Text: "标题"}, table, &wordmodel.Paragraph{Text: "附件："}}}
	paras, tables := Split(doc)
	if len(paras) != 2 || paras[1].Text != "附件：" || len(tables) != 1 || tables[0] != table {
		t.Errorf("split: %v %v", paras, tables)
	}
	if got, want := Text(doc.Blocks, "|"), "标题\n项目|金额|\n甲|1.00|\n附件：\n"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}
