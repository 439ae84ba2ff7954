package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

const twoLevelDef = `tables:
  - key: 自评
    sheet: 绩效自评
    columns:
      - {key: 项目名称, headers: [项目名称], required: true}
      - {key: 中央, kind: amount, headers: [资金（万元）中央], required: true}
      - {key: 省级, kind: amount, headers: [资金（万元）省级], required: true}
      - {key: 完成日期, kind: date, headers: [完成日期]}
`

// TestTwoLevelHeader reads the fixture's header of two rows (资金（万元）
// merged over 中央, 省级, 县级; 序号, 项目名称 and 完成日期 merged down),
// from the .xlsx and from the .xls LibreOffice saved of it: the columns
// are found under their joined names in 万元, every row is read, the total
// agrees, the note under it is the table's, and the row after the note is
// an error at its row.
func TestTwoLevelHeader(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(twoLevelDef))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"book.xlsx", "book.xls"} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, fixture(t, name), 0o644)
		rows := collect{}
		ds, ps := Read(path, def, Options{Sink: rows})
		if ds == nil {
			t.Fatalf("%s: %v", name, ps.Sorted())
		}
		tbl := ds.Tables[0]
		errs := messages(ps, dataset.Error)
		if len(errs) != 1 || !strings.Contains(errs[0], name+"!绩效自评!第408行") || !strings.Contains(errs[0], "注释") {
			t.Errorf("%s: errors %v, want one at row 408, after the note", name, errs)
		}
		if tbl.HeaderRow != 4 || tbl.Columns[1].Header != "资金（万元）中央" || tbl.Columns[1].Col != 3 || tbl.Columns[1].Unit.String() != "万元" || tbl.Columns[3].Col != 6 {
			t.Errorf("%s: header row %d, columns %+v", name, tbl.HeaderRow, tbl.Columns)
		}
		if n := len(rows["自评"]); n != 400 || tbl.Stated == nil || !strings.HasPrefix(tbl.Note, "注：本表金额单位为万元") {
			t.Errorf("%s: %d rows, total %v, note %q", name, n, tbl.Stated, tbl.Note)
		}
		last := rows["自评"][399]
		if v := last.Values[2]; v.Amount.Plain() != "1632.16" {
			t.Errorf("%s: last 省级 %s", name, v.Amount)
		}
	}
}
