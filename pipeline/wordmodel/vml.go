package wordmodel

import (
	"math"
	"strconv"
	"strings"
)

// VML is how WPS and Word before 2010 write a drawing (w:pict), and what
// Word writes beside its DrawingML for older readers (mc:Fallback, which
// the reader skips). Its place is CSS in the style attribute.

// vmlShapes are the VML elements the PDF draws, by the geometry they are.
var vmlShapes = map[string]string{"v:line": "line", "v:rect": "rect", "v:roundrect": "roundRect", "v:oval": "ellipse", "v:shape": "rect",
	"v:polyline": "custom", "v:curve": "custom", "v:arc": "custom"}

// vmlTypes are the preset VML shape types (v:shapetype's o:spt) the PDF
// draws, by the geometry they are: a straight connector and a line, a
// rectangle, a rounded one, an oval, a text box.
var vmlTypes = map[string]string{"#_x0000_t32": "line", "#_x0000_t20": "line", "#_x0000_t1": "rect", "#_x0000_t2": "roundRect", "#_x0000_t3": "ellipse", "#_x0000_t202": "rect"}

// vmlShape reads a w:pict: "" when the PDF draws it (it is then added to
// the paragraph's shapes), otherwise what to list it as.
func (s *sheet) vmlShape(el string) string {
	if i := next(el, "v:group", 0); i >= 0 {
		return s.vmlGroup(el[i:end(el, i, "v:group")], el)
	}
	// Before pictures: WPS's watermark holds an empty v:imagedata.
	if why, ok := s.vmlTextArt(el); ok {
		return why
	}
	if vmlPictured(el) {
		return s.vmlImage(el)
	}
	at, kind := -1, ""
	for name := range vmlShapes {
		if i := next(el, name, 0); i >= 0 && (at < 0 || i < at) {
			at, kind = i, name
		}
	}
	if at < 0 {
		return "图形（线条或形状）"
	}
	shape := el[at:end(el, at, kind)]
	tag := tagOf(shape)
	style := cssOf(attr(tag, "style"))
	// One not absolutely positioned (嵌入型: Word 2003 and WPS write no
	// position, or static) stands in the line, as a DrawingML wp:inline
	// does and as a VML group does (vmlgroups.go).
	inline := style["position"] != "absolute"
	if inline && attr(tag, "o:hr") == "t" {
		// Word's 横线 (o:hr): as wide as a share of the column, which its
		// style leaves at 0.
		return vmlName(tag) + "（水平线）"
	}
	var f *Float
	if !inline {
		var why string
		if f, why = vmlFloat(style, shape); why != "" {
			return vmlName(tag) + "（" + why + "）"
		}
	}
	sp, dx, dy, why := s.vmlRead(kind, shape, el, vmlCSS{})
	if why != "" {
		return why
	}
	if inline {
		if sp.Shadow, why = vmlShadow(sp, shape, nil); why != "" {
			return sp.Name + "（" + why + "）"
		}
		return s.addShape(sp, "")
	}
	f.X, f.Y = f.X+dx, f.Y+dy
	if f.Wrap, why = vmlWrap(tag, style, shape, sp.Width, sp.Height); why != "" {
		return sp.Name + "（" + why + "）"
	}
	if sp.Shadow, why = vmlShadow(sp, shape, f); why != "" {
		return sp.Name + "（" + why + "）"
	}
	// VML lays a shape out in its cell unless o:allowincell says not.
	f.InCell = s.inCell && attr(tag, "o:allowincell") != "f"
	sp.Float = f
	return s.addShape(sp, "")
}

// vmlImage reads a lone VML picture (a v:shape of v:imagedata, as Word
// 2003 and WPS write one): in the line where its style places it
// nowhere, floating where it is absolute.
func (s *sheet) vmlImage(el string) string {
	target := s.target(el, `r:id="`)
	n := "图片" + target
	at := next(el, "v:shape", 0)
	if at < 0 {
		return n
	}
	if s.images == nil {
		if s.drawnHere() {
			return "" // hidden
		}
		return n // a note: not drawn there
	}
	shape := el[at:end(el, at, "v:shape")]
	tag := tagOf(shape)
	style := cssOf(attr(tag, "style"))
	img, why := s.loadPicture(strings.TrimSpace(target), strings.TrimPrefix(s.rels[relID(shape, `r:id="`)], "/word/"), shape)
	if why != "" {
		return n + "（" + why + "）"
	}
	img.Width, img.Height = vmlLength(style["width"]), vmlLength(style["height"])
	img.Rotation, img.FlipH, img.FlipV = vmlTurn(style)
	switch {
	case img.Width <= 0 || img.Height <= 0:
		return n + "（没有尺寸）"
	case style["position"] == "absolute":
		f, why := vmlFloat(style, shape)
		if why == "" {
			f.Wrap, why = vmlWrap(tag, style, shape, img.Width, img.Height)
		}
		if why != "" {
			return n + "（" + why + "）"
		}
		f.InCell = s.inCell && attr(tag, "o:allowincell") != "f"
		f.At = s.textAt
		img.Float = f
	}
	if why := vmlImageFormat(&img, shape); why != "" {
		return n + "（" + why + "）"
	}
	if vmlShadowTag(shape) != "" {
		return n + "（阴影）"
	}
	*s.images = append(*s.images, img)
	return ""
}

