package wordmodel_test

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

func TestGroupMembersAreDrawnInItsBox(t *testing.T) {
	a := st.Anchor{H: "margin", V: "paragraph", AlignX: "center", Y: 180000, CX: 5616000, CY: 720000, Wrap: `wp:wrapTopAndBottom`}
	doc := shapeDoc(t, `<w:p>`+st.RedHeadGroup(a)+`<w:r><w:t>红头</w:t></w:r></w:p>`, nil)
	wantListed(t, doc)
	sh := wantRedHead(t, doc, func(f *wordmodel.Float) bool {
		return f.AlignX == "center" && f.FromX == "margin" && nearMM(f.Y, 5)
	})
	if len(corners(sh[1])) != 10 {
		t.Errorf("star has %d points, want 10", len(corners(sh[1])))
	}
	if len(sh[2].Text) != 1 || sh[2].Text[0].Text != "财政局" {
		t.Errorf("text box text %+v", sh[2].Text)
	}
	// The group's members are not read again as shapes of their own, nor
	// is the paragraph's text changed by them.
	if p := doc.Blocks[1].(*wordmodel.Paragraph); p.Text != "红头" {
		t.Errorf("paragraph text %q", p.Text)
	}
}

func TestNestedGroupsAndPicturesAndCanvas(t *testing.T) {
	a := st.Anchor{H: "page", V: "page", X: 720000, Y: 360000, CX: 3600000, CY: 1800000}
	// A group of a rectangle and a sub-group (a picture and an oval) whose
	// own coordinates are ten times its box.
	sub := st.SubGroup(6, "组合 6", 1800000, 0, 1800000, 1800000, [2]int{0, 0}, [2]int{18000000, 18000000},
		st.Picture(7, "图片 7", "rIdImg1", 0, 0, 9000000, 9000000),
		st.Member(8, "椭圆 8", 9000000, 9000000, 9000000, 9000000, "ellipse", "", "", st.Style(true), "", ""))
	body := `<w:p>` + st.Run(a.Group(5, "组合 5", [2]int{0, 0}, [2]int{3600000, 1800000},
		st.Member(2, "矩形 2", 0, 0, 1800000, 1800000, "rect", "", "", st.Style(true), "", ""), sub), "") + `</w:p>` +
		`<w:p>` + st.Run(a.Canvas(9, "绘图画布 9", st.Fill("FFFF00"), "",
		st.Member(10, "矩形 10", 360000, 360000, 720000, 360000, "rect", "", "", st.Style(true), "", "")), "") + `</w:p>`
	doc := shapeDoc(t, body, map[string]string{"word/media/image1.png": string(pngBytes(t))})
	wantListed(t, doc)
	wantNested(t, doc, 20)
	c := doc.Blocks[2].(*wordmodel.Paragraph)
	if len(c.Shapes) != 2 {
		t.Fatalf("canvas: %d shapes, want its background and its rectangle", len(c.Shapes))
	}
	bg, rect := c.Shapes[0], c.Shapes[1]
	if bg.Fill != "FFFF00" || bg.Outline != nil || !nearMM(bg.Width, 100) || !nearMM(bg.Float.Part.X, 0) {
		t.Errorf("canvas background %+v", bg)
	}
	if q := rect.Float.Part; !nearMM(q.X, 10) || !nearMM(q.Y, 10) || !nearMM(rect.Width, 20) || !nearMM(rect.Height, 10) || !nearMM(q.W, 100) {
		t.Errorf("canvas rectangle at %+v, %.2f by %.2f; want 10, 10, 20 by 10 in 100 by 50", q, rect.Width, rect.Height)
	}
}

func TestGroupsNotDrawnAreListedWhole(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", CX: 720000, CY: 720000}
	member := st.Member(2, "矩形 2", 0, 0, 720000, 720000, "rect", "", "", st.Style(true), "", "")
	sub := st.SubGroup(6, "组合 6", 0, 0, 720000, 720000, [2]int{0, 0}, [2]int{720000, 720000}, member,
		`<wpg:graphicFrame><wpg:cNvPr id="7" name="图表 7"/><a:graphic><a:graphicData><c:chart xmlns:c="c" r:id="rId9"/></a:graphicData></a:graphic></wpg:graphicFrame>`)
	turned := st.Run(a.Group(3, "组合 3", [2]int{0, 0}, [2]int{720000, 720000}, sub), "")
	chart := st.Run(a.Group(4, "组合 4", [2]int{0, 0}, [2]int{720000, 720000}, member,
		`<wpg:graphicFrame><wpg:cNvPr id="9" name="图表 9"/><a:graphic><a:graphicData><c:chart xmlns:c="c" r:id="rId9"/></a:graphicData></a:graphic></wpg:graphicFrame>`), "")
	inline := st.Run(a.InlineGroup(5, "组合 5", [2]int{0, 0}, [2]int{720000, 720000}, member,
		`<wpg:graphicFrame><wpg:cNvPr id="8" name="图表 8"/><a:graphic><a:graphicData><c:chart xmlns:c="c" r:id="rId9"/></a:graphicData></a:graphic></wpg:graphicFrame>`), "")
	body := `<w:p><w:r><w:t>转</w:t></w:r>` + turned + `</w:p><w:p><w:r><w:t>图表</w:t></w:r>` + chart + `</w:p><w:p><w:r><w:t>嵌入</w:t></w:r>` + inline + `</w:p>`
	doc := shapeDoc(t, body, nil)
	wantListed(t, doc,
		"第 2 段（“转”）：组合图形“组合 3”中的图表（组合中的图表无法显示）",
		"第 3 段（“图表”）：组合图形“组合 4”中的图表（组合中的图表无法显示）",
		"第 4 段（“嵌入”）：组合图形“组合 5”中的图表（组合中的图表无法显示）",
	)
	// Half a group is not drawn: the rectangle read before the chart is
	// taken back.
	if n := len(shapesOf(doc)); n != 0 {
		t.Errorf("%d shapes kept of groups refused", n)
	}
}

