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

// sumDef is a table of amounts, its sum printed as figured: "" bare,
// as_displayed as the workbook shows the column.
func sumDef(t *testing.T, decimals string) *definition.Definition {
	t.Helper()
	y := "tables:\n  - key: 表\n    sheet: Sheet1\n    section_rows: true\n    columns:\n      - {key: 序号, kind: sequence}\n      - {key: 项目名称, required: true}\n      - {key: 金额, kind: amount, headers: [金额（万元）], print: {decimals: as_displayed}}\n" +
		"sections:\n  - key: 表\n    table: 表\n    rows: 行\n    figures:\n      - {key: 合计, kind: sum, of: 金额, print: {decimals: " + decimals + "}}\n"
	def, err := definition.Parse("d.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	def.Tables[0].KeepRows = true
	return def
}

// sumBook writes rows of [序号, 名称, amount, format] and reads it.
func sumBook(t *testing.T, def *definition.Definition, rows [][]any) (*dataset.Table, dataset.Problems) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"序号", "项目名称", "金额（万元）"})
	for i, r := range rows {
		cell := "C" + string(rune('2'+i))
		f.SetSheetRow("Sheet1", "A"+string(rune('2'+i)), &[]any{r[0], r[1], r[2]})
		if code, _ := r[3].(string); code != "" {
			style, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			f.SetCellStyle("Sheet1", cell, cell, style)
		}
	}
	path := filepath.Join(t.TempDir(), "data.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	ds, ps := Read(path, def, Options{})
	if ds == nil || ps.HasErrors() {
		t.Fatalf("%v", ps.Sorted())
	}
	return ds.Tables[0], ps
}

// A sum shows in the total row's own format where it states the amount,
// else in the rows'; a subtotal alike; and the rows' text beside the
// number is a warning only where the total row prints a bare figure.
func TestSumFormats(t *testing.T) {
	const yen, wan = `"¥"#,##0.00`, `0.00"万元"`
	rows := [][]any{{"一", "专项", nil, ""}, {1, "甲", 1000.5, wan}, {2, "乙", 2, wan}, {nil, "小计", 1002.5, yen}, {"二", "其他", nil, ""}, {1, "丙", 3, wan}, {nil, "小计", nil, ""}, {nil, "合计", 1005.5, yen}}
	tbl, ps := sumBook(t, sumDef(t, "as_displayed"), rows)
	if got := tbl.Columns[2].Format; got != yen {
		t.Errorf("the total's format %q, want its own cell's %q", got, yen)
	}
	var subs []string
	for _, r := range tbl.Rows {
		if r.Subtotal != "" {
			subs = append(subs, r.Values[2].Display)
		}
	}
	if strings.Join(subs, " ") != "¥1,002.50 3.00万元" {
		t.Errorf("subtotals shown %q: the first in its own ¥, the second, blank, as the rows", subs)
	}
	if w := strings.Join(messages(ps, dataset.Warning), "\n"); strings.Contains(w, "只印数字") {
		t.Errorf("a warning though the total prints as shown: %s", w)
	}

	// The total's cell empty: the rows' format.
	rows[len(rows)-1] = []any{nil, "合计", nil, ""}
	tbl, _ = sumBook(t, sumDef(t, "as_displayed"), rows)
	if got := tbl.Columns[2].Format; got != wan {
		t.Errorf("a blank total's format %q, want the rows' %q", got, wan)
	}

	// The sum printed bare: said once, at the column's first cell.
	_, ps = sumBook(t, sumDef(t, "2"), rows)
	w := strings.Join(messages(ps, dataset.Warning), "\n")
	if strings.Count(w, "合计行的金额只印数字") != 1 || !strings.Contains(w, "C3：") || !strings.Contains(w, "“万元”") {
		t.Errorf("text beside an amount, the total bare, once for the column: %s", w)
	}
	// No total row: nothing prints bare.
	_, ps = sumBook(t, sumDef(t, "2"), rows[:len(rows)-1])
	if w := strings.Join(messages(ps, dataset.Warning), "\n"); strings.Contains(w, "只印数字") {
		t.Errorf("a warning without a total row: %s", w)
	}
}

// A CSV file's sums show with the decimals and grouping its amounts are
// written with: the total's where it has one.
func TestSumFormatOfCSV(t *testing.T) {
	for text, want := range map[string]string{
		"序号,项目名称,金额（万元）\n1,甲,\"1,000.5\"\n2,乙,2.25\n,合计,\"1,002.75\"\n": "#,##0.00",
		"序号,项目名称,金额（万元）\n1,甲,1000.5\n2,乙,2.2\n":                         "0.0",
		"序号,项目名称,金额（万元）\n1,甲,10\n2,乙,2\n,合计,12\n":                       "0",
	} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "Sheet1.csv"), []byte(text), 0o644)
		ds, ps := Read(dir, sumDef(t, "as_displayed"), Options{})
		if ds == nil || ps.HasErrors() {
			t.Fatalf("%v", ps.Sorted())
		}
		if got := ds.Tables[0].Columns[2].Format; got != want {
			t.Errorf("%q: format %q, want %q", text, got, want)
		}
	}
}

// A 总计 above the rows in another format than the 合计 below them is
// warned of at its cell: both print in the one below's.
func TestTotalsInTwoFormatsAreWarned(t *testing.T) {
	const yen, wan = `"¥"#,##0.00`, `0.00"万元"`
	rows := [][]any{{"总计", nil, 3, yen}, {1, "甲", 1, wan}, {2, "乙", 2, wan}, {"合计", nil, 3, wan}}
	tbl, ps := sumBook(t, sumDef(t, "as_displayed"), rows)
	w := messages(ps, dataset.Warning)
	if tbl.Columns[2].Format != wan || len(w) != 1 || !strings.HasPrefix(w[0], "data.xlsx!Sheet1!C2：“总计”行的数字格式") {
		t.Errorf("format %q, warnings %q", tbl.Columns[2].Format, w)
	}
	rows[0][3] = wan
	if _, ps = sumBook(t, sumDef(t, "as_displayed"), rows); len(messages(ps, dataset.Warning)) != 0 {
		t.Errorf("warnings for one format: %q", messages(ps, dataset.Warning))
	}
}
