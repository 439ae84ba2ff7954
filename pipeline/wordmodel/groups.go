package wordmodel

import (
	"math"
	"slices"
	"strings"
)

// A group (组合图形, wpg:wgp) and a drawing canvas (绘图画布, wpc:wpc)
// are drawn as their members: each shape, text box and picture is read
// as a lone one is and placed where the group is placed, at its own place
// in the group's box (Float.Part), so that the layout draws a 红头's red
// line and star exactly as it draws them apart. A member that cannot be
// drawn refuses the whole group, naming the member: half a group is not
// published.

// groupFrame maps a group's member coordinates (EMU in Word's own groups,
// any units a group's xfrm declares) to mm in the outermost box: x0 +
// c*sx across, y0 + c*sy down.
type groupFrame struct{ x0, y0, sx, sy float64 }

// box is where a member at off, ext (its a:xfrm's a:off and a:ext)
// stands in the outermost box, mm.
func (m groupFrame) box(off, ext [2]float64) Box {
	return Box{X: m.x0 + off[0]*m.sx, Y: m.y0 + off[1]*m.sy, W: ext[0] * m.sx, H: ext[1] * m.sy}
}

// inner is the frame of a group's members, the group standing at off,
// ext in m: its chOff and chExt are what its members' coordinates span.
func (m groupFrame) inner(off, ext, chOff, chExt [2]float64) groupFrame {
	k := [2]float64{1, 1}
	for i := range k {
		if chExt[i] > 0 {
			k[i] = ext[i] / chExt[i]
		}
	}
	return groupFrame{
		x0: m.x0 + (off[0]-chOff[0]*k[0])*m.sx, y0: m.y0 + (off[1]-chOff[1]*k[1])*m.sy,
		sx: m.sx * k[0], sy: m.sy * k[1],
	}
}

// xfrm reads the first a:xfrm in el: its offset, extent, and its
// members' offset and extent (a group's); turnOf reads its turn.
func xfrm(el string) (off, ext, chOff, chExt [2]float64) {
	i := next(el, "a:xfrm", 0)
	if i < 0 {
		return
	}
	x := el[i:end(el, i, "a:xfrm")]
	pair := func(name, a, b string) [2]float64 {
		if k := next(x, name, 0); k >= 0 {
			t := startTag(x, k)
			return [2]float64{float64(atoi(attr(t, a))), float64(atoi(attr(t, b)))}
		}
		return [2]float64{}
	}
	return pair("a:off", "x", "y"), pair("a:ext", "cx", "cy"), pair("a:chOff", "x", "y"), pair("a:chExt", "cx", "cy")
}

// drawingGroup reads a wpg:wgp or wpc:wpc in drawing (its wp:anchor or
// wp:inline): "" when the PDF draws it (its members are then added to
// the paragraph's shapes and pictures; one in the line is one picture of
// them, gather), otherwise what to list it as.
func (s *sheet) drawingGroup(el, drawing string) string {
	kind := "组合图形"
	canvas := strings.HasPrefix(el, "<wpc:wpc")
	if canvas {
		kind = "绘图画布"
	}
	name, hidden := drawingName(kind, drawing, "wp:docPr")
	switch {
	case hidden:
		return ""
	case s.shapes == nil || s.images == nil:
		if s.drawnHere() {
			return "" // hidden
		}
		return name + "（脚注、尾注中的图形无法显示）"
	}
	inline := !strings.HasPrefix(drawing, "<wp:anchor")
	f, why := &Float{}, ""
	if !inline {
		if f, why = float(drawing, s.inCell); why != "" {
			return name + "（" + why + "）"
		}
		f.At = s.textAt
	}
	w, h := extentOf(drawing)
	g := group{s: s, float: f, w: w, h: h, shapes: len(*s.shapes), images: len(*s.images)}
	m := groupFrame{sx: 1.0 / emuPerMM, sy: 1.0 / emuPerMM}
	if canvas {
		why = g.background(el)
	} else {
		off, ext, chOff, chExt := xfrm(groupProps(el))
		g.rot, g.flipH, g.flipV = turnOf(groupProps(el))
		// The outermost group's own place is its drawing's: its extent
		// is the box its ext spans.
		if ext[0] > 0 && ext[1] > 0 {
			m = groupFrame{x0: -off[0] * w / ext[0], y0: -off[1] * h / ext[1], sx: w / ext[0], sy: h / ext[1]}
		}
		m = m.inner(off, ext, chOff, chExt)
	}
	if why == "" {
		why = g.members(el, m)
	}
	if why != "" {
		g.undo()
		return name + "中的" + why
	}
	g.turn()
	if why := g.turnedInnerShadow(); why != "" {
		g.undo()
		return name + "中的" + why
	}
	if inline {
		g.gather(name)
	}
	return ""
}

