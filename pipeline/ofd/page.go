package ofd

import (
	"crypto/sha256"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"

	"jixiao/pipeline/layout"
)

// document numbers the objects as the pages come: fonts take IDs 1 to n,
// then each page, its layer and its objects in drawing order, and each
// picture where it is first drawn.
type document struct {
	ids            int
	border         float64
	firstW, firstH float64
	pageID         int
	pageRefs       []pageRef
	images         map[[32]byte]*media
	media          []*media
	// pageIDs are the pages' IDs, taken before the first page is drawn,
	// so that a link can go to a page not yet written; dest is where a
	// link to a bookmark goes (pdf.Laid.Dest).
	pageIDs []int
	dest    func(name string) (page int, y float64, ok bool)
}

type pageRef struct {
	id  int
	loc string
}

// media is a picture among the document's resources.
type media struct {
	id           int
	format, file string
	data         []byte
	// mask is the ID of its ImageMask (masks.go), 0 for none.
	mask int
}

func (d *document) next() int {
	d.ids++
	return d.ids
}

// page is one page's Content.xml.
func (d *document) page(p layout.Page) []byte {
	if d.pageID == 0 {
		d.firstW, d.firstH = p.Width, p.Height
	}
	if n := len(d.pageRefs); n < len(d.pageIDs) {
		d.pageID = d.pageIDs[n]
	} else {
		d.pageID = d.next()
	}
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, `<ofd:Page xmlns:ofd="%s"><ofd:Area><ofd:PhysicalBox>0 0 %s %s</ofd:PhysicalBox></ofd:Area>`, ns, num(p.Width), num(p.Height))
	fmt.Fprintf(&b, `<ofd:Content><ofd:Layer ID="%d" Type="Body">`, d.next())
	for _, it := range p.Items {
		switch it.Kind {
		case layout.Glyphs:
			d.text(&b, it)
		case layout.Rule:
			d.path(&b, box{it.X, it.Y, it.W, it.H}, "", "", "", "", rectPath(it.W, it.H), d.border)
		case layout.Fill:
			d.path(&b, box{it.X, it.Y, it.W, it.H}, "", "", rgb(it.Color), "", rectPath(it.W, it.H), 0)
		case layout.Line:
			d.line(&b, it)
		case layout.Picture:
			d.picture(&b, it)
		case layout.Shape:
			d.shape(&b, it.Path)
		case layout.Link:
			d.link(&b, it)
		}
	}
	b.WriteString(`</ofd:Layer></ofd:Content></ofd:Page>`)
	return []byte(b.String())
}

// link is a link's box as GB/T 33190-2016 makes one clickable: a path
// object that draws nothing (neither stroked nor filled) with a CLICK
// action, no Region, so that its boundary is the area (9.3): ofd:URI for
// an address, ofd:Goto to an XYZ ofd:Dest for a bookmark's page and line.
func (d *document) link(b *strings.Builder, it layout.Item) {
	action := `<ofd:URI URI="` + esc(it.Text) + `"/>`
	if name, ok := strings.CutPrefix(it.Text, "#"); ok {
		page, y, ok := d.dest(name)
		if !ok || page < 1 || page > len(d.pageIDs) {
			return // the layout refuses a link it cannot place
		}
		action = fmt.Sprintf(`<ofd:Goto><ofd:Dest Type="XYZ" PageID="%d" Left="0" Top="%s"/></ofd:Goto>`, d.pageIDs[page-1], num(y))
	}
	fmt.Fprintf(b, `<ofd:PathObject ID="%d" Boundary="%s" Stroke="false"><ofd:Actions><ofd:Action Event="CLICK">%s</ofd:Action></ofd:Actions><ofd:AbbreviatedData>%s</ofd:AbbreviatedData></ofd:PathObject>`,
		d.next(), box{it.X, it.Y, it.W, it.H}, action, rectPath(it.W, it.H))
}

// box is a Boundary, mm.
type box struct{ x, y, w, h float64 }

func (x box) String() string {
	var b strings.Builder
	x.write(&b)
	return b.String()
}

func (x box) write(b *strings.Builder) {
	for i, v := range [4]float64{x.x, x.y, x.w, x.h} {
		if i > 0 {
			b.WriteByte(' ')
		}
		writeNum(b, v)
	}
}

