package wordmodel

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
)

// Tiling (图片或纹理填充's 将图片平铺为纹理, a:tile; VML's v:fill of type
// tile) repeats the picture over the box at its own size (its pixels at
// the dots to the inch its file says, 96 where it says none) scaled by sx,
// sy, the first tile set at the box's alignment and moved by tx, ty,
// every other one mirrored where flip says. It is drawn once, at load,
// into a picture of the box the back-ends stretch as any other.

// maxTiledPixels bounds a tiled box's picture: a texture over a page is
// drawn at a coarser grain rather than as a picture of hundreds of
// megabytes.
const maxTiledPixels = 4 << 20

// tiling is how a:tile repeats a picture over a box, mm.
type tiling struct {
	w, h         float64 // one tile
	x0, y0       float64 // the first tile's top left corner in the box
	flipX, flipY bool
	// crop is what of the picture is cut off before it repeats.
	crop Crop
}

// readTiling reads a:tile's start tag for a picture whose tile is tw by
// th mm, over a box w by h.
func readTiling(tag string, tw, th, w, h float64) tiling {
	scale := func(name string) float64 {
		if v := attr(tag, name); v != "" {
			return float64(atoi(v)) / 100000
		}
		return 1
	}
	t := tiling{w: tw * scale("sx"), h: th * scale("sy")}
	algn := attr(tag, "algn")
	if algn == "" {
		algn = "tl"
	}
	share := func(first, last byte) float64 {
		switch {
		case strings.IndexByte(algn, first) >= 0 && algn != "ctr":
			return 0
		case strings.IndexByte(algn, last) >= 0 && algn != "ctr":
			return 1
		}
		return 0.5
	}
	t.x0 = share('l', 'r')*(w-t.w) + emu(attr(tag, "tx"))
	t.y0 = share('t', 'b')*(h-t.h) + emu(attr(tag, "ty"))
	flip := attr(tag, "flip")
	t.flipX, t.flipY = strings.Contains(flip, "x"), strings.Contains(flip, "y")
	return t
}

// tile draws img tiled as t over its box (img.Width by img.Height),
// as a PNG of the box.
func (img *Image) tile(t tiling) error {
	src, _, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil {
		return fmt.Errorf("decode picture: %w", err)
	}
	b := src.Bounds()
	b = image.Rect(b.Min.X+int(math.Round(t.crop.L*float64(b.Dx()))), b.Min.Y+int(math.Round(t.crop.T*float64(b.Dy()))),
		b.Max.X-int(math.Round(t.crop.R*float64(b.Dx()))), b.Max.Y-int(math.Round(t.crop.B*float64(b.Dy()))))
	if b.Empty() {
		return fmt.Errorf("cropped to nothing")
	}
	if t.w <= 0 || t.h <= 0 || img.Width <= 0 || img.Height <= 0 {
		return fmt.Errorf("tile of no size")
	}
	// The box at the picture's own grain, coarser where that is too many.
	perMM := min(float64(b.Dx())/t.w, float64(b.Dy())/t.h)
	perMM = min(perMM, math.Sqrt(maxTiledPixels/(img.Width*img.Height)))
	W, H := max(int(math.Ceil(img.Width*perMM)), 1), max(int(math.Ceil(img.Height*perMM)), 1)
	dst := image.NewNRGBA(image.Rect(0, 0, W, H))
	at := func(p, origin, size float64, flip bool, pixels int) int {
		u := p - origin
		n := math.Floor(u / size)
		f := (u - n*size) / size
		if flip && int(n)%2 != 0 {
			f = 1 - f
		}
		return min(int(f*float64(pixels)), pixels-1)
	}
	for y := 0; y < H; y++ {
		sy := at((float64(y)+0.5)/perMM, t.y0, t.h, t.flipY, b.Dy())
		for x := 0; x < W; x++ {
			sx := at((float64(x)+0.5)/perMM, t.x0, t.w, t.flipX, b.Dx())
			dst.Set(x, y, src.At(b.Min.X+sx, b.Min.Y+sy))
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, dst); err != nil {
		return fmt.Errorf("encode picture: %w", err)
	}
	img.Data, img.Format = buf.Bytes(), "PNG"
	return nil
}

// nativeSize is a picture's size in mm at the dots to the inch its file
// says (a PNG's pHYs, a JPEG's JFIF density), 96 where it says none, as
// Word sizes a tile.
func nativeSize(data []byte) (w, h float64) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return 0, 0
	}
	dx, dy := 96.0, 96.0
	if i := bytes.Index(data, []byte("pHYs")); bytes.HasPrefix(data, []byte("\x89PNG")) && i >= 0 && len(data) >= i+13 && data[i+12] == 1 {
		dx = float64(binary.BigEndian.Uint32(data[i+4:])) * 0.0254
		dy = float64(binary.BigEndian.Uint32(data[i+8:])) * 0.0254
	} else if bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF, 0xE0}) && len(data) >= 18 && string(data[6:11]) == "JFIF\x00" && data[13] != 0 {
		dx, dy = float64(binary.BigEndian.Uint16(data[14:])), float64(binary.BigEndian.Uint16(data[16:]))
		if data[13] == 2 {
			dx, dy = dx*2.54, dy*2.54
		}
	}
	if dx <= 0 || dy <= 0 {
		dx, dy = 96, 96
	}
	return float64(cfg.Width) / dx * 25.4, float64(cfg.Height) / dy * 25.4
}

