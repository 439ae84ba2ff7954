package layout

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf16"
)

// Wanted are the faces a bureau's documents name, by role, as their name
// tables give them (Chinese or English), best first. Where the machine has
// one, the PDF uses it instead of the embedded font.
var Wanted = map[string][]string{
	"fangsong":     {"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "仿宋体"},
	"xiaobiaosong": {"方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "方正小标宋"},
	"hei":          {"黑体", "SimHei"},
	"kai":          {"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"},
	"song":         {"宋体", "SimSun"},
}

// SystemFont is a font of the machine chosen for a role.
type SystemFont struct {
	Role, Name, Path string
	// Index is the face within a collection (.ttc); 0 for a single font.
	Index int
}

// FontDirs are the folders searched: Windows' and the user's fonts, the
// Linux system and user folders (WPS's among them), macOS's; or, where
// JIXIAO_FONT_DIRS is set, the folders it lists (none for "none").
func FontDirs() []string {
	if env, ok := os.LookupEnv("JIXIAO_FONT_DIRS"); ok {
		if env == "none" || env == "" {
			return nil
		}
		return filepath.SplitList(env)
	}
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		dirs := []string{filepath.Join(os.Getenv("WINDIR"), "Fonts")}
		if local := os.Getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
		return dirs
	case "darwin":
		return []string{"/Library/Fonts", "/System/Library/Fonts", filepath.Join(home, "Library", "Fonts")}
	}
	return []string{"/usr/share/fonts", "/usr/local/share/fonts", filepath.Join(home, ".local", "share", "fonts"), filepath.Join(home, ".fonts"),
		"/opt/kingsoft/wps-office/office6/fonts", "/usr/share/fonts/wps-office"}
}

var systemFonts = sync.OnceValue(func() []SystemFont { return FindSystemFonts(FontDirs()) })

// SystemFonts is FindSystemFonts of FontDirs, searched once a process.
func SystemFonts() []SystemFont { return systemFonts() }

// FindSystemFonts finds, for each role of Wanted, the best-named TrueType
// face in dirs, collections included.
func FindSystemFonts(dirs []string) []SystemFont {
	best := map[string]SystemFont{}
	rank := map[string]int{}
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(path))
			if ext != ".ttf" && ext != ".ttc" && ext != ".otf" {
				return nil
			}
			faces, err := faceNames(path)
			if err != nil {
				return nil
			}
			for i, names := range faces {
				if names == nil {
					continue // CFF outlines: fpdf draws TrueType only
				}
				for role, wanted := range Wanted {
					for r, w := range wanted {
						if slices.Contains(names, w) {
							if cur, ok := rank[role]; !ok || r < cur {
								best[role], rank[role] = SystemFont{Role: role, Name: w, Path: path, Index: i}, r
							}
						}
					}
				}
			}
			return nil
		})
	}
	var out []SystemFont
	for _, role := range []string{"fangsong", "xiaobiaosong", "hei", "kai", "song"} {
		if f, ok := best[role]; ok {
			out = append(out, f)
		}
	}
	return out
}

// faceNames reads the family and full names of each face of a font file
// (one for a .ttf, several for a .ttc); a face with CFF outlines is nil.
// Only the table directory and the name table are read.
func faceNames(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 12)
	if _, err := f.ReadAt(head, 0); err != nil {
		return nil, err
	}
	offsets := []uint32{0}
	if string(head[:4]) == "ttcf" {
		n := binary.BigEndian.Uint32(head[8:12])
		if n == 0 || n > 64 {
			return nil, errBadFont
		}
		buf := make([]byte, 4*n)
		if _, err := f.ReadAt(buf, 12); err != nil {
			return nil, err
		}
		offsets = offsets[:0]
		for i := uint32(0); i < n; i++ {
			offsets = append(offsets, binary.BigEndian.Uint32(buf[4*i:]))
		}
	}
	var out [][]string
	for _, off := range offsets {
		tables, err := tableDirectory(f, int64(off))
		if err != nil {
			return nil, err
		}
		if _, ok := tables["glyf"]; !ok {
			out = append(out, nil)
			continue
		}
		name, ok := tables["name"]
		if !ok {
			out = append(out, nil)
			continue
		}
		buf := make([]byte, name[1])
		if _, err := f.ReadAt(buf, int64(name[0])); err != nil {
			return nil, err
		}
		out = append(out, names(buf))
	}
	return out, nil
}

