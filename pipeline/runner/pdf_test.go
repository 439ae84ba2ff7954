package runner

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"jixiao/fonts"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/opc"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

const mm = 72 / 25.4

// word is one word of pdftotext -bbox, in points from the page's top left.
type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

var (
	pageTag = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordTag = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// bboxPages reads the words of each page with poppler's pdftotext.
func bboxPages(t *testing.T, path string) [][]word {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var pages [][]word
	for _, chunk := range strings.Split(string(out), "<page ")[1:] {
		var words []word
		for _, m := range wordTag.FindAllStringSubmatch(chunk, -1) {
			f := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
			words = append(words, word{m[5], f(m[1]), f(m[2]), f(m[3]), f(m[4])})
		}
		pages = append(pages, words)
	}
	return pages
}

// lines groups a page's words into lines by their top edge.
func lines(words []word) [][]word {
	sort.SliceStable(words, func(i, j int) bool {
		if math.Abs(words[i].yMin-words[j].yMin) > 1 {
			return words[i].yMin < words[j].yMin
		}
		return words[i].xMin < words[j].xMin
	})
	var out [][]word
	for _, w := range words {
		if n := len(out); n > 0 && math.Abs(out[n-1][0].yMin-w.yMin) <= 1 {
			out[n-1] = append(out[n-1], w)
			continue
		}
		out = append(out, []word{w})
	}
	return out
}

func lineText(l []word) string {
	var b strings.Builder
	for _, w := range l {
		b.WriteString(w.text)
	}
	return b.String()
}

// startsWithHeader reports whether the table header is among a page's first lines
// (after the 附件 label and title on the first page of the table).
func startsWithHeader(ls [][]word) bool {
	for i := 0; i < len(ls) && i < 6; i++ {
		if strings.Contains(lineText(ls[i]), "序号") {
			return true
		}
	}
	return false
}

func builtPDF(t *testing.T) string {
	t.Helper()
	res, err := Run(sampleJob(t))
	if err != nil {
		t.Fatal(err)
	}
	return res.Written[2]
}

func TestPDFLayoutFollowsGBT9704(t *testing.T) {
	opctest.Require(t, "pdftotext", "-v")
	opctest.Require(t, "pdfinfo", "-v")
	path := builtPDF(t)
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil || !strings.Contains(string(info), "(A4)") {
		t.Fatalf("pdfinfo: %v\n%s", err, info)
	}
	pages := bboxPages(t, path)
	if len(pages) < 3 {
		t.Fatalf("%d pages", len(pages))
	}
	blockBottom := (37 + 225) * mm
	const closing = "，。、；：？！”’）》】…"
	for p, words := range pages {
		var body []word
		var footer []word
		for _, w := range words {
			if w.yMin < blockBottom {
				body = append(body, w)
			} else {
				footer = append(footer, w)
			}
		}
		minX, minY := math.Inf(1), math.Inf(1)
		for _, w := range body {
			minX, minY = math.Min(minX, w.xMin), math.Min(minY, w.yMin)
		}
		if p == 0 && math.Abs(minX/mm-28) > 1 {
			t.Errorf("page %d: text starts %.1f mm from the left, want 28", p+1, minX/mm)
		}
		// Body text starts on the top line; a table page starts with the header
		// row's border there, its text inside the cell's padding.
		if p == 0 && math.Abs(minY/mm-37) > 1 || p > 0 && (minY/mm < 36 || minY/mm > 41) {
			t.Errorf("page %d: text starts %.1f mm from the top, want 37", p+1, minY/mm)
		}
		for _, l := range lines(body) {
			text := lineText(l)
			if first := []rune(text)[0]; strings.ContainsRune(closing, first) {
				t.Errorf("page %d: a line starts with %q: %s", p+1, first, text)
			}
		}
		if p == 0 {
			if n := len(lines(body)); n > 22 {
				t.Errorf("page 1 has %d body lines, at most 22", n)
			}
		} else if !startsWithHeader(lines(body)) {
			t.Errorf("page %d does not start with the table header", p+1)
		}
		number := fmt.Sprintf("—%d—", p+1)
		text, minFX, maxFX := "", math.Inf(1), 0.0
		for _, w := range footer {
			text += w.text
			minFX, maxFX = math.Min(minFX, w.xMin), math.Max(maxFX, w.xMax)
		}
		if text != number {
			t.Errorf("page %d footer = %q, want %q", p+1, text, number)
		}
		middle := 105 * mm
		if (p+1)%2 == 1 && minFX < middle || (p+1)%2 == 0 && maxFX > middle {
			t.Errorf("page %d number at %.0f–%.0f mm, on the wrong side", p+1, minFX/mm, maxFX/mm)
		}
		// The template's footer: its line, of exact height, ends with its
		// type at the footer distance (1247 twips) from the page's foot.
		if foot := 297 - 1247.0/20*25.4/72; math.Abs(footer[0].yMax/mm-foot) > 1 {
			t.Errorf("page %d number ends at %.1f mm, want at the footer distance %.1f", p+1, footer[0].yMax/mm, foot)
		}
	}
}

func TestPDFFontsAreEmbeddedSubsetsAndQpdfAccepts(t *testing.T) {
	opctest.Require(t, "pdffonts", "-v")
	opctest.Require(t, "qpdf", "--version")
	path := builtPDF(t)
	out, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
	if len(rows) == 0 {
		t.Fatal("no fonts")
	}
	for _, r := range rows {
		f := strings.Fields(r)
		// name type… encoding emb sub uni object ID
		if n := len(f); f[n-5] != "yes" || f[n-4] != "yes" || !regexp.MustCompile(`^[A-Z]{6}\+`).MatchString(f[0]) {
			t.Errorf("font not embedded as a subset: %s", r)
		}
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}

// TestLongTableAcrossManyPages lays out a 1,000-row attachment whose merged
// agency cells run over page breaks.
func TestLongTableAcrossManyPages(t *testing.T) {
	opctest.Require(t, "pdftotext", "-v")
	preset, err := layout.ParsePreset(templates.GBT9704)
	if err != nil {
		t.Fatal(err)
	}
	header := wordmodel.Row{Header: true}
	for _, h := range []string{"序号", "二级项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"} {
		header.Cells = append(header.Cells, wordmodel.Cell{Text: h, Span: 1, Align: "center", Bold: true})
	}
	table := &wordmodel.Table{Widths: []int{600, 2600, 1700, 1150, 800, 700, 1295}, Rows: []wordmodel.Row{header}}
	const n, block = 1000, 7
	for i := 1; i <= n; i++ {
		merge := wordmodel.Continues
		agency := ""
		if (i-1)%block == 0 {
			merge, agency = wordmodel.Starts, fmt.Sprintf("机构%d", (i-1)/block+1)
		}
		row := wordmodel.Row{}
		for _, text := range []string{strconv.Itoa(i), fmt.Sprintf("项目名称第%d号", i), "单位", "1,000.00", "90.00", "优"} {
			row.Cells = append(row.Cells, wordmodel.Cell{Text: text, Span: 1})
		}
		row.Cells = append(row.Cells, wordmodel.Cell{Text: agency, Span: 1, Merge: merge})
		table.Rows = append(table.Rows, row)
	}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "JxAttachLabel", Text: "附件："}, table}}
	out, warnings, err := pdf.Render(doc, pdf.Options{
		Preset: preset,
		Fonts:  layout.FontSet{Roles: map[string][]byte{"fangsong": fonts.SerifRegular, "song": fonts.SerifRegular, "xiaobiaosong": fonts.SerifBold, "hei": fonts.Hei}, Fallback: fonts.Hei},
		Date:   time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC),
	})
	if err != nil || len(warnings) > 0 {
		t.Fatalf("render: %v %v", err, warnings)
	}
	path := filepath.Join(t.TempDir(), "long.pdf")
	os.WriteFile(path, out, 0o644)
	pages := bboxPages(t, path)
	if len(pages) < 30 {
		t.Fatalf("%d pages for 1,000 rows", len(pages))
	}
	seen := map[string]bool{}
	splitMerges := 0
	for p, words := range pages {
		ls := lines(words)
		if !startsWithHeader(ls) {
			t.Errorf("page %d has no header", p+1)
		}
		var firstRow []word
		for _, l := range ls {
			if strings.HasPrefix(lineText(l), "项目名称") || regexp.MustCompile(`^\d+项目名称`).MatchString(lineText(l)) {
				firstRow = l
				break
			}
		}
		page := ""
		for _, l := range ls {
			page += lineText(l) + "\n"
		}
		for _, m := range regexp.MustCompile(`项目名称第(\d+)号`).FindAllStringSubmatch(page, -1) {
			seen[m[1]] = true
		}
		// A page that starts inside a block repeats the block's agency.
		if len(firstRow) > 0 {
			num, _ := strconv.Atoi(regexp.MustCompile(`\d+`).FindString(lineText(firstRow)))
			if num > 0 && (num-1)%block != 0 {
				want := fmt.Sprintf("机构%d", (num-1)/block+1)
				if !strings.Contains(page, want) {
					t.Errorf("page %d starts inside block %s but does not repeat it", p+1, want)
				}
				splitMerges++
			}
		}
	}
	if len(seen) != n {
		t.Errorf("%d of %d rows found", len(seen), n)
	}
	if splitMerges == 0 {
		t.Error("no merge crossed a page break; the test proves nothing")
	}
}