// text is a TextObject: its boundary is the em box of the run, the code's
// origin the baseline's start within it, DeltaX each glyph's advance.
// Pages are mostly these, so their numbers go straight into b.
func (d *document) text(b *strings.Builder, it layout.Item) {
	if it.Copy {
		// A shadow's or a relief's copy, in a block of its own: the
		// reader (read.go) takes the text from the object after it.
		fmt.Fprintf(b, `<ofd:PageBlock ID="%d">`, d.next())
		defer b.WriteString(`</ofd:PageBlock>`)
	}
	size := it.Size * 25.4 / 72
	w := 0.0
	for _, a := range it.Advances {
		w += a
	}
	bound, ox, oy := box{it.X, it.Y - size, w, size * 1.3}, 0.0, size
	if it.Clip > bound.y && it.Angle == 0 {
		// A reader cuts an object off at its Boundary (GB/T 33190, 外接
		// 矩形): type taller than its line of exact height ends at the
		// line's top, as Word cuts it.
		cut := it.Clip - bound.y
		bound.y, bound.h, oy = it.Clip, bound.h-cut, oy-cut
	}
	if it.Angle != 0 {
		bound, ox, oy = turnedBox(bound, it.X, it.Y, it.Angle)
	}
	b.WriteString(`<ofd:TextObject ID="`)
	writeInt(b, d.next())
	b.WriteString(`" Boundary="`)
	bound.write(b)
	b.WriteString(`" Font="`)
	writeInt(b, it.Font+1)
	b.WriteString(`" Size="`)
	writeNum(b, size)
	b.WriteByte('"')
	if it.Scale > 0 {
		// Word's 字符缩放: the glyphs stretched across; DeltaX are the
		// scaled advances already.
		b.WriteString(` HScale="`)
		writeNum(b, it.Scale)
		b.WriteByte('"')
	}
	stroke, width, strokeColor := outlineOf(it)
	if stroke {
		b.WriteString(` Stroke="true" LineWidth="`)
		writeNum(b, width)
		b.WriteByte('"')
		if it.Copy {
			// A copy widened by a stroke (a blurred shadow's, a glow's)
			// is rounded at its corners, as the PDF's is.
			b.WriteString(` Join="Round"`)
		}
	}
	if it.Hollow {
		b.WriteString(` Fill="false"`)
	}
	if it.Angle != 0 {
		// Turned about the baseline's start, at ox, oy in the boundary.
		rad := it.Angle * math.Pi / 180
		a, bb, c, dd := math.Cos(rad), -math.Sin(rad), math.Sin(rad), math.Cos(rad)
		fmt.Fprintf(b, ` CTM="%s %s %s %s %s %s"`, num(a), num(bb), num(c), num(dd), num(ox-(a*ox+c*oy)), num(oy-(bb*ox+dd*oy)))
	}
	b.WriteString(">")
	switch {
	case it.Shade != nil:
		// A gradient fill, in the object's space: its origin, ox, oy,
		// is the baseline's start.
		shade := shading(it.Shade, it.X-ox, it.Y-oy)
		b.WriteString(`<ofd:FillColor>` + shade + `</ofd:FillColor>`)
		if stroke && it.Outline == 0 {
			b.WriteString(`<ofd:StrokeColor>` + shade + `</ofd:StrokeColor>`)
			stroke = false
		}
	case it.Color != "":
		fmt.Fprintf(b, `<ofd:FillColor Value="%s"/>`, rgb(it.Color))
	}
	if stroke && strokeColor != "" {
		fmt.Fprintf(b, `<ofd:StrokeColor Value="%s"/>`, rgb(strokeColor))
	}
	b.WriteString(`<ofd:TextCode X="`)
	writeNum(b, ox)
	b.WriteString(`" Y="`)
	writeNum(b, oy)
	b.WriteByte('"')
	if n := len(it.Advances); n > 1 {
		b.WriteString(` DeltaX="`)
		for i, a := range it.Advances[:n-1] {
			if i > 0 {
				b.WriteByte(' ')
			}
			writeNum(b, a)
		}
		b.WriteByte('"')
	}
	b.WriteByte('>')
	xml.EscapeText(b, []byte(it.Text))
	b.WriteString(`</ofd:TextCode></ofd:TextObject>`)
}

