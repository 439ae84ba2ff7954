package layout

import (
	"fmt"
	"math"
)

// A table in a chain of linked boxes' story goes on from box to box as
// the story's lines do, but by whole rows: a row the box cannot hold
// below the rows before it goes on at the next box's top, as Word moves
// it, and is never split between two boxes. Its rows keep the widths
// they were laid out at in the box the table starts in; each box's share
// stands at its own inside's left (drawTable's shift).

// placeChainRows gives each of tl's rows its box (row.page, counted from
// the box the table starts in) and its top there.
func (r *renderer) placeChainRows(tl *tableLayout) {
	c := r.chain
	head := tl.headerHeight()
	at, top, y, foot := c.at, r.top(), r.y+head, r.bottom()
	page := 0
	for _, row := range tl.rows[tl.firstRow:] {
		if y+row.height > foot+0.01 && y > top+0.01 {
			if at+1 < len(c.boxes) {
				page, at = page+1, at+1
				var inner float64
				_, top, _, inner = linkedArea(&c.boxes[at])
				y, foot = top+head, top+inner
				if fitsLast(c.boxes, at) {
					foot = math.MaxFloat32
				}
			} else {
				c.over = true // past the last box: drawn whole and warned of (layChain)
				foot = math.MaxFloat32
			}
		}
		if y+row.height > foot+0.01 {
			r.warnOnce(fmt.Sprintf("%s（链接的文本框）中表格第 %d 行比文本框还高：Word 只显示框内的部分，PDF 照录这一行，超出文本框的下边；请在 Word 中放大文本框或减小行高", c.boxes[at].Name, row.index+1))
		}
		row.page, row.y = page, y
		y += row.height
	}
}
