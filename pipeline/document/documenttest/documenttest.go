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
	"jixiao/templates"
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

// Headed is the built-in definition with the attachment's table under
// section headings (section_rows), and an attachment of three projects
// under two headings, 一、项目绩效评价 and 二、部门整体绩效评价.
func Headed(t testing.TB) (*definition.Definition, *document.Data) {
	t.Helper()
	def, err := definition.Parse("", templates.Definition) // Default is shared
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range def.Tables {
		if tb.Sheet == "重点绩效评价结果" {
			tb.SectionRows = true
		}
	}
	data := BuildWith(t, def, "沁源县", 2023, Headers(def), map[string][]string{
		"重点绩效评价结果": {
			`一、,项目绩效评价,,,,,`,
			`1,甲项目,局一,100,91,优,甲`,
			`2,乙项目,局二,50,85,良,甲`,
			`二、,部门整体绩效评价,,,,,`,
			`1,丙部门,局三,30,70,中,乙`,
		},
	})
	return def, data
}
