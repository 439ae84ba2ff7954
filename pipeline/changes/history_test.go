package changes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/facts"
)

func report(subject, old, new string) string {
	r := &Report{Changes: []Change{{Kind: "数字变化", Subject: subject, Old: old, New: new}}}
	return r.Text("沁源县", 2024)
}

// Each real change adds one entry on top; the entries read back are the
// reports as written, newest first, and the title counts them.
func TestHistoryKeepsEveryReport(t *testing.T) {
	dir := t.TempDir()
	if h, err := History(dir); err != nil || h != nil {
		t.Fatalf("no history yet: %v %v", h, err)
	}
	first, second := report("附件合计（万元）", "1.00", "2.00"), report("附件合计（万元）", "2.00", "3.00")
	history := AddToHistory(nil, "沁源县", 2024, first)
	history = AddToHistory(history, "沁源县", 2024, second)
	if err := os.WriteFile(filepath.Join(dir, HistoryName), history, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := History(dir)
	if err != nil || len(got) != 2 {
		t.Fatalf("%v %v", got, err)
	}
	if got[0].Number != 2 || got[0].Text != strings.TrimPrefix(second, bom) || got[1].Number != 1 || got[1].Text != strings.TrimPrefix(first, bom) {
		t.Errorf("entries read back differ:\n%+v\n%+v", got[0], got[1])
	}
	text := string(history)
	if !strings.HasPrefix(text, bom+"沁源县2024年绩效目标情况说明：历次生成的变化记录（共 2 次，最新的在前）\r\n") || strings.Count(text, bom) != 1 {
		t.Errorf("title: %q", text)
	}
	if strings.Index(text, "2.00 → 3.00") > strings.Index(text, "1.00 → 2.00") {
		t.Error("the newest entry is not first")
	}
}

// A report with several lines and a blank one reads back whole, and a
// history written by hand is kept as the first entry rather than lost.
func TestHistoryRoundTripsAndKeepsHandWrittenText(t *testing.T) {
	old := &facts.File{Rows: []facts.Row{row("甲", "金额（万元）", "1.00"), row("乙", "金额（万元）", "2.00")}}
	new := &facts.File{Rows: []facts.Row{row("甲", "金额（万元）", "1.50"), row("丙", "金额（万元）", "3.00")}}
	long := Compare(old, new).Text("沁源县", 2024)
	history := AddToHistory([]byte("手工记下的说明\r\n第二行\r\n"), "沁源县", 2024, long)
	got := parseHistory(string(history))
	if len(got) != 2 || got[0].Number != 2 || got[0].Text != strings.TrimPrefix(long, bom) {
		t.Fatalf("entries: %+v", got)
	}
	if got[1].Text != "手工记下的说明\r\n第二行\r\n" {
		t.Errorf("hand-written history: %q", got[1].Text)
	}
}
