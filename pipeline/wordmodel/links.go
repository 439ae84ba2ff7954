package wordmodel

import (
	"slices"
	"strconv"
	"strings"
)

// Linked text boxes (创建文本框链接): one story flowing from the first box
// into the next where it is full, line by line. Word 2010 and later write
// the story in the first box's wps:txbx, given an id, and each later box
// a wps:linkedTxbx of that id and its place in the chain (seq, from 1);
// WPS alike. In VML (WPS and Word 2003 write nothing else) the first box
// holds the story and its v:textbox names the next box by its id
// (mso-next-textbox), that box the one after it, and so on.

// TextLink is a text box's place in a chain of linked boxes.
type TextLink struct {
	// Boxes are the chain's boxes in order, the first holding the story
	// (its Text and Blocks): copies of the document's, their own Link
	// nil, one slice shared by the chain's boxes. None where the box
	// links nothing (a VML box named by no other).
	Boxes []Shape
	// Seq is the box's place in Boxes.
	Seq int
}

// Linked reports whether sp is a box of a chain of two or more, whose
// text the layout flows from box to box.
func (sp *Shape) Linked() bool { return sp.Link != nil && len(sp.Link.Boxes) > 1 }

// linkRead is a DrawingML chain as read so far: its boxes by their place
// in it, and where the first one read stands, for a message.
type linkRead struct {
	boxes map[int]*linkedBox
	where string
}

// linkedBox is a box of a chain as read: its link, a copy of it, the box
// its text goes on in (VML's mso-next-textbox), and where it stands.
type linkedBox struct {
	link  *TextLink
	shape Shape
	next  string
	where string
	// scope is the part the box is read from (sheet.linkScope).
	scope string
	// why the PDF cannot draw it as a box of a chain; "" where it can.
	why string
}

// readLinked reads a DrawingML box's place in a chain: the first box's
// wps:txbx id, a later one's wps:linkedTxbx id and seq.
func (s *sheet) readLinked(sp *Shape, el string) {
	if i := next(el, "wps:linkedTxbx", 0); i >= 0 {
		tag := startTag(el, i)
		seq, err := strconv.Atoi(attr(tag, "seq"))
		if err != nil || seq < 1 {
			seq = -1 // no place in the chain: listed (keepLinked)
		}
		sp.Link, sp.linkID = &TextLink{Seq: seq}, "w"+s.linkScope+attr(tag, "id")
		return
	}
	if i := next(el, "wps:txbx", 0); i >= 0 {
		if id := attr(startTag(el, i), "id"); id != "" {
			sp.Link, sp.linkID = &TextLink{}, "w"+s.linkScope+id
		}
	}
}

// readVMLLinked reads a VML box's link: one naming the next box, or one
// of no text, which a box before it may name.
func (s *sheet) readVMLLinked(sp *Shape, tag, textbox string) {
	id := attr(tag, "id")
	nextBox := vmlNextBox(textbox)
	if id == "" || nextBox == "" && sp.Text != nil {
		return
	}
	sp.Link, sp.linkID = &TextLink{}, "v"+s.linkScope+id
	sp.vmlNext = nextBox
}

// keepLinked notes a box of a chain where the PDF draws it; why it
// cannot, otherwise. A box that may stand alone (a DrawingML box holding
// its text, which Word gives an id whether or not another box goes on
// from it; a VML box of no text, or one naming no next) is only listed
// where a chain of two or more has it (linkBoxes). A header's or
// footer's chain, one of a group's members or a vertical one (竖排, each
// box's share turned into columns of its own) is laid out as the body's
// (a header's anew on each page, its page numbers its page's).
func (s *sheet) keepLinked(sp *Shape) string {
	why := ""
	if s.inBox {
		why = "文本框中链接的文本框"
	}
	vml := strings.HasPrefix(sp.linkID, "v")
	if why != "" && (!vml && sp.Link.Seq != 0 || vml && sp.vmlNext != "" && sp.Text == nil) {
		return why // a later box of a chain
	}
	one := *sp
	one.Link = nil
	box := &linkedBox{link: sp.Link, shape: one, next: sp.vmlNext, where: s.where, why: why, scope: s.linkScope}
	if vml {
		if b, twice := s.vmlLinks[sp.linkID]; twice {
			b.why = "链接的文本框（与另一个文本框同名）"
			return ""
		}
		s.vmlLinks[sp.linkID] = box
		return ""
	}
	l, ok := s.links[sp.linkID]
	if !ok {
		l = &linkRead{boxes: map[int]*linkedBox{}, where: s.where}
		s.links[sp.linkID] = l
	}
	if _, twice := l.boxes[sp.Link.Seq]; twice || sp.Link.Seq < 0 {
		return "链接的文本框（在链接中的位置有误）"
	}
	l.boxes[sp.Link.Seq] = box
	return ""
}

