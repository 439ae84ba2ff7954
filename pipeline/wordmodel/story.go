package wordmodel

import (
	"strings"

	"jixiao/pipeline/wordxml"
)

// A story is a run of blocks Word lays out one under the other: the body,
// a header, a footer. Each is read by the same readers, so a header's
// paragraph has every property a body paragraph has and its tables are
// tables.

// eachBlock calls visit for each paragraph ("w:p") and table ("w:tbl") of
// the story x, from start to end, and for each section's properties
// ("w:sectPr") met between them; it steps into any other element (a
// content control, a bookmark's) so that the blocks inside are met.
func eachBlock(x string, visit func(el string, start, end int)) {
	for i := 0; i < len(x); {
		lt := strings.IndexByte(x[i:], '<')
		if lt < 0 {
			return
		}
		i += lt
		switch {
		case wordxml.At(x, i, "w:p"):
			e := end(x, i, "w:p")
			visit("w:p", i, e)
			i = e
		case wordxml.At(x, i, "w:tbl"):
			e := end(x, i, "w:tbl")
			visit("w:tbl", i, e)
			i = e
		default:
			if wordxml.At(x, i, "w:sectPr") {
				visit("w:sectPr", i, end(x, i, "w:sectPr"))
			}
			gt := strings.IndexByte(x[i:], '>')
			if gt < 0 {
				return // a tag cut short: nothing follows it
			}
			i += gt + 1
		}
	}
}

// storyLines is the text of a story's blocks, a line each paragraph with
// its list label and each paragraph of a table's cells, empty ones left
// out: what a header or footer says, for the checks that read it.
func storyLines(blocks []Block) []string {
	var out []string
	for _, b := range blocks {
		switch b := b.(type) {
		case *Paragraph:
			text := b.Text
			if b.Label != nil {
				text = b.Label.Text + text
			}
			if strings.TrimSpace(text) != "" {
				out = append(out, text)
			}
		case *Table:
			for _, row := range b.Rows {
				for _, c := range row.Cells {
					if c.Merge == Continues {
						continue
					}
					for _, line := range strings.Split(c.Text, "\n") {
						if strings.TrimSpace(line) != "" {
							out = append(out, line)
						}
					}
				}
			}
		}
	}
	return out
}

// storyObjects are the pictures and shapes of a story's blocks, in order,
// those of its tables' cells included.
func storyObjects(blocks []Block) (images []Image, shapes []Shape) {
	for _, b := range blocks {
		switch b := b.(type) {
		case *Paragraph:
			images = append(images, b.Images...)
			shapes = append(shapes, b.Shapes...)
		case *Table:
			for _, row := range b.Rows {
				for _, c := range row.Cells {
					for _, p := range c.Pictures {
						images = append(images, p.Image)
					}
					for _, f := range c.Floats {
						images = append(images, f.Image)
					}
					for _, sp := range c.Shapes {
						shapes = append(shapes, sp.Shape)
					}
				}
			}
		}
	}
	return images, shapes
}
