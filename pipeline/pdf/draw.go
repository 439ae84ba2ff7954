package pdf

import (
	"bytes"
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"jixiao/pipeline/wordmodel"
)

// op is one drawing operation of the laid-out document.
type op struct {
	kind       opKind
	face       *face
	size       float64 // pt
	x, y, w, h float64 // mm
	text       string
	color      string // RRGGBB of a text; "" for black
	// bold sets a text filled and outlined: no bold cut of the faces is
	// embedded, and the text layer keeps each glyph once.
	bold bool
	img  *wordmodel.Image
	path *Path
}

type opKind int

const (
	opPage opKind = iota
	opText
	opRect
	opFill // a cell's shading, drawn before its border and text
	// opLine is a line under or through text, w long and h thick, in the
	// text's colour; text is its style (solid, dotted, dashed, wavy).
	opLine
	// opImage draws img in the box x, y, w, h.
	opImage
	// opLink makes the box x, y, w, h a link to the address text.
	opLink
	// opPath draws path: a shape's inside or a strand of its outline.
	opPath
)

func (r *renderer) rect(x, y, w, h float64) {
	r.ops = append(r.ops, op{kind: opRect, x: x, y: y, w: w, h: h})
}

func (r *renderer) fill(x, y, w, h float64, color string) {
	if color != "" {
		r.ops = append(r.ops, op{kind: opFill, x: x, y: y, w: w, h: h, color: color})
	}
}

// writer hands the fonts, cut down to what was drawn, and the operations to
// fpdf, with the document's fixed properties.
type writer struct {
	pdf     *fpdf.Fpdf
	fs      *faces
	border  float64
	current *face
	size    float64
	color   string
	// images names each picture handed to fpdf, by its bytes' SHA-256,
	// in the order first drawn.
	images map[[32]byte]string
	// archival: the file is PDF/A-1b, so pictures are drawn opaque.
	archival bool
}

func newWriter(opt Options, fs *faces) (*writer, error) {
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
	for _, f := range fs.all {
		if len(f.used) == 0 {
			continue
		}
		sub, err := f.subset()
		if err != nil {
			return nil, fmt.Errorf("字体子集化失败：%v", err)
		}
		pdf.AddUTF8FontFromBytes(f.family, "", sub)
		if pdf.Err() {
			return nil, fmt.Errorf("嵌入字体失败：%v", pdf.Error())
		}
	}
	return &writer{pdf: pdf, fs: fs, border: p.Table.Border, images: map[[32]byte]string{}, archival: !opt.Plain}, nil
}

// draw hands ops to fpdf.
func (w *writer) draw(ops []op) {
	pdf := w.pdf
	for _, o := range ops {
		switch o.kind {
		case opPage:
			if o.w > o.h {
				pdf.AddPageFormat("L", fpdf.SizeType{Wd: o.h, Ht: o.w})
			} else {
				pdf.AddPageFormat("P", fpdf.SizeType{Wd: o.w, Ht: o.h})
			}
			pdf.SetLineWidth(w.border)
			w.current = nil
		case opText:
			if o.face != w.current || o.size != w.size {
				pdf.SetFont(o.face.family, "", o.size)
				w.current, w.size = o.face, o.size
			}
			if o.color != w.color {
				rgb := rgbOf(o.color)
				pdf.SetTextColor(rgb[0], rgb[1], rgb[2])
				w.color = o.color
			}
			if o.bold {
				pdf.SetTextRenderingMode(2)
				pdf.SetLineWidth(o.size * ptToMM / 30)
				pdf.Text(o.x, o.y, o.text)
				pdf.SetTextRenderingMode(0)
				pdf.SetLineWidth(w.border)
				continue
			}
			pdf.Text(o.x, o.y, o.text)
		case opRect:
			pdf.Rect(o.x, o.y, o.w, o.h, "D")
		case opFill:
			rgb := rgbOf(o.color)
			pdf.SetFillColor(rgb[0], rgb[1], rgb[2])
			pdf.Rect(o.x, o.y, o.w, o.h, "F")
		case opLine:
			w.line(o)
		case opImage:
			w.image(o)
		case opLink:
			pdf.LinkString(o.x, o.y, o.w, o.h, o.text)
		case opPath:
			w.path(o.path)
		}
	}
}

// rgbOf reads RRGGBB; "" is black.
func rgbOf(color string) [3]int {
	rgb := [3]int{}
	fmt.Sscanf(color, "%02x%02x%02x", &rgb[0], &rgb[1], &rgb[2])
	return rgb
}

// line strokes a line under or through text, then restores the table's
// black hairline.
func (w *writer) line(o op) {
	pdf := w.pdf
	rgb := rgbOf(o.color)
	pdf.SetDrawColor(rgb[0], rgb[1], rgb[2])
	pdf.SetLineWidth(o.h)
	switch o.text {
	case "dotted":
		pdf.SetDashPattern([]float64{o.h, o.h * 2}, 0)
	case "dashed":
		pdf.SetDashPattern([]float64{o.h * 6, o.h * 3}, 0)
	}
	if o.text == "wavy" {
		// A zigzag, its teeth three line widths long.
		step, amp := o.h*3, o.h*1.5
		px, py := o.x, o.y
		for k := 1; px < o.x+o.w-0.001; k++ {
			x, y := min(o.x+float64(k)*step, o.x+o.w), o.y+amp*float64(1-2*(k%2))
			pdf.Line(px, py, x, y)
			px, py = x, y
		}
	} else {
		pdf.Line(o.x, o.y, o.x+o.w, o.y)
	}
	pdf.SetDashPattern(nil, 0)
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetLineWidth(w.border)
}

// finish returns the PDF's bytes.
func (w *writer) finish() ([]byte, error) {
	var out bytes.Buffer
	if err := w.pdf.Output(&out); err != nil {
		return nil, fmt.Errorf("生成 PDF 出错：%v", err)
	}
	b, err := finishFile(tagSubsets(out.Bytes(), w.fs), w.archival)
	if err != nil {
		return nil, fmt.Errorf("生成 PDF 出错：%v", err)
	}
	return b, nil
}

// tagSubsets names each embedded font as the subset it is (ABCDEF+Name),
// which fpdf does not. The tag replaces fpdf's "utf8sub" prefix byte for
// byte, so no offset in the file moves.
func tagSubsets(pdfBytes []byte, fs *faces) []byte {
	for _, f := range fs.all {
		old := []byte("/utf8" + f.family)
		repl := []byte("/" + f.tag + strings.TrimPrefix(f.family, "sub"))
		if len(old) != len(repl) {
			continue
		}
		pdfBytes = bytes.ReplaceAll(pdfBytes, old, repl)
	}
	return pdfBytes
}

// linkBox makes the box of a unit, x to x+w, top to a line of its type
// below, a link; a unit next to the last box of the same link widens it,
// so that a link is one box a line.
func (r *renderer) linkBox(url string, x, top, w, sizeMM float64) {
	for k := len(r.ops) - 1; k >= 0 && r.ops[k].kind != opPage; k-- {
		if o := &r.ops[k]; o.kind == opLink {
			if o.text == url && sameY(o.y, top) && x-(o.x+o.w) < sizeMM {
				o.w = x + w - o.x
				return
			}
			break
		}
	}
	r.ops = append(r.ops, op{kind: opLink, x: x, y: top, w: w, h: sizeMM * singleLine, text: url})
}

func sameY(a, b float64) bool { return a-b < 0.001 && b-a < 0.001 }
