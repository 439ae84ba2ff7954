package pdf

import (
	"bytes"
	"encoding/hex"
	"image"
	"image/png"
	"math"
	"regexp"
	"strconv"
	"testing"
	"time"

	"jixiao/fonts"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// interlacedPNG is a 4×4 RGB PNG saved interlaced (Adam7), which fpdf
// does not read as it is.
const interlacedPNG = "89504e470d0a1a0a0000000d4948445200000004000000040802000001519439bf0000002a4944415478da0dc7210100000cc3b009abb0c18a9ac01f042489e94b6d0d713fea7e41b0383e93d9b979c00e13417d57517e0000000049454e44ae426082"

func testOptions(t *testing.T) Options {
	t.Helper()
	preset, err := layout.ParsePreset(templates.GBT9704)
	if err != nil {
		t.Fatal(err)
	}
	set := layout.FontSet{
		Roles:    map[string][]byte{"fangsong": fonts.SerifRegular, "song": fonts.SerifRegular, "xiaobiaosong": fonts.SerifBold, "hei": fonts.Hei},
		Fallback: fonts.Hei,
	}
	return Options{Preset: preset, Fonts: set, Date: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)}
}

func testPNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func atof(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// laidItems lays doc out and returns the items of a kind on its first
// page, which the PDF must draw where they are.
func laidItems(t *testing.T, doc *wordmodel.Document, kind layout.ItemKind) []layout.Item {
	t.Helper()
	l, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	var items []layout.Item
	first := true
	l.Pages(func(p layout.Page) error {
		for _, it := range p.Items {
			if first && it.Kind == kind {
				items = append(items, it)
			}
		}
		first = false
		return nil
	})
	return items
}

func TestRenderIsDeterministic(t *testing.T) {
	doc := textDoc("2023年，我县积极构建全方位、全过程、全覆盖预算绩效管理体系。")
	a, b := renderDoc(t, doc, false), renderDoc(t, doc, false)
	if !bytes.Equal(a, b) {
		t.Error("two renders differ")
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20231231")) {
		t.Error("the creation date is not the job's")
	}
}

// TestConcurrentRendersShareFontsSafely: a batch draws documents side by
// side over the same parsed fonts, and each must come out the same.
func TestConcurrentRendersShareFontsSafely(t *testing.T) {
	doc := textDoc("附件：沁源县2023年重点绩效评价项目结果汇总表，共35个项目。")
	want := renderDoc(t, doc, false)
	outs := make([][]byte, 8)
	done := make(chan int)
	for i := range outs {
		go func() {
			outs[i] = renderDoc(t, doc, false)
			done <- i
		}()
	}
	for range outs {
		<-done
	}
	for i, o := range outs {
		if !bytes.Equal(o, want) {
			t.Errorf("render %d differs", i)
		}
	}
}

// TestPicturesAreDrawnAsLaidOut: each picture the layout places is drawn
// at its box (cm and Do, in points from the page's foot), the file holds
// each once as an image XObject, and an interlaced PNG fpdf cannot read
// is written again so that it can.
func TestPicturesAreDrawnAsLaidOut(t *testing.T) {
	interlaced, _ := hex.DecodeString(interlacedPNG)
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "负责人：（盖章）",
		Images: []wordmodel.Image{
			{Name: "sig.png", Format: "PNG", Width: 24, Height: 12, Data: testPNG(t, image.NewGray(image.Rect(0, 0, 6, 3)))},
			{Name: "seal.png", Format: "PNG", Width: 40, Height: 40, Data: interlaced, Float: &wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph", Y: -10}},
		},
		Runs: []wordmodel.Run{{Text: "负责人："}, {Picture: 1}, {Text: "（盖章）"}},
	}}}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`/Subtype /Image`).FindAll(out, -1)); n != 2 {
		t.Errorf("%d image XObjects, want 2", n)
	}
	pages, _ := contents(out)
	placed := regexp.MustCompile(`([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm /\w+ Do`).FindAllStringSubmatch(string(pages[0]), -1)
	items := laidItems(t, doc, layout.Picture)
	if len(placed) != len(items) || len(items) != 2 {
		t.Fatalf("%d pictures placed in the content stream, %d laid out, want 2: %s", len(placed), len(items), pages[0])
	}
	pageH := testOptions(t).Preset.Page.Height
	for k, it := range items {
		want := []float64{it.W, it.H, it.X, pageH - it.Y - it.H}
		for j := range want {
			if got := atof(placed[k][j+1]) * ptToMM; math.Abs(got-want[j]) > 0.05 {
				t.Errorf("picture %d placed at %v (pt), want %v (mm)", k, placed[k][1:], want)
				break
			}
		}
	}
}

