package pdf_test

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"jixiao/fonts"
	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/runner"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// preflightJars are Debian's Apache PDFBox Preflight and what it needs
// (libpdfbox2-java libactivation-java libjaxb-api-java), as .ci/run
// installs them.
var preflightJars = []string{"preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"}

// validateA1b runs PDFBox Preflight on the PDF, and pdffonts, which must
// show every font embedded. Where they are missing the test skips, unless
// JIXIAO_INTEROP=1 makes that a failure.
func validateA1b(t *testing.T, name string, data []byte) {
	t.Helper()
	var cp []string
	for _, j := range preflightJars {
		cp = append(cp, "/usr/share/java/"+j+".jar")
	}
	missing := exec.Command("java", "-version").Run()
	for _, p := range append(cp, "/usr/bin/pdffonts") {
		if _, err := os.Stat(p); err != nil && missing == nil {
			missing = err
		}
	}
	if missing != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("PDFBox Preflight and pdffonts are required when JIXIAO_INTEROP=1: %v", missing)
		}
		t.Skipf("PDFBox Preflight or pdffonts not available: %v", missing)
	}
	path := filepath.Join(t.TempDir(), name+".pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("java", "-cp", strings.Join(cp, ":"), "org.apache.pdfbox.preflight.Validator_A1b", path).CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("is a valid PDF/A-1b file")) {
		t.Errorf("%s is not PDF/A-1b: %v\n%s", name, err, out)
	}
	fonts, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatalf("pdffonts %s: %v", name, err)
	}
	lines := strings.Split(strings.TrimSpace(string(fonts)), "\n")
	if len(lines) < 3 {
		t.Errorf("%s: no fonts\n%s", name, fonts)
	}
	for _, l := range lines[2:] {
		if f := strings.Fields(l); len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("%s: font not embedded: %s", name, l)
		}
	}
}

func options(t *testing.T) pdf.Options {
	t.Helper()
	preset, err := layout.ParsePreset(templates.GBT9704)
	if err != nil {
		t.Fatal(err)
	}
	return pdf.Options{
		Preset: preset,
		Fonts:  layout.FontSet{Roles: map[string][]byte{"fangsong": fonts.SerifRegular, "song": fonts.SerifRegular, "xiaobiaosong": fonts.SerifBold, "hei": fonts.Hei}, Fallback: fonts.Hei},
		Title:  "附件", Author: "沁源县财政局",
		Date: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC),
	}
}

// TestSamplePDFIsPDFA1b: the sample job's PDF, as the clerk gets it.
func TestSamplePDFIsPDFA1b(t *testing.T) {
	t.Parallel()
	j, err := job.Load(filepath.Join("..", "..", "config", "qinyuan-2023.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := runner.Run(j.WithOutput(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Written {
		if strings.HasSuffix(p, ".pdf") {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			validateA1b(t, "sample", data)
			return
		}
	}
	t.Fatal("the sample job wrote no PDF")
}

// TestLongTableAndPicturesArePDFA1b: a 1,000-row attachment with shaded
// rows over many pages, and pictures with transparency (inline, and
// floating behind the text) beside coloured, bold, underlined and
// highlighted text.
func TestLongTableAndPicturesArePDFA1b(t *testing.T) {
	t.Parallel()
	header := wordmodel.Row{Header: true}
	for _, h := range []string{"序号", "二级项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"} {
		header.Cells = append(header.Cells, wordmodel.Cell{Text: h, Span: 1, Align: "center", Bold: true})
	}
	table := &wordmodel.Table{Widths: []int{600, 2600, 1700, 1150, 800, 700, 1295}, Rows: []wordmodel.Row{header}}
	for i := 1; i <= 1000; i++ {
		row := wordmodel.Row{}
		for _, text := range []string{strconv.Itoa(i), fmt.Sprintf("项目名称第%d号", i), "单位", "1,000.00", "90.00", "优", "机构"} {
			row.Cells = append(row.Cells, wordmodel.Cell{Text: text, Span: 1, Shading: map[bool]string{true: "D9D9D9"}[i%2 == 0]})
		}
		table.Rows = append(table.Rows, row)
	}
	long := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "JxAttachLabel", Text: "附件："}, table}}
	out, _, err := pdf.Render(long, options(t))
	if err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "long", out)

	seal := image.NewNRGBA(image.Rect(0, 0, 40, 40))
	for i := 0; i < len(seal.Pix); i += 4 {
		copy(seal.Pix[i:], []byte{0xE0, 0x10, 0x10, byte(i % 256)})
	}
	var sealPNG bytes.Buffer
	png.Encode(&sealPNG, seal)
	img := wordmodel.Image{Name: "seal.png", Format: "PNG", Width: 30, Height: 30, Data: sealPNG.Bytes()}
	floating := img
	floating.Float = &wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph", Y: -10, Behind: true}
	pictures := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{img}},
		&wordmodel.Paragraph{Style: "Normal", Runs: []wordmodel.Run{
			{Text: "红色", Color: "FF0000"}, {Text: "加粗", Bold: true}, {Text: "下划线", Underline: true, UnderlineStyle: "wave"}, {Text: "底纹", Highlight: "FFFF00"},
		}, Text: "红色加粗下划线底纹"},
		&wordmodel.Paragraph{Style: "Normal", Text: "沁源县财政局", Images: []wordmodel.Image{floating}},
	}}
	out, _, err = pdf.Render(pictures, options(t))
	if err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "pictures", out)
}
