package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestAReflectionStandsUnderItsShape: Word's 半映像，4 pt 偏移 of a 50 by
// 20 mm rectangle at 10, 10 is one picture as wide as it, from 4 pt
// under its foot to 55% of its height further (within the pixel its
// edge is drawn over); its inner shadow, one picture of its inside in place of the
// fill's path, stands where the shape does.
func TestAReflectionStandsUnderItsShape(t *testing.T) {
	sp := &wordmodel.Shape{Name: "图形“矩形 1”", Geometry: "rect", Width: 50, Height: 20, Fill: "4472C4",
		Reflection: &wordmodel.Reflection{Dist: 4, StartAlpha: 0.52, EndAlpha: 0.003, EndPos: 0.55}}
	o, ok := reflected(sp, shapePaths(sp, 10, 10, 50, 20), 10, 10, 20)
	top := 30 + 4*ptToMM
	if !ok || o.effect != "图形“矩形 1”的映像" || !nearly(o.x, 10, 0.35) || !nearly(o.w, 50, 0.4) || !nearly(o.y, top, 0.35) || !nearly(o.y+o.h, top+11, 0.35) {
		t.Errorf("the reflection at %.2f, %.2f, %.2f by %.2f; want 10, %.2f, 50 by 11", o.x, o.y, o.w, o.h, top)
	}
	sp.Reflection = nil
	sp.InnerShadow = &wordmodel.InnerShadow{DX: -1, DY: -1, Blur: 1.8, Color: "000000", Alpha: 0.5}
	o, rest, ok := innerShadowed(sp, shapePaths(sp, 10, 10, 50, 20))
	if !ok || len(rest) != 0 || !nearly(o.x, 10, 0.35) || !nearly(o.y, 10, 0.35) || !nearly(o.w, 50, 0.4) || !nearly(o.h, 20, 0.4) {
		t.Errorf("the inside at %.2f, %.2f, %.2f by %.2f, %d paths left; want 10, 10, 50 by 20, none", o.x, o.y, o.w, o.h, len(rest))
	}
}

// TestAReflectionOverTextIsRefused: a reflection over text drawn before
// it refuses the page, naming it, and tells the clerk to remove it (a
// reflection is a picture however sharp, not a blur set to 0).
func TestAReflectionOverTextIsRefused(t *testing.T) {
	effect := op{kind: opImage, x: 20, y: 20, w: 10, h: 10, img: &wordmodel.Image{}, effect: "图形“矩形 1”的映像"}
	page := []op{{kind: opPage, w: 210, h: 297}, {kind: opFill, x: 0, y: 0, w: 50, h: 50, color: "D9D9D9"}, effect}
	err := effectCovers(page, 2)
	if err == nil || !strings.Contains(err.Error(), "第 2 页：图形“矩形 1”的映像") || !strings.Contains(err.Error(), "删除该效果") {
		t.Errorf("%v, want the reflection named and its removal asked for", err)
	}
}