// vmlName is what a message calls a VML shape: by its id where Word gave
// it its name there.
func vmlName(tag string) string {
	name := "图形"
	if id := attr(tag, "id"); id != "" && !strings.HasPrefix(id, "_x0000") {
		name += "“" + id + "”"
	}
	return name
}

// vmlCSS reads a VML shape's lengths: a lone shape's are CSS lengths; a
// group member's are numbers in its group's coordinates, which m maps.
type vmlCSS struct{ m *groupFrame }

// size is a width (across) or height in mm.
func (u vmlCSS) size(v string, across bool) float64 {
	if u.m == nil {
		return vmlLength(v)
	}
	if across {
		return vmlNumber(v) * u.m.sx
	}
	return vmlNumber(v) * u.m.sy
}

// vmlRead reads the VML shape element shape, a kind (v:line, v:rect …),
// in the w:pict el: its geometry, size, turn, line, fill and text; dx, dy
// are where its box stands from its place (a line's from and to). why
// the PDF cannot draw it, otherwise.
func (s *sheet) vmlRead(kind, shape, el string, u vmlCSS) (sp *Shape, dx, dy float64, why string) {
	tag := tagOf(shape)
	sp = &Shape{Name: vmlName(tag), Geometry: vmlShapes[kind]}
	box := strings.Contains(shape, "<v:textbox")
	if kind == "v:shape" {
		// A v:shape of a preset type (a straight connector, as Word 2007
		// writes one) is that geometry; any other is a path of its own.
		g, ok := vmlTypes[attr(tag, "type")]
		if _, polygon := vmlPresets[attr(tag, "type")]; polygon {
			g, ok = "polygon", true
		}
		if ok {
			sp.Geometry = g
		}
	}
	style := cssOf(attr(tag, "style"))
	sp.Width, sp.Height = u.size(style["width"], true), u.size(style["height"], false)
	switch {
	case sp.Geometry == "polygon":
		vmlPolygonShape(sp, attr(tag, "type"), tag, el)
	case kind == "v:shape" && sp.Geometry == "rect":
		// A path of its own, else its type's (vmlShapeTypes); a text box
		// of no path is a rectangle.
		typ := attr(tag, "type")
		g, ok := vmlGeometryOf(shape, s.shapeTypes[strings.TrimPrefix(typ, "#")])
		switch {
		case ok:
			sp.Geometry = "custom"
			if sp.Paths, sp.TextRect, why = vmlPathOf(&g, sp.Width, sp.Height); why != "" {
				return nil, 0, 0, sp.Name + "（" + why + "）"
			}
		case typ != "" && !box:
			return nil, 0, 0, sp.Name + "（形状类型“" + strings.TrimPrefix(typ, "#") + "”没有定义）"
		case !box:
			return nil, 0, 0, sp.Name + "（没有路径）"
		}
	case sp.Geometry == "custom":
		if dx, dy, why = vmlDrawn(sp, kind, tag, u); why != "" {
			return nil, 0, 0, sp.Name + "（" + why + "）"
		}
	}
	reversed := false
	if kind == "v:line" {
		fx, fy := vmlPoint(attr(tag, "from"), u)
		tx, ty := vmlPoint(attr(tag, "to"), u)
		dx, dy = min(fx, tx), min(fy, ty)
		sp.Width, sp.Height = abs(tx-fx), abs(ty-fy)
		sp.FlipV = (tx-fx)*(ty-fy) < 0
		// The line is drawn from its box's left end: one drawn from the
		// right has its arrowheads the other way round.
		reversed = tx < fx
	}
	if r := style["rotation"]; r != "" {
		sp.Rotation = vmlNumber(r)
	}
	flip := style["flip"]
	sp.FlipH, sp.FlipV = sp.FlipH != strings.Contains(flip, "x"), sp.FlipV != strings.Contains(flip, "y")
	if kind == "v:roundrect" {
		sp.Corner = 0.2
		if a := attr(tag, "arcsize"); a != "" {
			sp.Corner = vmlNumber(a) / 2
		}
	}
	if sp.Outline, why = vmlStroke(tag, shape); why != "" {
		return nil, 0, 0, sp.Name + "（线条" + why + "）"
	}
	if reversed && sp.Outline != nil {
		sp.Outline.Head, sp.Outline.Tail = sp.Outline.Tail, sp.Outline.Head
	}
	if sp.Geometry != "line" {
		if pictured, why := s.vmlPictured(sp, tag, shape); pictured || why != "" {
			if why != "" {
				return nil, 0, 0, sp.Name + "（填充" + why + "）"
			}
		} else if sp.Fill, sp.Gradient, why = vmlFill(tag, shape); why != "" {
			return nil, 0, 0, sp.Name + "（填充" + why + "）"
		}
	}
	if box {
		if why := s.vmlTextBox(sp, shape); why != "" {
			return nil, 0, 0, sp.Name + "（" + why + "）"
		}
	}
	return sp, dx, dy, ""
}

