package docx

import (
	"fmt"
	"sort"
	"strings"

	"jixiao/pipeline/wordxml"
)

// places names positions of document.xml the way a clerk finds them in Word:
// 第3段 for the third body paragraph, 表1 第2行 第4列 for a table cell. Its
// lists are made once and searched by halves, so that naming every
// paragraph of a long template costs time in proportion to its length.
type places struct {
	part   string // "" for the body, 页眉 or 页脚 for the others
	s      string
	paras  []span // body paragraphs outside tables
	tables []span
	leaves []span         // leaf paragraphs, for their opening text
	rows   map[int][]span // rows of table i, when first needed
}

func newPlaces(part, s string) *places {
	p := &places{part: part, s: s, rows: map[int][]span{}}
	p.tables = wordxml.Elements(s, "w:tbl", 0, len(s))
	for _, para := range wordxml.Elements(s, "w:p", 0, len(s)) {
		if p.table(para.Start) < 0 {
			p.paras = append(p.paras, para)
		}
	}
	p.leaves = leafParagraphs(s, 0, len(s))
	return p
}

// containing is the index of the span of sorted, disjoint spans that
// holds pos, or -1.
func containing(spans []span, pos int) int {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > pos })
	if i < len(spans) && spans[i].Start <= pos {
		return i
	}
	return -1
}

func (p *places) table(pos int) int { return containing(p.tables, pos) }

// at names the place of byte offset pos, with the opening text of its
// paragraph, so that a clerk can find it: 第6段（“一年来，共组织…”）.
func (p *places) at(pos int) string {
	where := p.where(pos)
	if p.part != "" {
		where = strings.TrimSpace(p.part + " " + where)
	}
	if i := containing(p.leaves, pos); i >= 0 {
		para := p.leaves[i]
		if text := []rune(strings.TrimSpace(plainText(p.s, para.Start, para.End))); len(text) > 0 {
			if len(text) > 12 {
				text = append(text[:12], '…')
			}
			where += "（“" + string(text) + "”）"
		}
	}
	return where
}

func (p *places) where(pos int) string {
	if t := p.table(pos); t >= 0 {
		tbl := p.tables[t]
		rows, ok := p.rows[t]
		if !ok {
			rows = wordxml.Elements(p.s, "w:tr", tbl.Start, tbl.End)
			p.rows[t] = rows
		}
		if r := containing(rows, pos); r >= 0 {
			row := rows[r]
			if c := containing(wordxml.Elements(p.s, "w:tc", row.Start, row.End), pos); c >= 0 {
				return fmt.Sprintf("表%d 第%d行 第%d列", t+1, r+1, c+1)
			}
			return fmt.Sprintf("表%d 第%d行", t+1, r+1)
		}
		return fmt.Sprintf("表%d", t+1)
	}
	if i := containing(p.paras, pos); i >= 0 {
		return fmt.Sprintf("第%d段", i+1)
	}
	if p.part != "" {
		return ""
	}
	return "正文"
}

// inRow reports whether pos lies in a table row.
func (p *places) inRow(pos int) bool { return p.table(pos) >= 0 }

// tagKind classifies a tag by what it does to the document's structure.
type tagKind int

const (
	valueTag   tagKind = iota // prints a value
	openingTag                // if, range, with
	elseTag                   // else, else if
	endTag                    // end
	quietTag                  // a comment, a variable, break, continue: prints nothing
)

func tagBody(tag string) string {
	body := strings.TrimSuffix(strings.TrimPrefix(tag, "{{"), "}}")
	body = strings.TrimPrefix(body, "-")
	body = strings.TrimSuffix(body, "-")
	return strings.TrimSpace(body)
}

func kindOf(tag string) tagKind {
	body := tagBody(tag)
	if strings.HasPrefix(body, "/*") {
		return quietTag
	}
	word, _, _ := strings.Cut(body, " ")
	switch word {
	case "if", "range", "with", "define", "block":
		return openingTag
	case "else":
		return elseTag
	case "end":
		return endTag
	case "break", "continue", "template":
		return quietTag
	}
	if strings.Contains(body, ":=") || strings.Contains(body, " = ") {
		return quietTag
	}
	return valueTag
}
