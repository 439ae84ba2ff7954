package layout

import (
	"fmt"
	"math"
	"strings"
)

// effectCovers refuses page n (from 1) where a blurred effect drawn as a
// picture over the white page (blurshadow.go) would hide what is drawn
// under it: Word shows that through the effect, which PDF/A-1 cannot. An
// effect over nothing but the page, or under what is drawn after it (its
// own shape, the text of a paragraph after it, a shape in front), is as
// Word shows it. Only pages with an effect are looked at.
func effectCovers(page []op, n int) error {
	for k, o := range page {
		if o.effect == "" {
			continue
		}
		x0, y0, x1, y1 := o.x, o.y, o.x+o.w, o.y+o.h
		if o.angle != 0 || o.img.Rotation != 0 {
			// A turned picture (a soft-edged one): anywhere it may reach.
			r := math.Hypot(o.w, o.h) / 2
			x0, y0, x1, y1 = o.x+o.w/2-r, o.y+o.h/2-r, o.x+o.w/2+r, o.y+o.h/2+r
		}
		for _, u := range page[1:k] {
			if what := under(u, x0, y0, x1, y1); what != "" {
				hint := "或把效果的“模糊”设为 0"
				if strings.HasSuffix(o.effect, "的映像") || strings.HasSuffix(o.effect, "的内部阴影") {
					// Drawn as a picture however sharp.
					hint = "或删除该效果"
				}
				return fmt.Errorf("第 %d 页：%s会盖住其下的%s（PDF/A 画不出半透明的模糊效果）；请在 Word 中把该对象移开，或设为“衬于文字下方”，%s", n, o.effect, what, hint)
			}
		}
	}
	return nil
}

// under names what u draws within x0, y0 to x1, y1 on the page; "" for
// nothing (a link's box, a page break).
func under(u op, x0, y0, x1, y1 float64) string {
	meets := func(ux0, uy0, ux1, uy1 float64) bool {
		return ux0 < x1 && ux1 > x0 && uy0 < y1 && uy1 > y0
	}
	switch u.kind {
	case opText:
		if u.face == nil {
			return ""
		}
		size := u.size * ptToMM
		if u.angle != 0 {
			// Turned about its start: anywhere within its length of it.
			r := u.advance() + size
			if meets(u.x-r, u.y-r, u.x+r, u.y+r) {
				return "文字“" + u.text + "”"
			}
			return ""
		}
		if meets(u.x, u.y-size, u.x+u.advance(), u.y+size/4) {
			return "文字“" + u.text + "”"
		}
	case opRect:
		// A cell's border: its four rules, not its inside.
		t := 0.2
		for _, e := range [4][4]float64{{u.x, u.y, u.x + u.w, u.y}, {u.x, u.y + u.h, u.x + u.w, u.y + u.h}, {u.x, u.y, u.x, u.y + u.h}, {u.x + u.w, u.y, u.x + u.w, u.y + u.h}} {
			if meets(e[0]-t, e[1]-t, e[2]+t, e[3]+t) {
				return "表格线"
			}
		}
	case opFill:
		// White is what the effect is laid over.
		if u.color != "FFFFFF" && meets(u.x, u.y, u.x+u.w, u.y+u.h) {
			return "底纹或页面颜色"
		}
	case opLine:
		if meets(u.x, u.y, u.x+u.w, u.y+u.h) {
			return "下划线或删除线"
		}
	case opImage:
		x, y, w, h := u.x, u.y, u.w, u.h
		if u.angle != 0 || (u.img != nil && u.img.Rotation != 0) {
			r := math.Hypot(w, h) / 2
			x, y, w, h = x+w/2-r, y+h/2-r, 2*r, 2*r
		}
		if meets(x, y, x+w, y+h) {
			if u.effect != "" {
				return u.effect
			}
			return "图片"
		}
	case opPath:
		if x, y, w, h := u.path.Bounds(); meets(x, y, x+w, y+h) {
			return "图形"
		}
	}
	return ""
}
