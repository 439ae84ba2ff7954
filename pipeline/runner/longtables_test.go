package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/job"
	"jixiao/pipeline/opc"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

// longJob is the sample job with an attachment of n rows.
func longJob(t testing.TB, n int) *job.Job {
	t.Helper()
	f, err := excelize.OpenFile(filepath.Join("..", "..", "data", "qinyuan-2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const sheet = "重点绩效评价结果"
	rows, _ := f.GetRows(sheet)
	f.RemoveRow(sheet, len(rows)) // the 合计, which would no longer add up
	for i := 0; i < n-(len(rows)-2); i++ {
		r := len(rows) + i
		f.SetSheetRow(sheet, fmt.Sprintf("A%d", r), &[]any{len(rows) - 1 + i, fmt.Sprintf("补充项目%d", i), "沁源县财政局", 100000, 85, "良", fmt.Sprintf("机构%d", i)})
	}
	path := filepath.Join(t.TempDir(), "long.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	j := sampleJob(t)
	j.Input = path
	return j
}

// Two builds of long tables in one process (build -j 2, jixiao serve) take
// turns at the layout, which is what needs hundreds of megabytes; a short
// build does not wait for a long one.
func TestOneLongTableAtATime(t *testing.T) {
	long := longJob(t, serialRows+100)
	longTables.Lock()
	short := make(chan error)
	go func() { _, err := Render(sampleJob(t)); short <- err }()
	select {
	case err := <-short:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("a short build waited for the long tables' turn")
	}
	done := make(chan error)
	go func() { _, err := Render(long); done <- err }()
	select {
	case <-done:
		t.Fatal("a long table was laid out while another held its turn")
	case <-time.After(3 * time.Second):
	}
	longTables.Unlock()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !longTables.TryLock() {
		t.Fatal("a finished build kept the long tables' turn")
	}
	longTables.Unlock()
}

// A long table's build that fails in the render stages gives its turn up:
// the next one does not wait for ever.
func TestAFailedLongTableGivesUpItsTurn(t *testing.T) {
	docx, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" }, func(_ string, body []byte) []byte {
		s := string(body)
		if !strings.Contains(s, "{{.县}}") {
			t.Fatal("fixture: no {{.县}} in the template")
		}
		// 日期 of a county name passes the checker (a string) and fails when filled.
		return []byte(strings.Replace(s, "{{.县}}", "{{日期 .县}}", 1))
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bad.docx")
	os.WriteFile(path, docx, 0o644)
	j := longJob(t, serialRows+100)
	j.Template = path
	if _, err := Render(j); err == nil || !strings.Contains(err.Error(), "日期") {
		t.Fatalf("err = %v, want the 日期 helper's", err)
	}
	if !longTables.TryLock() {
		t.Fatal("a failed build kept the long tables' turn")
	}
	longTables.Unlock()
}
