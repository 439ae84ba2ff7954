package pdf

import (
	"regexp"
	"slices"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestCellDigitsEmbedTheirLatinFace: a table cell whose runs set their
// digits in 黑体 (w:ascii) and their Chinese in 仿宋_GB2312 draws the
// digits in the 黑体 face, which the PDF then embeds beside 仿宋's; a
// cell of the same text whose Latin font is 仿宋 too embeds 仿宋's alone.
func TestCellDigitsEmbedTheirLatinFace(t *testing.T) {
	for _, c := range []struct {
		latin string
		faces int
	}{{"黑体", 2}, {"仿宋_GB2312", 1}} {
		fonts := `<w:rFonts w:ascii="` + c.latin + `" w:hAnsi="` + c.latin + `" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/>`
		body := table([]int{4000}, "", row("", cell(4000, para("", run(fonts, "2023年度"))))) + para("", run(`<w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>`, "表后正文"))
		doc, err := wordmodel.Read(feature{name: "cell", body: body}.docx(t))
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := Render(doc, testOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		names := regexp.MustCompile(`/BaseFont\s*/[^\s/]+`).FindAllString(string(out), -1)
		slices.Sort(names)
		if got := len(slices.Compact(names)); got != c.faces {
			t.Errorf("Latin font %s: the PDF embeds %d faces %v, want %d", c.latin, got, names, c.faces)
		}
	}
}
