package layout

import "testing"

// A path moved to another box or down an aligned page takes its fill's
// gradient, its line's gradient and its pattern with it, and leaves the
// path it was copied from (paths are shared) where it was.
func TestAMovedPathTakesItsGradientsAndPatternWithIt(t *testing.T) {
	shade := func() *Shade { return &Shade{Matrix: [6]float64{1, 0, 0, 1, 10, 20}} }
	p := &Path{Segs: []Seg{{Op: 'M', Pts: []Point{{10, 20}}}}, Shade: shade(), StrokeShade: shade(),
		Pattern: &Pattern{Matrix: [6]float64{1, 0, 0, 1, 10, 20}}}
	o := movedBy(op{kind: opPath, path: p}, 5, 7)
	q := o.path
	for name, m := range map[string][6]float64{"fill": q.Shade.Matrix, "line": q.StrokeShade.Matrix, "pattern": q.Pattern.Matrix} {
		if m[4] != 15 || m[5] != 27 {
			t.Errorf("the %s's gradient or pattern stands at %v, %v, want 15, 27", name, m[4], m[5])
		}
	}
	if pt := q.Segs[0].Pts[0]; pt != (Point{15, 27}) {
		t.Errorf("the path starts at %v, want {15 27}", pt)
	}
	if p.Segs[0].Pts[0] != (Point{10, 20}) || p.Shade.Matrix[4] != 10 || p.StrokeShade.Matrix[5] != 20 || p.Pattern.Matrix[4] != 10 {
		t.Error("the shared path was moved too")
	}
}
