package pdf

import (
	"image"
	"math"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// interopFloat is a picture anchored as Word 2016 writes one, cx × cy
// EMU: position its wp:positionH and wp:positionV, wrap its wrap element.
func interopFloat(cx, cy int, position, wrap string) string {
	ext := `cx="` + strconv.Itoa(cx) + `" cy="` + strconv.Itoa(cy) + `"`
	return `<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>` +
		position + `<wp:extent ` + ext + `/><wp:effectExtent l="0" t="0" r="0" b="0"/>` + wrap +
		`<wp:docPr id="2" name="图片 2"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="2" name="图片 2"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdPic"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`
}

// withPicture is the default template with its body replaced by body,
// whose pictures embed the PNG pic (rIdPic), as Word stores one.
func withPicture(t *testing.T, body string, pic []byte) []byte {
	t.Helper()
	return opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
		"word/document.xml": func(s string) string {
			s = strings.Replace(s, "<w:document ", `<w:document xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" `, 1)
			return s[:strings.Index(s, "<w:body>")+len("<w:body>")] + body + s[strings.LastIndex(s, "<w:sectPr>"):]
		},
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdPic" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/pic.png"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "<Default ", `<Default Extension="png" ContentType="image/png"/><Default `, 1)
		},
		"word/media/pic.png": opctest.Set(string(pic)),
	})
}

// segment is a stretch of words of one line, as pdftotext -bbox reads
// them, pt: words further apart than gap start another.
type segment struct {
	text      string
	x0, x1, y float64
	page      int
}

// segments are the first page's segments, top down, left to right.
func segments(t *testing.T, path string, gap float64) []segment {
	t.Helper()
	raw, err := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	var out []segment
	for _, m := range wordBox.FindAllStringSubmatch(string(raw), -1) {
		x0, y, x1 := atof(m[1]), atof(m[2]), atof(m[3])
		if strings.Contains(m[4], "—") || strings.Trim(m[4], "0123456789") == "" {
			continue
		}
		k := slices.IndexFunc(out, func(s segment) bool { return math.Abs(s.y-y) < 2 && x0-s.x1 < gap && s.x0-x1 < gap })
		if k < 0 {
			out = append(out, segment{text: m[4], x0: x0, x1: x1, y: y})
			continue
		}
		s := &out[k]
		if x0 < s.x0 {
			s.text = m[4] + s.text
		} else {
			s.text += m[4]
		}
		s.x0, s.x1 = min(s.x0, x0), max(s.x1, x1)
	}
	slices.SortStableFunc(out, func(a, b segment) int {
		if math.Abs(a.y-b.y) >= 2 {
			return int(a.y - b.y)
		}
		return int(a.x0 - b.x0)
	})
	return out
}