// tiled tiles img over its box where blipFill says a:tile.
func (img *Image) tiled(blipFill string) string {
	i := next(blipFill, "a:tile", 0)
	if i < 0 {
		return ""
	}
	// A PNG's crop is cut at load (develop) but for what its pixels
	// round off, less than one of them either way.
	c := img.Crop
	if out := -0.005; c.L < out || c.T < out || c.R < out || c.B < out {
		return "平铺的图片向外裁剪留出了空白，无法显示"
	}
	c = Crop{L: max(c.L, 0), T: max(c.T, 0), R: max(c.R, 0), B: max(c.B, 0)}
	// A JPEG is not cut at load: the part its crop keeps is what repeats,
	// each tile that part's size.
	tw, th := nativeSize(img.Data)
	sw, sh := c.shown()
	t := readTiling(startTag(blipFill, i), tw*sw, th*sh, img.Width, img.Height)
	t.crop = c
	if err := img.tile(t); err != nil {
		return "图片平铺无法显示：" + err.Error()
	}
	img.Crop = Crop{}
	return ""
}

// vmlPictured reads the picture fill of a VML shape (tag its start tag),
// where its v:fill has a picture (r:id) and is on: pictured says it
// has one.
func (s *sheet) vmlPictured(sp *Shape, tag, shape string) (pictured bool, why string) {
	i := next(shape, "v:fill", 0)
	if i < 0 || off(attr(tag, "filled")) {
		return false, ""
	}
	fl := startTag(shape, i)
	if attr(fl, "r:id") == "" || off(attr(fl, "on")) {
		return false, ""
	}
	color := "FFFFFF"
	if c := attr(tag, "fillcolor"); c != "" {
		var ok bool
		if color, ok = vmlColor(c); !ok {
			return true, "的颜色无法识别"
		}
	}
	return true, s.vmlPictureFill(sp, fl, color)
}

// vmlPictureFill reads a VML shape's picture fill (v:fill with an r:id,
// fl its start tag) over its box, w by h: type frame stretches the
// picture over it, tile repeats it at its size, pattern is a dot
// picture drawn in the fill colour (dark dots) and color2 (light ones):
// an 8 by 8 one as a pattern fill is (patterns.go), another tiled a
// pixel a dot (vmlpatterns.go). It sets sp's Picture or Pattern; why
// not, otherwise.
func (s *sheet) vmlPictureFill(sp *Shape, fl, color string) string {
	target := s.target(fl, `r:id="`)
	img, why := s.loadImage(strings.TrimSpace(target), strings.TrimPrefix(s.rels[relID(fl, `r:id="`)], "/word/"))
	if why != "" {
		return "的图片" + target + why
	}
	img.Width, img.Height = sp.Width, sp.Height
	switch attr(fl, "type") {
	case "frame":
		// 锁定图片纵横比: the picture kept whole or cut to the box's shape.
		if a := attr(fl, "aspect"); a != "" && a != "ignore" {
			return "的图片保持纵横比，无法显示"
		}
	default:
		return "的图片填充方式“" + attr(fl, "type") + "”无法显示"
	case "tile":
		tw, th := nativeSize(img.Data)
		if v := attr(fl, "size"); v != "" {
			a, b, _ := strings.Cut(v, ",")
			tw, th = vmlLength(a), vmlLength(b)
		}
		if err := img.tile(tiling{w: tw, h: th}); err != nil {
			return "的图片" + target + "平铺无法显示"
		}
	case "pattern":
		c2 := "FFFFFF"
		if v := attr(fl, "color2"); v != "" {
			var ok bool
			if c2, ok = vmlColor(v); !ok {
				return "的图案颜色无法识别"
			}
		}
		if p, ok := dotPattern(img.Data); ok {
			sp.Pattern = &Pattern{Rows: p, Fg: color, Bg: c2}
			return ""
		}
		if err := img.patternTile(color, c2); err != nil {
			return "的图案图片" + target + "无法显示"
		}
	}
	sp.Picture = &img
	return ""
}

// dotPattern reads an 8 by 8 picture's dark dots as a pattern cell.
func dotPattern(data []byte) ([8]byte, bool) {
	var rows [8]byte
	m, _, err := image.Decode(bytes.NewReader(data))
	if err != nil || m.Bounds().Dx() != 8 || m.Bounds().Dy() != 8 {
		return rows, false
	}
	b := m.Bounds()
	for y := 0; y < 8; y++ {
		for x := 0; x < 8; x++ {
			if color.GrayModel.Convert(m.At(b.Min.X+x, b.Min.Y+y)).(color.Gray).Y < 128 {
				rows[y] |= 0x80 >> x
			}
		}
	}
	return rows, true
}
