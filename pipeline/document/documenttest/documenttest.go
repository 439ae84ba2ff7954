// Package documenttest builds document models for tests the way a build
// does: CSV sheets read by ingest, figures tallied by stats, the model made
// by document. Writers' tests then exercise the real model, not a copy of
// its shape.
package documenttest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/stats"
)

// Headers are the header lines of the built-in definition's sheets.
var Headers = map[string]string{
	"事前绩效评价":   "项目名称,单位,金额（万元）,评价等级",
	"绩效自评":     "项目名称,单位,金额（万元）",
	"重点绩效评价":   "项目名称,单位,项目支出（万元）,评分结果,评分等级,评价机构",
	"统筹整合资金评价": "项目名称,单位,项目支出（万元）,评分结果,评分等级,评价机构",
	"绩效监控":     "项目名称,单位,金额（万元）",
	"重点绩效评价结果": "序号,二级项目名称,单位,项目支出（万元）,评分结果,评分等级,评价机构",
}

// Build reads rows, CSV lines by sheet without their header, as a
// workbook of the built-in definition and returns its document. A sheet
// not given has no rows.
func Build(t testing.TB, county string, year int, rows map[string][]string) *document.Data {
	t.Helper()
	return BuildWith(t, definition.Default(), county, year, Headers, rows)
}

// BuildWith is Build for any definition, with its sheets' header lines.
func BuildWith(t testing.TB, def *definition.Definition, county string, year int, headers map[string]string, rows map[string][]string) *document.Data {
	t.Helper()
	dir := t.TempDir()
	for name, head := range headers {
		body := head + "\n" + strings.Join(rows[name], "\n") + "\n"
		if err := os.WriteFile(filepath.Join(dir, name+".csv"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tally := stats.NewTally(def)
	ds, ps := ingest.Read(dir, def, ingest.Options{Sink: tally})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	r, _ := tally.Finish(ds, stats.Params{County: county, Year: year, PriorYear: year - 1})
	return document.Build(ds, r, document.Params{County: county, Year: year, PriorYear: year - 1})
}

// Quote makes s one CSV field.
func Quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
