package ingest

import (
	"strings"
	"testing"
)

// Of several sheets a {年} sheet name matches, the job's year's is read;
// where none is the job's, none is read, and the error names them all.
func TestYearSheetIsTheJobsYear(t *testing.T) {
	present := []string{"说明", "专项债2022", "专项债2023", "专项债2024"}
	for year, want := range map[int]string{2023: "专项债2023", 2024: "专项债2024", 2022: "专项债2022"} {
		if got, msg := yearSheet("专项债{年}", present, year); got != want || msg != "" {
			t.Errorf("year %d: %q %q, want %q", year, got, msg, want)
		}
	}
	if got, msg := yearSheet("专项债{年}", present[:2], 2030); got != "专项债2022" || msg != "" {
		t.Errorf("one sheet matching: %q %q, want it whatever the year", got, msg)
	}
	_, msg := yearSheet("专项债{年}", present, 2030)
	if !strings.Contains(msg, "工作表“专项债2022”“专项债2023”“专项债2024”都与文档定义中的“专项债{年}”相符，其中没有2030年的") || !strings.Contains(msg, "sheets") {
		t.Errorf("no sheet of 2030: %q", msg)
	}
}
