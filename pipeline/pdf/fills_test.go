package pdf

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// renderFill reads the fill fixture name, listing nothing, and renders
// it: the file and its first page's content.
func renderFill(t *testing.T, name string) (string, string) {
	t.Helper()
	for _, f := range fillFeatures(t) {
		if f.name != name {
			continue
		}
		doc, err := wordmodel.Read(f.docx(t))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Undrawn) != 0 {
			t.Fatalf("%s: listed %v", name, doc.Undrawn)
		}
		out, content := renderedPage(t, doc)
		return string(out), content
	}
	t.Fatalf("no fixture %s", name)
	return "", ""
}

// cellOf is the content of a tiling pattern's cell of rows, as the
// writer draws it: the background, then a rectangle a run of dots.
func cellOf(rows [8]byte, fg, bg string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s rg 0 0 8 8 re f\n%s rg\n", bg, fg)
	for y, row := range rows {
		for x := 0; x < 8; {
			n := 0
			for x+n < 8 && row&(0x80>>(x+n)) != 0 {
				n++
			}
			if n > 0 {
				fmt.Fprintf(&b, "%d %d %d 1 re\n", x, y, n)
			}
			x += max(n, 1)
		}
	}
	return b.String() + "f"
}

// TestPresetPatternsInThePDF: each of the 54 preset patterns as Word
// writes it is drawn, a tiling pattern for each rectangle, in accent1 on
// white; among them Office's cells for the wave (a dot a row rising and
// falling), the small confetti (one dot a row, scattered) and the solid
// diamond; WPS's patterns in their own colours.
func TestPresetPatternsInThePDF(t *testing.T) {
	out, content := renderFill(t, "fill-pattern-presets")
	if n := strings.Count(content, "/Pattern cs"); n != 54 {
		t.Errorf("%d rectangles filled with a pattern, want 54", n)
	}
	accent1, white := "0.26667 0.44706 0.76863", "1 1 1"
	for name, rows := range map[string][8]byte{
		"wave":       {0x00, 0x06, 0x49, 0x30, 0x00, 0x06, 0x49, 0x30},
		"smConfetti": {0x20, 0x04, 0x40, 0x02, 0x10, 0x80, 0x08, 0x01},
		"solidDmnd":  {0x00, 0x08, 0x1C, 0x3E, 0x7F, 0x3E, 0x1C, 0x08},
	} {
		if !strings.Contains(out, cellOf(rows, accent1, white)) {
			t.Errorf("no cell of %s", name)
		}
	}
	out, _ = renderFill(t, "fill-pattern-wps")
	if !strings.Contains(out, cellOf([8]byte{0xF1, 0xF1, 0x91, 0xEE, 0x1F, 0x1F, 0x19, 0xEE}, "0.75294 0 0", "1 1 0")) {
		t.Error("no cell of WPS's red on yellow sphere")
	}
}

// TestFillsAndBackgroundsInThePDF: a VML pattern of a 16 by 4 picture is
// drawn as a picture of its 120 by 60 pt box at 96 to the inch (160 by
// 80 pixels); a line's gradient strokes it as a shading pattern (the
// rectangle's and the arrow's, whose head is filled with the shading;
// WPS's dashed ellipse of a circular gradient with a radial one);
// a gradient mirrored about the middle is two shadings each way; a
// cropped JPEG tiled is a picture of its box (189 by 76 pixels), no
// longer the JPEG's bytes; the page's texture, pattern and picture are
// drawn first on the page, before its text.
func TestFillsAndBackgroundsInThePDF(t *testing.T) {
	width := regexp.MustCompile(`/Subtype /Image\s*/Width (\d+)\s*/Height (\d+)`)
	size := func(out string) string {
		m := width.FindStringSubmatch(out)
		if m == nil {
			return "none"
		}
		return m[1] + "×" + m[2]
	}
	if out, _ := renderFill(t, "fill-vml-pattern-16"); size(out) != "160×80" {
		t.Errorf("the 16 by 4 pattern's picture is %s", size(out))
	}
	out, content := renderFill(t, "fill-line-gradient")
	if n := strings.Count(content, "/Pattern CS"); n != 2 {
		t.Errorf("%d lines stroked with a gradient, want the rectangle's and the arrow's:\n%s", n, content)
	}
	if n := strings.Count(out, "/PatternType 2 /Shading"); n != 2 || !strings.Contains(content, " sh\nQ") {
		t.Errorf("%d shading patterns; the arrowhead filled with the shading: %v", n, strings.Contains(content, " sh\nQ"))
	}
	out, content = renderFill(t, "fill-line-gradient-wps")
	if !regexp.MustCompile(`q /Pattern CS /Jx\d+ SCN 4 w \[[\d.]+ [\d.]+\] 0 d`).MatchString(content) || !strings.Contains(out, "/PatternType 2 /Shading << /ShadingType 3") {
		t.Errorf("WPS's dashed ellipse of a circular gradient is not stroked with a radial shading:\n%s", content)
	}
	_, content = renderFill(t, "fill-gradient-mirrored")
	if n := strings.Count(content, " sh\n"); n != 4 {
		t.Errorf("%d shadings, want two halves of each rectangle", n)
	}
	out, _ = renderFill(t, "picture-tile-crop-jpeg")
	if size(out) != "189×76" || strings.Contains(out, "/DCTDecode") {
		t.Errorf("the tiled cropped JPEG is %s, DCT %v", size(out), strings.Contains(out, "/DCTDecode"))
	}
	for _, name := range []string{"page-texture", "page-picture"} {
		_, content := renderFill(t, name)
		if do, bt := strings.Index(content, " Do"), strings.Index(content, "BT"); do < 0 || do > bt {
			t.Errorf("%s: the background picture is not drawn before the text", name)
		}
	}
	if out, _ := renderFill(t, "page-texture-jpeg"); size(out) != "794×1123" {
		t.Errorf("WPS's JPEG texture is a picture of %s", size(out))
	}
	if out, _ := renderFill(t, "page-texture"); size(out) != "794×1123" {
		t.Errorf("the texture is a picture of %s, want the A4 page's at 96 to the inch", size(out))
	}
	if _, content := renderFill(t, "page-pattern"); !regexp.MustCompile(`^(?s)[^T]*q /Pattern cs /Jx0 scn\n0\.00 841\.90 m`).MatchString(content) {
		t.Errorf("page-pattern: the page is not filled with the pattern first:\n%s", content[:min(300, len(content))])
	}
}

// TestFillsInAPlainPDF: with pdfa false the same fills are drawn the
// same way: the gradient lines' shading patterns, the mirrored
// gradient's shadings, the preset patterns' cells.
func TestFillsInAPlainPDF(t *testing.T) {
	for name, want := range map[string]string{"fill-line-gradient": "/PatternType 2 /Shading", "fill-gradient-mirrored": "/ShadingType 2", "fill-pattern-wps": "/PatternType 1"} {
		for _, f := range fillFeatures(t) {
			if f.name != name {
				continue
			}
			doc, err := wordmodel.Read(f.docx(t))
			if err != nil {
				t.Fatal(err)
			}
			opt := testOptions(t)
			opt.Plain = true
			out, _, err := Render(doc, opt)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), want) || strings.Contains(string(out), "/GTS_PDFA1") {
				t.Errorf("%s in a plain PDF: %s %v, output intent %v", name, want, strings.Contains(string(out), want), strings.Contains(string(out), "/GTS_PDFA1"))
			}
		}
	}
}
