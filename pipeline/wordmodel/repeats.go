package wordmodel

import (
	"strconv"
	"strings"
)

// maxLabelLength is the most characters Word lets a list's label have
// (MS-OI29500 2.1.283: lvlText at most 31 characters once its numbers are
// written). A letter format writes a number by repeating one letter, so a
// crafted start value (2147483647 in lowerLetter) would make a label of
// 80 million letters, read for every paragraph of the list.
const maxLabelLength = 31

// repeatCount is how many times a repeating format (letters, chicago's
// marks, Russian letters) writes its one character for n, 0 for other
// formats and for numbers they write in digits.
func repeatCount(format string, n int) int {
	if n < 1 {
		return 0
	}
	switch format {
	case "lowerLetter", "upperLetter":
		return (n-1)/26 + 1
	case "chicago":
		return (n-1)/4 + 1
	case "russianLower", "russianUpper":
		return (n-1)/len(russianLetters) + 1
	}
	return 0
}

// tooLongToRepeat says that format writes n longer than any label Word
// shows; FormatNumber writes such a number in digits, and the reader
// lists the paragraph or the note, for Word would not number it so.
func tooLongToRepeat(format string, n int) bool {
	return repeatCount(format, n) > maxLabelLength
}

// overlong is the number of a list paragraph's label (its own level's or
// a parent's it shows) that its format would repeat past Word's longest
// label, and that level's format; ok is false when there is none. Call
// it after label, which counts the paragraph.
func (n *numbering) overlong(numID string, k int, text string) (v int, format string, ok bool) {
	d, found := n.nums[numID]
	if !found {
		return 0, "", false
	}
	c := n.counters[d.abstract]
	if c == nil {
		return 0, "", false
	}
	for j := 0; j <= k && j < len(c); j++ {
		if !strings.Contains(text, "%"+strconv.Itoa(j+1)) {
			continue
		}
		if f := n.level(numID, j).format; tooLongToRepeat(f, c[j]) {
			return c[j], f, true
		}
	}
	return 0, "", false
}
