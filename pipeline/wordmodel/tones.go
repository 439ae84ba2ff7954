package wordmodel

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
)

// tone is one of a picture's colour adjustments (图片颜色、更正), taking a
// pixel's red, green and blue, 0 to 1, to what Word shows.
type tone func(c [3]float64) [3]float64

// luma is a colour's brightness as Word's 灰度 takes it (ITU-R 601).
func luma(c [3]float64) float64 { return 0.299*c[0] + 0.587*c[1] + 0.114*c[2] }

func grayTone(c [3]float64) [3]float64 {
	l := luma(c)
	return [3]float64{l, l, l}
}

// biLevelTone is 黑白: black below the threshold, white from it.
func biLevelTone(thresh float64) tone {
	return func(c [3]float64) [3]float64 {
		if luma(c) < thresh {
			return [3]float64{}
		}
		return [3]float64{1, 1, 1}
	}
}

// lumTone is 亮度/对比度 (a:lum bright, contrast, shares from -1 to 1):
// Office adds half the brightness, scales the contrast about the middle
// grey, then adds the other half (LibreOffice's reading of Office's
// washout, bright 70% and contrast -70%: black shows light grey, white
// stays white). A contrast above 0 steepens by 1/(1-c), below flattens by
// 1+c.
func lumTone(bright, contrast float64) tone {
	gain := 1 + contrast
	if contrast > 0 {
		gain = 1 / max(1-contrast, 1e-3)
	}
	return levelTone(gain, bright/2)
}

// levelTone scales each channel about the middle grey by gain between
// two lifts of black: VML's gain and blacklevel, which Word writes for
// the same washout as a:lum (gain 0.3, blacklevel 0.35).
func levelTone(gain, black float64) tone {
	return func(c [3]float64) [3]float64 {
		for i, v := range c {
			c[i] = (v+black-0.5)*gain + 0.5 + black
		}
		return c
	}
}

// duotoneTone is 重新着色 in two colours: dark to a, light to b, by the
// pixel's brightness.
func duotoneTone(a, b [3]float64) tone {
	return func(c [3]float64) [3]float64 {
		l := luma(c)
		for i := range c {
			c[i] = a[i] + (b[i]-a[i])*l
		}
		return c
	}
}

// blipTones reads an a:blip's colour adjustments, in the order Word
// applies them (the order written). What it does not adjust (alpha,
// colour change, blur) is the known table's to list.
func (s *sheet) blipTones(blip string) ([]tone, string) {
	var tones []tone
	why := children(blip, func(name, el string) string {
		tag := startTag(el, 0)
		switch name {
		case "a:grayscl":
			tones = append(tones, grayTone)
		case "a:biLevel":
			tones = append(tones, biLevelTone(float64(atoi(attr(tag, "thresh")))/100000))
		case "a:lum":
			bright, contrast := float64(atoi(attr(tag, "bright")))/100000, float64(atoi(attr(tag, "contrast")))/100000
			if bright != 0 || contrast != 0 {
				tones = append(tones, lumTone(bright, contrast))
			}
		case "a:duotone":
			var cs [][3]float64
			children(el, func(_, c string) string {
				if rgb, _, why := s.fillColor(c); why == "" && rgb != "" {
					cs = append(cs, rgbShares(rgb))
				}
				return ""
			})
			if len(cs) != 2 {
				return "图片重新着色的颜色无法识别"
			}
			tones = append(tones, duotoneTone(cs[0], cs[1]))
		}
		return ""
	})
	return tones, why
}

// vmlTones reads a v:imagedata's (start tag) colour: gain and blacklevel
// (its 亮度/对比度), grayscale and bilevel.
func vmlTones(tag string) []tone {
	var tones []tone
	gain, black := 1.0, vmlNumber(attr(tag, "blacklevel"))
	if g := attr(tag, "gain"); g != "" {
		gain = vmlNumber(g)
	}
	if gain != 1 || black != 0 {
		tones = append(tones, levelTone(gain, black))
	}
	if vmlTrue(attr(tag, "grayscale")) {
		tones = append(tones, grayTone)
	}
	if vmlTrue(attr(tag, "bilevel")) {
		tones = append(tones, biLevelTone(0.5))
	}
	return tones
}

