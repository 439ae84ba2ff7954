package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

const subtotalDef = "tables:\n  - key: 表\n    section_rows: true\n    columns:\n      - {key: 序号, kind: sequence}\n      - {key: 项目名称, required: true}\n      - {key: 金额, kind: amount, headers: [金额（万元）]}\n"

// readCSV reads one CSV table of subtotalDef, its rows kept.
func readSubtotals(t *testing.T, text string) (*dataset.Table, dataset.Problems) {
	t.Helper()
	def, err := definition.Parse("d.yaml", []byte(subtotalDef))
	if err != nil {
		t.Fatal(err)
	}
	def.Tables[0].KeepRows = true
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "表.csv"), []byte(text), 0o644)
	ds, ps := Read(dir, def, Options{})
	if ds == nil {
		t.Fatalf("%v", ps.Sorted())
	}
	return ds.Tables[0], ps
}

// shape is the rows as kinds and texts: H heading, S subtotal with its
// amount, D data.
func shape(tbl *dataset.Table) string {
	var out []string
	for _, r := range tbl.Rows {
		switch {
		case r.Heading != "":
			out = append(out, "H"+r.Heading)
		case r.Subtotal != "":
			out = append(out, "S"+r.Subtotal+"="+r.Values[2].Amount.Decimal().StringFixed(2)+"@"+r.Values[0].Text+r.Values[1].Text)
		default:
			out = append(out, "D"+r.Values[1].Text)
		}
	}
	return strings.Join(out, " ")
}

func TestSubtotalRowsCloseSections(t *testing.T) {
	for _, c := range []struct{ name, csv, want string }{
		{"小计 in the name column, 总计 at the top",
			"序号,项目名称,金额（万元）\n,总计,10\n一,专项,\n1,甲,1\n2,乙,2\n,小 计,3\n二,转移,\n1,丙,7\n,本类小计,7\n",
			"H专项 D甲 D乙 S小 计=3.00@小 计 H转移 D丙 S本类小计=7.00@本类小计"},
		{"一、小计 in the 序号 column, 合计 closing each section",
			"序号,项目名称,金额（万元）\n一、,专项,\n1,甲,1\n一、小计,,1\n二、,转移,\n1,丙,7\n2,丁,2\n合计,,9\n三、,其他,\n合计,,0\n总计,,10\n",
			"H专项 D甲 S一、小计=1.00@一、小计 H转移 D丙 D丁 S合计=9.00@合计 H其他 S合计=0.00@合计"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tbl := readShape(t, c.csv, c.want)
			if tbl.Count != 3 || tbl.Stated == nil || tbl.Stated[2].Amount.Decimal().String() != "10" {
				t.Errorf("count %d, stated %v", tbl.Count, tbl.Stated)
			}
		})
	}
}

// readShape reads a CSV table of subtotalDef that must read without
// errors in the given shape.
func readShape(t *testing.T, csv, want string) *dataset.Table {
	t.Helper()
	tbl, ps := readSubtotals(t, csv)
	if ps.HasErrors() {
		t.Fatalf("%v", ps.Sorted())
	}
	if got := shape(tbl); got != want {
		t.Errorf("rows\n%s\nwant\n%s", got, want)
	}
	return tbl
}

// readPlain reads a CSV table of a definition without sections.
func readPlain(t *testing.T, def, csv string) dataset.Problems {
	t.Helper()
	d, err := definition.Parse("d.yaml", []byte(def))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "表.csv"), []byte(csv), 0o644)
	_, ps := Read(dir, d, Options{})
	return ps
}

// The last 合计 of a table of sections closes the last section when its
// amounts are that section's, not the table's.
func TestLastSubtotalIsNoTotal(t *testing.T) {
	tbl, ps := readSubtotals(t, "序号,项目名称,金额（万元）\n一,专项,\n1,甲,1\n合计,,1\n二,转移,\n1,丙,7\n合计,,7\n")
	if ps.HasErrors() || tbl.Stated != nil {
		t.Fatalf("stated %v: %v", tbl.Stated, ps.Sorted())
	}
	if got := shape(tbl); got != "H专项 D甲 S合计=1.00@合计 H转移 D丙 S合计=7.00@合计" {
		t.Errorf("rows %s", got)
	}
}

// A subtotal the workbook states wrong (stale after a row changed) is
// refused at its cell; the printed one is computed all the same.
func TestWrongSubtotalIsRefused(t *testing.T) {
	tbl, ps := readSubtotals(t, "序号,项目名称,金额（万元）\n一,专项,\n1,甲,1\n2,乙,2\n,小计,4\n二,转移,\n1,丙,7\n,小计,7\n,合计,10\n")
	got := messages(ps, dataset.Error)
	if len(got) != 1 || !strings.HasPrefix(got[0], "表.csv!C5：“小计”行“金额（万元）”写的 4 与本组各行之和 3.00 万元不符") {
		t.Errorf("errors %q", got)
	}
	if s := shape(tbl); !strings.Contains(s, "S小计=3.00") {
		t.Errorf("rows %s", s)
	}
}

// A total with data both above and below it, in a table without
// sections, is still refused.
func TestTotalInTheMiddleIsRefused(t *testing.T) {
	ps := readPlain(t, "tables:\n  - key: 表\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 金额, kind: amount, headers: [金额（万元）]}\n", "项目名称,金额（万元）\n甲,1\n合计,1\n乙,2\n")
	if got := messages(ps, dataset.Error); len(got) != 1 || !strings.Contains(got[0], "“合计”行之后还有数据") {
		t.Errorf("errors %q", got)
	}
}

func TestIsSubtotalLabel(t *testing.T) {
	for s, want := range map[string]bool{"小计": true, "小  计": true, "本类小计": true, "一、小计": true, "（二）小计": true, "小计：": true,
		"合计": false, "总计": false, "小型计量设备采购项目": false, "": false, "计划": false} {
		if IsSubtotalLabel(s) != want {
			t.Errorf("IsSubtotalLabel(%q) = %t", s, !want)
		}
	}
}
