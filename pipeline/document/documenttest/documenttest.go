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

// Headers are the header lines of a definition's sheets, as a new
// workbook writes them: each column's first header, amounts with their unit.
func Headers(def *definition.Definition) map[string]string {
	out := map[string]string{}
	for _, t := range def.Tables {
		var heads []string
		for _, c := range t.Columns {
			heads = append(heads, ingest.HeaderText(t, c))
		}
		out[t.Sheet] = strings.Join(heads, ",")
	}
	return out
}

// Build reads rows, CSV lines by sheet without their header, as a
// workbook of the built-in definition and returns its document. A sheet
// not given has no rows.
func Build(t testing.TB, county string, year int, rows map[string][]string) *document.Data {
	t.Helper()
	def := definition.Default()
	return BuildWith(t, def, county, year, Headers(def), rows)
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
