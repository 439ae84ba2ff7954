package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// TestEmptyOnlyWhenEmpty: "工作表为空" is said of a sheet without rows,
// never of one whose rows begin below where the header is looked for.
func TestEmptyOnlyWhenEmpty(t *testing.T) {
	def := definition.Default()
	table := def.Table("重点绩效评价结果")
	far := table.HeaderWithin + 5
	w := writers[2]
	for _, c := range []struct {
		name  string
		rows  map[int][]tc
		order []int
		want  string
		not   string
	}{
		{"empty", nil, nil, "工作表为空", ""},
		{"far down", map[int][]tc{far: {{"-", "s", "", "<v>0</v>"}}}, []int{far}, "第一个有内容的行是第", "工作表为空"},
	} {
		data := w.book(t, []string{table.Sheet}, []string{w.sheet(c.rows, c.order, nil)}, corpusSST)
		path := filepath.Join(t.TempDir(), "sheet.xlsx")
		os.WriteFile(path, data, 0o644)
		_, ps := Read(path, def, Options{})
		var msg string
		for _, p := range ps.Sorted() {
			if p.At.Sheet == table.Sheet && p.Severity == dataset.Error {
				msg = p.Message
			}
		}
		if !strings.Contains(msg, c.want) || c.not != "" && strings.Contains(msg, c.not) {
			t.Errorf("%s: %q, want %q", c.name, msg, c.want)
		}
	}
}