// path is a PathObject stroked (stroke "" is black) with width lw, or
// filled with fill when lw is 0; attrs are more attributes (a dash),
// clip its Clips.
func (d *document) path(b *strings.Builder, bx box, attrs, stroke, fill, clip, data string, lw float64) {
	fmt.Fprintf(b, `<ofd:PathObject ID="%d" Boundary="%s"%s`, d.next(), bx, attrs)
	if lw > 0 {
		fmt.Fprintf(b, ` LineWidth="%s">%s`, num(lw), clip)
		if stroke != "" {
			fmt.Fprintf(b, `<ofd:StrokeColor Value="%s"/>`, stroke)
		}
	} else {
		fmt.Fprintf(b, ` Stroke="false" Fill="true">%s<ofd:FillColor Value="%s"/>`, clip, fill)
	}
	fmt.Fprintf(b, `<ofd:AbbreviatedData>%s</ofd:AbbreviatedData></ofd:PathObject>`, data)
}

func rectPath(w, h float64) string {
	return fmt.Sprintf("M 0 0 L %s 0 L %s %s L 0 %s C", num(w), num(w), num(h), num(h))
}

// line is an underline or strike-through: H is its thickness; a wavy one
// is a zigzag, its teeth three widths long, as the PDF draws it.
func (d *document) line(b *strings.Builder, it layout.Item) {
	pad := it.H * 2.5
	bx := box{it.X, it.Y - pad, it.W, 2 * pad}
	data := fmt.Sprintf("M 0 %s L %s %s", num(pad), num(it.W), num(pad))
	if it.Style == "wavy" {
		step, amp := it.H*3, it.H*1.5
		var s strings.Builder
		fmt.Fprintf(&s, "M 0 %s", num(pad))
		for k, x := 1, 0.0; x < it.W-0.001; k++ {
			x = min(float64(k)*step, it.W)
			fmt.Fprintf(&s, " L %s %s", num(x), num(pad+amp*float64(1-2*(k%2))))
		}
		data = s.String()
	}
	c := rgb(it.Color)
	if it.Color == "" {
		c = ""
	}
	var dash string
	switch it.Style {
	case "dotted":
		dash = num(it.H) + " " + num(it.H*2)
	case "dashed":
		dash = num(it.H*6) + " " + num(it.H*3)
	}
	if dash != "" {
		dash = ` DashPattern="` + dash + `"`
	}
	d.path(b, bx, dash, c, "", "", data, it.H)
}

// picture is an ImageObject drawing a MultiMedia resource, each distinct
// picture stored once.
func (d *document) picture(b *strings.Builder, it layout.Item) {
	key := sha256.Sum256(it.Image.Data)
	m, ok := d.images[key]
	if !ok {
		ext := map[string]string{"JPEG": "jpg"}[it.Image.Format]
		if ext == "" {
			ext = strings.ToLower(it.Image.Format)
		}
		m = &media{id: d.next(), format: it.Image.Format, data: it.Image.Data}
		m.file = fmt.Sprintf("image_%d.%s", m.id, ext)
		d.images[key] = m
		d.media = append(d.media, m)
		d.addMask(m)
	}
	// A shape's picture fill is drawn within the shape: its outline the
	// object's Clips, from its boundary.
	mask := ""
	if m.mask != 0 {
		mask = fmt.Sprintf(` ImageMask="%d"`, m.mask)
	}
	end := func(bound box) string {
		if it.Path == nil {
			return mask + "/>"
		}
		return mask + `><ofd:Clips><ofd:Clip><ofd:Area><ofd:Path><ofd:AbbreviatedData>` + abbreviated(it.Path.Segs, bound.x, bound.y) +
			`</ofd:AbbreviatedData></ofd:Path></ofd:Area></ofd:Clip></ofd:Clips></ofd:ImageObject>`
	}
	if it.Angle == 0 && !it.FlipH && !it.FlipV {
		bound := box{it.X, it.Y, it.W, it.H}
		fmt.Fprintf(b, `<ofd:ImageObject ID="%d" Boundary="%s" CTM="%s 0 0 %s 0 0" ResourceID="%d"%s`,
			d.next(), bound, num(it.W), num(it.H), m.id, end(bound))
		return
	}
	// A turned or mirrored picture: its boundary the box around it turned
	// about its centre, its CTM the unit square scaled to it (negatively
	// across a mirror), turned (clockwise by -Angle, y down) and centred
	// there.
	sin, cos := math.Sincos(-it.Angle * math.Pi / 180)
	bw, bh := math.Abs(it.W*cos)+math.Abs(it.H*sin), math.Abs(it.W*sin)+math.Abs(it.H*cos)
	bound := box{it.X + it.W/2 - bw/2, it.Y + it.H/2 - bh/2, bw, bh}
	sw, sh := it.W, it.H
	if it.FlipH {
		sw = -sw
	}
	if it.FlipV {
		sh = -sh
	}
	a, bb, c, dd := sw*cos, sw*sin, -sh*sin, sh*cos
	e, f := bw/2-(a+c)/2, bh/2-(bb+dd)/2
	fmt.Fprintf(b, `<ofd:ImageObject ID="%d" Boundary="%s" CTM="%s %s %s %s %s %s" ResourceID="%d"%s`,
		d.next(), bound, num(a), num(bb), num(c), num(dd), num(e), num(f), m.id, end(bound))
}

