package wordmodel

import (
	"fmt"
	"math"
	"strings"

	"jixiao/pipeline/wordxml"
)

// readColors adds the theme's colour scheme (raw's, else Office's) to t, as color:accent1 …,
// RRGGBB: a shape coloured from the theme (schemeClr) is drawn in the
// colour Word shows.
func readColors(raw string, t theme) {
	for name, c := range officeColors {
		t["color:"+name] = c
	}
	i := wordxml.Next(raw, "a:clrScheme", 0, len(raw))
	if i < 0 {
		return
	}
	scheme := raw[i:end(raw, i, "a:clrScheme")]
	for _, name := range []string{"dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"} {
		j := wordxml.Next(scheme, "a:"+name, 0, len(scheme))
		if j < 0 {
			continue
		}
		el := scheme[j:end(scheme, j, "a:"+name)]
		if k := wordxml.Next(el, "a:srgbClr", 0, len(el)); k >= 0 {
			t["color:"+name] = strings.ToUpper(attr(el[k:k+strings.IndexByte(el[k:], '>')], "val"))
		} else if k := wordxml.Next(el, "a:sysClr", 0, len(el)); k >= 0 {
			t["color:"+name] = strings.ToUpper(attr(el[k:k+strings.IndexByte(el[k:], '>')], "lastClr"))
		}
	}
}

// officeColors are the Office theme's colours (Word 2013 to 2021), which
// Word uses where a document has no theme part of its own.
var officeColors = map[string]string{"dk1": "000000", "lt1": "FFFFFF", "dk2": "44546A", "lt2": "E7E6E6", "accent1": "4472C4", "accent2": "ED7D31",
	"accent3": "A5A5A5", "accent4": "FFC000", "accent5": "5B9BD5", "accent6": "70AD47", "hlink": "0563C1", "folHlink": "954F72"}

// modifyColor applies a colour element's modifiers (el's lumMod, lumOff,
// shade, tint, satMod, satOff, alpha, in thousandths of a percent) to
// base, as Word's 深色 25% and 浅色 40% and its theme's gradients are
// written. PDF/A-1 has no transparency: a colour of less than full alpha
// is drawn as it shows over white paper, as a translucent picture is.
func modifyColor(base, el string) string {
	var rgb [3]float64
	for k := range rgb {
		var n int
		fmt.Sscanf(base[2*k:2*k+2], "%02x", &n)
		rgb[k] = float64(n) / 255
	}
	mod := func(name string) (float64, bool) {
		v, ok := aval(el, "a:"+name)
		return float64(atoi(v)) / 100000, ok
	}
	// Shade and tint darken and lighten in linear light, as Office
	// computes them (accent1 4472C4 shaded 50 % is 2F528F).
	if v, ok := mod("shade"); ok {
		for k := range rgb {
			rgb[k] = toSRGB(toLinear(rgb[k]) * v)
		}
	}
	if v, ok := mod("tint"); ok {
		for k := range rgb {
			l := toLinear(rgb[k])
			rgb[k] = toSRGB(l + (1-l)*(1-v))
		}
	}
	lm, okM := mod("lumMod")
	lo, okO := mod("lumOff")
	sm, okSM := mod("satMod")
	so, okSO := mod("satOff")
	if okM || okO || okSM || okSO {
		if !okM {
			lm = 1
		}
		if !okSM {
			sm = 1
		}
		h, s, l := toHSL(rgb)
		rgb = fromHSL(h, math.Min(1, math.Max(0, s*sm+so)), math.Min(1, math.Max(0, l*lm+lo)))
	}
	if a, ok := mod("alpha"); ok && a < 1 {
		for k := range rgb {
			rgb[k] = rgb[k]*a + 1 - a
		}
	}
	return fmt.Sprintf("%02X%02X%02X", int(math.Round(rgb[0]*255)), int(math.Round(rgb[1]*255)), int(math.Round(rgb[2]*255)))
}

// overWhite is the colour RRGGBB at VML's opacity (a share, or 65536ths
// as "32768f"; "" for opaque) as it shows over white.
func overWhite(color, opacity string) string {
	if opacity == "" {
		return color
	}
	return modifyColor(color, fmt.Sprintf(`<a:alpha val="%d"/>`, int(math.Round(min(max(vmlNumber(opacity), 0), 1)*100000))))
}

func toHSL(c [3]float64) (h, s, l float64) {
	hi, lo := math.Max(c[0], math.Max(c[1], c[2])), math.Min(c[0], math.Min(c[1], c[2]))
	l = (hi + lo) / 2
	d := hi - lo
	if d == 0 {
		return 0, 0, l
	}
	s = d / (1 - math.Abs(2*l-1))
	switch hi {
	case c[0]:
		h = math.Mod((c[1]-c[2])/d, 6)
	case c[1]:
		h = (c[2]-c[0])/d + 2
	default:
		h = (c[0]-c[1])/d + 4
	}
	return math.Mod(h*60+360, 360), s, l
}

func fromHSL(h, s, l float64) [3]float64 {
	c := (1 - math.Abs(2*l-1)) * s
	x := c * (1 - math.Abs(math.Mod(h/60, 2)-1))
	m := l - c/2
	var r, g, b float64
	switch {
	case h < 60:
		r, g = c, x
	case h < 120:
		r, g = x, c
	case h < 180:
		g, b = c, x
	case h < 240:
		g, b = x, c
	case h < 300:
		r, b = x, c
	default:
		r, b = c, x
	}
	return [3]float64{r + m, g + m, b + m}
}

func toLinear(c float64) float64 {
	if c <= 0.04045 {
		return c / 12.92
	}
	return math.Pow((c+0.055)/1.055, 2.4)
}

func toSRGB(c float64) float64 {
	if c <= 0.0031308 {
		return c * 12.92
	}
	return 1.055*math.Pow(c, 1/2.4) - 0.055
}