// vmlTextBox reads a v:textbox: its inset (Word's 0.1" and 0.05" where it
// sets none), whether the shape grows to its text, and its paragraphs.
func (s *sheet) vmlTextBox(sp *Shape, shape string) string {
	// A text box's shape type with no v:textbox has no text: tb is "",
	// and its inset Word's.
	tb := ""
	if i := next(shape, "v:textbox", 0); i >= 0 {
		end := strings.IndexByte(shape[i:], '>')
		if end < 0 {
			// Cut short inside its own tag: what text it held is gone
			// with the rest of the file.
			return "文本框已损坏（标记不完整）"
		}
		tb = shape[i : i+end]
	}
	inset := strings.Split(attr(tb, "inset"), ",")
	for k := range sp.Inset {
		sp.Inset[k] = textBoxInset[k] / emuPerMM
		if k < len(inset) && strings.TrimSpace(inset[k]) != "" {
			sp.Inset[k] = vmlLength(inset[k])
		}
	}
	css := cssOf(attr(tb, "style"))
	sp.AutoFit = css["mso-fit-shape-to-text"] == "t"
	sp.NoWrap = cssOf(attr(tagOf(shape), "style"))["mso-wrap-style"] == "none"
	var ok bool
	if sp.Vertical, ok = verticalFlow(css); !ok {
		return "文本框中的竖排文字方向“" + css["layout-flow"] + "”无法识别"
	}
	if why := s.boxText(sp, shape); why != "" {
		return why
	}
	s.boxTabsPast(sp, s.where+"的文本框")
	if why := framedVertical(sp); why != "" {
		return why
	}
	s.readVMLLinked(sp, tagOf(shape), tb)
	return ""
}

// vmlFloat is a VML shape's place: its style's offsets and mso-position-*
// alignment, relative to what mso-position-*-relative names (text is the
// column across and the paragraph down); a negative z-index is behind the
// text.
func vmlFloat(style map[string]string, shape string) (*Float, string) {
	if style["position"] != "absolute" {
		return nil, "嵌入型图形无法显示，请设为“浮于文字上方”"
	}
	across := map[string]string{"": "column", "text": "column", "margin": "margin", "page": "page", "char": "character",
		"left-margin-area": "leftMargin", "right-margin-area": "rightMargin", "inner-margin-area": "insideMargin", "outer-margin-area": "outsideMargin"}
	down := map[string]string{"": "paragraph", "text": "paragraph", "margin": "margin", "page": "page", "line": "line",
		"top-margin-area": "topMargin", "bottom-margin-area": "bottomMargin", "inner-margin-area": "insideMargin", "outer-margin-area": "outsideMargin"}
	f := &Float{
		FromX: across[style["mso-position-horizontal-relative"]], FromY: down[style["mso-position-vertical-relative"]],
		X: vmlLength(style["margin-left"]) + vmlLength(style["left"]), Y: vmlLength(style["margin-top"]) + vmlLength(style["top"]),
		Behind: strings.HasPrefix(style["z-index"], "-"),
	}
	if a := style["mso-position-horizontal"]; a != "absolute" {
		f.AlignX = a
	}
	if a := style["mso-position-vertical"]; a != "absolute" {
		f.AlignY = a
	}
	if f.FromX == "" || f.FromY == "" {
		return nil, "位置无法识别"
	}
	return f, f.check()
}