// linkBoxes puts each chain's boxes in order once the whole document is
// read, in every box's link; a chain without its first box, or with a
// box missing between others, is listed: the PDF would not know where its
// text goes.
func (s *sheet) linkBoxes() {
	for _, id := range sortedKeys(s.links) {
		l := s.links[id]
		if _, ok := l.boxes[0]; !ok {
			*s.undrawn = append(*s.undrawn, Feature{What: "链接的文本框（找不到存放其中文字的第一个文本框）", Where: l.where})
			continue
		}
		chain := make([]*linkedBox, len(l.boxes))
		for seq, b := range l.boxes {
			if seq >= len(chain) {
				chain = nil
				break
			}
			chain[seq] = b
		}
		if chain == nil {
			*s.undrawn = append(*s.undrawn, Feature{What: "链接的文本框（链接中间的文本框找不到）", Where: l.where})
			continue
		}
		s.link(chain)
	}
	// A VML chain starts at the box holding the text and naming the next.
	used := map[string]bool{}
	for _, id := range sortedKeys(s.vmlLinks) {
		first := s.vmlLinks[id]
		if first.shape.Text == nil || first.next == "" {
			continue
		}
		chain := []*linkedBox{first}
		used[id] = true
		for b := first; b.next != ""; {
			nid := "v" + b.scope + b.next
			nb, ok := s.vmlLinks[nid]
			if !ok || used[nid] || nb.shape.Text != nil {
				*s.undrawn = append(*s.undrawn, Feature{What: "链接的文本框（文字接续到的文本框“" + b.next + "”找不到或有误）", Where: b.where})
				chain = nil
				break
			}
			used[nid] = true
			chain, b = append(chain, nb), nb
		}
		s.link(chain)
	}
}

// link gives each box of chain its place in it; a chain of two or more
// with a box the PDF cannot draw as one of a chain is listed instead.
func (s *sheet) link(chain []*linkedBox) {
	if len(chain) == 0 {
		return
	}
	if len(chain) > 1 {
		// A table in the story goes on from box to box by whole rows;
		// one whose rows repeat at the top of each page (重复标题行) is
		// listed: whether Word repeats them in the next box is not known.
		if headedTable(chain[0].shape.Blocks) && chain[0].why == "" {
			chain[0].why = "链接的文本框中设了“重复标题行”的表格"
		}
		listed := false
		for _, b := range chain {
			if b.why != "" {
				*s.undrawn = append(*s.undrawn, Feature{What: b.why, Where: b.where})
				listed = true
			}
		}
		if listed {
			return
		}
	}
	boxes := make([]Shape, len(chain))
	for k, b := range chain {
		boxes[k] = b.shape
	}
	for k, b := range chain {
		b.link.Boxes, b.link.Seq = boxes, k
	}
}

// sortedKeys are m's keys in order, for messages in a fixed order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// vmlNextBox is the id of the box a VML text box's text goes on in
// (mso-next-textbox:#id); "" for none.
func vmlNextBox(textbox string) string {
	return strings.TrimPrefix(strings.TrimSpace(cssOf(attr(textbox, "style"))["mso-next-textbox"]), "#")
}

// headedTable reports whether blocks hold a table whose first row
// repeats at the top of each page (w:tblHeader).
func headedTable(blocks []Block) bool {
	for _, b := range blocks {
		if t, ok := b.(*Table); ok && len(t.Rows) > 0 && t.Rows[0].Header {
			return true
		}
	}
	return false
}