// TestStyledTextInThePDFsContentStream: what the operations say reaches
// the file: the text colour, the line colour, the dash of a dotted
// underline, a highlight's fill and a superscript's size.
func TestStyledTextInThePDFsContentStream(t *testing.T) {
	para := &wordmodel.Paragraph{Style: "Normal", Text: "红点黄m2", Runs: []wordmodel.Run{
		{Text: "红", Color: "FF0000", Strike: true}, {Text: "点", Underline: true, UnderlineStyle: "dotted"},
		{Text: "黄", Highlight: "FFFF00"}, {Text: "m"}, {Text: "2", VertAlign: "superscript"},
	}}
	content := firstContent(t, &wordmodel.Document{Blocks: []wordmodel.Block{para}})
	// The superscript's baseline is a third of 16 pt above the body's.
	for _, want := range []string{`1\.000 0\.000 0\.000 rg`, `1\.000 0\.000 0\.000 RG`, `1\.000 1\.000 0\.000 rg`, `\] 0\.00 d`, `/F\w+ 10\.40 Tf`} {
		if !regexp.MustCompile(want).MatchString(content) {
			t.Errorf("the content stream lacks %q", want)
		}
	}
	// The superscript's baseline is where the layout raises it.
	var m1, m2 float64
	for _, it := range laidItems(t, &wordmodel.Document{Blocks: []wordmodel.Block{para}}, layout.Glyphs) {
		switch it.Text {
		case "m":
			m1 = it.Y
		case "2":
			m2 = it.Y
		}
	}
	m := regexp.MustCompile(`(?s)BT \S+ ([\d.]+) Td \(\x00m\) Tj ET.*BT \S+ ([\d.]+) Td \(\x002\) Tj ET`).FindStringSubmatch(content)
	if m == nil {
		t.Fatal("m and 2 are not drawn")
	}
	if y1, y2 := atof(m[1]), atof(m[2]); m1 == m2 || math.Abs(y2-y1-(m1-m2)/ptToMM) > 0.02 {
		t.Errorf("the superscript is %.2f pt above the baseline", y2-y1)
	}
}

// TestALinkIsClickable: a run linking to an address is a link annotation
// over its text, in the PDF's own bytes.
func TestALinkIsClickable(t *testing.T) {
	url := "https://www.qinyuan.gov.cn/jx"
	p := &wordmodel.Paragraph{Style: "Normal", Text: "详见县政府网站。", Align: "left", Spacing: &wordmodel.Spacing{Line: 240, LineRule: "auto"}, Runs: []wordmodel.Run{
		{Text: "详见"}, {Text: "县政府网站", Link: url, Underline: true, Color: "0000FF"}, {Text: "。"}}}
	section := wordmodel.Section{Width: 210, Height: 297, Top: 20, Bottom: 20, Left: 30, Right: 20, LinePitch: 10, CharPitch: 5.6}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{section}, Blocks: []wordmodel.Block{p}}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`/Rect \[([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\][^>]*/A <</S /URI /URI \(([^)]*)\)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no link annotation in the PDF")
	}
	// Two grid cells in from the margin, five cells wide, in points.
	x1, x2 := atof(string(m[1])), atof(string(m[3]))
	if string(m[5]) != url || math.Abs(x1-(30+2*5.6)/ptToMM) > 0.5 || math.Abs(x2-(30+7*5.6)/ptToMM) > 0.5 {
		t.Errorf("link %s from %.1f to %.1f pt, want %s over 县政府网站", m[5], x1, x2, url)
	}
	if !bytes.Contains(out, []byte("/Subtype /Link /F 4 ")) {
		t.Errorf("the link annotation does not print (PDF/A asks for the Print flag)")
	}
	if n := bytes.Count(out, []byte("/Subtype /Link")); n != 1 {
		t.Errorf("%d link annotations, want one box for the run's line", n)
	}
}
