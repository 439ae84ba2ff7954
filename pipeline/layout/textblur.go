package layout

import (
	"cmp"
	"math"

	"jixiao/pipeline/wordmodel"
)

// A w14 shadow blurred (Word's gallery shadows are, by 3 or 4 pt) cannot
// be a blurred copy under PDF/A-1, which has no transparency and no
// blur, nor a sharp one, which shows a dark double of the text Word
// does not. It is drawn as a blur looks: a few opaque copies, each its
// glyphs widened by a stroke, widest and palest first, the text's own
// shape last, each in the shadow's colour at the share of it a Gaussian
// blur leaves at that distance from a stroke of the glyphs, laid over
// white as the shadow's alpha is. The blur's radius is taken as two of
// its standard deviations (LibreOffice's and Word's look alike so), and
// a stroke as a tenth of the type: a CJK face's stroke with its nearest
// neighbours, which a blur as wide as a stroke's gap runs into.

// blurBands is how many widened copies stand for a blur: more show no
// steps at a type's size but cost a copy of the text each.
const blurBands = 4

// blurredShadow appends the copies that stand for the blurred shadow s
// of the text item shadow (already moved and marked a Copy) to items.
func blurredShadow(items []Item, shadow Item, s *wordmodel.TextShadow) []Item {
	sigma := s.Blur / 2
	stroke := shadow.Size / 10
	color := cmp.Or(s.Color, "000000")
	// The share of the shadow's colour at distance d (pt) outside a
	// stroke's edge: the part of the blur's bell over the stroke.
	share := func(d float64) float64 { return normal((d+stroke)/sigma) - normal(d/sigma) }
	for k := blurBands; k >= 1; k-- {
		band := shadow
		reach := s.Blur * float64(k) / blurBands
		band.Color = overWhite(color, share(s.Blur*(float64(k)-0.5)/blurBands))
		band.Outline, band.OutlineColor = 2*reach*ptToMM, band.Color
		items = append(items, band)
	}
	shadow.Color = overWhite(color, 2*normal(stroke/2/sigma)-1)
	return append(items, shadow)
}

// normal is the standard normal distribution's cumulative function.
func normal(x float64) float64 { return (1 + math.Erf(x/math.Sqrt2)) / 2 }
