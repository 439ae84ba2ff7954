package ingest

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/money"
)

// RawSheet is one sheet's cells as text, read without a definition: what
// jixiao init --from looks at to infer one.
type RawSheet struct {
	Name string
	Rows []RawRow
	// Merges are the merged ranges: top, left, bottom, right (1-based).
	Merges [][4]int
	// HiddenCols are the columns the clerk hid, 1-based; Hidden says the
	// clerk hid the whole sheet.
	HiddenCols []int
	Hidden     bool
	// Filtered says an autofilter hides its hidden rows.
	Filtered bool
}

// RawRow is one row: its number, and each cell's text and number format;
// Hidden says the clerk hid it.
type RawRow struct {
	Row            int
	Cells, Formats []string
	Hidden         bool
}

// Raw reads up to maxRows rows of every sheet of the workbook, of the CSV
// file, or of every CSV file of the folder, at path, in order.
func Raw(path string, maxRows int) ([]RawSheet, error) {
	snap, err := Load(path)
	if err != nil {
		return nil, err
	}
	if snap.IsCSV() {
		var out []RawSheet
		for _, f := range snap.Files {
			src, err := csvSource(f.Data)
			if err != nil {
				return nil, errors.New(f.Name + "：" + err.Error())
			}
			s, err := rawSheet(strings.TrimSuffix(f.Name, filepath.Ext(f.Name)), src, maxRows)
			if err != nil {
				return nil, errors.New(f.Name + "：" + err.Error())
			}
			out = append(out, s)
		}
		return out, nil
	}
	p, err := openWorkbook(snap, Options{})
	if err != nil {
		return nil, err
	}
	var out []RawSheet
	for _, name := range p.sheetNames() {
		src, err := p.sheet(name)
		if err != nil {
			return nil, err
		}
		s, err := rawSheet(name, src, maxRows)
		if err != nil {
			return nil, fmt.Errorf("工作表“%s”：%w", name, err)
		}
		s.Hidden = p.hiddenSheet(name)
		out = append(out, s)
	}
	return out, nil
}

// rawSheet reads up to maxRows rows; a sheet that cannot be read is an
// error, never fewer rows.
func rawSheet(name string, src rowSource, maxRows int) (RawSheet, error) {
	defer src.close()
	s := RawSheet{Name: name}
	for len(s.Rows) < maxRows {
		row, cells, formats, ok, err := src.next()
		if err != nil {
			return s, err
		}
		if !ok {
			break
		}
		s.Rows = append(s.Rows, RawRow{Row: row, Cells: slices.Clone(cells), Formats: slices.Clone(formats), Hidden: src.hiddenRow(row)})
	}
	if slices.ContainsFunc(s.Rows, func(r RawRow) bool { return r.Hidden }) {
		s.Filtered = src.filtered()
	}
	cols, err := src.hiddenCols()
	if err != nil {
		return s, err
	}
	s.HiddenCols = cols
	for _, m := range src.merges() {
		s.Merges = append(s.Merges, [4]int{m.top, m.left, m.bottom, m.right})
	}
	return s, nil
}

// Display is how a workbook shows a number cell with this format: General
// 2059 and 1424.74, 0.00 162.00, #,##0.00 2,272.47; text as it is.
func Display(text, format string) string {
	d, err := money.ParseNumber(text)
	if err != nil {
		return text
	}
	if isDateFormat(format) {
		if t, ok := parseDate(text, format); ok {
			return showDate(t, format)
		}
	}
	return display(text, d, format)
}

// UnitLine reports the unit a line above a table states (单位：亿元), or "".
func UnitLine(cells []string) string { return statedUnit(cells).String() }

// SplitUnit parts a header into its name and the unit it states, both
// normalised: 金额（亿元） is 金额 and 亿元.
func SplitUnit(header string) (string, string) {
	name, u := splitUnit(normalize(header))
	return name, u.String()
}

// IsTotalLabel recognises a total row's label: 合计, 合  计, 总计.
func IsTotalLabel(s string) bool { return isTotalLabel(s, []string{"合计", "总计"}) }

// IsSubtotalLabel recognises a section's subtotal row's label: 小计,
// 小  计, 本类小计, 一、小计, 小计：.
func IsSubtotalLabel(s string) bool {
	if !strings.Contains(s, "计") {
		return false // most cells: no need to normalise
	}
	n := strings.TrimRight(normalize(s), ":：")
	if m := ordinalPrefix.FindString(n); m != "" {
		n = n[len(m):]
	}
	return n == "小计" || strings.HasSuffix(n, "小计") && utf8.RuneCountInString(n) <= 6
}

// ordinalPrefix is a section's number before a label: 一、, （二）, 3.
var ordinalPrefix = regexp.MustCompile(`^([(（]?[一二三四五六七八九十百0-9]+[)）]|[一二三四五六七八九十百0-9]+[、.．])`)

// IsOrdinal recognises a section row's number: 一, 二、, （三）.
func IsOrdinal(s string) bool { return chineseOrdinal.MatchString(normalize(s)) }

// JoinHeader reads a two-level header from the sheet's merges: the upper
// row's cells merged across the columns they head, joined to the lower
// row's texts (资金（万元）中央), as a build reads it; ok is false when the
// upper row merges no cells across.
func JoinHeader(merges [][4]int, upperRow int, upper, lower []string) ([]string, bool) {
	spans := make([]span, len(merges))
	for i, m := range merges {
		spans[i] = span{top: m[0], left: m[1], bottom: m[2], right: m[3]}
	}
	return joinHeader(newMergeIndex(spans), upperRow, upper, lower)
}

// IsNote recognises a note line under a table (注：…, 说明：…, 注1 …).
func IsNote(cells []string) bool { return note(cells) != "" }
