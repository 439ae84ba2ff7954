package layout

import "jixiao/pipeline/wordmodel"

// Type taller than its line of exact height (28 pt type in a line fixed
// at 20 pt) rises over the line's top, and Word cuts it off there: only
// what is inside the line is shown, the baseline staying where baseline.go
// puts it. Its text operations carry the line's top (op.clip, Item.Clip),
// and each back-end clips them there; a line whose type stays inside it
// carries none.

// exactClip is where units, a line of the exactly spaced paragraph sp
// drawn in face line at sizeMM from top (drawUnits' top), must be cut
// off: boxTop, the top of the line they stand in, where some of them
// rise above it; 0 where none does or the line is not of exact height.
func exactClip(sp *wordmodel.Spacing, units []unit, line *face, top, sizeMM, boxTop float64) float64 {
	if sp == nil || sp.LineRule != "exact" {
		return 0
	}
	baseline := top + line.font.ascent*sizeMM
	for _, u := range units {
		if u.img != nil || u.space || u.text == "" || u.face == nil {
			continue
		}
		if baseline-u.face.font.top*unitSize(u, sizeMM) < boxTop-0.01 {
			return boxTop
		}
	}
	return 0
}
