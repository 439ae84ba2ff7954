package layout

import (
	"cmp"
	"strings"
	"sync"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// Laid is a document laid out, for the back-ends that draw it (the PDF,
// the OFD copy, the preview): the fonts cut down to the glyphs the
// document draws, and the pages, handed out one at a time by Pages so that
// no more than a page of positions is ever held.
type Laid struct {
	// Fonts are the TrueType subsets the PDF embeds, in the order the
	// items' Font indexes them.
	Fonts []Font
	// Warnings are the layout's (characters no font has …), in Chinese.
	Warnings []string
	// Border is the width, mm, a back-end strokes with when an item sets
	// none: the preset's table rule.
	Border float64

	doc   *wordmodel.Document
	opt   Options
	fs    *faces
	pages int
	known *numbers
	marks map[string]place
	// limit is the pages a Head layout hands out; 0 for every page.
	limit int
	// mu makes one Pages wait for another: a layout writes into the
	// faces' caches. kept are the pages of a short document, handed out
	// again without a layout.
	mu   sync.Mutex
	kept []Page
}

// Font is one font the pages draw, cut down to the glyphs they draw.
type Font struct {
	// Name is the subset's name: its Tag, then the font's full name.
	Name string
	// Key is short and unique among the document's fonts ("a", "b", …),
	// and Tag the six-letter subset tag with its "+" ("JXFONA+"): a
	// back-end that names fonts its own way derives the names from them.
	Key, Tag string
	// Data is the TrueType subset.
	Data []byte
}

// Page is one laid-out page, in millimetres from its top left corner.
type Page struct {
	Width, Height float64
	Items         []Item
}

// ItemKind is what an Item draws.
type ItemKind int

const (
	// Glyphs draws Text from its baseline's start X, Y.
	Glyphs ItemKind = iota
	// Rule strokes the box X, Y, W, H, Stroke wide.
	Rule
	// Fill fills the box X, Y, W, H in Color.
	Fill
	// Line strokes a line from X, Y, W long and H thick, in Color, in
	// Style (solid, dotted, dashed, wavy).
	Line
	// Picture draws Image into the box X, Y, W, H.
	Picture
	// Link makes the box X, Y, W, H a link to the address Text, or to
	// the place of the bookmark #name in it (Laid.Dest); it draws
	// nothing, the link's words being Glyphs of their own.
	Link
	// Shape draws Path: a line's or a shape's outline strand, or its
	// inside, placed on the page.
	Shape
)

// Item is one drawing of a page.
type Item struct {
	Kind       ItemKind
	X, Y, W, H float64
	Text       string
	// Font indexes Laid.Fonts; Size is in points.
	Font int
	Size float64
	// Advances are each character's advance of Text, mm.
	Advances []float64
	Color    string // RRGGBB; "" for black
	Bold     bool
	// Scale is the Glyphs' width across in their own (Word's 字符缩放,
	// w:w: 1.5 wider, 0.66 narrower), the height unchanged; 0 for 1. Their
	// Advances are the scaled ones.
	Scale float64
	// Angle turns Glyphs about X, Y, degrees counter-clockwise (a
	// vertical cell's text turned to read upwards is 90), and a Picture
	// about its box's centre (Word's rotated picture); 0 for none.
	Angle float64
	// FlipH and FlipV mirror a Picture across its box's upright and level
	// middle lines, before Angle turns it.
	FlipH, FlipV bool
	Style        string
	// Stroke is a Rule's line width, mm.
	Stroke float64
	Image  *Image
	// Path is a Shape's path, and the outline a Picture is drawn within
	// (a shape's picture fill); nil for a picture drawn whole.
	Path *Path
	// Outline strokes the Glyphs' outlines Outline mm wide in
	// OutlineColor ("" black); 0 for none. Hollow leaves their inside
	// unfilled, only their outline drawn (effects.go).
	Outline      float64
	OutlineColor string
	Hollow       bool
	// Shade fills the Glyphs (and strokes a bold one's outline) with a
	// gradient instead of Color (textfills.go); nil for none.
	Shade *Shade
	// Copy says the Glyphs are a copy of the Glyphs after them drawn for
	// its look, a shadow or a relief's dark side, not text of its own: a
	// back-end keeps it out of its text layer, so that the text is read
	// once. A Shape drawn from a text's glyphs (a reflection, a gradient
	// within or along them) is a Copy too: no ground a shadow is graded
	// over, its bounds being no fill.
	Copy bool
	// Clip cuts Glyphs off above it, mm from the page's top: type taller
	// than its line of exact height rises over the line's top, and Word
	// shows only what is inside the line. 0 for none.
	Clip float64
}

// Image is a picture as the document stores it, for a Picture item.
type Image struct {
	// Name is the picture's name in the document, for messages.
	Name string
	// Format is PNG or JPEG, and Data the file's bytes.
	Format string
	Data   []byte
}

// Layout lays doc out with opt, measuring first, so that the fonts, their
// subsets and the number of pages are known before any page is handed out.
// It refuses a Partial document (wordmodel.ReadHead): every output is laid
// out here, and none may be made of a document's head.
func Layout(doc *wordmodel.Document, opt Options) (*Laid, error) {
	if doc.Partial() {
		return nil, errPartial
	}
	fs, err := newFaces(opt.Fonts)
	if err != nil {
		return nil, err
	}
	measured, known, err := settle(doc, opt, fs)
	if err != nil {
		return nil, err
	}
	l := &Laid{Warnings: measured.warnings, Border: opt.Preset.Table.Border, doc: doc, opt: opt, fs: fs, pages: measured.page, known: known, marks: measured.marks}
	for _, f := range fs.all {
		if len(f.used) == 0 {
			continue
		}
		sub, err := f.subset()
		if err != nil {
			return nil, err
		}
		l.Fonts = append(l.Fonts, Font{Name: f.tag + f.fullName(), Key: f.key(), Tag: f.tag, Data: sub})
	}
	return l, nil
}

// PageCount is the number of pages Pages hands out.
func (l *Laid) PageCount() int { return l.pages }

// Dest is where the link to #name goes: the bookmark's page (from 1) and
// the top of its line, mm; ok is false for a bookmark the layout never met.
func (l *Laid) Dest(name string) (page int, y float64, ok bool) {
	p, ok := l.marks[name]
	return p.page, p.y, ok
}

// keptPages is the most pages a Laid keeps from its first Pages for the
// next back-end (the OFD copy after the PDF): a few MB of positions at
// most, never a long attachment's.
const keptPages = 64

// Pages lays the document out again and hands each page to fn in order,
// stopping the layout at fn's first error. The pages of a document of no
// more than keptPages pages are kept, and a later Pages hands out the same
// ones: a back-end must not change a Page it is handed.
func (l *Laid) Pages(fn func(Page) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.limit > 0 {
		return l.head(fn)
	}
	if l.kept != nil {
		for _, p := range l.kept {
			if err := fn(p); err != nil {
				return err
			}
		}
		return nil
	}
	var kept []Page
	keep := l.pages <= keptPages
	err := l.layOut(func(p Page) error {
		if keep {
			kept = append(kept, p)
		}
		return fn(p)
	})
	if err == nil && keep {
		l.kept = kept
	}
	return err
}

// layOut lays every page out and hands each to fn.
func (l *Laid) layOut(fn func(Page) error) error {
	index := map[*face]int{}
	for _, f := range l.fs.all {
		if len(f.used) > 0 {
			index[f] = len(index)
		}
	}
	var err error
	n := 0
	sink := func(ops []op) {
		for _, page := range splitPages(ops) {
			n++
			if err == nil {
				err = effectCovers(page, n)
			}
			if err == nil {
				err = fn(l.page(page, index))
			}
		}
	}
	layoutWith(l.doc, l.opt, l.fs, pass{sink: sink, pages: l.pages, known: l.known, done: func() bool { return err != nil }})
	return err
}

// page is one page's operations as items; ops starts with its opPage.
func (l *Laid) page(ops []op, index map[*face]int) Page {
	// Sized once: a page of a long table has hundreds of items.
	p := Page{Width: ops[0].w, Height: ops[0].h, Items: make([]Item, 0, len(ops)-1)}
	// Its texts' advances too: one array, each text's a capped slice of it.
	runes := 0
	for _, o := range ops[1:] {
		if o.kind == opText {
			runes += utf8.RuneCountInString(o.text)
		}
	}
	advances := make([]float64, 0, runes)
	for k, o := range ops[1:] {
		it := Item{X: o.x, Y: o.y, W: o.w, H: o.h, Color: o.color}
		switch o.kind {
		case opText:
			it.Kind, it.Text, it.Font, it.Size, it.Bold, it.Scale, it.Angle, it.Clip = Glyphs, o.text, index[o.face], o.size, o.bold, o.hscale, o.angle, o.clip
			start := len(advances)
			for _, r := range o.text {
				advances = append(advances, float64(o.face.glyph(r).advance)/o.face.font.upem*o.size*ptToMM*cmp.Or(o.hscale, 1))
			}
			it.Advances = advances[start:len(advances):len(advances)]
			if o.fx != nil {
				look := runLook{face: o.face}
				if o.fx.Gradient != nil || o.fx.OutlineGradient != nil || o.fx.Reflection != nil {
					look.x, look.y, look.w, look.h = runSpan(ops[1:], k)
				}
				if g := o.fx.Gradient; g != nil && (g.Path == "" || g.Path == "circle") {
					it.Shade = textShade(g, look.x, look.y, look.w, look.h)
				}
				p.Items = appendEffects(p.Items, it, o.fx, look)
				continue
			}
		case opRect:
			it.Kind, it.Stroke = Rule, l.Border
		case opFill:
			it.Kind = Fill
		case opLine:
			it.Kind, it.Style = Line, o.text
		case opImage:
			it.Kind, it.Image = Picture, &Image{Name: o.img.Name, Format: o.img.Format, Data: o.img.Data}
			it.Angle, it.FlipH, it.FlipV, it.Path = o.angle-o.img.Rotation, o.img.FlipH, o.img.FlipV, o.path
		case opLink:
			it.Kind, it.Text = Link, o.text
		case opPath:
			it.Kind, it.Path = Shape, o.path
		default:
			continue
		}
		p.Items = append(p.Items, it)
	}
	return p
}

// key is the font's short name, unique in its document: its fpdf family
// without the "sub" the subset tag replaces.
func (f *face) key() string { return strings.TrimPrefix(f.family, "sub") }

// fullName is the font's full name (name ID 4) in ASCII, or "Font".
func (f *face) fullName() string {
	if f.font.sfnt.Name == nil {
		return "Font"
	}
	for _, rec := range f.font.sfnt.Name.Get(4) {
		name := strings.Map(func(r rune) rune {
			if r > ' ' && r < 0x7F {
				return r
			}
			return -1
		}, rec.String())
		if name != "" {
			return name
		}
	}
	return "Font"
}
