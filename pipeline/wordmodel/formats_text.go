package wordmodel

import (
	"strconv"
	"strings"
)

// Word's English formats (ordinal, cardinalText, ordinalText) write the
// number as US English says it, with no "and", a first capital in a
// list's label as Word shows it: 1st, One, Twenty-first.

var (
	englishOnes = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	englishTens = strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
	// englishNth are the ordinals not made by adding th.
	englishNth = map[string]string{"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
		"nine": "ninth", "twelve": "twelfth"}
)

// ordinalSuffix writes 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
func ordinalSuffix(n int) string {
	s := strconv.Itoa(n)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}

// cardinalWords writes 0 ≤ n < 1,000,000 in words: one hundred one,
// twenty-one, one thousand two hundred.
func cardinalWords(n int) string {
	switch {
	case n < 20:
		return englishOnes[n]
	case n < 100:
		if n%10 == 0 {
			return englishTens[n/10]
		}
		return englishTens[n/10] + "-" + englishOnes[n%10]
	case n < 1000:
		return joinWords(englishOnes[n/100]+" hundred", n%100)
	}
	return joinWords(cardinalWords(n/1000)+" thousand", n%1000)
}

func joinWords(head string, rest int) string {
	if rest == 0 {
		return head
	}
	return head + " " + cardinalWords(rest)
}

// ordinalWords makes the last word of cardinalWords an ordinal: twenty,
// twentieth; twenty-one, twenty-first; one hundred, one hundredth.
func ordinalWords(n int) string {
	w := cardinalWords(n)
	cut := strings.LastIndexAny(w, " -") + 1
	head, last := w[:cut], w[cut:]
	switch {
	case englishNth[last] != "":
		last = englishNth[last]
	case strings.HasSuffix(last, "y"):
		last = strings.TrimSuffix(last, "y") + "ieth"
	default:
		last += "th"
	}
	return head + last
}

// englishNumber writes n in one of the English formats; ok is false for
// a number Word writes in digits (0 and below, a million and above).
func englishNumber(n int, format string) (string, bool) {
	if n < 1 || n >= 1000000 {
		return "", false
	}
	switch format {
	case "ordinal":
		return ordinalSuffix(n), true
	case "cardinalText":
		return capitalized(cardinalWords(n)), true
	case "ordinalText":
		return capitalized(ordinalWords(n)), true
	}
	return "", false
}

func capitalized(s string) string {
	return strings.ToUpper(s[:1]) + s[1:]
}
