package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// drawPicture draws img, a picture in a line or in a block of pictures,
// in the box x, y, w by h: a picture as one, a group or drawing canvas
// set in the line (嵌入型, wordmodel's Image.Group) as its members, each
// where it stands in the group's box, scaled with the box (a group wider
// than the text block is scaled down as a picture is). Its shapes come
// after its pictures, as a floating group's do.
func (r *renderer) drawPicture(img *wordmodel.Image, x, y, w, h float64) {
	g := img.Group
	if g == nil {
		r.ops = append(r.ops, pictureOps(img, x, y, w, h)...)
		return
	}
	kx, ky := w/img.Width, h/img.Height
	for i := range g.Images {
		m := &g.Images[i]
		p := m.Float.Part
		r.ops = append(r.ops, pictureOps(m, x+p.X*kx, y+p.Y*ky, m.Width*kx, m.Height*ky)...)
	}
	for i := range g.Shapes {
		sp := g.Shapes[i]
		p := sp.Float.Part
		if sp.Linked() && (math.Abs(kx-1) > 1e-3 || math.Abs(ky-1) > 1e-3) {
			// The chain's story is laid out in its boxes as saved.
			r.warnOnce(img.Name + "比版心宽，PDF 把它缩小了，但其中链接的文本框的文字仍按原来的大小排，可能超出文本框；请在 Word 中把该组合图形缩小到版心以内")
		}
		sp.Width, sp.Height = sp.Width*kx, sp.Height*ky
		r.drawShape(&sp, x+p.X*kx, y+p.Y*ky)
	}
}
