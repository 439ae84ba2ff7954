package wordmodel

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

// patternDot is a pattern picture's pixel: Word lays a v:fill of type
// pattern out a pixel to the dot at 96 to the inch whatever the dots to
// the inch its file says, as it does an 8 by 8 cell (patterns.go).
const patternDot = 25.4 / 96

// patternTile draws a VML pattern picture of any size (WPS and older
// Word write ones other than 8 by 8) over img's box: its dark pixels in
// fg, its light ones in bg, the picture repeated at a pixel a dot from
// the box's top left.
func (img *Image) patternTile(fg, bg string) error {
	src, _, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil {
		return fmt.Errorf("decode picture: %w", err)
	}
	b := src.Bounds()
	dark, light := hexColor(fg, 0xFF), hexColor(bg, 0xFF)
	two := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			c := light
			if color.GrayModel.Convert(src.At(b.Min.X+x, b.Min.Y+y)).(color.Gray).Y < 128 {
				c = dark
			}
			two.SetNRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, two); err != nil {
		return fmt.Errorf("encode picture: %w", err)
	}
	img.Data, img.Format = buf.Bytes(), "PNG"
	return img.tile(tiling{w: float64(b.Dx()) * patternDot, h: float64(b.Dy()) * patternDot})
}
