package pdf

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Roles are the font roles a preset names.
var Roles = []string{"fangsong", "xiaobiaosong", "hei", "song"}

// FontSet gives the TrueType bytes of each role, and the font that draws the
// characters a role's font lacks.
type FontSet struct {
	Roles    map[string][]byte
	Fallback []byte
	// Names are the files the fonts came from, for messages.
	Names map[string]string
}

// CheckTrueType tells whether raw is a single TrueType (glyf) font, the only
// kind fpdf embeds; fpdf itself only prints a failure.
func CheckTrueType(name string, raw []byte) error {
	if len(raw) < 12 {
		return fmt.Errorf("字体文件 %s 太短，不是字体", name)
	}
	switch string(raw[:4]) {
	case "\x00\x01\x00\x00", "true":
	case "ttcf":
		return fmt.Errorf("字体文件 %s 是字体集（.ttc），请使用单个 TrueType 字体（.ttf）", name)
	case "OTTO":
		return fmt.Errorf("字体文件 %s 是 CFF 轮廓的 OpenType 字体，请转换为 TrueType 轮廓的 .ttf", name)
	default:
		return fmt.Errorf("字体文件 %s 不是 TrueType 字体（.ttf）", name)
	}
	f, err := sfnt.Parse(raw)
	if err != nil {
		return fmt.Errorf("字体文件 %s 无法解析：%v", name, err)
	}
	var buf sfnt.Buffer
	if g, _ := f.GlyphIndex(&buf, '中'); g == 0 {
		return fmt.Errorf("字体文件 %s 不含汉字", name)
	}
	return nil
}

// face is one distinct font file registered with fpdf.
type face struct {
	family string // fpdf family name, "sub…" so the PDF name can take a subset tag
	tag    string // the subset tag that replaces "utf8sub" in the PDF
	font   *sfnt.Font
	ascent int // in font units, as fpdf writes it into the font descriptor
	buf    sfnt.Buffer
	has    map[rune]bool
}

func (f *face) covers(r rune) bool {
	if ok, seen := f.has[r]; seen {
		return ok
	}
	g, err := f.font.GlyphIndex(&f.buf, r)
	ok := err == nil && g != 0
	f.has[r] = ok
	return ok
}

// faces registers each distinct font of set with pdf once.
type faces struct {
	byRole   map[string]*face
	fallback *face
	all      []*face
}

func loadFaces(pdf *fpdf.Fpdf, set FontSet) (*faces, error) {
	fs := &faces{byRole: map[string]*face{}}
	seen := map[*byte]*face{}
	add := func(raw []byte) (*face, error) {
		if len(raw) == 0 {
			return nil, fmt.Errorf("字体为空")
		}
		if f, ok := seen[&raw[0]]; ok {
			return f, nil
		}
		sf, err := sfnt.Parse(raw)
		if err != nil {
			return nil, err
		}
		n := len(fs.all)
		var buf sfnt.Buffer
		m, err := sf.Metrics(&buf, fixed.I(int(sf.UnitsPerEm())), font.HintingNone)
		if err != nil {
			return nil, err
		}
		f := &face{
			ascent: m.Ascent.Round(),
			family: fmt.Sprintf("sub%c", 'a'+n),
			tag:    fmt.Sprintf("JXFON%c+", 'A'+n),
			font:   sf,
			has:    map[rune]bool{},
		}
		pdf.AddUTF8FontFromBytes(f.family, "", raw)
		if pdf.Err() {
			return nil, pdf.Error()
		}
		seen[&raw[0]] = f
		fs.all = append(fs.all, f)
		return f, nil
	}
	roles := make([]string, 0, len(set.Roles))
	for r := range set.Roles {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, role := range roles {
		f, err := add(set.Roles[role])
		if err != nil {
			return nil, fmt.Errorf("字体 %s（%s）：%v", role, set.Names[role], err)
		}
		fs.byRole[role] = f
	}
	f, err := add(set.Fallback)
	if err != nil {
		return nil, fmt.Errorf("后备字体：%v", err)
	}
	fs.fallback = f
	return fs, nil
}

// role returns the face of a role, or the fallback for an unknown role.
func (fs *faces) role(name string) *face {
	if f, ok := fs.byRole[name]; ok {
		return f
	}
	return fs.fallback
}

// pick chooses the face that draws all of s: the role's own face, else the
// fallback; ok is false when neither has every character.
func (fs *faces) pick(primary *face, s string) (*face, bool) {
	if coversAll(primary, s) {
		return primary, true
	}
	if coversAll(fs.fallback, s) {
		return fs.fallback, true
	}
	return primary, false
}

func coversAll(f *face, s string) bool {
	for _, r := range s {
		if r != ' ' && !f.covers(r) {
			return false
		}
	}
	return true
}

// tagSubsets names each embedded font as the subset it is (ABCDEF+Name),
// which fpdf does not. The tag replaces fpdf's "utf8sub" prefix byte for
// byte, so no offset in the file moves.
func tagSubsets(pdfBytes []byte, fs *faces) []byte {
	for _, f := range fs.all {
		old := []byte("/utf8" + f.family)
		repl := []byte("/" + f.tag + strings.TrimPrefix(f.family, "sub"))
		if len(old) != len(repl) {
			continue
		}
		pdfBytes = bytes.ReplaceAll(pdfBytes, old, repl)
	}
	return pdfBytes
}
