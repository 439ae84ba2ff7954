package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// A mark for none (—, /, 无) in a number or grade column is an empty
// cell that prints as written; a grade so marked beside the score it is
// graded from, or in a column that must be filled, is refused at its cell.
func TestNoneMarks(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte("tables:\n  - key: 表\n    sheet: Sheet1\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 金额, kind: amount, headers: [金额（万元）]}\n      - {key: 得分, kind: score, headers: [得分]}\n      - {key: 等级, kind: grade, headers: [等级], from_score: 得分}\n      - {key: 考核, kind: grade, headers: [考核], required: true}\n"))
	if err != nil {
		t.Fatal(err)
	}
	def.Tables[0].KeepRows = true
	f := excelize.NewFile()
	for r, row := range [][]any{{"项目名称", "金额（万元）", "得分", "等级", "考核"}, {"甲", "—", "/", "无", "优"}, {"乙", 10, 85, "—", "良"}, {"丙", "-", "无", "／", "—"}} {
		f.SetSheetRow("Sheet1", "A"+string(rune('1'+r)), &row)
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	os.WriteFile(path, saved(t, f), 0o644)
	ds, ps := Read(path, def, Options{})
	errs := strings.Join(messages(ps, dataset.Error), "\n")
	for _, want := range []string{"Sheet1!D3：等级写作“—”（没有等级），但得分为 85", "Sheet1!E4：考核为空（写作“—”）"} {
		if !strings.Contains(errs, want) {
			t.Errorf("no error %q:\n%s", want, errs)
		}
	}
	if n := strings.Count(errs, "\n") + 1; n != 2 {
		t.Errorf("%d errors, want 2:\n%s", n, errs)
	}
	first := ds.Tables[0].Rows[0].Values
	if !first[1].Blank || first[1].Display != "—" || first[2].Display != "/" || first[3].Text != "无" || first[3].Grade != -1 {
		t.Errorf("row 2 read as %+v %+v %+v", first[1], first[2], first[3])
	}
}