func TestPDFTextIsTheSeedText(t *testing.T) {
	opctest.Require(t, "pdftotext", "-v")
	path := builtPDF(t)
	want := loadSeed(t)
	text := func(args ...string) string {
		out, err := exec.Command("pdftotext", append(append([]string{"-enc", "UTF-8"}, args...), path, "-")...).Output()
		if err != nil {
			t.Fatal(err)
		}
		return squash(string(out))
	}
	plain, raw := text(), text("-raw")
	pos := 0
	for _, s := range append(append([]string{want.title}, want.paras...), want.tableHead) {
		i := strings.Index(plain[pos:], squash(s))
		if i < 0 {
			t.Errorf("the PDF text lacks, in order: %q", s)
			continue
		}
		pos += i + len(squash(s))
	}
	for _, r := range want.rows {
		if !strings.Contains(raw, squash(r[1])) || !strings.Contains(raw, r[3]) {
			t.Errorf("row %s: name %q or amount %s not whole in pdftotext -raw", r[0], r[1], r[3])
		}
	}
	if !strings.Contains(plain, want.total) {
		t.Errorf("合计 %s missing", want.total)
	}
}

// TestHeaderAndFooterReachThePDF: a header added to the template for odd
// and even pages (it has evenAndOddHeaders) is on every PDF page, and
// footers that say more than the page number are drawn with each page's
// number and the number of pages where their fields stand.
func TestHeaderAndFooterReachThePDF(t *testing.T) {
	docx, err := opc.Rewrite(templates.Disclosure, func(name string) bool {
		return name == "word/document.xml" || name == "word/_rels/document.xml.rels" || name == "[Content_Types].xml" || name == "word/footer1.xml" || name == "word/footer2.xml"
	}, func(name string, body []byte) []byte {
		s := string(body)
		switch name {
		case "word/document.xml":
			return []byte(strings.Replace(s, "<w:sectPr>", `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:headerReference w:type="even" r:id="rIdHeader"/>`, 1))
		case "word/_rels/document.xml.rels":
			return []byte(strings.Replace(s, "</Relationships>", `<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`, 1))
		case "[Content_Types].xml":
			return []byte(strings.Replace(s, "</Types>", `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`, 1))
		}
		// 第 PAGE 页 共 NUMPAGES 页, the count's saved result stale (9).
		return []byte(strings.Replace(strings.Replace(s, ">— </w:t>", ">第 </w:t>", 1), "> —</w:t>",
			`> 页 共 </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> 页（沁源县财政局）</w:t>`, 1))
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	docx = opctest.Edit(t, docx, map[string]func(string) string{"word/header1.xml": opctest.Set(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>沁源县财政局公开文件</w:t></w:r></w:p></w:hdr>`)})
	dir := t.TempDir()
	path := filepath.Join(dir, "header.docx")
	os.WriteFile(path, docx, 0o644)
	j := sampleJob(t)
	j.Template = path
	out, err := Render(j)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdf.Text(out.Files[2].Data)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pages {
		text := strings.Join(strings.Fields(p), "")
		if !strings.Contains(text, "沁源县财政局公开文件") || !strings.Contains(text, fmt.Sprintf("第%d页共%d页（沁源县财政局）", i+1, len(pages))) {
			t.Errorf("page %d lacks the header or its numbered footer: %q", i+1, text)
		}
	}
}

// TestALandscapeSectionIsLandscapeInThePDF: the attachment in a section of
// its own, A4 landscape, gets landscape pages with that section's margins;
// the narrative keeps the GB/T 9704 portrait page.
func TestALandscapeSectionIsLandscapeInThePDF(t *testing.T) {
	out := renderEdited(t, "word/document.xml", func(s string) string {
		portrait := `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/></w:sectPr>`
		s = strings.Replace(s, `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"`,
			`<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"`, 1)
		// The paragraph before 附件： ends the portrait section.
		return strings.Replace(s, `<w:p><w:pPr><w:pStyle w:val="JxAttachLabel"/>`, `<w:p><w:pPr>`+portrait+`</w:pPr></w:p><w:p><w:pPr><w:pStyle w:val="JxAttachLabel"/>`, 1)
	})
	boxes := regexp.MustCompile(`/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]`).FindAllStringSubmatch(string(out.Files[2].Data), -1)
	var portrait, landscape int
	for _, b := range boxes {
		w, _ := strconv.ParseFloat(b[1], 64)
		h, _ := strconv.ParseFloat(b[2], 64)
		switch {
		case math.Abs(w-595.28) < 1 && math.Abs(h-841.89) < 1:
			portrait++
		case math.Abs(w-841.89) < 1 && math.Abs(h-595.28) < 1:
			landscape++
		}
	}
	pages, _ := pdf.Text(out.Files[2].Data)
	if portrait < 1 || landscape < 1 || portrait+landscape < len(pages) {
		t.Errorf("%d pages: %d portrait, %d landscape media boxes (%v)", len(pages), portrait, landscape, boxes)
	}
}

// TestTheTemplatesStyleSizesReachThePDF: a clerk sets the table style
// 表格文字 to 9 pt in Word; the PDF's table is 9 pt too.
func TestTheTemplatesStyleSizesReachThePDF(t *testing.T) {
	out := renderEdited(t, "word/styles.xml", func(s string) string {
		i := strings.Index(s, `w:styleId="JxTable"`)
		return s[:i] + strings.Replace(s[i:], `<w:sz w:val="21"/>`, `<w:sz w:val="18"/>`, 1)
	})
	doc, err := wordmodel.Read(out.Files[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	tables := 0
	for _, b := range doc.Blocks {
		if tb, ok := b.(*wordmodel.Table); ok {
			tables++
			if c := tb.Rows[1].Cells[1]; c.Size != 9 {
				t.Errorf("a cell of the table reads %.1f pt, want 9", c.Size)
			}
		}
	}
	if tables != 1 {
		t.Fatalf("%d tables", tables)
	}
	// The PDF's content streams set the table text at 9 pt.
	if !regexp.MustCompile(`/F\w+ 9(\.0+)? Tf`).Match(inflated(t, out.Files[2].Data)) {
		t.Error("no text is set at 9 pt")
	}
}

// renderEdited builds the sample job with the built-in Word template's
// part changed by edit, as a clerk's edit in Word would change it.
func renderEdited(t *testing.T, part string, edit func(string) string) *Outputs {
	t.Helper()
	return buildWithTemplate(t, map[string]func(string) string{part: edit}, nil)
}

// inflated is every Flate stream of a PDF, decompressed, one after another.
func inflated(t *testing.T, pdfBytes []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	for rest := pdfBytes; ; {
		i := bytes.Index(rest, []byte("stream"))
		if i < 0 {
			return out.Bytes()
		}
		body := rest[i+len("stream"):]
		body = bytes.TrimLeft(body, "\r\n")
		j := bytes.Index(body, []byte("endstream"))
		if j < 0 {
			return out.Bytes()
		}
		if zr, err := zlib.NewReader(bytes.NewReader(body[:j])); err == nil {
			io.Copy(&out, zr)
			zr.Close()
		}
		rest = body[j+len("endstream"):]
	}
}