func replaceOnce(s, old, new string) string { return strings.Replace(s, old, new, 1) }

// wantRedHead checks that doc's shapes are the members of the 红头 of
// shapetest's RedHeadGroup and VMLRedHead, each where it stands in the
// group's box, placed as place wants and wrapped as the group.
func wantRedHead(t *testing.T, doc *wordmodel.Document, place func(*wordmodel.Float) bool) []wordmodel.Shape {
	t.Helper()
	sh := shapesOf(doc)
	if len(sh) != 3 {
		t.Fatalf("%d shapes, want the group's 3: %+v", len(sh), sh)
	}
	want := []struct {
		name, geom   string
		x, y, w, h   float64
		fill, stroke string
	}{
		{"图形“直接连接符 2”", "line", 0, 20, 156, 0, "", "FF0000"},
		{"图形“五角星 3”", "star5", 73, 0, 10, 10, "FF0000", "FF0000"},
		{"图形“文本框 4”", "rect", 0, 0, 60, 10, "", ""},
	}
	for k, w := range want {
		s := sh[k]
		p := s.Float.Part
		if s.Name != w.name || s.Geometry != w.geom || p == nil {
			t.Fatalf("shape %d: %s %s part %v, want %s %s in the group", k, s.Name, s.Geometry, p, w.name, w.geom)
		}
		// The members' coordinates are twice the group's EMU: halved.
		if !nearMM(p.X, w.x) || !nearMM(p.Y, w.y) || !nearMM(s.Width, w.w) || !nearMM(s.Height, w.h) {
			t.Errorf("%s at %.2f, %.2f, %.2f by %.2f; want %.2f, %.2f, %.2f by %.2f", s.Name, p.X, p.Y, s.Width, s.Height, w.x, w.y, w.w, w.h)
		}
		if !nearMM(p.W, 156) || !nearMM(p.H, 20) {
			t.Errorf("%s: group box %.2f by %.2f, want 156 by 20", s.Name, p.W, p.H)
		}
		if !place(s.Float) {
			t.Errorf("%s: placed %+v, want the group's place", s.Name, s.Float)
		}
		// The text wraps around the group's box, whichever member it is.
		o := s.Float.Wrap.Outline
		if s.Float.Wrap.Mode != "topAndBottom" || !nearMM(o.X+p.X, 0) || !nearMM(o.Y+p.Y, 0) || !nearMM(o.W, 156) || !nearMM(o.H, 20) {
			t.Errorf("%s: wraps %+v, want the group's box", s.Name, s.Float.Wrap)
		}
		if w.fill != s.Fill || (s.Outline == nil) != (w.stroke == "") || s.Outline != nil && s.Outline.Color != w.stroke {
			t.Errorf("%s: fill %q outline %+v, want %q %q", s.Name, s.Fill, s.Outline, w.fill, w.stroke)
		}
	}
	return sh
}

// wantNested checks the members of the nested groups of
// TestNestedGroupsAndPicturesAndCanvas and TestNestedVMLGroupsAndPictures,
// in the first paragraph of doc: a group 100 by 50 mm at x mm from the
// page's left, its right half a group whose top left quarter is a
// picture and its bottom right an oval.
func wantNested(t *testing.T, doc *wordmodel.Document, x float64) {
	t.Helper()
	p := doc.Blocks[1].(*wordmodel.Paragraph)
	if len(p.Shapes) != 2 || len(p.Images) != 1 {
		t.Fatalf("%d shapes, %d pictures; want 2 and 1", len(p.Shapes), len(p.Images))
	}
	img, oval := p.Images[0], p.Shapes[1]
	if q := img.Float.Part; !nearMM(q.X, 50) || !nearMM(q.Y, 0) || !nearMM(img.Width, 25) || !nearMM(img.Height, 25) || img.Float.FromX != "page" || !nearMM(img.Float.X, x) {
		t.Errorf("picture at %+v, %.2f by %.2f, placed %+v; want 50, 0, 25 by 25 in the group", q, img.Width, img.Height, img.Float)
	}
	if q := oval.Float.Part; oval.Geometry != "ellipse" || !nearMM(q.X, 75) || !nearMM(q.Y, 25) || !nearMM(oval.Width, 25) || !nearMM(q.W, 100) {
		t.Errorf("oval %s at %+v, %.2f wide; want 75, 25, 25 in 100", oval.Geometry, q, oval.Width)
	}
}

