package docx

import (
	"fmt"
	"slices"
	"strings"
)

// A block may span several rows: its opening tags lead the first row and
// its {{end}} closes the last, as in a loop whose heading rows have a row
// of their own shape (one cell merged across the table) and whose data
// rows have theirs:
//
//	{{range .表.行}}{{if .分组行}}{{.分组}}                  (one merged cell)
//	{{else}}{{.序号}} | {{.项目名称}} | … | {{.评价机构}}{{end}}{{end}}
//
// The tags a row leaves open at its start, or closes at its end, move
// out of the row to its edge, so each branch prints whole rows.

// spannedTag is a structure tag and its place; pos is set for a tag moved
// to a row's edge, to check in order that the blocks spanning rows close.
type spannedTag struct {
	pos   int
	text  string
	place string
}

// hoist moves tags out of their paragraphs to pos, a row's edge.
func hoist(pos int, tags []*segment, edits *[]edit) {
	if len(tags) == 0 {
		return
	}
	var b strings.Builder
	for _, t := range tags {
		b.WriteString(t.text)
		t.text, t.tag = "", false
	}
	*edits = append(*edits, edit{pos, pos, b.String()})
}

// rowEdges parts the tags of a row whose blocks do not all close inside
// it into those that open or continue a block at its start and those
// that continue or close one at its end. ok is false when every block
// closes in the row, or when an open one is not at an edge, which
// inlineBalance then reports.
func rowEdges(tags []*segment) (lead, trail []*segment, ok bool) {
	unmatched := make([]bool, len(tags))
	owner := make([]int, len(tags)) // the opening an else continues, or -1
	var stack []int
	for i, t := range tags {
		switch kindOf(t.text) {
		case openingTag:
			stack = append(stack, i)
		case elseTag:
			owner[i] = -1
			if len(stack) > 0 {
				owner[i] = stack[len(stack)-1]
			}
		case endTag:
			if len(stack) == 0 {
				unmatched[i] = true
			} else {
				stack = stack[:len(stack)-1]
			}
		}
	}
	for _, i := range stack {
		unmatched[i] = true
	}
	for i, t := range tags {
		if kindOf(t.text) == elseTag {
			unmatched[i] = owner[i] < 0 || unmatched[owner[i]]
		}
	}
	if !slices.Contains(unmatched, true) {
		return nil, nil, false
	}
	n := 0
	for n < len(tags) && unmatched[n] && kindOf(tags[n].text) != endTag {
		n++
	}
	m := len(tags)
	for m > n && unmatched[m-1] && kindOf(tags[m-1].text) != openingTag {
		m--
	}
	if slices.Contains(unmatched[n:m], true) {
		return nil, nil, false
	}
	return tags[:n], tags[m:], true
}

// spannedBalance checks, in the order of the document, that every block
// a row leaves open is closed by a later row.
func spannedBalance(tags []spannedTag) []Problem {
	slices.SortStableFunc(tags, func(a, b spannedTag) int { return a.pos - b.pos })
	var problems []Problem
	var stack blocks
	for _, t := range tags {
		if msg := stack.step(t); msg != "" {
			problems = append(problems, Problem{t.place, msg})
		}
	}
	return append(problems, stack.unclosed("：跨几行的循环或条件，{{end}} 放在最后一行的最后一格")...)
}

// blocks are the blocks open at a point of a template, to check that
// each {{else}} and {{end}} has its opening and each opening its {{end}}.
type blocks struct{ open []spannedTag }

// step takes the next structure tag; a message when it has no opening.
func (b *blocks) step(t spannedTag) string {
	switch kindOf(t.text) {
	case openingTag:
		b.open = append(b.open, t)
	case elseTag:
		if len(b.open) == 0 {
			return fmt.Sprintf("%s 前面没有对应的 {{if}}", t.text)
		}
	case endTag:
		if len(b.open) == 0 {
			return "多余的 {{end}}，前面没有对应的 {{if}} 或 {{range}}"
		}
		b.open = b.open[:len(b.open)-1]
	}
	return ""
}

// unclosed are the blocks never closed, each with hint.
func (b *blocks) unclosed(hint string) []Problem {
	var out []Problem
	for _, t := range b.open {
		out = append(out, Problem{t.place, fmt.Sprintf("%s 没有对应的 {{end}}%s", t.text, hint)})
	}
	return out
}
