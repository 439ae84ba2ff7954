package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"jixiao/pipeline/definition"

	"github.com/xuri/excelize/v2"
)

// BenchmarkReadSample reads the sample workbook as a build does.
func BenchmarkReadSample(b *testing.B) {
	def := definition.Default()
	for b.Loop() {
		if ds, _ := Read("../../data/qinyuan-2023.xlsx", def, Options{}); ds == nil {
			b.Fatal("not read")
		}
	}
}

// BenchmarkScanLargeSheet reads every cell of a 50,000-row sheet written
// by excelize's stream writer (shared strings off, as it writes them).
func BenchmarkScanLargeSheet(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.xlsx")
	f := excelize.NewFile()
	sw, _ := f.NewStreamWriter("Sheet1")
	for r := 1; r <= 50000; r++ {
		cell, _ := excelize.CoordinatesToCellName(1, r)
		sw.SetRow(cell, []any{fmt.Sprintf("项目%d", r), "单位甲", float64(r) * 1.25, r % 100, "优"})
	}
	sw.Flush()
	if err := f.SaveAs(path); err != nil {
		b.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		sheets, err := Sheets(data)
		if err != nil || len(sheets[0].Rows) != 50000 {
			b.Fatal(err)
		}
	}
}