// vmlWrap is how the text wraps around a VML shape w by h (w10:wrap, as
// Word before 2010 and WPS write it): its type (square, tight, through,
// topAndBottom; none or no w10:wrap is in front of or behind the text),
// side (both, left, right, largest) and the style's mso-wrap-distance-*
// (VML's defaults: 9 pt beside, none above and below); a tight or through
// wrap follows the shape's wrapcoords, in its coordsize's units.
func vmlWrap(tag string, style map[string]string, shape string, w, h float64) (Wrap, string) {
	i := next(shape, "w10:wrap", 0)
	if i < 0 {
		return Wrap{}, ""
	}
	el := shape[i : i+strings.IndexByte(shape[i:], '>')]
	mode := attr(el, "type")
	switch mode {
	case "", "none":
		return Wrap{}, ""
	case "square", "tight", "through":
	case "topAndBottom", "topandbottom":
		mode = "topAndBottom"
	default:
		return Wrap{}, "文字环绕方式“" + mode + "”无法识别"
	}
	side, ok := map[string]string{"": "bothSides", "both": "bothSides", "left": "left", "right": "right", "largest": "largest"}[attr(el, "side")]
	if !ok {
		return Wrap{}, "文字环绕的一侧“" + attr(el, "side") + "”无法识别"
	}
	dist := func(name string, def float64) float64 {
		if v, ok := style["mso-wrap-distance-"+name]; ok && v != "" {
			return vmlLength(v)
		}
		return def
	}
	beside := 9 * ptToMM
	wr := Wrap{Mode: mode, Side: side, Left: dist("left", beside), Right: dist("right", beside), Top: dist("top", 0), Bottom: dist("bottom", 0),
		Outline: Box{W: w, H: h}}
	if poly := vmlPolygon(attr(tag, "wrapcoords"), attr(tag, "coordsize"), w, h); poly != nil && mode != "square" && mode != "topAndBottom" {
		wr.Polygon = poly
		wr.Outline = poly.box()
	}
	return wr, ""
}

// vmlPolygon is a wrapcoords polygon (x y pairs, in the coordsize's
// units: 21600 by 21600 where it names none) scaled to w by h; nil for
// fewer than three points.
func vmlPolygon(coords, size string, w, h float64) *Polygon {
	sx, sy := 21600.0, 21600.0
	if a, b, ok := strings.Cut(size, ","); ok {
		if x, y := vmlNumber(a), vmlNumber(b); x > 0 && y > 0 {
			sx, sy = x, y
		}
	}
	f := strings.FieldsFunc(coords, func(r rune) bool { return r == ' ' || r == ',' })
	var pts []Point
	for k := 0; k+1 < len(f); k += 2 {
		pts = append(pts, Point{vmlNumber(f[k]) * w / sx, vmlNumber(f[k+1]) * h / sy})
	}
	if len(pts) < 3 {
		return nil
	}
	return &Polygon{pts}
}

// vmlStroke is a VML shape's line: strokecolor and strokeweight (black
// and 0.75 pt by default), v:stroke's dash and line style.
func vmlStroke(tag, shape string) (*Outline, string) {
	if off(attr(tag, "stroked")) {
		return nil, ""
	}
	o := &Outline{Color: "000000", Width: 0.75, Dash: "solid", Compound: "sng"}
	if c := attr(tag, "strokecolor"); c != "" {
		var ok bool
		if o.Color, ok = vmlColor(c); !ok {
			return nil, "的颜色无法识别"
		}
	}
	if w := attr(tag, "strokeweight"); w != "" {
		o.Width = math.Round(vmlLength(w)*72/25.4*100) / 100
	}
	if i := next(shape, "v:stroke", 0); i >= 0 {
		st := shape[i : i+strings.IndexByte(shape[i:], '>')]
		if off(attr(st, "on")) {
			return nil, ""
		}
		var why, whyEnd string
		o.Head, why = vmlArrow(st, "startarrow")
		o.Tail, whyEnd = vmlArrow(st, "endarrow")
		if why += whyEnd; why != "" {
			return nil, why
		}
		o.Dash = map[string]string{"": "solid", "solid": "solid", "shortdash": "sysDash", "shortdot": "sysDot", "dash": "dash", "dot": "dot",
			"dashdot": "dashDot", "longdash": "lgDash", "longdashdot": "lgDashDot", "shortdashdot": "sysDashDot", "longdashdotdot": "lgDashDotDot"}[attr(st, "dashstyle")]
		if o.Dash == "" {
			o.Dash = "dash"
		}
		o.Compound = map[string]string{"": "sng", "single": "sng", "thinThin": "dbl", "thinThick": "thinThick", "thickThin": "thickThin", "thickBetweenThin": "tri"}[attr(st, "linestyle")]
		if o.Compound == "" {
			return nil, "样式无法识别"
		}
	}
	return o, ""
}

