package layout

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// slot is which of a run's four fonts (w:rFonts) a character is set in.
type slot uint8

const (
	slotASCII   slot = iota
	slotOther        // w:hAnsi
	slotEast         // w:eastAsia
	slotComplex      // w:cs
	// bySign: each character's slot is its own (fontSlot), the run
	// setting none for all.
	bySign slot = 0xFF
)

// runSlots is what of a run decides its characters' slots.
type runSlots struct {
	// hint: w:hint="eastAsia"; chinese: its East Asian language is
	// Chinese; all is the slot of every character where the run sets
	// one for all (w:cs), else bySign.
	hint, chinese bool
	all           slot
}

// scriptFaces are the faces a run's four fonts are drawn in, by slot,
// and what decides each character's slot.
type scriptFaces struct {
	by    [4]*face
	slots runSlots
}

// oneFace draws every slot in f: text whose fonts are its paragraph's or
// its cell's.
func oneFace(f *face) scriptFaces {
	return scriptFaces{by: [4]*face{f, f, f, f}, slots: runSlots{all: bySign}}
}

// face is the face the unit text is drawn in, and its slot.
func (fs *scriptFaces) face(text string) (*face, slot) {
	s := fs.slots.of(text)
	return fs.by[s], s
}

// slotsOf is what decides the slots of run's characters.
func slotsOf(run wordmodel.Run) runSlots {
	s := runSlots{hint: run.Hint, chinese: run.Chinese, all: bySign}
	switch {
	case run.Complex:
		s.all = slotComplex
	case strings.EqualFold(run.Font, "Times New Roman") && run.LatinFont == cmp.Or(run.OtherFont, run.LatinFont):
		// Word's exception: a run whose East Asian font is Times New
		// Roman and whose two Latin fonts agree is set all in its
		// ASCII font.
		s.all = slotASCII
	}
	return s
}

// of is the slot of a unit's text, by its first character: a unit of
// more than one is a stretch of ASCII letters and digits (split).
func (s runSlots) of(text string) slot {
	if s.all != bySign {
		return s.all
	}
	r, _ := utf8.DecodeRuneInString(text)
	return fontSlot(r, s.hint, s.chinese)
}

// fontSlot is the font Word sets r in, by MS-OI29500 2.1.88 (rFonts):
// by its Unicode block, the blocks Chinese and Latin text share going to
// the East Asian font where the run's hint is eastAsia, accented Latin
// only where the run is Chinese too; a block the table does not name
// takes the High ANSI font.
func fontSlot(r rune, hint, chinese bool) slot {
	east := func(yes bool) slot {
		if yes {
			return slotEast
		}
		return slotOther
	}
	switch {
	case r < 0x80:
		return slotASCII
	case r < 0xA0:
		return slotOther
	case r <= 0xFF:
		return east(hint && (latin1East(r) || chinese && latin1Pinyin(r)))
	case r <= 0x2AF: // Latin Extended-A and -B, IPA
		return east(hint && chinese)
	case r <= 0x4FF: // spacing modifiers, combining marks, Greek, Cyrillic
		if r >= 0x3D0 && r <= 0x3FF { // Greek symbols and Coptic
			return slotOther
		}
		return east(hint)
	case r >= 0x590 && r <= 0x7BF: // Hebrew, Arabic, Syriac, Thaana
		return slotASCII
	case r >= 0x1100 && r <= 0x11FF: // Hangul Jamo
		return slotEast
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional
		return east(hint && chinese)
	case r >= 0x2000 && r <= 0x27BF: // punctuation (“” — …), symbols, box drawing
		return east(hint)
	case r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xDFFF, r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE6F, r >= 0xFF00 && r <= 0xFFEF, r >= 0x20000 && r <= 0x2FFFF:
		return slotEast
	case r >= 0xE000 && r <= 0xF8FF: // private use
		return east(hint)
	case r >= 0xFB00 && r <= 0xFB1C: // Latin ligatures
		return east(hint)
	case r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFE: // Hebrew and Arabic forms
		return slotASCII
	}
	return slotOther
}

// latin1East are the Latin-1 signs a hint of eastAsia sets in the East
// Asian font: ¡ ¤ § ¨ ª soft hyphen ¯ ° ± ² ³ ´ ¶ · ¸ ¹ º ¼ ½ ¾ ¿ × ÷.
func latin1East(r rune) bool {
	switch {
	case r == 0xA1, r == 0xA4, r == 0xA7, r == 0xA8, r == 0xAA, r == 0xAD, r == 0xAF, r == 0xD7, r == 0xF7:
		return true
	case r >= 0xB0 && r <= 0xB4, r >= 0xB6 && r <= 0xBA, r >= 0xBC && r <= 0xBF:
		return true
	}
	return false
}

// latin1Pinyin are the accented letters of pinyin in Latin-1 (à á è é ê
// ì í ò ó ù ú ü), East Asian in a Chinese run of hint eastAsia.
func latin1Pinyin(r rune) bool {
	switch r {
	case 0xE0, 0xE1, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF9, 0xFA, 0xFC:
		return true
	}
	return false
}
