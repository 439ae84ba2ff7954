package wordmodel

import "strings"

// A VML group (v:group, as WPS and Word 2007 write 组合) is drawn as its
// members, as a DrawingML group is (groups.go). The group is placed by its
// CSS style as a lone VML shape is; its members' style left, top, width
// and height (and a line's from and to) are numbers in its coordinates:
// coordsize from coordorigin span its box (1000 by 1000 from 0, 0 where
// it says nothing). A nested v:group stands in its parent's coordinates
// and has coordinates of its own.

// vmlGroup reads the v:group grp in the w:pict el: "" when the PDF draws
// it (its members are then added to the paragraph's shapes and
// pictures), otherwise what to list it as.
func (s *sheet) vmlGroup(grp, el string) string {
	tag := tagOf(grp)
	name := strings.Replace(vmlName(tag), "图形", "组合图形", 1)
	if s.shapes == nil || s.images == nil {
		if s.drawnHere() {
			return "" // hidden
		}
		return name + "（脚注、尾注中的图形无法显示）"
	}
	style := cssOf(attr(tag, "style"))
	// One not absolutely positioned stands in the line (嵌入型).
	inline := style["position"] != "absolute"
	w, h := vmlLength(style["width"]), vmlLength(style["height"])
	f, why := &Float{}, ""
	if !inline {
		if f, why = vmlFloat(style, grp); why != "" {
			return name + "（" + why + "）"
		}
		if f.Wrap, why = vmlWrap(tag, style, grp, w, h); why != "" {
			return name + "（" + why + "）"
		}
		f.InCell = s.inCell && attr(tag, "o:allowincell") != "f"
		f.At = s.textAt
	}
	g := group{s: s, float: f, w: w, h: h, shapes: len(*s.shapes), images: len(*s.images)}
	g.rot, g.flipH, g.flipV = vmlTurn(style)
	m := vmlFrame(groupFrame{sx: 1, sy: 1}, tag, [2]float64{}, [2]float64{w, h})
	if why := g.vmlMembers(grp, el, m); why != "" {
		g.undo()
		return name + "中的" + why
	}
	g.turn()
	if inline {
		g.gather(name)
	}
	return ""
}

// vmlTurn is how a VML style turns (clockwise, degrees) and mirrors its
// element.
func vmlTurn(style map[string]string) (rot float64, flipH, flipV bool) {
	return vmlNumber(style["rotation"]), strings.Contains(style["flip"], "x"), strings.Contains(style["flip"], "y")
}

// vmlPictured reports whether the VML shape el shows a picture: its
// v:imagedata names one. WPS writes an empty v:imagedata into its text
// boxes and shapes, which show none.
func vmlPictured(el string) bool {
	i := next(el, "v:imagedata", 0)
	if i < 0 {
		return false
	}
	tag := startTag(el, i)
	return attr(tag, "r:id") != "" || attr(tag, "o:relid") != "" || attr(tag, "r:pict") != "" || attr(tag, "src") != ""
}

// vmlFrame is the frame of the members of a group whose start tag is
// tag, standing at off, ext in m.
func vmlFrame(m groupFrame, tag string, off, ext [2]float64) groupFrame {
	size, origin := [2]float64{1000, 1000}, [2]float64{}
	for _, a := range []struct {
		v   string
		out *[2]float64
	}{{attr(tag, "coordsize"), &size}, {attr(tag, "coordorigin"), &origin}} {
		if x, y, ok := strings.Cut(a.v, ","); ok || x != "" {
			if x != "" {
				a.out[0] = vmlNumber(x)
			}
			if y != "" {
				a.out[1] = vmlNumber(y)
			}
		}
	}
	return m.inner(off, ext, origin, size)
}

// vmlMembers reads the members of the v:group grp, whose coordinates m
// maps.
func (g *group) vmlMembers(grp, el string, m groupFrame) string {
	return children(grp, func(name, child string) string {
		tag := tagOf(child)
		style := cssOf(attr(tag, "style"))
		at := [2]float64{vmlNumber(style["left"]), vmlNumber(style["top"])}
		switch name {
		case "w10:wrap", "w10:anchorlock", "v:shapetype", "o:lock", "v:fill", "v:stroke", "v:path", "v:formulas", "v:handles":
			return ""
		case "v:group":
			ext := [2]float64{vmlNumber(style["width"]), vmlNumber(style["height"])}
			shapes, images := len(*g.s.shapes), len(*g.s.images)
			if why := g.vmlMembers(child, el, vmlFrame(m, tag, at, ext)); why != "" {
				return why
			}
			rot, flipH, flipV := vmlTurn(style)
			g.turnMembers(shapes, images, m.box(at, ext), rot, flipH, flipV)
			return ""
		case "v:line", "v:rect", "v:roundrect", "v:oval", "v:shape", "v:polyline", "v:curve", "v:arc":
			if strings.Contains(child, "<v:textpath") {
				return "艺术字" + strings.TrimPrefix(vmlName(tag), "图形") + "（组合中的艺术字无法显示，请取消组合）"
			}
			if vmlPictured(child) {
				return g.vmlPicture(child, m, at, style)
			}
			sp, dx, dy, why := g.s.vmlRead(name, child, el, vmlCSS{&m})
			if why != "" {
				return why
			}
			sp.Float = g.place(Box{X: m.x0 + at[0]*m.sx + dx, Y: m.y0 + at[1]*m.sy + dy, W: sp.Width, H: sp.Height})
			if sp.Shadow, why = vmlShadow(sp, child, g.float); why != "" {
				return sp.Name + "（" + why + "）"
			}
			return g.s.addShape(sp, "")
		}
		return "图形（" + name + "：VML 对象无法识别）"
	})
}

// vmlPicture reads a member that shows a picture (v:imagedata).
func (g *group) vmlPicture(shape string, m groupFrame, at [2]float64, style map[string]string) string {
	target := g.s.target(shape, `r:id="`)
	n := "图片" + target
	if vmlShadowTag(shape) != "" {
		return n + "（阴影）"
	}
	img, why := g.s.loadPicture(strings.TrimSpace(target), strings.TrimPrefix(g.s.rels[relID(shape, `r:id="`)], "/word/"), shape)
	if why != "" {
		return n + "（" + why + "）"
	}
	u := vmlCSS{&m}
	b := Box{X: m.x0 + at[0]*m.sx, Y: m.y0 + at[1]*m.sy, W: u.size(style["width"], true), H: u.size(style["height"], false)}
	if b.W <= 0 || b.H <= 0 {
		return n + "（没有尺寸）"
	}
	img.Rotation, img.FlipH, img.FlipV = vmlTurn(style)
	img.Width, img.Height, img.Float = b.W, b.H, g.place(b)
	if why := vmlImageFormat(&img, shape); why != "" {
		return n + "（" + why + "）"
	}
	*g.s.images = append(*g.s.images, img)
	return ""
}