// gather takes the members just read out of the paragraph's shapes and
// pictures into one picture in the line (Image.Group), the group's box,
// named name.
func (g *group) gather(name string) {
	grp := &Group{Shapes: slices.Clone((*g.s.shapes)[g.shapes:]), Images: slices.Clone((*g.s.images)[g.images:])}
	g.undo()
	*g.s.images = append(*g.s.images, Image{Name: name, Width: g.w, Height: g.h, Group: grp})
}

// turnOf is how the first a:xfrm in el turns (clockwise, degrees) and
// mirrors its element.
func turnOf(el string) (rot float64, flipH, flipV bool) {
	i := next(el, "a:xfrm", 0)
	if i < 0 {
		return 0, false, false
	}
	tag := startTag(el, i)
	return float64(atoi(attr(tag, "rot"))) / 60000, attr(tag, "flipH") == "1", attr(tag, "flipV") == "1"
}

// groupProps is a group's wpg:grpSpPr, which holds its xfrm; "" for none.
func groupProps(el string) string {
	p, _ := cutElement(el, "wpg:grpSpPr")
	return p
}

// group is a group being read: where it is placed, its box w by h, mm,
// and how many shapes and pictures its paragraph had before it, which a
// group refused is taken back to.
type group struct {
	s              *sheet
	float          *Float
	w, h           float64
	shapes, images int
	// rot, flipH and flipV turn and mirror the whole group about its
	// box's centre, as Word draws a group turned or flipped.
	rot          float64
	flipH, flipV bool
}

// turn turns and mirrors the group's members read as the group is, about
// its box's centre.
func (g *group) turn() {
	g.turnMembers(g.shapes, g.images, Box{W: g.w, H: g.h}, g.rot, g.flipH, g.flipV)
}

// turnMembers turns the members read since the paragraph had shapes and
// images, a group standing at b in the outermost box that turns rot
// degrees clockwise and mirrors: each member's centre moves as the group
// turns about b's centre (a mirror first), and the member turns and
// mirrors with it. A group inside a group is turned as it is read, and
// then again with the group it is in, as Word composes them.
func (g *group) turnMembers(shapes, images int, b Box, rot float64, flipH, flipV bool) {
	if rot == 0 && !flipH && !flipV {
		return
	}
	mx, my := b.X+b.W/2, b.Y+b.H/2
	move := func(f **Float, w, h float64, r *float64, fh, fv *bool) {
		p := (*f).Part
		cx, cy := p.X+w/2, p.Y+h/2
		if flipH {
			cx, *fh, *r = 2*mx-cx, !*fh, -*r
		}
		if flipV {
			cy, *fv, *r = 2*my-cy, !*fv, -*r
		}
		sin, cos := math.Sincos(rot * math.Pi / 180)
		dx, dy := cx-mx, cy-my
		cx, cy = mx+dx*cos-dy*sin, my+dx*sin+dy*cos
		*r = math.Mod(*r+rot, 360)
		*f = g.place(Box{X: cx - w/2, Y: cy - h/2, W: w, H: h})
	}
	for i := range (*g.s.shapes)[shapes:] {
		sp := &(*g.s.shapes)[shapes+i]
		move(&sp.Float, sp.Width, sp.Height, &sp.Rotation, &sp.FlipH, &sp.FlipV)
	}
	for i := range (*g.s.images)[images:] {
		img := &(*g.s.images)[images+i]
		move(&img.Float, img.Width, img.Height, &img.Rotation, &img.FlipH, &img.FlipV)
	}
}

func (g *group) undo() {
	*g.s.shapes = (*g.s.shapes)[:g.shapes]
	*g.s.images = (*g.s.images)[:g.images]
}

// place is the float of a member standing at b in the group's box: the
// group's, with the text wrapping around the group's outline, not the
// member's.
func (g *group) place(b Box) *Float {
	f := *g.float
	f.Part = &Part{X: b.X, Y: b.Y, W: g.w, H: g.h}
	f.Wrap.Outline.X -= b.X
	f.Wrap.Outline.Y -= b.Y
	if poly := f.Wrap.Polygon; poly != nil {
		moved := &Polygon{}
		for _, p := range poly.Points {
			moved.Points = append(moved.Points, Point{p.X - b.X, p.Y - b.Y})
		}
		f.Wrap.Polygon = moved
	}
	return &f
}

