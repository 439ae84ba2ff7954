package wordmodel

import "strings"

// Symbol fonts put their glyphs at the codes of Latin letters (Wingdings'
// 0xFE is a ticked box), and Word writes them as those codes or as
// U+F000 plus the code. The PDF's fonts are Unicode fonts, so each is
// mapped to the Unicode character it shows.
var symbolFonts = map[string]map[byte]rune{
	"wingdings": {
		0x6C: '●', 0x6D: '❍', 0x6E: '■', 0x6F: '□', 0x70: '◻', 0x71: '❑', 0x72: '❒', 0x73: '⬧', 0x74: '⧫',
		0x75: '◆', 0x76: '❖', 0x77: '⬥', 0x78: '⌧', 0x9F: '•', 0xA1: '○', 0xA7: '▪', 0xA8: '☐', 0x9E: '·',
		0xD8: '➢', 0xE8: '➔', 0xF0: '⇨', 0xFB: '✗', 0xFC: '✓', 0xFD: '☒', 0xFE: '☑', 0x4A: '☺', 0x4C: '☹',
		0x28: '☎', 0xAB: '★', 0xB2: '✧', 0x3F: '✍', 0xE0: '→',
	},
	"wingdings 2": {
		0x4F: '✗', 0x50: '✓', 0x51: '☒', 0x52: '☑', 0x53: '☒', 0x54: '☒', 0xA3: '□', 0x97: '•', 0x98: '•',
		0xA2: '■', 0xA1: '●',
	},
	"symbol": {
		0xB7: '•', 0xD6: '√', 0xB4: '×', 0xB8: '÷', 0xB1: '±', 0xB0: '°', 0xA3: '≤', 0xB3: '≥', 0xB9: '≠',
		0x2D: '−', 0xAE: '→', 0xAC: '←', 0xDE: '⇒', 0xE0: '◊', 0xA5: '∞', 0xBB: '≈', 0xD7: '·',
		0x61: 'α', 0x62: 'β', 0x63: 'χ', 0x64: 'δ', 0x65: 'ε', 0x66: 'φ', 0x67: 'γ', 0x68: 'η', 0x69: 'ι',
		0x6B: 'κ', 0x6C: 'λ', 0x6D: 'μ', 0x6E: 'ν', 0x6F: 'ο', 0x70: 'π', 0x71: 'θ', 0x72: 'ρ', 0x73: 'σ',
		0x74: 'τ', 0x75: 'υ', 0x77: 'ω', 0x78: 'ξ', 0x79: 'ψ', 0x7A: 'ζ', 0x44: 'Δ', 0x57: 'Ω', 0x53: 'Σ',
		0x50: 'Π', 0x46: 'Φ',
	},
}

// symbolText maps text drawn in a symbol font to Unicode; ok is false when
// a character has no mapping (the PDF would draw a different character).
// Text in any other font is itself.
func symbolText(font, text string) (string, bool) {
	table, isSymbol := symbolFonts[strings.ToLower(strings.TrimSpace(font))]
	if !isSymbol {
		return text, true
	}
	var b strings.Builder
	ok := true
	for _, r := range text {
		code := r
		if r >= 0xF000 && r <= 0xF0FF {
			code = r - 0xF000
		}
		if m, found := table[byte(code)]; found && code < 0x100 {
			b.WriteRune(m)
			continue
		}
		if r == ' ' || r == '\t' || r > 0xFF && (r < 0xF000 || r > 0xF0FF) {
			b.WriteRune(r) // a space, or Chinese set in the East Asian font
			continue
		}
		ok = false
		b.WriteRune(r)
	}
	return b.String(), ok
}

// isSymbolFont reports whether font is one symbolText maps.
func isSymbolFont(font string) bool {
	_, ok := symbolFonts[strings.ToLower(strings.TrimSpace(font))]
	return ok
}
