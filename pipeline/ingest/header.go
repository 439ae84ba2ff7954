package ingest

import (
	"regexp"
	"strings"
	"unicode"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"
	"jixiao/pipeline/suggest"

	"golang.org/x/text/unicode/norm"
)

// normalize folds the ways people type one header: NFKC turns full-width
// parentheses, letters and digits into ASCII, and spaces of every width go.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// unitSuffix finds a unit at the end of a normalised header: 金额(万元).
var unitSuffix = regexp.MustCompile(`^(.*?)[(\[]?(元|万元|亿元)[)\]]?$`)

// splitUnit parts a normalised header into its name and the unit it states.
func splitUnit(h string) (string, money.Unit) {
	m := unitSuffix.FindStringSubmatch(h)
	if m == nil || m[1] == "" {
		return h, money.NoUnit
	}
	// Only a bracketed unit, or one after a name that is not itself a
	// unit word (单位), counts: 单位 is a column of its own.
	if !strings.HasSuffix(h, ")") && !strings.HasSuffix(h, "]") {
		if strings.HasSuffix(m[1], "单") || strings.HasSuffix(m[1], "位") {
			return h, money.NoUnit
		}
	}
	u, _ := money.ParseUnit(m[2])
	return strings.TrimRight(m[1], "(["), u
}

// matches reports whether header h (as written) names column c, and the
// unit it states.
func matches(c *definition.Column, h string) (bool, money.Unit) {
	n := normalize(h)
	if n == "" {
		return false, money.NoUnit
	}
	base, unit := splitUnit(n)
	for _, want := range c.Headers {
		w := normalize(want)
		if same(n, w) {
			if c.Kind == definition.Amount {
				_, u := splitUnit(w)
				return true, u
			}
			return true, money.NoUnit
		}
		if c.Kind == definition.Amount && same(base, w) && unit != money.NoUnit {
			return true, unit
		}
	}
	return false, money.NoUnit
}

// same reports whether a normalised header is the normalised form want,
// in which definition.YearSlot stands for any four-digit year.
func same(header, want string) bool {
	before, after, slotted := strings.Cut(want, definition.YearSlot)
	if !slotted {
		return header == want
	}
	if len(header) < len(before)+4 || !strings.HasPrefix(header, before) {
		return false
	}
	year := header[len(before) : len(before)+4]
	for i := 0; i < 4; i++ {
		if year[i] < '0' || year[i] > '9' {
			return false
		}
	}
	return same(header[len(before)+4:], after)
}

// unitLine recognises a line above a table that states its unit: 单位：亿元.
var unitLine = regexp.MustCompile(`^(?:金额)?单位[:：]?(元|万元|亿元)$`)

func statedUnit(cells []string) money.Unit {
	for _, c := range cells {
		if m := unitLine.FindStringSubmatch(normalize(c)); m != nil {
			u, _ := money.ParseUnit(m[1])
			return u
		}
	}
	return money.NoUnit
}

// isTotalLabel recognises the total row's label however it is spaced.
func isTotalLabel(s string, labels []string) bool {
	if s == "" || !strings.ContainsAny(s, "合总计") {
		return false // most cells: no need to normalise
	}
	n := normalize(s)
	for _, l := range labels {
		if n == normalize(l) {
			return true
		}
	}
	return false
}

// closest returns the candidate a clerk most likely meant by want.
func closest(want string, candidates []string) string {
	return suggest.Closest(want, candidates, normalize)
}

// chineseOrdinal recognises a section row's number: 一, 二、, （三）, 十一.
var chineseOrdinal = regexp.MustCompile(`^[(（]?[一二三四五六七八九十百]+[)）]?[、.．]?$`)
