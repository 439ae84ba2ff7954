package example

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/money"
	"jixiao/pipeline/wordxml"
)

// tableLoops finds the Word tables whose consecutive rows are, cell for
// cell, the printed rows of a section, and turns those rows into one row
// that loops over the section's rows: the first of them, keeping its
// formatting, with each cell's text replaced by its column's field. The
// header above and the rows below (合计) stay, and are bound as text.
func tableLoops(s string, d *document.Data) (string, []loop) {
	body := wordxml.Next(s, "w:body", 0, len(s))
	var loops []loop
	tables := wordxml.Elements(s, "w:tbl", body, len(s))
	// Last first, so that earlier offsets stay valid.
	for k := len(tables) - 1; k >= 0; k-- {
		t := tables[k]
		rows := wordxml.Elements(s, "w:tr", t.Start+1, t.End)
		for _, sec := range d.Sections {
			if sec.Def.Rows == "" || len(sec.Rows) == 0 {
				continue
			}
			first, model, fields, head, ok := findRows(s, rows, sec)
			if !ok {
				continue
			}
			rng := "{{range ." + sec.Def.Key + "." + sec.Def.Rows + "}}"
			var row string
			if head.action == "" {
				row = loopRow(s, rows[model], sec, fields, rng, "{{end}}")
			} else {
				// A heading merged across the row stays one: the loop
				// prints it by the heading row, the rest by the data row.
				row = headingRow(s, rows[head.row], rng+"{{if ."+document.HeadingFlag+"}}"+head.action) +
					loopRow(s, rows[model], sec, fields, "{{else}}", "{{end}}{{end}}")
			}
			cut := rows[first+len(sec.Rows)-1].End - rows[first].Start
			s = s[:rows[first].Start] + row + s[rows[first+len(sec.Rows)-1].End:]
			for i := range loops {
				loops[i].start, loops[i].end = loops[i].start-cut+len(row), loops[i].end-cut+len(row)
			}
			loops = append([]loop{{t.Start, t.End - cut + len(row), sec,
				fmt.Sprintf("表%d 第%d至%d行 → {{range .%s.%s}}", k+1, first+1, first+len(sec.Rows), sec.Def.Key, sec.Def.Rows)}}, loops...)
			break
		}
	}
	return s, loops
}

// loop is a table that became a row loop: where it lies in the rewritten
// part, and whose rows it prints.
type loop struct {
	start, end int
	sec        *document.Section
	what       string
}

// cellTexts returns the text of each cell of a row.
func cellTexts(s string, row wordxml.Span) []string {
	var out []string
	for _, c := range wordxml.Elements(s, "w:tc", row.Start+1, row.End) {
		var b strings.Builder
		for _, n := range wordxml.Texts(s, c.Start, c.End) {
			b.WriteString(n.Value)
		}
		out = append(out, strings.TrimSpace(b.String()))
	}
	return out
}

// findRows finds where the section's rows start among the table's rows,
// the row whose look the loop takes (the first data row), and the action
// that prints each cell of them ("" for a cell no column fills).
//
// The fields are read off the first data row: a heading row (一、项目
// 绩效评价) fills only its number and name, and prints in the loop as
// the workbook has it, so it is matched as the others are. A heading row
// Word shows merged across the table (one cell spanning the grid, cells
// joined by hMerge, or a merged part whose other cells are empty vMerge
// continuations, left out of the loop's row) is matched by its text
// instead, the same way
// for every heading: head then says how it prints and which row is its
// model.
func findRows(s string, rows []wordxml.Span, sec *document.Section) (first, model int, fields []string, head mergedHeading, ok bool) {
	n := len(sec.Rows)
	data := slices.IndexFunc(sec.Rows, func(r document.Row) bool { return r.Heading == "" })
	if data < 0 {
		return 0, 0, nil, head, false
	}
	for first = 0; first+n <= len(rows); first++ {
		if fields, ok = cellFields(cellTexts(s, rows[first+data]), sec.Rows[data]); !ok {
			continue
		}
		all, merged := true, mergedHeading{}
		for i := 0; i < n && all; i++ {
			cells := cellTexts(s, rows[first+i])
			if all = rowIs(cells, sec.Rows[i], fields); all || sec.Rows[i].Heading == "" {
				continue
			}
			action, ok := headingAction(strings.Join(cells, ""), sec.Rows[i])
			all = ok && (merged.action == "" || merged.action == action)
			if merged.action == "" {
				merged = mergedHeading{first + i, action}
			}
		}
		if all && merged.action != "" {
			// Every heading must print as the merged one does.
			for i, r := range sec.Rows {
				if r.Heading != "" && printHeading(merged.action, r) != strings.Join(cellTexts(s, rows[first+i]), "") {
					all = false
				}
			}
		}
		if all {
			return first, first + data, fields, merged, true
		}
	}
	return 0, 0, nil, head, false
}

// mergedHeading is how a section's heading rows merged across the table
// print: the action of their one cell, and the row of the first.
type mergedHeading struct {
	row    int
	action string
}

// headingAction is the action that prints a heading row's text as last
// year's merged cell had it: 一、项目绩效评价 is {{.序号}}、{{.分组}},
// the number being the sequence column's.
func headingAction(text string, r document.Row) (string, bool) {
	i := strings.LastIndex(text, r.Heading)
	if r.Heading == "" || i < 0 {
		return "", false
	}
	before, after := text[:i], text[i+len(r.Heading):]
	title := "{{." + document.HeadingText + "}}"
	for _, c := range r.Cells {
		if num := c.String(); c.Column.Kind == definition.Sequence && num != "" {
			if k := strings.Index(before, num); k >= 0 {
				return before[:k] + "{{." + c.Column.Key + "}}" + before[k+len(num):] + title + after, true
			}
		}
	}
	return before + title + after, true
}

