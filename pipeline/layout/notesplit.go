package layout

// A page's footnotes that do not all fit under the line that refers to
// them are split, as Word splits them: the lines that fit stay at the
// page's foot, the rest goes on at the next page's (or column's) foot,
// before that page's own notes, under the continuation separator, a rule
// across the column. Notes that go on past the document's last text get
// pages of their own. Endnotes running over a page go on under the same
// separator at the top of the next.

// splitNotes cuts laid, notes' lines in order, where room is full: kept
// fit in it, rest do not. Both are slices of their own (a column
// balancing trial shares the renderer's).
func splitNotes(laid []pageNote, room float64) (kept, rest []pageNote) {
	used := 0.0
	for k, n := range laid {
		fit := 0
		for fit < len(n.lines) && used+n.lineCost(fit) <= room+0.01 {
			used += n.lineCost(fit)
			fit++
		}
		if fit == len(n.lines) {
			kept = append(kept, n)
			continue
		}
		if fit > 0 {
			kept = append(kept, n.part(0, fit))
		}
		rest = append(append(rest, n.part(fit, len(n.lines))), laid[k+1:]...)
		return kept, rest
	}
	return kept, nil
}

// part is the note's lines from a to b.
func (n pageNote) part(a, b int) pageNote {
	n.more = n.more || b < len(n.lines)
	n.lines, n.ends, n.from = n.lines[a:b], n.ends[a:b], n.from+a
	return n
}

// continueNotes begins a page's (or column's) notes with those the last
// one did not finish, leaving a line of text above them (the next page
// has text to come: Word never fills it with notes alone); and goes on
// with endnotes under their separator.
func (r *renderer) continueNotes() {
	if r.inEndnotes {
		r.noteRuleAt(r.y+noteGap/2, r.endSeps.Continued, true)
		r.y += noteGap
	}
	if len(r.carried) == 0 {
		return
	}
	kept, rest := splitNotes(r.carried, r.bottom()-r.y-r.linePitch()-noteGap)
	if len(kept) == 0 {
		// A line of the notes always goes on, however little room: the
		// notes must come to an end.
		kept, rest = splitNotes(r.carried, r.carried[0].l.lineHeight)
	}
	r.carried, r.goesOn = rest, true
	r.noteSpace += noteGap
	for _, n := range kept {
		r.noteSpace += n.height()
	}
	r.notes = append(r.notes, kept...)
}

// finishNotes ends the pages with the notes not yet drawn, each page
// with what its foot holds.
func (r *renderer) finishNotes() {
	for len(r.carried) > 0 && !r.stopped() {
		r.newSheet()
	}
}
