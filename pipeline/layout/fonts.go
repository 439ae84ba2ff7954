package layout

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/tdewolff/font"
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
	f, err := parsed(raw)
	if err != nil {
		return fmt.Errorf("字体文件 %s 无法解析：%v", name, err)
	}
	if f.sfnt.GlyphIndex('中') == 0 {
		return fmt.Errorf("字体文件 %s 不含汉字", name)
	}
	return nil
}

// loaded is a parsed font, shared by every document of the process: a batch
// or a watcher parses each font once, not once per job.
type loaded struct {
	// subsetMu serialises Subset, which writes into the parsed font's head
	// and hhea records (tdewolff/font copies the pointers, not the records).
	subsetMu sync.Mutex
	subsets  map[string][]byte // cut fonts by glyph set, under subsetMu
	sfnt     *font.SFNT
	ascent   float64 // of the size, from the top of a line to its baseline
	descent  float64 // of the size, from the baseline to the line's foot
	gap      float64 // of the size, the line gap LibreOffice sets over the ascent
	// top is how far the face's type rises above its baseline, of the
	// size: its design ascent (OS/2 sTypoAscender), lower than the
	// hhea ascent some faces pad.
	top float64
	// single is Word's single line of the face, of the size
	// (faceline.go): its Windows extent and external leading.
	single float64
	upem   float64
}

var (
	byPointer sync.Map // *byte → *loaded, for embedded fonts
	byHash    sync.Map // [32]byte → *loaded, for fonts read from disk each job
	parseMu   sync.Mutex
)

func parsed(raw []byte) (*loaded, error) {
	if len(raw) == 0 {
		return nil, fmt.Errorf("字体为空")
	}
	if f, ok := byPointer.Load(&raw[0]); ok {
		return f.(*loaded), nil
	}
	parseMu.Lock()
	defer parseMu.Unlock()
	if f, ok := byPointer.Load(&raw[0]); ok {
		return f.(*loaded), nil
	}
	sum := fingerprint(raw)
	if f, ok := byHash.Load(sum); ok {
		byPointer.Store(&raw[0], f)
		return f.(*loaded), nil
	}
	sf, err := font.ParseSFNT(raw, 0)
	if err != nil {
		return nil, err
	}
	if !sf.IsTrueType {
		return nil, fmt.Errorf("不是 TrueType 轮廓")
	}
	f := &loaded{sfnt: sf, upem: float64(sf.Head.UnitsPerEm), ascent: float64(sf.Hhea.Ascender) / float64(sf.Head.UnitsPerEm),
		descent: -float64(sf.Hhea.Descender) / float64(sf.Head.UnitsPerEm), gap: max(0, float64(sf.Hhea.LineGap)/float64(sf.Head.UnitsPerEm))}
	f.single, f.top = wordSingle(sf), f.ascent
	if sf.OS2 != nil && sf.OS2.STypoAscender > 0 {
		f.top = min(f.top, float64(sf.OS2.STypoAscender)/float64(sf.Head.UnitsPerEm))
	}
	byHash.Store(sum, f)
	byPointer.Store(&raw[0], f)
	return f, nil
}

// wordSingle is the single line Word gives the face sf, in ems: its
// Windows extent (OS/2 usWinAscent + usWinDescent) and the external
// leading GDI adds, the hhea line gap beyond that extent; the hhea extent
// and gap for a font whose OS/2 table names no Windows extent.
func wordSingle(sf *font.SFNT) float64 {
	h, upem := sf.Hhea, float64(sf.Head.UnitsPerEm)
	hhea := int(h.Ascender) - int(h.Descender) + max(0, int(h.LineGap))
	if sf.OS2 == nil || sf.OS2.UsWinAscent+sf.OS2.UsWinDescent == 0 {
		return float64(hhea) / upem
	}
	win := int(sf.OS2.UsWinAscent) + int(sf.OS2.UsWinDescent)
	return float64(win+max(0, hhea-win)) / upem
}

// fingerprint tells font files apart without hashing megabytes: the
// length and the first and last 64 KiB (the table directory, head, and the
// end of glyf) differ between any two real fonts.
func fingerprint(raw []byte) [32]byte {
	h := sha256.New()
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(raw)))
	h.Write(n[:])
	h.Write(raw[:min(len(raw), 64<<10)])
	h.Write(raw[max(0, len(raw)-64<<10):])
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// face is one font as one document uses it: the glyphs it draws are
// collected so that only they are embedded.
type face struct {
	font   *loaded
	family string // fpdf family name, "sub…" so the PDF name can take a subset tag
	tag    string // the subset tag that replaces "utf8sub" in the PDF
	used   map[uint16]bool
	// pages cache each character's glyph, 256 characters to a page:
	// the font's cmap is searched segment by segment, and a long table
	// asks for the same few thousand characters millions of times, which
	// a map lookup made a tenth of its layout. Characters past U+FFFF are
	// in astral. A face belongs to one Render, so the cache needs no lock.
	pages  [256]*[256]glyph
	astral map[rune]*glyph
}

