package wordmodel

import (
	"strconv"
	"strings"
)

// The CJK counting formats are not one rule: Word writes each its own way,
// and the labels below are what Word shows (Aspose.Words' list-label tests
// against Word-made documents, and OfficeCLI's renderer checked against Word
// screenshots, agree on every value; LibreOffice maps all of them to one
// NUMBER_LOWER_ZH and is no reference here):
//
//	format                      10    11      20    100     101       110       1000
//	chineseCounting             十    十一    二十  一○○    一○一     一一○     一○○○
//	chineseCountingThousand     十    十一    二十  一百    一百〇一  一百一十  一千
//	taiwaneseCountingThousand   十    十一    二十  一百    一百零一  一百一十  一千
//	japaneseCounting            十    十一    二十  百      百一      百十      千
//	chineseLegalSimplified      壹拾  壹拾壹  贰拾  壹佰    壹佰零壹  壹佰壹拾  壹仟
//
// chineseCounting spells only below a hundred and writes digit by digit from
// there, its zero the white circle ○ (U+25CB), not the ideograph 〇.

// cjkCounting is one spelled counting system: its digits (zero first), the
// 十百千 units, the ten-thousand unit, and how it treats a 1 before a unit
// and a gap of zeros.
type cjkCounting struct {
	digits  []rune
	units   []rune // 十, 百, 千
	wan     rune
	zero    rune // written for a gap of zeros; 0 writes none
	oneRule oneBeforeUnit
}

type oneBeforeUnit int

const (
	// dropLeadingTen says 十 for 10–19 but 一十 anywhere else (一百一十, 一万〇一十一).
	dropLeadingTen oneBeforeUnit = iota
	// dropEveryOne says 十, 百, 千 for a 1 before any of them (Japanese), but 一万.
	dropEveryOne
	// keepOne always writes the 1 (the legal, anti-forgery formats: 壹拾).
	keepOne
)

var (
	simplifiedDigits = []rune("零一二三四五六七八九")
	chineseThousand  = cjkCounting{simplifiedDigits, []rune("十百千"), '万', '〇', dropLeadingTen}
	taiwanThousand   = cjkCounting{simplifiedDigits, []rune("十百千"), '萬', '零', dropLeadingTen}
	japaneseCount    = cjkCounting{simplifiedDigits, []rune("十百千"), '万', 0, dropEveryOne}
	legalSimplified  = cjkCounting{[]rune("零壹贰叁肆伍陆柒捌玖"), []rune("拾佰仟"), '万', '零', keepOne}
	legalTraditional = cjkCounting{[]rune("零壹貳參肆伍陸柒捌玖"), []rune("拾佰仟"), '萬', '零', keepOne}
)

// spell writes n (1 to 99,999,999) in c; outside that, in decimal.
func (c cjkCounting) spell(n int) string {
	if n <= 0 || n >= 100000000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	hi, lo := n/10000, n%10000
	if hi > 0 {
		c.group(&b, hi, false)
		b.WriteRune(c.wan)
		if lo > 0 && lo < 1000 && c.zero != 0 {
			b.WriteRune(c.zero)
		}
	}
	if lo > 0 {
		c.group(&b, lo, hi > 0)
	}
	return b.String()
}

// group writes 1–9999; after says something was written before it, so a
// 1 before 十 is no longer the number's head.
func (c cjkCounting) group(b *strings.Builder, n int, after bool) {
	ds := strconv.Itoa(n)
	gap := false
	for i, ch := range ds {
		d, place := int(ch-'0'), len(ds)-1-i
		if d == 0 {
			gap = true
			continue
		}
		if gap && c.zero != 0 {
			b.WriteRune(c.zero)
		}
		gap = false
		if !c.dropsOne(d, place, after || i > 0) {
			b.WriteRune(c.digits[d])
		}
		if place > 0 {
			b.WriteRune(c.units[place-1])
		}
	}
}

func (c cjkCounting) dropsOne(d, place int, after bool) bool {
	if d != 1 || place == 0 {
		return false
	}
	switch c.oneRule {
	case dropEveryOne:
		return true
	case dropLeadingTen:
		return place == 1 && !after
	}
	return false
}

// digitByDigit writes n's decimal digits as ideographs, zero as given.
func digitByDigit(n int, zero rune) string {
	var b strings.Builder
	for _, d := range strconv.Itoa(n) {
		if d == '0' {
			b.WriteRune(zero)
		} else {
			b.WriteRune(simplifiedDigits[d-'0'])
		}
	}
	return b.String()
}

// chineseCounting spells below a hundred and goes digit by digit above.
func chineseCounting(n int) string {
	if n <= 0 || n >= 100 {
		if n <= 0 {
			return strconv.Itoa(n)
		}
		return digitByDigit(n, '○')
	}
	return chineseThousand.spell(n)
}

// upTo writes the n-th of a finite set of signs; past its end Word writes
// the number in decimal rather than starting the set again.
func upTo(n int, set string) string {
	rs := []rune(set)
	if n < 1 || n > len(rs) {
		return strconv.Itoa(n)
	}
	return string(rs[n-1])
}