// vmlTrue reads a VML boolean.
func vmlTrue(v string) bool { return v == "t" || v == "true" || v == "1" || v == "on" }

func rgbShares(rgb string) [3]float64 {
	var r, g, b int
	fmt.Sscanf(rgb, "%02X%02X%02X", &r, &g, &b)
	return [3]float64{float64(r) / 255, float64(g) / 255, float64(b) / 255}
}

// develop cuts the picture's crop out of its pixels and adjusts their
// colour, once, for every back-end: a PNG cropped is written again with
// what shows only (a scan cropped to its seal is that much smaller in the
// PDF), as is any picture adjusted, as a PNG. A JPEG only cropped keeps
// its bytes, not encoded again with a loss: the layout draws it clipped
// to its Crop. The part of Crop cut off the pixels is taken out of it;
// room left empty stays.
func (img *Image) develop(tones []tone) error {
	cut := Crop{L: max(img.Crop.L, 0), T: max(img.Crop.T, 0), R: max(img.Crop.R, 0), B: max(img.Crop.B, 0)}
	if len(tones) == 0 && (cut.IsZero() || img.Format != "PNG") {
		return nil
	}
	src, _, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil {
		return fmt.Errorf("decode picture: %w", err)
	}
	b := src.Bounds()
	r := image.Rect(b.Min.X+int(math.Round(cut.L*float64(b.Dx()))), b.Min.Y+int(math.Round(cut.T*float64(b.Dy()))),
		b.Max.X-int(math.Round(cut.R*float64(b.Dx()))), b.Max.Y-int(math.Round(cut.B*float64(b.Dy()))))
	// A sliver thinner than a pixel keeps one.
	r.Min = image.Pt(min(r.Min.X, b.Max.X-1), min(r.Min.Y, b.Max.Y-1))
	r.Max = image.Pt(max(r.Max.X, r.Min.X+1), max(r.Max.Y, r.Min.Y+1))
	dst := image.NewNRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			c := color.NRGBAModel.Convert(src.At(r.Min.X+x, r.Min.Y+y)).(color.NRGBA)
			v := [3]float64{float64(c.R) / 255, float64(c.G) / 255, float64(c.B) / 255}
			for _, t := range tones {
				v = t(v)
			}
			dst.SetNRGBA(x, y, color.NRGBA{R: channel(v[0]), G: channel(v[1]), B: channel(v[2]), A: c.A})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, grayIfGray(dst)); err != nil {
		return fmt.Errorf("encode picture: %w", err)
	}
	// What stays of the crop, in shares of the pixels kept: the rounding
	// of the cut, and the room left empty.
	w, h := float64(b.Dx()), float64(b.Dy())
	kw, kh := float64(r.Dx()), float64(r.Dy())
	left := func(share, size float64, cut int, kept float64) float64 {
		v := (share*size - float64(cut)) / kept
		if math.Abs(v) < 1e-9 {
			return 0
		}
		return v
	}
	img.Crop = Crop{
		L: left(img.Crop.L, w, r.Min.X-b.Min.X, kw), R: left(img.Crop.R, w, b.Max.X-r.Max.X, kw),
		T: left(img.Crop.T, h, r.Min.Y-b.Min.Y, kh), B: left(img.Crop.B, h, b.Max.Y-r.Max.Y, kh),
	}
	img.Data, img.Format = buf.Bytes(), "PNG"
	return nil
}

func channel(v float64) uint8 { return uint8(math.Round(min(max(v, 0), 1) * 255)) }

// grayIfGray is m as one channel where it is opaque grey throughout (灰度,
// 黑白): a third of the pixels to store in the PDF.
func grayIfGray(m *image.NRGBA) image.Image {
	g := image.NewGray(m.Bounds())
	for i := 0; i < len(m.Pix); i += 4 {
		p := m.Pix[i : i+4 : i+4]
		if p[0] != p[1] || p[1] != p[2] || p[3] != 255 {
			return m
		}
		g.Pix[i/4] = p[0]
	}
	return g
}