// TestLibreOfficeWrapsTheSameLines: LibreOffice's PDF of the same .docx
// sets each line's pieces with the same text where ours are: x within one
// grid cell and a half (LibreOffice starts the text on a float's far side
// on its own, narrower, grid cells: up to 15 pt further right), y within 3
// pt of the first line's distance. The documents: a 公章 wrapped square at
// the margin's right beside a paragraph, a photo wrapped top and bottom in
// an empty paragraph, a picture in the middle of the column with text on
// both sides; a logo at the left, wrapped on the largest side with 5 mm
// kept below it, anchored in a heading and wrapping the next paragraph
// too; a tight wrap whose polygon is wider than the picture, text on its
// left only; a tight wrap whose polygon is a triangle, the lines following
// its slope.
func TestLibreOfficeWrapsTheSameLines(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftotext is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftotext not available")
	}
	plain := `<w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>`
	// No line may end at a comma: LibreOffice hangs one past the line's
	// end, which is no part of wrapping.
	text := `<w:r><w:t>本年度项目绩效目标全部完成资金使用合规群众满意度较高各项指标均已达到预期项目管理制度健全资金拨付及时</w:t></w:r>`
	at := func(h, v string) string {
		return `<wp:positionH relativeFrom="margin">` + h + `</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>` + v + `</wp:posOffset></wp:positionV>`
	}
	right, center, left := at(`<wp:align>right</wp:align>`, "0"), at(`<wp:align>center</wp:align>`, "0"), at(`<wp:posOffset>0</wp:posOffset>`, "0")
	tight := `<wp:wrapTight wrapText="left"><wp:wrapPolygon edited="1"><wp:start x="-2160" y="0"/><wp:lineTo x="-2160" y="21600"/><wp:lineTo x="21600" y="21600"/><wp:lineTo x="21600" y="0"/><wp:lineTo x="-2160" y="0"/></wp:wrapPolygon></wp:wrapTight>`
	// A triangle, its slope from the top left to the bottom right, as
	// Word writes edited wrap points.
	triangle := `<wp:wrapTight wrapText="right"><wp:wrapPolygon edited="1"><wp:start x="0" y="0"/><wp:lineTo x="21600" y="21600"/><wp:lineTo x="0" y="21600"/><wp:lineTo x="0" y="0"/></wp:wrapPolygon></wp:wrapTight>`
	for _, body := range []string{
		`<w:p>` + plain + interopFloat(1440000, 1440000, right, `<wp:wrapSquare wrapText="bothSides"/>`) + text + `</w:p>` +
			`<w:p>` + plain + interopFloat(2160000, 1080000, center, `<wp:wrapTopAndBottom/>`) + `</w:p>` +
			`<w:p>` + plain + text + `</w:p>` +
			`<w:p>` + plain + interopFloat(1800000, 1080000, center, `<wp:wrapSquare wrapText="bothSides"/>`) + text + text + `</w:p>`,
		`<w:p>` + plain + `<w:r><w:t>一、总体情况</w:t></w:r>` + strings.Replace(interopFloat(1080000, 1440000, left, `<wp:wrapSquare wrapText="largest"/>`), `distB="0"`, `distB="180000"`, 1) + `</w:p>` +
			`<w:p>` + plain + text + text + `</w:p>` +
			`<w:p>` + plain + interopFloat(1080000, 720000, at(`<wp:posOffset>2520000</wp:posOffset>`, "0"), tight) + text + `</w:p>`,
		`<w:p>` + plain + interopFloat(2160000, 2160000, left, triangle) + text + text + `</w:p>`,
	} {
		compareWrapped(t, withPicture(t, body, testPNG(t, image.NewGray(image.Rect(0, 0, 40, 40)))))
	}
}

// compareWrapped compares our PDF of docx with LibreOffice's, piece by
// piece of line.
func compareWrapped(t *testing.T, docx []byte) {
	t.Helper()
	doc, ours, theirs := bothPDFs(t, docx)
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	cell := doc.Sections[0].CharPitch / ptToMM
	a, b := segments(t, ours, 2*cell), segments(t, theirs, 2*cell)
	if len(a) != len(b) {
		t.Fatalf("%d pieces of lines, LibreOffice %d:\n%s\n--\n%s", len(a), len(b), dumpSegments(a), dumpSegments(b))
	}
	for i := range a {
		// The first line's top differs by the fonts' ascents; the lines
		// under it are compared by their distance from it.
		dy := (a[i].y - a[0].y) - (b[i].y - b[0].y)
		if a[i].text != b[i].text || math.Abs(a[i].x0-b[i].x0) > 1.5*cell || math.Abs(a[i].x1-b[i].x1) > 1.5*cell || math.Abs(dy) > 3 {
			t.Errorf("piece %d: %q at %.1f–%.1f, %.1f pt; LibreOffice's %q at %.1f–%.1f, %.1f", i+1, a[i].text, a[i].x0, a[i].x1, a[i].y, b[i].text, b[i].x0, b[i].x1, b[i].y)
		}
	}
	if t.Failed() {
		t.Logf("ours:\n%s\nLibreOffice's:\n%s", dumpSegments(a), dumpSegments(b))
	}
}

func dumpSegments(ss []segment) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(strconv.FormatFloat(s.y, 'f', 1, 64) + " " + strconv.FormatFloat(s.x0, 'f', 1, 64) + "–" + strconv.FormatFloat(s.x1, 'f', 1, 64) + " " + s.text + "\n")
	}
	return b.String()
}