// rgb is RRGGBB as OFD's "R G B"; "" is black.
func rgb(c string) string {
	var r, g, bl int
	fmt.Sscanf(c, "%02x%02x%02x", &r, &g, &bl)
	return fmt.Sprintf("%d %d %d", r, g, bl)
}

// num writes a length to the thousandth of a millimetre.
func num(v float64) string {
	var b strings.Builder
	writeNum(&b, v)
	return b.String()
}

func writeNum(b *strings.Builder, v float64) {
	v = math.Round(v*1000) / 1000
	if v == 0 {
		v = 0 // no "-0"
	}
	var buf [24]byte
	b.Write(strconv.AppendFloat(buf[:0], v, 'f', -1, 64))
}

func writeInt(b *strings.Builder, n int) {
	var buf [20]byte
	b.Write(strconv.AppendInt(buf[:0], int64(n), 10))
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// shape is a PathObject drawing a line's or a shape's outline strand or
// its inside, its points relative to its boundary: filled with a colour
// or a gradient (AxialShd, RadialShd), within its clip where it has one.
func (d *document) shape(b *strings.Builder, p *layout.Path) {
	x, y, w, h := p.Bounds()
	path := abbreviated(p.Segs, x, y)
	var clip string
	if p.Clip != nil {
		clip = `<ofd:Clips><ofd:Clip><ofd:Area><ofd:Path><ofd:AbbreviatedData>` + abbreviated(p.Clip, x, y) + `</ofd:AbbreviatedData></ofd:Path></ofd:Area></ofd:Clip></ofd:Clips>`
	}
	if p.Shade != nil {
		fmt.Fprintf(b, `<ofd:PathObject ID="%d" Boundary="%s" Stroke="false" Fill="true">%s<ofd:FillColor>%s</ofd:FillColor>`, d.next(), box{x, y, w, h}, clip, shading(p.Shade, x, y))
		fmt.Fprintf(b, `<ofd:AbbreviatedData>%s</ofd:AbbreviatedData></ofd:PathObject>`, path)
		return
	}
	if p.Pattern != nil {
		fmt.Fprintf(b, `<ofd:PathObject ID="%d" Boundary="%s" Stroke="false" Fill="true">%s<ofd:FillColor>`, d.next(), box{x, y, w, h}, clip)
		d.pattern(b, p.Pattern, x, y)
		fmt.Fprintf(b, `</ofd:FillColor><ofd:AbbreviatedData>%s</ofd:AbbreviatedData></ofd:PathObject>`, path)
		return
	}
	if p.Fill != "" {
		d.path(b, box{x, y, w, h}, "", "", rgb(p.Fill), clip, path, 0)
		return
	}
	var dash string
	if len(p.Dash) > 0 {
		parts := make([]string, len(p.Dash))
		for i, v := range p.Dash {
			parts[i] = num(v)
		}
		dash = ` DashPattern="` + strings.Join(parts, " ") + `"`
	}
	if p.StrokeShade != nil {
		// A line's gradient is its stroke's colour (CT_Color's AxialShd,
		// RadialShd).
		fmt.Fprintf(b, `<ofd:PathObject ID="%d" Boundary="%s"%s LineWidth="%s">%s<ofd:StrokeColor>%s</ofd:StrokeColor>`, d.next(), box{x, y, w, h}, dash, num(p.Width), clip, shading(p.StrokeShade, x, y))
		fmt.Fprintf(b, `<ofd:AbbreviatedData>%s</ofd:AbbreviatedData></ofd:PathObject>`, path)
		return
	}
	d.path(b, box{x, y, w, h}, dash, rgb(p.Stroke), "", clip, path, p.Width)
}

// pattern is a pattern fill as OFD's Pattern: its cell of 8 by 8 dots
// (the background, then a rectangle a run of a row's dots), placed by
// its CTM in the object's space, from x, y.
func (d *document) pattern(b *strings.Builder, p *layout.Pattern, x, y float64) {
	m := p.Matrix
	fmt.Fprintf(b, `<ofd:Pattern Width="8" Height="8" XStep="8" YStep="8" CTM="%s %s %s %s %s %s"><ofd:CellContent>`,
		num(m[0]), num(m[1]), num(m[2]), num(m[3]), num(m[4]-x), num(m[5]-y))
	d.path(b, box{0, 0, 8, 8}, "", "", rgb(p.Bg), "", rectPath(8, 8), 0)
	var dots strings.Builder
	for _, r := range p.Runs() {
		fmt.Fprintf(&dots, "M %d %d L %d %d L %d %d L %d %d C ", r[0], r[1], r[0]+r[2], r[1], r[0]+r[2], r[1]+1, r[0], r[1]+1)
	}
	if dots.Len() > 0 {
		d.path(b, box{0, 0, 8, 8}, "", "", rgb(p.Fg), "", strings.TrimSpace(dots.String()), 0)
	}
	b.WriteString(`</ofd:CellContent></ofd:Pattern>`)
}

// abbreviated is a path's AbbreviatedData, its points from x, y.
func abbreviated(segs []layout.Seg, x, y float64) string {
	var data strings.Builder
	for _, s := range segs {
		op := map[byte]string{'M': "M", 'L': "L", 'C': "B", 'Z': "C"}[s.Op]
		data.WriteString(op)
		for _, pt := range s.Pts {
			fmt.Fprintf(&data, " %s %s", num(pt.X-x), num(pt.Y-y))
		}
		data.WriteByte(' ')
	}
	return strings.TrimSpace(data.String())
}

// shading is a gradient as OFD's: an AxialShd across the gradient's
// lines of one colour (a gradient scaled with its box has them slanted:
// its axis is taken square to them), or a RadialShd, an ellipse of its
// eccentricity turned to its long axis; its points from x, y, held past
// its ends (Extend 3).
func shading(s *layout.Shade, x, y float64) string {
	m := s.Matrix
	at := func(px, py float64) string { return num(px-x) + " " + num(py-y) }
	var b strings.Builder
	if s.Radial {
		u, v := math.Hypot(m[0], m[1]), math.Hypot(m[2], m[3])
		long, short, angle := u, v, math.Atan2(m[1], m[0])
		if v > u {
			long, short, angle = v, u, math.Atan2(m[3], m[2])
		}
		ecc := 0.0
		if long > 0 {
			ecc = math.Sqrt(1 - (short/long)*(short/long))
		}
		fmt.Fprintf(&b, `<ofd:RadialShd MapType="Direct" Extend="3" Eccentricity="%s" Angle="%s" StartPoint="%s" StartRadius="0" EndPoint="%s" EndRadius="%s">`,
			num(ecc), num(angle*180/math.Pi), at(m[4], m[5]), at(m[4], m[5]), num(long))
	} else {
		// The colour is constant along (c, d): the axis is square to it.
		nx, ny := m[3], -m[2]
		if n := math.Hypot(nx, ny); n > 0 {
			nx, ny = nx/n, ny/n
		}
		t := m[0]*nx + m[1]*ny
		fmt.Fprintf(&b, `<ofd:AxialShd MapType="Direct" Extend="3" StartPoint="%s" EndPoint="%s">`, at(m[4], m[5]), at(m[4]+t*nx, m[5]+t*ny))
	}
	for _, st := range s.Stops {
		fmt.Fprintf(&b, `<ofd:Segment Position="%s"><ofd:Color Value="%s"/></ofd:Segment>`, num(st.Pos), rgb(st.Color))
	}
	if s.Radial {
		b.WriteString(`</ofd:RadialShd>`)
	} else {
		b.WriteString(`</ofd:AxialShd>`)
	}
	return b.String()
}

// turnedBox is the boundary of a text's em box bound turned angle degrees
// counter-clockwise about its baseline's start x, y, and where that start
// is in it.
func turnedBox(bound box, x, y, angle float64) (box, float64, float64) {
	rad := angle * math.Pi / 180
	cos, sin := math.Cos(rad), math.Sin(rad)
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range [4][2]float64{{bound.x, bound.y}, {bound.x + bound.w, bound.y}, {bound.x, bound.y + bound.h}, {bound.x + bound.w, bound.y + bound.h}} {
		dx, dy := p[0]-x, p[1]-y
		tx, ty := dx*cos+dy*sin, -dx*sin+dy*cos
		x0, y0, x1, y1 = min(x0, tx), min(y0, ty), max(x1, tx), max(y1, ty)
	}
	return box{x + x0, y + y0, x1 - x0, y1 - y0}, -x0, -y0
}