type glyph struct {
	index, advance uint16
	known          bool // looked up in the font
	used           bool // marked in face.used
}

// slot is where r's glyph is cached, looked up in the font if it was not.
func (f *face) slot(r rune) *glyph {
	var g *glyph
	if r >= 0 && r <= 0xFFFF {
		page := f.pages[r>>8]
		if page == nil {
			page = new([256]glyph)
			f.pages[r>>8] = page
		}
		g = &page[r&0xFF]
	} else if g = f.astral[r]; g == nil {
		g = &glyph{}
		if f.astral == nil {
			f.astral = map[rune]*glyph{}
		}
		f.astral[r] = g
	}
	if !g.known {
		i := f.font.sfnt.GlyphIndex(r)
		*g = glyph{index: i, advance: f.font.sfnt.GlyphAdvance(i), known: true}
	}
	return g
}

func (f *face) glyph(r rune) glyph { return *f.slot(r) }

func (f *face) covers(r rune) bool { return f.slot(r).index != 0 }

// width is the advance of s at size (pt), in mm, and marks its glyphs used.
func (f *face) width(s string, sizePt float64) float64 {
	units := 0
	for _, r := range s {
		g := f.slot(r)
		if !g.used {
			g.used = true
			f.used[g.index] = true
		}
		units += int(g.advance)
	}
	return float64(units) / f.font.upem * sizePt * ptToMM
}

// subset is the face cut down to the glyphs the document drew.
func (f *face) subset() ([]byte, error) {
	glyphs := []uint16{0}
	for g := range f.used {
		if g != 0 {
			glyphs = append(glyphs, g)
		}
	}
	sort.Slice(glyphs[1:], func(i, j int) bool { return glyphs[1+i] < glyphs[1+j] })
	key := make([]byte, 0, 2*len(glyphs))
	for _, g := range glyphs {
		key = binary.BigEndian.AppendUint16(key, g)
	}
	l := f.font
	l.subsetMu.Lock()
	defer l.subsetMu.Unlock()
	// fpdf writes into the bytes it is given, so each document gets a copy.
	if cut, ok := l.subsets[string(key)]; ok {
		return bytes.Clone(cut), nil // a batch of like documents cuts each font once
	}
	locFormat, hMetrics := l.sfnt.Head.IndexToLocFormat, l.sfnt.Hhea.NumberOfHMetrics
	sub, err := l.sfnt.Subset(glyphs, font.SubsetOptions{Tables: []string{"min"}})
	l.sfnt.Head.IndexToLocFormat, l.sfnt.Hhea.NumberOfHMetrics = locFormat, hMetrics
	if err != nil {
		return nil, err
	}
	cut := stampHead(bytes.Clone(sub.Write()), l.sfnt.Head.Modified)
	if l.subsets == nil || len(l.subsets) >= maxSubsets {
		l.subsets = map[string][]byte{}
	}
	l.subsets[string(key)] = cut
	return bytes.Clone(cut), nil
}

// maxSubsets bounds the cut fonts a long-running watcher keeps.
const maxSubsets = 64

// stampHead sets the modified date of a font's head table, which the
// subsetter stamps from the clock, back to the original font's, and
// mends the checksums: the same document must give the same bytes.
func stampHead(font []byte, modified time.Time) []byte {
	if len(font) < 12 {
		return font
	}
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < n; i++ {
		rec := font[12+16*i : 28+16*i]
		if string(rec[:4]) != "head" {
			continue
		}
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if int(off+length) > len(font) || length < 36 {
			return font
		}
		head := font[off : off+length]
		secs := modified.Sub(time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)) / time.Second
		binary.BigEndian.PutUint64(head[28:], uint64(secs))
		binary.BigEndian.PutUint32(head[8:], 0)
		binary.BigEndian.PutUint32(rec[4:], checksum(font[off:off+(length+3)&^3]))
		binary.BigEndian.PutUint32(head[8:], 0xB1B0AFBA-checksum(font))
	}
	return font
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i+4 <= len(b); i += 4 {
		sum += binary.BigEndian.Uint32(b[i:])
	}
	if rest := len(b) % 4; rest != 0 {
		var last [4]byte
		copy(last[:], b[len(b)-rest:])
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}

// faces are a document's fonts by role.
type faces struct {
	byRole   map[string]*face
	fallback *face
	all      []*face
}

func newFaces(set FontSet) (*faces, error) {
	fs := &faces{byRole: map[string]*face{}}
	seen := map[*loaded]*face{}
	add := func(raw []byte) (*face, error) {
		l, err := parsed(raw)
		if err != nil {
			return nil, err
		}
		if f, ok := seen[l]; ok {
			return f, nil
		}
		n := len(fs.all)
		f := &face{font: l, family: fmt.Sprintf("sub%c", 'a'+n), tag: fmt.Sprintf("JXFON%c+", 'A'+n), used: map[uint16]bool{}}
		seen[l] = f
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
