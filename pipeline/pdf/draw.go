package pdf

import (
	"bytes"
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"jixiao/pipeline/layout"
)

// writer hands the fonts, cut down to what was drawn, and the pages to
// fpdf, with the document's fixed properties.
type writer struct {
	pdf   *fpdf.Fpdf
	fonts []layout.Font
	// border is the line width each page starts with, and stroke the
	// current one.
	border, stroke float64
	current        int // index of the current font, -1 for none
	size           float64
	color          string
	// images names each picture handed to fpdf, by its bytes' SHA-256,
	// in the order first drawn.
	images map[[32]byte]string
	// archival: the file is PDF/A-1b, so pictures are drawn opaque.
	archival bool
	// dest is where a link to a bookmark goes (layout.Laid.Dest), and
	// dests the fpdf link each bookmark a link goes to has been given.
	dest  func(name string) (page int, y float64, ok bool)
	dests map[string]int
	// resources are the gradients' shadings and the patterns drawn, each
	// named /Jx and its index in the content streams (shadings.go).
	resources []resource
}

func newWriter(opt Options, laid *layout.Laid) (*writer, error) {
	p := opt.Preset
	pdf := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: p.Page.Width, Ht: p.Page.Height},
	})
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetCreationDate(opt.Date.UTC())
	pdf.SetModificationDate(opt.Date.UTC())
	pdf.SetTitle(opt.Title, true)
	pdf.SetAuthor(opt.Author, true)
	pdf.SetCreator(producer, true)
	pdf.SetProducer(producer, true)
	pdf.SetLang("zh-CN")
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(p.Margin.Left, p.Margin.Top, p.Page.Width-p.Margin.Left-p.Block.Width)
	if !opt.Plain {
		archival(pdf, opt)
	}
	for _, f := range laid.Fonts {
		// fpdf writes into the bytes it is given, and the layout's fonts
		// are shared with the other back-ends: it gets a copy.
		pdf.AddUTF8FontFromBytes(family(f), "", bytes.Clone(f.Data))
		if pdf.Err() {
			return nil, fmt.Errorf("嵌入字体失败：%v", pdf.Error())
		}
	}
	return &writer{pdf: pdf, fonts: laid.Fonts, border: laid.Border, images: map[[32]byte]string{}, archival: !opt.Plain,
		dest: laid.Dest, dests: map[string]int{}}, nil
}

// family is the name a font is registered with fpdf under: "sub" and its
// key, which tagSubsets later renames to the subset's tag.
func family(f layout.Font) string { return "sub" + f.Key }

// draw hands a page to fpdf.
func (w *writer) draw(p layout.Page) error {
	pdf := w.pdf
	if p.Width > p.Height {
		pdf.AddPageFormat("L", fpdf.SizeType{Wd: p.Height, Ht: p.Width})
	} else {
		pdf.AddPageFormat("P", fpdf.SizeType{Wd: p.Width, Ht: p.Height})
	}
	w.setStroke(w.border)
	w.current = -1
	for k, it := range p.Items {
		switch it.Kind {
		case layout.Glyphs:
			w.glyphs(it)
		case layout.Rule:
			if it.Stroke != w.stroke {
				w.setStroke(it.Stroke)
			}
			pdf.Rect(it.X, it.Y, it.W, it.H, "D")
		case layout.Fill:
			rgb := rgbOf(it.Color)
			pdf.SetFillColor(rgb[0], rgb[1], rgb[2])
			pdf.Rect(it.X, it.Y, it.W, it.H, "F")
		case layout.Line:
			w.line(it)
		case layout.Picture:
			w.image(it)
		case layout.Link:
			w.link(it)
		case layout.Shape:
			// Shapes in one clip (a rectangular gradient's quarters
			// within a text's glyphs) share it, written once.
			w.path(it.Path, k == 0 || !sameClip(p.Items[k-1], it), k+1 == len(p.Items) || !sameClip(it, p.Items[k+1]))
		}
	}
	return nil
}