// background is a canvas's own fill (wpc:bg) and line (wpc:whole), drawn
// as a rectangle behind its members; Word's default canvas has neither.
func (g *group) background(el string) string {
	bg, _ := cutElement(el, "wpc:bg")
	whole, _ := cutElement(el, "wpc:whole")
	sp := &Shape{Name: "绘图画布的背景", Geometry: "rect", Width: g.w, Height: g.h}
	var why string
	if sp.Fill, why = g.s.shapeFill(bg, ""); why != "" {
		return sp.Name + "（" + why + "）"
	}
	if sp.Outline, why = g.s.outline(whole, ""); why != "" {
		return sp.Name + "（" + why + "）"
	}
	if sp.Fill == "" && sp.Outline == nil {
		return ""
	}
	sp.Float = g.place(Box{W: g.w, H: g.h})
	return g.s.addShape(sp, "")
}

// members reads the members of the group el, whose coordinates m maps,
// in order (the later drawn over the earlier); why the first that cannot
// be drawn cannot.
func (g *group) members(el string, m groupFrame) string {
	return children(el, func(name, child string) string { return g.member(name, child, m) })
}

// children calls visit with each child element of el, in order, until
// one says why it cannot be drawn.
func children(el string, visit func(name, child string) string) string {
	i := strings.IndexByte(el, '>') + 1
	for i < len(el) {
		lt := strings.IndexByte(el[i:], '<')
		if lt < 0 || strings.HasPrefix(el[i+lt:], "</") {
			return ""
		}
		i += lt
		name := elementName(el, i)
		e := end(el, i, name)
		if why := visit(name, el[i:e]); why != "" {
			return why
		}
		i = e
	}
	return ""
}

// member reads one member of a group.
func (g *group) member(name, el string, m groupFrame) string {
	switch name {
	case "wpg:cNvPr", "wpg:cNvGrpSpPr", "wpg:nvGrpSpPr", "wpg:grpSpPr", "wpc:bg", "wpc:whole", "wpg:extLst", "wpc:extLst":
		return ""
	case "wps:wsp":
		n, hidden := drawingName("图形", el, "wps:cNvPr")
		if hidden {
			return ""
		}
		off, ext, _, _ := xfrm(el)
		b := m.box(off, ext)
		return g.s.readShape(&Shape{Name: n, Width: b.W, Height: b.H, Float: g.place(b)}, el, "")
	case "pic:pic":
		return g.picture(el, m)
	case "wpg:grpSp", "wpg:wgp":
		_, hidden := drawingName("组合图形", el, "wpg:cNvPr")
		if hidden {
			return ""
		}
		off, ext, chOff, chExt := xfrm(groupProps(el))
		shapes, images := len(*g.s.shapes), len(*g.s.images)
		if why := g.members(el, m.inner(off, ext, chOff, chExt)); why != "" {
			return why
		}
		rot, flipH, flipV := turnOf(groupProps(el))
		g.turnMembers(shapes, images, m.box(off, ext), rot, flipH, flipV)
		return ""
	case "wpg:graphicFrame", "wpc:graphicFrame":
		if strings.Contains(el, "<c:chart") {
			return "图表（组合中的图表无法显示）"
		}
		return "对象（组合中的图表、SmartArt 等对象无法显示）"
	}
	return unknownFeature(name)
}

// picture reads a pic:pic member.
func (g *group) picture(el string, m groupFrame) string {
	target := g.s.target(el, `r:embed="`)
	n := "图片" + target
	img, why := g.s.loadPicture(strings.TrimSpace(target), strings.TrimPrefix(g.s.rels[relID(el, `r:embed="`)], "/word/"), el)
	if why != "" {
		return n + "（" + why + "）"
	}
	off, ext, _, _ := xfrm(el)
	b := m.box(off, ext)
	if b.W <= 0 || b.H <= 0 {
		return n + "（没有尺寸）"
	}
	turn(&img, el)
	img.Width, img.Height, img.Float = b.W, b.H, g.place(b)
	if why := g.s.pictureFormat(&img, el, blipFillOf(el)); why != "" {
		return n + "（" + why + "）"
	}
	*g.s.images = append(*g.s.images, img)
	return ""
}
