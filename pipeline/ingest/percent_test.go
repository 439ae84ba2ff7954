package ingest

import (
	"path/filepath"
	"testing"

	"jixiao/pipeline/definition"

	"github.com/xuri/excelize/v2"
)

// A rate kept as a fraction in a % format (执行率 0.9137 in 0.00%) reads,
// in a text column, as the workbook shows it; text that only looks like a
// rate stays as written.
func TestRateInAPercentFormatReadsAsShown(t *testing.T) {
	for _, c := range []struct {
		value  any
		format string
		want   string
	}{
		{0.9137, "0.00%", "91.37%"}, {0.9137, "0%", "91%"}, {1.2, "0.0%", "120.0%"}, {-0.05, "0.00%", "-5.00%"},
		{"95%", "@", "95%"}, {0.9137, "General", "0.9137"},
	} {
		f := excelize.NewFile()
		f.SetSheetRow("Sheet1", "A1", &[]any{"项目名称", "执行率"})
		f.SetSheetRow("Sheet1", "A2", &[]any{"甲", c.value})
		if c.format != "General" {
			id, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &c.format})
			f.SetCellStyle("Sheet1", "B2", "B2", id)
		}
		path := filepath.Join(t.TempDir(), "rate.xlsx")
		f.SaveAs(path)
		f.Close()
		def, err := definition.Parse("d.yaml", []byte("tables:\n  - key: 表\n    sheet: Sheet1\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 执行率}\n"))
		if err != nil {
			t.Fatal(err)
		}
		def.Tables[0].KeepRows = true
		ds, ps := Read(path, def, Options{})
		if ds == nil || ps.HasErrors() || len(ds.Tables[0].Rows) != 1 {
			t.Fatalf("%v in %s: %v", c.value, c.format, ps.Sorted())
		}
		if got := ds.Tables[0].Rows[0].Values[1].Text; got != c.want {
			t.Errorf("%v in %s reads %q, want %q", c.value, c.format, got, c.want)
		}
	}
}

// A number shows the text its format writes around it: 92 in 0"分" is
// 92分; padding, fills and colours show nothing of their own.
func TestNumberFormatText(t *testing.T) {
	for _, c := range []struct{ value, format, want string }{
		{"92", `0"分"`, "92分"},
		{"85.5", `0.0"分"`, "85.5分"},
		{"1234.5", `"约"#,##0.00"万元"`, "约1,234.50万元"},
		{"1234.5", `_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ `, "1,234.50"},
		{"92", `[Red]0\分`, "92分"},
		{"0.5", "0%", "50%"},
		{"92", "General", "92"},
		{"92", "0.00", "92.00"},
	} {
		if got := Display(c.value, c.format); got != c.want {
			t.Errorf("%s in %s shows %q, want %q", c.value, c.format, got, c.want)
		}
	}
}
