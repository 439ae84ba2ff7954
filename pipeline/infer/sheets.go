package infer

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
)

// A workbook may hold several sheets of one table. Kept a sheet a year
// (2022年, 2023年, 专项债2022 …), the sheets are the same table in
// different years: the draft reads the one naming the job's year, by a
// sheet name with {年}, which a build matches to the job's year again
// next year; where none names it, init is refused naming them. Kept a
// sheet a town (城关镇, 东关镇 …) or a kind (项目, 政策), each is a table
// of the document, and the notes name them and say how to draft from
// one only: --sheet.

// chosen keeps the sheets of only (all where only is empty); an error
// names a sheet of only the workbook does not hold.
func chosen(sheets []ingest.RawSheet, only []string) ([]ingest.RawSheet, []string, error) {
	if len(only) == 0 {
		return sheets, nil, nil
	}
	var names, notes []string
	for _, s := range sheets {
		names = append(names, s.Name)
	}
	for _, o := range only {
		if !slices.Contains(names, o) {
			return nil, nil, fmt.Errorf("--sheet 指定的工作表“%s”不在工作簿中；工作簿中的工作表有：%s", o, strings.Join(names, "、"))
		}
	}
	var kept []ingest.RawSheet
	for _, s := range sheets {
		if slices.Contains(only, s.Name) {
			kept = append(kept, s)
		} else {
			notes = append(notes, fmt.Sprintf("工作表“%s”：未用 --sheet 指定，未使用", s.Name))
		}
	}
	return kept, notes, nil
}

// oneYear keeps, of the tables on sheets named alike but for their year,
// the one of the job's year.
func oneYear(tables []*table, year int) ([]*table, []string, error) {
	byName := map[string][]*table{}
	for _, t := range tables {
		if n := yearSlotted(t.sheet); n != t.sheet {
			byName[n] = append(byName[n], t)
		}
	}
	var notes []string
	kept := slices.DeleteFunc(slices.Clone(tables), func(t *table) bool {
		same := byName[yearSlotted(t.sheet)]
		return len(same) > 1 && t.sheet != strings.ReplaceAll(yearSlotted(t.sheet), definition.YearSlot, strconv.Itoa(year))
	})
	for _, n := range slices.Sorted(maps.Keys(byName)) {
		same := byName[n]
		if len(same) < 2 {
			continue
		}
		names := sheetNames(same)
		this := strings.ReplaceAll(n, definition.YearSlot, strconv.Itoa(year))
		if !slices.Contains(names, this) {
			return nil, nil, fmt.Errorf("工作表“%s”是按年度分开的同一张表，其中没有%d年的（“%s”）：请核对 --year，或用 --sheet 指定要用的工作表", strings.Join(names, "”“"), year, this)
		}
		notes = append(notes, fmt.Sprintf("工作表“%s”是按年度分开的同一张表：按任务年度使用“%s”（明年自动使用明年的工作表），其余未使用", strings.Join(names, "”“"), this))
	}
	return kept, notes, nil
}

// alike notes the sheets whose tables have the same columns: each is a
// table of the document, which may not be what the bureau publishes.
func alike(tables []*table) []string {
	byCols := map[string][]*table{}
	for _, t := range tables {
		var heads []string
		for _, c := range t.columns {
			heads = append(heads, c.name)
		}
		k := strings.Join(heads, "\x00")
		byCols[k] = append(byCols[k], t)
	}
	var notes []string
	for _, k := range slices.Sorted(maps.Keys(byCols)) {
		if same := byCols[k]; len(same) > 1 {
			names := sheetNames(same)
			notes = append(notes, fmt.Sprintf("工作表“%s”的表格列相同，各作为文档中的一张表；若只公开其中一张，请删除生成的文件后用 --sheet 指定重新生成，如 jixiao init --from 工作簿 --sheet %s …（可写多次 --sheet）", strings.Join(names, "”“"), names[0]))
		}
	}
	return notes
}

func sheetNames(tables []*table) []string {
	var out []string
	for _, t := range tables {
		out = append(out, t.sheet)
	}
	return out
}
