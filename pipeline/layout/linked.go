package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// Linked text boxes (创建文本框链接) share one story: it is laid out once,
// across the chain's boxes in order, as the body's text flows from page
// to page: each box's inside a page of its own width and height, a line
// that does not fit going on at the next box's top, broken anew to its
// width. Each box then draws its share where it stands, on whatever page.

// chainText is a chain's story laid out: each box's drawing from the
// box's own top left corner, and how tall its text stands.
type chainText struct {
	ops  [][]op
	used []float64
	// paged: its story shows a page number (linkedpages.go).
	paged bool
}

// chainFlow is a chain's story being laid out: its boxes, the one being
// filled and what is laid out so far.
type chainFlow struct {
	boxes []wordmodel.Shape
	at    int
	text  *chainText
	// over: a table's row runs past the last box (placeChainRows).
	over bool
}

// linkedText is the drawing of sp's share of its chain's story, its box's
// top left corner at x, y, the chain laid out when first met, and the
// box's height: the last box resized to fit its text (spAutoFit) as tall
// as its share, as Word and LibreOffice grow the last of a chain.
func (r *renderer) linkedText(sp *wordmodel.Shape, x, y float64) ([]op, float64) {
	key := &sp.Link.Boxes[0]
	ct, ok := r.chains[key]
	if !ok {
		ct = r.layChain(sp.Link.Boxes)
		if r.chains == nil {
			r.chains = map[*wordmodel.Shape]*chainText{}
		}
		r.chains[key] = ct
	}
	k := sp.Link.Seq
	r.recordBox(sp.Link.Boxes, k, ct)
	dy, h := 0.0, sp.Height
	_, _, _, inner := linkedArea(sp)
	switch {
	case fitsLast(sp.Link.Boxes, k):
		h += ct.used[k] - inner
	case ct.used[k] <= inner+0.01:
		dy = map[string]float64{"ctr": (inner - ct.used[k]) / 2, "b": inner - ct.used[k]}[sp.Anchor]
	}
	out := make([]op, len(ct.ops[k]))
	for i, o := range ct.ops[k] {
		out[i] = movedBy(o, x, y+dy)
	}
	if sp.Vertical != "" {
		left, top, width, inner := linkedArea(sp)
		out = r.turnedColumns(out, sp.Vertical, Point{x + left + width/2, y + top + inner/2})
	}
	return out, h
}

// fitsLast reports whether the chain's box k is its last, resized to fit
// its text (a horizontal one: a vertical box keeps its size, as a lone
// one does). The boxes before it keep theirs: their text goes on in the
// next box.
func fitsLast(boxes []wordmodel.Shape, k int) bool {
	return k == len(boxes)-1 && boxes[k].AutoFit && boxes[k].Vertical == ""
}

// linkedArea is where a box's text stands inside its inset, from the
// box's top left corner: a vertical box's share is set as lines across
// a box as wide as its inside is tall, on the inside's centre, and then
// turned into columns, as a lone box's is (boxText).
func linkedArea(sp *wordmodel.Shape) (left, top, width, inner float64) {
	tx, ty, tw, th := textRect(sp)
	in := sp.Inset
	left, top, width, inner = tx+in[0], ty+in[1], tw-in[0]-in[2], th-in[1]-in[3]
	if sp.Vertical != "" {
		left, top, width, inner = left+width/2-inner/2, top+inner/2-width/2, inner, width
	}
	return left, top, width, inner
}

// layChain lays a chain's story out across its boxes. The boxes keep
// their size but the last resized to fit its text (fitsLast); text the
// last box cannot hold otherwise is drawn whole below its inside and
// warned of, as a single box's is.
func (r *renderer) layChain(boxes []wordmodel.Shape) *chainText {
	ct := &chainText{ops: make([][]op, len(boxes)), used: make([]float64, len(boxes)), paged: blocksShow(boxes[0].Story())}
	saved := *r
	r.ops, r.noteSpace, r.footTop, r.inBox, r.framed, r.boxFront = nil, 0, 0, true, nil, nil
	r.chain = &chainFlow{boxes: boxes, text: ct}
	r.enterLinkedBox()
	r.onPage = true
	for _, b := range boxes[0].Story() {
		r.block(b)
	}
	r.placeFrames(nil) // a frame or a drop cap ending the story
	c := r.chain
	ct.ops[c.at], ct.used[c.at] = append(r.ops, r.boxFront...), r.y-r.g.top
	over := c.at == len(boxes)-1 && (r.g.bh == math.MaxFloat32 || c.over) && !fitsLast(boxes, c.at)
	warnings := r.warnings
	*r = saved
	r.warnings = warnings
	if over {
		r.warnOnce(boxes[len(boxes)-1].Name + "（链接的文本框中最后一个）的文字超出文本框：Word 只显示框内的部分，PDF 照录全部文字；请在 Word 中放大文本框，或再链接一个文本框")
	}
	return ct
}

// enterLinkedBox starts the chain's box at, its inside the text's page
// from its top: not on the document grid, its floats its own.
func (r *renderer) enterLinkedBox() {
	sp := &r.chain.boxes[r.chain.at]
	left, top, width, inner := linkedArea(sp)
	bh := inner
	if fitsLast(r.chain.boxes, r.chain.at) {
		bh = math.MaxFloat32
	}
	r.g = geometry{w: r.g.w, h: r.g.h, top: top, left: left, bw: width, bh: bh}
	r.prev, r.y, r.onPage, r.floats = previous{}, top, false, nil
	r.boxAt = r.boxOf(r.chain.boxes, r.chain.at)
	r.box = &area{page: rect{0, 0, sp.Width, sp.Height}, margin: rect{left, top, width, inner}, colLeft: left, colWidth: width}
}

// nextLinkedBox goes on in the chain's next box where one is full; past
// the last, its text runs on below its inside.
func (r *renderer) nextLinkedBox() {
	c := r.chain
	if c.at == len(c.boxes)-1 {
		r.g.bh = math.MaxFloat32 // the box grows, or its text runs over (layChain)
		return
	}
	c.text.ops[c.at], c.text.used[c.at] = append(r.ops, r.boxFront...), r.y-r.g.top
	r.ops, r.boxFront = nil, nil
	c.at++
	r.enterLinkedBox()
}

// movedBy is o moved dx across and dy down the page.
func movedBy(o op, dx, dy float64) op {
	o.x += dx
	moveOp(&o, dy)
	if o.path != nil && dx != 0 {
		o.path = movedPath(o.path, dx, 0)
	}
	return o
}
