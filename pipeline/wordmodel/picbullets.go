package wordmodel

import (
	"bytes"
	"image"
	"strings"

	"jixiao/pipeline/wordxml"
)

// picBullet is a w:numPicBullet of numbering.xml: the relationship of its
// picture (a VML v:imagedata, or a w:drawing's a:blip) in numbering.xml's
// .rels and the picture's size there, mm (0 where it gives none).
type picBullet struct {
	rel  string
	w, h float64
	// el is the w:numPicBullet, whose picture's crop and colour are
	// applied as a picture's in the text (crop.go).
	el string
}

// readPicBullets reads numbering.xml's picture bullets by their
// w:numPicBulletId.
func readPicBullets(raw string) map[string]picBullet {
	out := map[string]picBullet{}
	for _, sp := range wordxml.Elements(raw, "w:numPicBullet", 0, len(raw)) {
		el := raw[sp.Start:sp.End]
		b := picBullet{el: el}
		if i := next(el, "v:imagedata", 0); i >= 0 {
			b.rel = attr(tagOf(el[i:]), "r:id")
			if j := next(el, "v:shape", 0); j >= 0 {
				css := cssOf(attr(tagOf(el[j:]), "style"))
				b.w, b.h = vmlLength(css["width"]), vmlLength(css["height"])
			}
		} else if i := next(el, "a:blip", 0); i >= 0 {
			b.rel = attr(tagOf(el[i:]), "r:embed")
			b.w, b.h = extentOf(el)
		}
		out[attr(tagOf(el), "w:numPicBulletId")] = b
	}
	return out
}

// pictureLabel gives para the picture of bullet id as its label; why says
// why the PDF cannot draw it. The picture keeps its proportions; the
// layout sets it at the label's type size, as Word does.
func (s *sheet) pictureLabel(para *Paragraph, id string) (why string) {
	b, ok := s.num.pictures[id]
	if !ok || b.rel == "" {
		return "图片项目符号（编号定义中没有这个图片）"
	}
	target := s.num.rels[b.rel]
	img, why := s.loadImage(strings.TrimPrefix(target, "media/"), target)
	if why != "" {
		return "图片项目符号（" + why + "）"
	}
	img.Width, img.Height = b.w, b.h
	if img.Width <= 0 || img.Height <= 0 {
		img.Width, img.Height = pixelSize(img.Data)
	}
	if img.Width <= 0 || img.Height <= 0 {
		return "图片项目符号（图片没有尺寸）"
	}
	if why := vmlImageFormat(&img, b.el); why != "" {
		return "图片项目符号（" + why + "）"
	}
	if why := s.pictureFormat(&img, "", blipFillOf(b.el)); why != "" {
		return "图片项目符号（" + why + "）"
	}
	para.LabelPicture = &img
	return ""
}

// pixelSize is a picture's size at 96 pixels an inch, mm, for a bullet
// whose shape gives none.
func pixelSize(data []byte) (w, h float64) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return 0, 0
	}
	return float64(cfg.Width) * 25.4 / 96, float64(cfg.Height) * 25.4 / 96
}
