package example

import "jixiao/pipeline/wordxml"

// cellContext is what a table cell's number is about, besides its own
// words: the cells before it in its row (事前绩效评价, the row's subject)
// and its column's cell in the table's first row (优, what it counts).
type cellContext struct {
	header string
	row    []string
}

// cellContexts maps the start of each paragraph in a table of the body to
// its cell's context, in one pass over the tables.
func cellContexts(s string, body int) map[int]cellContext {
	out := map[int]cellContext{}
	for _, tb := range wordxml.Elements(s, "w:tbl", body, len(s)) {
		rows := wordxml.Elements(s, "w:tr", tb.Start+1, tb.End)
		if len(rows) == 0 {
			continue
		}
		headers := cellTexts(s, rows[0])
		for ri, r := range rows {
			texts := cellTexts(s, r)
			for ci, c := range wordxml.Elements(s, "w:tc", r.Start+1, r.End) {
				cc := cellContext{row: texts[:ci:ci]}
				if ri > 0 && ci < len(headers) {
					cc.header = headers[ci]
				}
				for _, p := range wordxml.LeafParagraphs(s, c.Start, c.End) {
					out[p.Start] = cc
				}
			}
		}
	}
	return out
}