var errBadFont = errors.New("not a font")

// tableDirectory maps each table's tag to its offset and length.
func tableDirectory(f *os.File, at int64) (map[string][2]uint32, error) {
	head := make([]byte, 12)
	if _, err := f.ReadAt(head, at); err != nil {
		return nil, err
	}
	switch string(head[:4]) {
	case "\x00\x01\x00\x00", "true", "OTTO":
	default:
		return nil, errBadFont
	}
	n := int(binary.BigEndian.Uint16(head[4:6]))
	if n == 0 || n > 100 {
		return nil, errBadFont
	}
	buf := make([]byte, 16*n)
	if _, err := f.ReadAt(buf, at+12); err != nil {
		return nil, err
	}
	out := map[string][2]uint32{}
	for i := 0; i < n; i++ {
		r := buf[16*i:]
		out[string(r[:4])] = [2]uint32{binary.BigEndian.Uint32(r[8:12]), binary.BigEndian.Uint32(r[12:16])}
	}
	return out, nil
}

// names are a name table's family (1, 16) and full (4) names, Windows'
// UTF-16 and Mac Roman ones.
func names(b []byte) []string {
	if len(b) < 6 {
		return nil
	}
	count, store := int(binary.BigEndian.Uint16(b[2:4])), int(binary.BigEndian.Uint16(b[4:6]))
	var out []string
	for i := 0; i < count && 6+12*i+12 <= len(b); i++ {
		r := b[6+12*i:]
		platform, id := binary.BigEndian.Uint16(r[0:2]), binary.BigEndian.Uint16(r[6:8])
		length, off := int(binary.BigEndian.Uint16(r[8:10])), int(binary.BigEndian.Uint16(r[10:12]))
		if id != 1 && id != 4 && id != 16 || store+off+length > len(b) {
			continue
		}
		raw := b[store+off : store+off+length]
		var s string
		switch platform {
		case 0, 3:
			u := make([]uint16, len(raw)/2)
			for k := range u {
				u[k] = binary.BigEndian.Uint16(raw[2*k:])
			}
			s = string(utf16.Decode(u))
		case 1:
			s = string(raw)
		default:
			continue
		}
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Face returns the bytes of one face of a font file as a single TrueType
// font: a .ttf as it is, a face of a .ttc with its tables copied out.
//
// tdewolff/font parses a collection's face (ParseSFNT with its index), but
// its SFNT.Write stamps the current time into the head table: the face's
// bytes, which the manifest hashes and the PDF embeds, would then change
// on every run. Copying the tables as they are keeps them the file's own.
func Face(path string, index int) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(raw) < 12 || string(raw[:4]) != "ttcf" {
		return raw, nil
	}
	n := int(binary.BigEndian.Uint32(raw[8:12]))
	if index >= n || 12+4*index+4 > len(raw) {
		return nil, errBadFont
	}
	at := int(binary.BigEndian.Uint32(raw[12+4*index:]))
	if at+12 > len(raw) {
		return nil, errBadFont
	}
	count := int(binary.BigEndian.Uint16(raw[at+4 : at+6]))
	if at+12+16*count > len(raw) {
		return nil, errBadFont
	}
	out := make([]byte, 12+16*count)
	copy(out, raw[at:at+12+16*count])
	for i := 0; i < count; i++ {
		rec := out[12+16*i:]
		off, length := int(binary.BigEndian.Uint32(rec[8:12])), int(binary.BigEndian.Uint32(rec[12:16]))
		if off+length > len(raw) {
			return nil, errBadFont
		}
		binary.BigEndian.PutUint32(rec[8:12], uint32(len(out)))
		out = append(out, raw[off:off+length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}
