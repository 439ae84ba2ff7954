package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
	"jixiao/pipeline/wordmodel"
)

func TestReadsTheFilledSampleBack(t *testing.T) {
	j, err := job.Load("../../config/qinyuan-2023.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out, err := runner.Render(j.WithOutput(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := wordmodel.Read(out.Files[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	var paras []*wordmodel.Paragraph
	var tables []*wordmodel.Table
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *wordmodel.Paragraph:
			paras = append(paras, b)
		case *wordmodel.Table:
			tables = append(tables, b)
		}
	}
	if paras[0].Style != "JxTitle" || paras[0].Text != "沁源县2023年" || paras[0].Align != "center" {
		t.Errorf("first paragraph = %+v", paras[0])
	}
	var label *wordmodel.Paragraph
	for _, p := range paras {
		if p.Text == "附件：" {
			label = p
		}
	}
	if label == nil || !label.PageBreakBefore {
		t.Errorf("附件 label %+v does not start a page (its style says so)", label)
	}
	if len(tables) != 1 {
		t.Fatalf("%d tables", len(tables))
	}
	tb := tables[0]
	if len(tb.Rows) != 37 || !tb.Rows[0].Header || tb.Rows[1].Header || len(tb.Widths) != 7 {
		t.Fatalf("table: %d rows, header %v, %d columns", len(tb.Rows), tb.Rows[0].Header, len(tb.Widths))
	}
	if c := tb.Rows[1].Cells[6]; c.Merge != wordmodel.Starts || !strings.HasPrefix(c.Text, "山西鑫利元") {
		t.Errorf("row 1 agency = %+v", c)
	}
	if c := tb.Rows[2].Cells[6]; c.Merge != wordmodel.Continues || c.Text != "" {
		t.Errorf("row 2 agency = %+v", c)
	}
	if c := tb.Rows[8].Cells[6]; c.Merge != wordmodel.Alone {
		t.Errorf("row 8 agency = %+v", c)
	}
	if !tb.Rows[0].Cells[0].Bold || tb.Rows[1].Cells[3].Text != "400.00" || tb.Rows[1].Cells[3].Align != "right" {
		t.Errorf("cells: %+v %+v", tb.Rows[0].Cells[0], tb.Rows[1].Cells[3])
	}
}