// TestTurnedGroupsTurnTheirMembers: a group turned 90° clockwise, or
// mirrored, moves each member's centre as its box turns about its own
// centre, and turns and mirrors the member with it: a rectangle filling
// the left half of a 100 by 50 mm group stands at its top middle,
// upright across, turned a quarter; mirrored, at its right half.
func TestTurnedGroupsTurnTheirMembers(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 20 * mm, Y: 20 * mm, CX: 100 * mm, CY: 50 * mm}
	rect := st.Member(2, "矩形 2", 0, 0, 50*mm, 50*mm, "rect", ` rot="600000"`, "", st.Style(true), "", "")
	line := st.Member(3, "直接连接符 3", 50*mm, 0, 50*mm, 50*mm, "line", "", "", st.Style(false), "", "")
	for _, tc := range []struct {
		name, xfrm string
		x, y, rot  float64
		flipH      bool
	}{
		{"turned", ` rot="5400000"`, 25, -25, 100, false},
		{"mirrored", ` flipH="1"`, 50, 0, -10, true},
		{"both", ` rot="5400000" flipH="1"`, 25, 25, 80, true},
	} {
		g := replaceOnce(a.Group(5, "组合 5", [2]int{0, 0}, [2]int{100 * mm, 50 * mm}, rect, line), `<wpg:grpSpPr><a:xfrm>`, `<wpg:grpSpPr><a:xfrm`+tc.xfrm+`>`)
		doc := shapeDoc(t, `<w:p>`+st.Run(g, "")+`</w:p>`, nil)
		wantListed(t, doc)
		sh := shapesOf(doc)
		if len(sh) != 2 {
			t.Fatalf("%s: %d shapes", tc.name, len(sh))
		}
		r := sh[0]
		if p := r.Float.Part; !nearMM(p.X, tc.x) || !nearMM(p.Y, tc.y) || !nearMM(math.Mod(r.Rotation+360, 360), math.Mod(tc.rot+360, 360)) || r.FlipH != tc.flipH || !nearMM(p.W, 100) {
			t.Errorf("%s: rectangle at %.2f, %.2f turned %.1f flipped %v; want %.2f, %.2f, %.1f, %v", tc.name, p.X, p.Y, r.Rotation, r.FlipH, tc.x, tc.y, tc.rot, tc.flipH)
		}
	}
}

// TestGroupsTurnedInGroups: a group turned inside a group turns its
// members about its own box's centre, and the group it is in turns them
// again about its own: a rectangle filling the left half of a sub-group
// on the right half of a 100 by 50 mm group stands, the sub-group turned
// a quarter, across the sub-group's top; the whole mirrored too, at the
// group's left, mirrored and turned the other way.
func TestGroupsTurnedInGroups(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 20 * mm, Y: 20 * mm, CX: 100 * mm, CY: 50 * mm}
	rect := st.Member(2, "矩形 2", 0, 0, 25*mm, 50*mm, "rect", "", "", st.Style(true), "", "")
	sub := replaceOnce(st.SubGroup(6, "组合 6", 50*mm, 0, 50*mm, 50*mm, [2]int{0, 0}, [2]int{50 * mm, 50 * mm}, rect), `<wpg:grpSpPr><a:xfrm>`, `<wpg:grpSpPr><a:xfrm rot="5400000">`)
	for _, tc := range []struct {
		name, outer string
		x, y, rot   float64
		flipH       bool
	}{
		{"the inner turned", "", 62.5, -12.5, 90, false},
		{"the outer mirrored", ` flipH="1"`, 12.5, -12.5, 270, true},
	} {
		g := replaceOnce(a.Group(5, "组合 5", [2]int{0, 0}, [2]int{100 * mm, 50 * mm}, sub), `<wpg:grpSpPr><a:xfrm>`, `<wpg:grpSpPr><a:xfrm`+tc.outer+`>`)
		doc := shapeDoc(t, `<w:p>`+st.Run(g, "")+`</w:p>`, nil)
		wantListed(t, doc)
		sh := shapesOf(doc)
		if len(sh) != 1 {
			t.Fatalf("%s: %d shapes", tc.name, len(sh))
		}
		r := sh[0]
		if p := r.Float.Part; !nearMM(p.X, tc.x) || !nearMM(p.Y, tc.y) || !nearMM(math.Mod(r.Rotation+360, 360), tc.rot) || r.FlipH != tc.flipH {
			t.Errorf("%s: rectangle at %.2f, %.2f turned %.1f flipped %v; want %.2f, %.2f, %.1f, %v", tc.name, p.X, p.Y, r.Rotation, r.FlipH, tc.x, tc.y, tc.rot, tc.flipH)
		}
	}
}