// glyphs draws a text item: in its font, size and colour, bold as
// filled and outlined, stretched across where Word scales it (字符缩放),
// turned about its start where it is turned.
func (w *writer) glyphs(it layout.Item) {
	pdf := w.pdf
	if it.Copy {
		// A shadow's or a relief's copy: marked as no content of the
		// page, so that a reader (Text, an extractor that honours
		// artifacts, a screen reader) takes the text once.
		pdf.RawWriteStr("/Artifact BMC")
		defer pdf.RawWriteStr("EMC")
	}
	if it.Font != w.current || it.Size != w.size {
		pdf.SetFont(family(w.fonts[it.Font]), "", it.Size)
		w.current, w.size = it.Font, it.Size
	}
	if it.Color != w.color {
		rgb := rgbOf(it.Color)
		pdf.SetTextColor(rgb[0], rgb[1], rgb[2])
		w.color = it.Color
	}
	if it.Clip > 0 {
		// Type taller than its line of exact height, cut at the line's
		// top as Word cuts it; the font and colour are set outside, so
		// that they outlive the clip.
		pw, ph := pdf.GetPageSize()
		pdf.ClipRect(0, it.Clip, max(pw, ph), max(pw, ph), false)
		defer func() {
			pdf.ClipEnd()
			w.setStroke(w.stroke) // the width a bold text set inside is gone
		}()
	}
	if it.Angle != 0 {
		pdf.TransformBegin()
		pdf.TransformRotate(it.Angle, it.X, it.Y)
		defer pdf.TransformEnd()
	}
	if it.Scale > 0 {
		pdf.TransformBegin()
		pdf.TransformScaleX(it.Scale*100, it.X, it.Y)
		defer pdf.TransformEnd()
	}
	if it.Shade != nil {
		w.shadedText(it)
		return
	}
	if it.Bold || it.Outline > 0 || it.Hollow {
		w.strokedText(it)
		return
	}
	pdf.Text(it.X, it.Y, it.Text)
}

// setStroke sets the line width, as fpdf writes it into the page each time.
func (w *writer) setStroke(width float64) {
	w.pdf.SetLineWidth(width)
	w.stroke = width
}

// rgbOf reads RRGGBB; "" is black.
func rgbOf(color string) [3]int {
	rgb := [3]int{}
	fmt.Sscanf(color, "%02x%02x%02x", &rgb[0], &rgb[1], &rgb[2])
	return rgb
}

// line strokes a line under or through text, then restores the table's
// black hairline.
func (w *writer) line(o layout.Item) {
	pdf := w.pdf
	rgb := rgbOf(o.Color)
	pdf.SetDrawColor(rgb[0], rgb[1], rgb[2])
	pdf.SetLineWidth(o.H)
	switch o.Style {
	case "dotted":
		pdf.SetDashPattern([]float64{o.H, o.H * 2}, 0)
	case "dashed":
		pdf.SetDashPattern([]float64{o.H * 6, o.H * 3}, 0)
	}
	if o.Style == "wavy" {
		// A zigzag, its teeth three line widths long.
		step, amp := o.H*3, o.H*1.5
		px, py := o.X, o.Y
		for k := 1; px < o.X+o.W-0.001; k++ {
			x, y := min(o.X+float64(k)*step, o.X+o.W), o.Y+amp*float64(1-2*(k%2))
			pdf.Line(px, py, x, y)
			px, py = x, y
		}
	} else {
		pdf.Line(o.X, o.Y, o.X+o.W, o.Y)
	}
	pdf.SetDashPattern(nil, 0)
	pdf.SetDrawColor(0, 0, 0)
	w.setStroke(w.border)
}

// finish returns the PDF's bytes.
func (w *writer) finish() ([]byte, error) {
	var out bytes.Buffer
	if err := w.pdf.Output(&out); err != nil {
		return nil, fmt.Errorf("生成 PDF 出错：%v", err)
	}
	b, err := finishFile(tagSubsets(out.Bytes(), w.fonts), w.archival, w.resources)
	if err != nil {
		return nil, fmt.Errorf("生成 PDF 出错：%v", err)
	}
	return b, nil
}

// tagSubsets names each embedded font as the subset it is (ABCDEF+Name),
// which fpdf does not. The tag replaces fpdf's "utf8sub" prefix byte for
// byte, so no offset in the file moves.
func tagSubsets(pdfBytes []byte, fonts []layout.Font) []byte {
	for _, f := range fonts {
		old := []byte("/utf8" + family(f))
		repl := []byte("/" + f.Tag + f.Key)
		if len(old) != len(repl) {
			continue
		}
		pdfBytes = bytes.ReplaceAll(pdfBytes, old, repl)
	}
	return pdfBytes
}

// link makes a link annotation: a URI action for an address, a GoTo to
// the page of the bookmark #name, at the top of its line. The layout has
// refused a link to a bookmark it did not place.
func (w *writer) link(it layout.Item) {
	name, ok := strings.CutPrefix(it.Text, "#")
	if !ok {
		w.pdf.LinkString(it.X, it.Y, it.W, it.H, it.Text)
		return
	}
	id, ok := w.dests[name]
	if page, y, known := w.dest(name); !ok && known {
		id = w.pdf.AddLink()
		w.pdf.SetLink(id, y, page)
		w.dests[name] = id
	}
	if id > 0 {
		w.pdf.Link(it.X, it.Y, it.W, it.H, id)
	}
}
