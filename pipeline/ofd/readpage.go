package ofd

import (
	"fmt"
	"math"
	"strings"
)

// pageReader is one page's content as walk hands it: the object open, the
// action open in it, and the text so far.
type pageReader struct {
	r      *reader
	name   string
	n      int
	obj    pageObject
	act    action
	text   strings.Builder
	last   float64
	objTop int // the object's depth in the stack, 0 outside one
}

// pageObject is a TextObject, PathObject or ImageObject being read.
type pageObject struct {
	kind, what string
	id         int
	bx         box
}

// action is an ofd:Action: a URI, or a Goto to an XYZ Dest.
type action struct {
	event, uri, dest string
	destID           int
	top              float64
}

// page reads page n's content and returns its text.
func (r *reader) page(name string, n int) (string, error) {
	p := &pageReader{r: r, name: name, n: n, last: math.NaN()}
	if err := r.part(name, "Page", visit{start: p.start, end: p.end}); err != nil {
		return "", err
	}
	return p.text.String(), nil
}

func (p *pageReader) start(st []open) error {
	el := &st[len(st)-1]
	depth := len(st)
	switch {
	case depth == 3 && under(st, "Page", "Content", "Layer"):
		id, err := integer(p.name, "ofd:Layer 的 ID", el.get("ID"))
		if err != nil {
			return err
		}
		return p.r.id(id, fmt.Sprintf("第%d页的图层", p.n))
	case depth == 4 && under(st, "Content", "Layer", "PageBlock"):
		// The writer's blocks hold the copies a shadow or a relief draws
		// of a text (text), whose text is the object's after the block.
		id, err := integer(p.name, "ofd:PageBlock 的 ID", el.get("ID"))
		if err != nil {
			return err
		}
		return p.r.id(id, fmt.Sprintf("第%d页的 PageBlock", p.n))
	case depth == 4 && under(st, "Content", "Layer", el.name),
		depth == 5 && under(st, "Layer", "PageBlock", el.name):
		return p.object(el, depth)
	case p.objTop > 0 && depth == p.objTop+2 && under(st, "Actions", "Action"):
		p.act = action{event: el.get("Event")}
	case p.objTop > 0 && depth == p.objTop+3 && under(st, "Action", "URI"):
		p.act.uri = el.get("URI")
	case p.objTop > 0 && depth == p.objTop+4 && under(st, "Action", "Goto", "Dest"):
		var err error
		p.act.dest = el.get("Type")
		if p.act.destID, err = integer(p.name, "ofd:Dest 的 PageID", el.get("PageID")); err != nil {
			return err
		}
		p.act.top, err = decimal(p.name, "ofd:Dest 的 Top", el.get("Top"))
		return err
	}
	return nil
}

// object checks a page object as it opens: its ID, Boundary, and the
// font or picture it draws with.
func (p *pageReader) object(el *open, depth int) error {
	o := pageObject{kind: el.name, what: fmt.Sprintf("第%d页的 %s", p.n, el.name)}
	var err error
	if o.id, err = integer(p.name, o.what+" 的 ID", el.get("ID")); err != nil {
		return err
	}
	if err := p.r.id(o.id, o.what); err != nil {
		return err
	}
	if o.bx, err = boundary(el.get("Boundary")); err != nil {
		return fmt.Errorf("%s：%s（ID %d）的 Boundary：%v", p.name, o.kind, o.id, err)
	}
	switch o.kind {
	case "TextObject":
		if font := el.get("Font"); !p.r.fonts[font] {
			return fmt.Errorf("%s：%s（ID %d）引用的字体 %q 未声明", p.name, o.what, o.id, font)
		}
	case "ImageObject":
		if res := el.get("ResourceID"); !p.r.media[res] {
			return fmt.Errorf("%s：%s（ID %d）引用的图片 %q 未声明", p.name, o.what, o.id, res)
		}
		if mask := el.get("ImageMask"); mask != "" && !p.r.media[mask] {
			return fmt.Errorf("%s：%s（ID %d）引用的图像蒙版 %q 未声明", p.name, o.what, o.id, mask)
		}
	}
	p.obj, p.objTop = o, depth
	return nil
}

func (p *pageReader) end(st []open) error {
	el := &st[len(st)-1]
	depth := len(st)
	switch {
	case depth == p.objTop:
		p.objTop = 0
	case p.objTop > 0 && depth == p.objTop+2 && under(st, "Actions", "Action"):
		l, err := readAction(p.act, p.obj.bx, p.n)
		if err != nil {
			return fmt.Errorf("%s：%s（ID %d）：%v", p.name, p.obj.what, p.obj.id, err)
		}
		p.r.links = append(p.r.links, l)
	case p.objTop > 0 && depth == p.objTop+1 && p.obj.kind == "TextObject" && el.name == "TextCode":
		return p.code(el)
	}
	return nil
}

// code is a TextCode of the open TextObject: its advances are checked
// and its text added, a line per baseline, as pdf.Text reads the PDF.
func (p *pageReader) code(el *open) error {
	text := string(el.text)
	if err := deltas(el.get("DeltaX"), text); err != nil {
		return fmt.Errorf("%s：%s（ID %d）：%v", p.name, p.obj.what, p.obj.id, err)
	}
	y, err := decimal(p.name, "ofd:TextCode 的 Y", el.get("Y"))
	if err != nil {
		return err
	}
	if _, err := decimal(p.name, "ofd:TextCode 的 X", el.get("X")); err != nil {
		return err
	}
	if p.objTop == 5 {
		return nil // a copy's, in a PageBlock
	}
	y = math.Round((p.obj.bx.y+y)*100) / 100
	if !math.IsNaN(p.last) && y != p.last {
		p.text.WriteByte('\n')
	}
	p.last = y
	p.text.WriteString(text)
	return nil
}

// readAction reads a CLICK action of an object whose boundary is bx, on
// page n; one that opens nothing is an error.
func readAction(a action, bx box, n int) (Link, error) {
	l := Link{Page: n, X: bx.x, Y: bx.y, W: bx.w, H: bx.h}
	switch {
	case a.event != "CLICK" && a.event != "DO" && a.event != "PO":
		return l, fmt.Errorf("动作的 Event 应为 CLICK、DO 或 PO，实为 %q", a.event)
	case a.uri != "":
		l.URI = a.uri
	case a.dest != "":
		l.destID, l.DestTop = a.destID, a.top
	default:
		return l, fmt.Errorf("动作既无 URI 地址，也无带 Type 的 Goto 目标")
	}
	return l, nil
}