// vmlFill is a VML shape's fill: white unless filled is false or v:fill
// says otherwise; a gradient v:fill's gradient.
func vmlFill(tag, shape string) (string, *Gradient, string) {
	if off(attr(tag, "filled")) {
		return "", nil, ""
	}
	color := "FFFFFF"
	if c := attr(tag, "fillcolor"); c != "" {
		var ok bool
		if color, ok = vmlColor(c); !ok {
			return "", nil, "的颜色无法识别"
		}
	}
	if i := next(shape, "v:fill", 0); i >= 0 {
		fl := shape[i : i+strings.IndexByte(shape[i:], '>')]
		if off(attr(fl, "on")) {
			return "", nil, ""
		}
		// PDF/A-1 has no transparency: a translucent fill is drawn as it
		// shows over white paper, as DrawingML's alpha is (colors.go).
		color = overWhite(color, attr(fl, "opacity"))
		switch t := attr(fl, "type"); t {
		case "", "solid":
		case "gradient", "gradientRadial":
			if c2 := attr(fl, "color2"); c2 != "" {
				if rgb, ok := vmlColor(c2); ok {
					fl = strings.Replace(fl, `color2="`+c2+`"`, `color2="#`+overWhite(rgb, attr(fl, "o:opacity2"))+`"`, 1)
				}
			}
			g, why := vmlGradient(fl, color)
			return "", g, why
		default:
			return "", nil, "的图案或图片填充无法显示"
		}
	}
	return color, nil, ""
}

func off(v string) bool { return v == "f" || v == "false" || v == "0" }

// cssOf reads a style attribute into its properties.
func cssOf(style string) map[string]string {
	out := map[string]string{}
	for _, decl := range strings.Split(style, ";") {
		k, v, _ := strings.Cut(decl, ":")
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out
}

// vmlLength reads a CSS length (12pt, 1in, 2.5cm, 10mm, 20px) in mm;
// a bare number is in pixels, as CSS has it.
func vmlLength(v string) float64 {
	v = strings.TrimSpace(v)
	for _, u := range []struct {
		suffix string
		mm     float64
	}{{"pt", 25.4 / 72}, {"in", 25.4}, {"cm", 10}, {"mm", 1}, {"pc", 25.4 / 6}, {"px", 25.4 / 96}} {
		if n, ok := strings.CutSuffix(v, u.suffix); ok {
			f, _ := parseFloat(n)
			return f * u.mm
		}
	}
	f, _ := parseFloat(v)
	return f * 25.4 / 96
}

// vmlNumber reads a number VML may write as a fixed-point fraction of
// 65536 (45f, 5898240fd) or a percentage.
func vmlNumber(v string) float64 {
	v = strings.TrimSpace(v)
	if n, ok := strings.CutSuffix(v, "fd"); ok {
		f, _ := parseFloat(n)
		return f / 65536
	}
	if n, ok := strings.CutSuffix(v, "f"); ok {
		f, _ := parseFloat(n)
		return f / 65536
	}
	if n, ok := strings.CutSuffix(v, "%"); ok {
		f, _ := parseFloat(n)
		return f / 100
	}
	f, _ := parseFloat(v)
	return f
}

func vmlPoint(v string, u vmlCSS) (x, y float64) {
	a, b, _ := strings.Cut(v, ",")
	return u.size(a, true), u.size(b, false)
}

// vmlColor reads a VML colour: #RRGGBB, #RGB or a name, with Word's
// " [index]" after it.
func vmlColor(v string) (string, bool) {
	v, _, _ = strings.Cut(strings.TrimSpace(v), " ")
	if h, ok := strings.CutPrefix(v, "#"); ok {
		if len(h) == 3 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		}
		if _, err := strconv.ParseUint(h, 16, 32); err == nil && len(h) == 6 {
			return strings.ToUpper(h), true
		}
		return "", false
	}
	c, ok := map[string]string{"black": "000000", "white": "FFFFFF", "red": "FF0000", "green": "008000", "lime": "00FF00", "blue": "0000FF",
		"yellow": "FFFF00", "navy": "000080", "maroon": "800000", "gray": "808080", "silver": "C0C0C0", "windowText": "000000", "window": "FFFFFF"}[v]
	return c, ok
}

func abs(v float64) float64 { return max(v, -v) }
