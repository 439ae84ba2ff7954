package layout

import "slices"

// A tab in a vertical cell's column is set as in a level line, the
// column being its line turned: it takes the text after it to the next
// of the paragraph's stops, else of the default ones, measured along the
// column from its start (the top of an upright column, the foot of a
// turned one), with its leader; LibreOffice sets it so. An alignment tab
// (w:ptab) is not: it stands relative to the column's whole length, the
// row's height, which the columns themselves decide (wordmodel lists
// it).

// setTabs gives the column's tabs their lengths along it.
func (col column) setTabs(r *renderer) {
	if !slices.ContainsFunc(col.units, func(u unit) bool { return u.tab }) {
		return
	}
	if col.turned {
		col.set.setTabs(r, col.units, 0, 0)
		return
	}
	// An upright character runs an em down the column whatever its
	// glyph's advance: the stops are found by the units' lengths along
	// it, and the tabs keep theirs.
	level := slices.Clone(col.units)
	for i := range level {
		if !level[i].tab {
			level[i].width = col.along(i)
		}
	}
	col.set.setTabs(r, level, 0, 0)
	for i, u := range level {
		if u.tab {
			col.units[i].width, col.units[i].leader = u.width, u.leader
		}
	}
}
