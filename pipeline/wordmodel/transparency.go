package wordmodel

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"path"
	"strings"
)

// Word's own transparency controls on a picture are applied to its
// pixels here, once, as the picture is read: the PDF, the OFD copy and the
// preview then draw a PNG whose alpha says what shows through (a 公章
// whose white ground was made transparent leaves the 落款 under it
// visible). They are:
//
//   - 图片格式 → 颜色 → 设置透明色, written by Word 2010 and later as the
//     a:blip's a:clrChange: the pixels of clrFrom's colour become
//     clrTo's, with clrTo's alpha (0: transparent; useA="0" ignores it).
//     Word matches the colour within a tolerance that depends on the
//     picture's format, as LibreOffice measured it (tdf#149670): 15 in
//     each of red, green and blue for a JPEG, whose compression blurs a
//     flat colour, 1 for a PNG or TIFF, 0 for a BMP, 9 for others (GIF).
//   - 透明度 (Office 365's picture transparency), a:alphaModFix amt: the
//     whole picture's alpha multiplied by amt (thousandths of a percent).
//   - VML's v:imagedata chromakey (设置透明色 as Word 2007 and WPS write
//     it): the colour made transparent, with the same tolerance.
//
// A control the reader cannot follow (a colour it cannot read) leaves the
// picture listed as not drawn, never drawn without it.

// seeThrough is what makes a picture's pixels transparent: a colour made
// transparent (or changed), within a tolerance, and the whole picture's
// opacity.
type seeThrough struct {
	keyed    bool
	from, to color.NRGBA
	tol      int
	opacity  float64 // 1: as it is
}

// loadPicture is loadImage with the transparency controls of el (the
// picture's element, holding its a:blip or v:imagedata) applied.
func (s *sheet) loadPicture(name, target, el string) (Image, string) {
	img, why := s.loadImage(name, target)
	if why != "" {
		return img, why
	}
	st, why := s.readSeeThrough(el, s.media["word/"+path.Clean(target)])
	if why != "" || st == nil {
		return img, why
	}
	data, err := st.apply(img.Data)
	if err != nil {
		return Image{}, "图片无法读取"
	}
	img.Data, img.Format = data, "PNG"
	return img, ""
}

// readSeeThrough reads the transparency controls of el; nil where it has
// none. original is the picture's part as stored, whose format sets the
// tolerance.
func (s *sheet) readSeeThrough(el string, original []byte) (*seeThrough, string) {
	st := seeThrough{opacity: 1}
	if i := next(el, "a:blip", 0); i >= 0 {
		blip := el[i:end(el, i, "a:blip")]
		if k := next(blip, "a:alphaModFix", 0); k >= 0 {
			// amt is 100% where it is not written.
			amt := 100000.0
			if tag := startTag(blip, k); strings.Contains(tag, " amt=") {
				amt = float64(atoi(attr(tag, "amt")))
			}
			st.opacity = math.Min(1, math.Max(0, amt/100000))
		}
		if k := next(blip, "a:clrChange", 0); k >= 0 {
			why := s.readColorChange(&st, blip[k:end(blip, k, "a:clrChange")])
			if why != "" {
				return nil, why
			}
		}
	} else if i := next(el, "v:imagedata", 0); i >= 0 {
		if key := attr(startTag(el, i), "chromakey"); key != "" {
			c, ok := vmlColor(key)
			if !ok {
				return nil, "透明色“" + key + "”无法识别"
			}
			st.keyed, st.from = true, hexColor(c, 255)
			st.to = st.from
			st.to.A = 0
		}
	}
	if !st.keyed && st.opacity == 1 {
		return nil, ""
	}
	st.tol = tolerance(original)
	return &st, ""
}

// readColorChange reads an a:clrChange into st.
func (s *sheet) readColorChange(st *seeThrough, el string) string {
	side := func(name string) (color.NRGBA, string) {
		i := next(el, name, 0)
		if i < 0 {
			return color.NRGBA{}, "设置透明色缺少颜色"
		}
		x := el[i:end(el, i, name)]
		alpha := 255
		if v, ok := aval(x, "a:alpha"); ok {
			alpha = int(math.Round(math.Min(1, math.Max(0, float64(atoi(v))/100000)) * 255))
			// The colour itself, not as it shows over white.
			a := next(x, "a:alpha", 0)
			x = x[:a] + x[end(x, a, "a:alpha"):]
		}
		c, none, why := s.fillColor(x)
		if why != "" || none || c == "" {
			return color.NRGBA{}, "设置透明色的颜色无法识别"
		}
		return hexColor(c, uint8(alpha)), ""
	}
	from, why := side("a:clrFrom")
	if why != "" {
		return why
	}
	to, why := side("a:clrTo")
	if why != "" {
		return why
	}
	if attr(tagOf(el), "useA") == "0" || attr(tagOf(el), "useA") == "false" {
		to.A = 255
	}
	st.keyed, st.from, st.to = true, from, to
	return ""
}

// hexColor is RRGGBB with alpha a.
func hexColor(c string, a uint8) color.NRGBA {
	var r, g, b uint8
	fmt.Sscanf(c, "%02x%02x%02x", &r, &g, &b)
	return color.NRGBA{R: r, G: g, B: b, A: a}
}

// tolerance is how far from the colour made transparent a pixel's red,
// green and blue may each be and still match, by the picture's format as
// stored (see the top of this file).
func tolerance(original []byte) int {
	_, format, _ := image.DecodeConfig(bytes.NewReader(original))
	switch format {
	case "jpeg":
		return 15
	case "png", "tiff":
		return 1
	case "bmp":
		return 0
	}
	return 9
}

// apply makes data's pixels transparent as st says, as a PNG with alpha.
func (st *seeThrough) apply(data []byte) ([]byte, error) {
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("transparency: %w", err)
	}
	b := src.Bounds()
	img := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(img, img.Bounds(), src, b.Min, draw.Src)
	near := func(p, q uint8) bool { return abs(float64(p)-float64(q)) <= float64(st.tol) }
	for i := 0; i < len(img.Pix); i += 4 {
		p := img.Pix[i : i+4 : i+4]
		if st.keyed && p[3] != 0 && near(p[0], st.from.R) && near(p[1], st.from.G) && near(p[2], st.from.B) {
			p[0], p[1], p[2] = st.to.R, st.to.G, st.to.B
			p[3] = uint8(math.Round(float64(p[3]) * float64(st.to.A) / 255))
		}
		if st.opacity < 1 {
			p[3] = uint8(math.Round(float64(p[3]) * st.opacity))
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("transparency: %w", err)
	}
	return buf.Bytes(), nil
}