// printHeading is what action prints for heading row r.
func printHeading(action string, r document.Row) string {
	pairs := []string{"{{." + document.HeadingText + "}}", r.Heading}
	for _, c := range r.Cells {
		pairs = append(pairs, "{{."+c.Column.Key+"}}", c.String())
	}
	return strings.NewReplacer(pairs...).Replace(action)
}

// cellFields maps each cell of a table row to the column of r that
// prints it, as the column prints or with thousands separators.
func cellFields(cells []string, r document.Row) ([]string, bool) {
	fields := make([]string, len(cells))
	used := make([]bool, len(r.Cells))
	matched := 0
	for i, text := range cells {
		for j, c := range r.Cells {
			if used[j] || text == "" {
				continue
			}
			if action, ok := cellAction(text, c); ok {
				fields[i], used[j] = action, true
				matched++
				break
			}
		}
	}
	// Every filled cell must be a column's: a row of the attachment, not
	// a row that happens to share a number with it.
	for i, text := range cells {
		if text != "" && fields[i] == "" {
			return nil, false
		}
	}
	return fields, matched >= 2
}

func cellAction(text string, c document.Cell) (string, bool) {
	p := c.String()
	field := "." + c.Column.Key
	switch {
	case text == p:
		return "{{" + field + "}}", true
	case p != "" && text == money.Group(p):
		return "{{千分位 " + field + "}}", true
	}
	return "", false
}

// rowIs reports whether a table row prints r with the given cell actions;
// a blank cell stands for a merged one.
func rowIs(cells []string, r document.Row, fields []string) bool {
	if len(cells) != len(fields) {
		return false
	}
	for i, text := range cells {
		if fields[i] == "" || text == "" {
			if text != "" {
				return false
			}
			continue
		}
		key := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(fields[i], "{{"), "千分位 "), "."), "}}")
		ok := false
		for _, c := range r.Cells {
			if c.Column.Key == key {
				_, ok = cellAction(text, c)
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

var vMerge = regexp.MustCompile(`<w:vMerge(\s[^>]*)?/>`)

// loopRow makes the row that repeats: the first printed row, its cells'
// text replaced by their fields, open ({{range}}) in the first cell and
// close ({{end}}) in the last.
func loopRow(s string, row wordxml.Span, sec *document.Section, fields []string, open, close string) string {
	cells := wordxml.Elements(s, "w:tc", row.Start+1, row.End)
	var b strings.Builder
	last := row.Start
	for i, c := range cells {
		b.WriteString(s[last:c.Start])
		cell := s[c.Start:c.End]
		action := fields[i]
		// A merged column merges again where its rows do, this year's
		// rows, not last year's.
		cell = vMerge.ReplaceAllString(cell, "")
		if key := mergeKey(sec, action); key != "" {
			action = "{{纵向合并 ." + key + "}}" + action
		}
		if i == 0 {
			action = open + action
		}
		if i == len(cells)-1 {
			action += close
		}
		b.WriteString(setCellText(cell, action))
		last = c.End
	}
	b.WriteString(s[last:row.End])
	return b.String()
}

func mergeKey(sec *document.Section, action string) string {
	for _, c := range sec.Def.Table.Columns {
		if c.MergeKey != "" && strings.Contains(action, "."+c.Key+"}}") {
			return c.MergeKey
		}
	}
	return ""
}

// headingRow is a heading row merged across the table with action in its
// first cell and its other cells (hMerge's continuations) emptied.
func headingRow(s string, row wordxml.Span, action string) string {
	cells := wordxml.Elements(s, "w:tc", row.Start+1, row.End)
	var b strings.Builder
	last := row.Start
	for i, c := range cells {
		b.WriteString(s[last:c.Start])
		text := ""
		if i == 0 {
			text = action
		}
		b.WriteString(setCellText(vMerge.ReplaceAllString(s[c.Start:c.End], ""), text))
		last = c.End
	}
	b.WriteString(s[last:row.End])
	return b.String()
}

// setCellText puts text into a cell's first w:t and empties the others; a
// cell without one gets a run in its first paragraph.
func setCellText(cell, text string) string {
	nodes := wordxml.Texts(cell, 0, len(cell))
	if len(nodes) == 0 {
		p := wordxml.Next(cell, "w:p", 0, len(cell))
		if p < 0 {
			return cell
		}
		end := wordxml.End(cell, p, "w:p", len(cell))
		if end < 0 || strings.HasSuffix(cell[p:end], "/>") {
			return cell[:p] + `<w:p><w:r><w:t xml:space="preserve">` + escapeText(text) + `</w:t></w:r></w:p>` + cell[end:]
		}
		close := end - len("</w:p>")
		return cell[:close] + `<w:r><w:t xml:space="preserve">` + escapeText(text) + `</w:t></w:r>` + cell[close:]
	}
	edits := []wordxml.Edit{{Start: nodes[0].Start, End: nodes[0].End, Text: escapeText(text)}}
	for _, n := range nodes[1:] {
		edits = append(edits, wordxml.Edit{Start: n.Start, End: n.End})
	}
	return wordxml.Apply(cell, edits)
}
