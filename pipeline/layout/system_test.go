package layout

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"jixiao/fonts"
)

// renamed is a TrueType font whose name table holds only family, the way
// a Chinese Windows font names itself (仿宋_GB2312).
func renamed(t *testing.T, raw []byte, family string) []byte {
	t.Helper()
	u := utf16.Encode([]rune(family))
	str := make([]byte, 2*len(u))
	for i, c := range u {
		binary.BigEndian.PutUint16(str[2*i:], c)
	}
	name := make([]byte, 6+12)
	binary.BigEndian.PutUint16(name[2:], 1)
	binary.BigEndian.PutUint16(name[4:], 18)
	rec := name[6:]
	binary.BigEndian.PutUint16(rec[0:], 3)
	binary.BigEndian.PutUint16(rec[2:], 1)
	binary.BigEndian.PutUint16(rec[4:], 0x804)
	binary.BigEndian.PutUint16(rec[6:], 1)
	binary.BigEndian.PutUint16(rec[8:], uint16(len(str)))
	name = append(name, str...)
	count := int(binary.BigEndian.Uint16(raw[4:6]))
	out := append([]byte(nil), raw[:12+16*count]...)
	for i := 0; i < count; i++ {
		r := out[12+16*i:]
		off, length := binary.BigEndian.Uint32(r[8:12]), binary.BigEndian.Uint32(r[12:16])
		data := raw[off : off+length]
		if string(r[:4]) == "name" {
			data = name
		}
		binary.BigEndian.PutUint32(r[8:12], uint32(len(out)))
		binary.BigEndian.PutUint32(r[12:16], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// collection puts faces into one .ttc, as simsun.ttc holds 宋体 and 新宋体.
func collection(faces ...[]byte) []byte {
	out := []byte("ttcf\x00\x01\x00\x00")
	out = binary.BigEndian.AppendUint32(out, uint32(len(faces)))
	dir := len(out)
	out = append(out, make([]byte, 4*len(faces))...)
	for i, f := range faces {
		at := len(out)
		binary.BigEndian.PutUint32(out[dir+4*i:], uint32(at))
		count := int(binary.BigEndian.Uint16(f[4:6]))
		head := append([]byte(nil), f[:12+16*count]...)
		out = append(out, head...)
		for k := 0; k < count; k++ {
			r := out[at+12+16*k:]
			off, length := binary.BigEndian.Uint32(r[8:12]), binary.BigEndian.Uint32(r[12:16])
			binary.BigEndian.PutUint32(r[8:12], uint32(len(out)))
			out = append(out, f[off:off+length]...)
			for len(out)%4 != 0 {
				out = append(out, 0)
			}
		}
	}
	return out
}

func TestTheBureausOwnFontsAreFound(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "wps-office")
	os.MkdirAll(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "simfang.ttf"), renamed(t, fonts.FangSong, "仿宋_GB2312"), 0o644)
	os.WriteFile(filepath.Join(dir, "other.ttf"), renamed(t, fonts.Hei, "仿宋"), 0o644) // a worse name for the same role
	os.WriteFile(filepath.Join(dir, "simsun.ttc"), collection(renamed(t, fonts.Hei, "新宋体"), renamed(t, fonts.SerifRegular, "宋体")), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.ttf"), []byte("not a font"), 0o644)
	found := FindSystemFonts([]string{dir})
	got := map[string]SystemFont{}
	for _, f := range found {
		got[f.Role] = f
	}
	if f := got["fangsong"]; f.Name != "仿宋_GB2312" || !strings.HasSuffix(f.Path, "simfang.ttf") {
		t.Errorf("fangsong = %+v", f)
	}
	song := got["song"]
	if song.Name != "宋体" || song.Index != 1 || !strings.HasSuffix(song.Path, "simsun.ttc") {
		t.Fatalf("song = %+v", song)
	}
	face, err := Face(song.Path, song.Index)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckTrueType("simsun.ttc", face); err != nil {
		t.Errorf("the face taken out of the collection: %v", err)
	}
	if _, ok := got["hei"]; ok {
		t.Error("a role was filled without its name")
	}
}
