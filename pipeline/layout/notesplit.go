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
		fit = n.widowed(fit)
		if fit > 0 {
			kept = append(kept, n.part(0, fit))
		}
		rest = append(append(rest, n.part(fit, len(n.lines))), laid[k+1:]...)
		return kept, rest
	}
	return kept, nil
}

// widowed is how many of the note's lines stay on the page where fit do,
// under its paragraph's 孤行控制 (widowControl, which Word's Normal has
// and a Chinese template's often not): neither its first line alone at
// the page's foot nor its last alone overleaf.
func (n pageNote) widowed(fit int) int {
	if n.p.Spacing == nil || !n.p.Spacing.Keeps.WidowControl {
		return fit
	}
	if !n.more && len(n.lines)-fit == 1 {
		fit-- // its last line would go on alone
	}
	if n.from == 0 && fit == 1 {
		fit = 0 // its first line would stay alone
	}
	return max(fit, 0)
}

// firstLine cuts notes, not empty, after their first line.
func firstLine(notes []pageNote) (kept, rest []pageNote) {
	n := notes[0]
	if len(n.lines) <= 1 {
		return []pageNote{n}, append([]pageNote(nil), notes[1:]...)
	}
	return []pageNote{n.part(0, 1)}, append([]pageNote{n.part(1, len(n.lines))}, notes[1:]...)
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
		// A line of the notes always goes on, however little room and
		// whatever its widow control: the notes must come to an end.
		kept, rest = firstLine(r.carried)
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

// keep is the room a row's notes laid (need with the gap over them) take
// at the foot of the page a table's rows are being placed on, room left
// there under the row, as keepNotes will draw them: what does not fit
// goes on overleaf, and so does all after it.
func (rn *rowNotes) keep(laid []pageNote, need, room float64) float64 {
	if len(laid) == 0 {
		return need
	}
	if len(rn.carry) > 0 {
		rn.carry = append(rn.carry[:len(rn.carry):len(rn.carry)], laid...)
		return 0
	}
	gap := need
	for _, n := range laid {
		gap -= n.height()
	}
	kept, rest := splitNotes(laid, room-gap)
	if len(rest) == 0 {
		return need
	}
	rn.carry = rest
	if len(kept) == 0 {
		return 0
	}
	for _, n := range kept {
		gap += n.height()
	}
	return gap
}

// goOn is the room the notes going on take at the foot of the next page
// a table's rows are placed on, room the page's text block less a line,
// as continueNotes will draw them.
func (rn *rowNotes) goOn(room float64) float64 {
	if len(rn.carry) == 0 {
		return 0
	}
	kept, rest := splitNotes(rn.carry, room-noteGap)
	if len(kept) == 0 {
		kept, rest = firstLine(rn.carry)
	}
	rn.carry = rest
	used := noteGap
	for _, n := range kept {
		used += n.height()
	}
	return used
}

// firstOfNotes is the room notes laid (need with the gap over them) must
// find under the row that refers to them, room left there: all of it, or
// where they do not all fit, the lines that stay (splitNotes), the rest
// going on overleaf.
func firstOfNotes(laid []pageNote, need, room float64) float64 {
	if len(laid) == 0 || need <= room+0.01 {
		return need
	}
	gap := need
	for _, n := range laid {
		gap -= n.height()
	}
	kept, _ := splitNotes(laid, room-gap)
	if len(kept) == 0 {
		return need // the row goes on to the next page with them
	}
	for _, n := range kept {
		gap += n.height()
	}
	return gap
}
