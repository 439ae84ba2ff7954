package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestRubyStandsOverItsBase: a 拼音指南's guide is drawn before its base,
// at its own size, its baseline raised by Raise; centred over its base,
// spread over it by distributeSpace, the base centred under a wider
// guide; the unit is as wide as the wider; the line grows to hold it.
func TestRubyStandsOverItsBase(t *testing.T) {
	plain := laidOut(t, wordmodel.Run{Text: "地名沁源县"})
	wide := &wordmodel.Ruby{Run: wordmodel.Run{Text: "zhōng huá rén mín", Size: 8}, Raise: 15, Align: "center"}
	spread := &wordmodel.Ruby{Run: wordmodel.Run{Text: "qìn yuán", Size: 6}, Raise: 15, Align: "distributeSpace"}
	r := laidOut(t, wordmodel.Run{Text: "地名"}, wordmodel.Run{Text: "沁源", Ruby: spread}, wordmodel.Run{Text: "县", Ruby: wide})
	var small []op // the spread guide's letters, drawn one by one
	for _, o := range r.ops {
		if o.kind == opText && o.size == 6 {
			small = append(small, o)
		}
	}
	if len(small) < 2 {
		t.Fatalf("the guide is drawn as %+v", small)
	}
	name, qin, yuan, base := textOp(t, r, "地"), small[0], small[len(small)-1], textOp(t, r, "沁")
	guide, xian, low := textOp(t, r, "zhōng"), textOp(t, r, "县"), textOp(t, plain, "地")
	switch {
	case qin.size != 6 || !near(qin.y, base.y-15*ptToMM) || base.y != name.y:
		t.Errorf("guide %+v over base %+v", qin, base)
	case qin.x <= base.x || yuan.x <= qin.x || yuan.x >= textOp(t, r, "源").x+5.6:
		t.Errorf("distributeSpace guide at %.2f, %.2f, base at %.2f", qin.x, yuan.x, base.x)
	case xian.x <= guide.x || guide.size != 8:
		t.Errorf("the base %+v is not centred under its wider guide %+v", xian, guide)
	case name.y <= low.y:
		t.Errorf("the line did not grow for its guide: baseline %.2f, plain %.2f", name.y, low.y)
	}
}
