package ofd

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"jixiao/fonts"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

func testOptions(t testing.TB) pdf.Options {
	t.Helper()
	preset, err := layout.ParsePreset(templates.GBT9704)
	if err != nil {
		t.Fatal(err)
	}
	return pdf.Options{Preset: preset, Date: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC), Fonts: layout.FontSet{
		Roles:    map[string][]byte{"fangsong": fonts.SerifRegular, "song": fonts.SerifRegular, "xiaobiaosong": fonts.SerifBold, "hei": fonts.Hei},
		Fallback: fonts.Hei,
	}}
}

var testMeta = Meta{Title: "沁源县2023年绩效目标", Author: "沁源县财政局", Date: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)}

// picture is a w×h picture in PNG or JPEG, as Word stores them.
func picture(t testing.TB, format string, w, h int, c color.Color) wordmodel.Image {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	var err error
	if format == "JPEG" {
		err = jpeg.Encode(&buf, img, nil)
	} else {
		err = png.Encode(&buf, img)
	}
	if err != nil {
		t.Fatal(err)
	}
	return wordmodel.Image{Name: fmt.Sprintf("image%d.%s", w, strings.ToLower(format)), Format: format, Width: float64(w) / 2, Height: float64(h) / 2, Data: buf.Bytes()}
}

var words = []string{"绩效目标", "项目资金", "重点项目", "完成率", "145637.15", "万元", "（一）", "100%", "《预算法》", "A&B<C>", "满意度≥90%", "财政局"}

// fixture is a document of the kind a template fills, varied by seed:
// headings, justified paragraphs long enough to run over pages, runs in
// bold, colour and underlines of every style, tables with shaded headers,
// pictures in PNG and JPEG (one drawn twice), the header's and footer's
// lines, and with odd seeds a landscape section after the first.
func fixture(t testing.TB, seed uint64) *wordmodel.Document {
	rng := rand.New(rand.NewPCG(seed, 26))
	say := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(words[rng.IntN(len(words))])
		}
		return b.String()
	}
	logo := picture(t, "PNG", 40, 30, color.RGBA{200, 0, 0, 255})
	doc := &wordmodel.Document{
		Header:   []string{"沁源县财政局\t2023年"},
		Footer:   []string{"— " + wordmodel.PageField + " —"},
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
	}
	add := func(b wordmodel.Block) { doc.Blocks = append(doc.Blocks, b) }
	add(&wordmodel.Paragraph{Style: "Title", Text: "关于" + say(2) + "的说明", Align: "center"})
	add(&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{logo}})
	for i := range 3 + rng.IntN(4) {
		add(&wordmodel.Paragraph{Style: "Heading1", Text: fmt.Sprintf("%s、%s", "一二三四五六七"[3*i:3*i+3], say(2))})
		styles := []string{"single", "dotted", "dash", "wave", "double"}
		runs := []wordmodel.Run{{Text: say(8)}, {Text: say(1), Bold: true}, {Text: say(1), Color: "C00000"},
			{Text: say(1), Underline: true, UnderlineStyle: styles[rng.IntN(len(styles))]}, {Text: say(1), Strike: true}, {Text: say(20)}}
		var text strings.Builder
		for _, r := range runs {
			text.WriteString(r.Text)
		}
		add(&wordmodel.Paragraph{Style: "Normal", Align: "both", Text: text.String(), Runs: runs})
		rows := []wordmodel.Row{{Header: true, Cells: []wordmodel.Cell{{Text: "序号", Span: 1, Shading: "D9E1F2"}, {Text: "项目名称", Span: 1, Shading: "D9E1F2"}, {Text: "金额（万元）", Span: 1, Shading: "D9E1F2"}}}}
		for k := range 2 + rng.IntN(12) {
			rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{{Text: fmt.Sprint(k + 1), Span: 1}, {Text: say(2), Span: 1}, {Text: fmt.Sprintf("%d.%02d", rng.IntN(100000), rng.IntN(100)), Span: 1, Size: 9}}})
		}
		add(&wordmodel.Table{Widths: []int{800, 3000, 1500}, Rows: rows})
	}
	seal := picture(t, "PNG", 80, 80, color.RGBA{255, 0, 0, 128})
	seal.Float = &wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph", Y: -10, Behind: true}
	add(&wordmodel.Paragraph{Style: "Normal", Text: "沁源县财政局", Align: "right", Images: []wordmodel.Image{seal}})
	add(&wordmodel.Paragraph{Style: "Normal", Images: []wordmodel.Image{picture(t, "JPEG", 60, 40, color.RGBA{0, 90, 200, 255}), logo}})
	if seed%2 == 1 {
		doc.Sections = append(doc.Sections, wordmodel.Section{Width: 297, Height: 210, Top: 20, Bottom: 20, Left: 20, Right: 20})
		add(&wordmodel.Table{Section: 1, Widths: []int{1000, 4000}, Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{{Text: "附件", Span: 1, Bold: true, Color: "FF0000"}, {Text: say(3), Span: 1}}}}})
	}
	return doc
}
