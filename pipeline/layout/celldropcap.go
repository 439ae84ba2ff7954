package layout

import (
	"slices"

	"jixiao/pipeline/wordmodel"
)

// A table cell's drop cap (首字下沉, wordmodel's Shape.DropLines) comes
// as the frame of its letter's paragraph, anchored at the cell's next
// paragraph, and is set as the body's is (dropcap.go): its letter in the
// size Word gave it, its baseline on the baseline of that paragraph's
// DropLines-th line; 下沉 at the cell's content left, the lines it spans
// set right of it and its hSpace (cellExclusions), 悬挂 left of the
// content left by its width and hSpace, the lines untouched.

// cellDropCap draws sp's letter at x, beside the cell's lines from at
// (the paragraph it is anchored to, whose first line's top is paraTop).
func (r *renderer) cellDropCap(tl *tableLayout, sp *wordmodel.Shape, lines []cellLine, c tableCell, at int, paraTop, x float64) {
	if len(sp.Text) == 0 || at >= len(lines) {
		return
	}
	l := r.look(sp.Text[0])
	letter := r.dropLetter(sp.Text[0], l)
	if letter == nil {
		return
	}
	// The tops of the lines from at, as cellText sets them.
	last := min(at+sp.DropLines-1, len(lines)-1)
	top := paraTop - lines[at].above
	for i := at; i < last; i++ {
		top += lines[i].h
	}
	line := lines[last]
	sizeMM := line.sizePt * ptToMM
	base := top + line.above + line.push + line.marks + r.baseline(line.set.spacing, !r.inStory, line.lineH, sizeMM, c.face.font, line.face)
	if last < at+sp.DropLines-1 {
		// Fewer lines than it spans: the lines it would span go on down.
		base += float64(at+sp.DropLines-1-last) * line.lineH
	}
	own := r.fs.role(l.st.Font)
	if sp.DropHangs {
		// Hung left of the cell's text by its hSpace, in the cell's
		// padding or past the cell's edge, as Word hangs it in the
		// body's margin; the lines beside it keep their width.
		x = c.x + c.pad[1] - lineWidth(letter) - sp.Float.Wrap.Left
	}
	ops := r.ops
	r.ops = nil
	r.drawUnits(letter, own, x, base-own.font.ascent*l.st.Size*ptToMM, l.st.Size*ptToMM, 0)
	// Before the cell's text, as the letter comes before it in Word.
	r.ops = slices.Insert(ops, min(tl.textFrom, len(ops)), r.ops...)
}
