package example

import (
	"strings"
	"unicode"

	"github.com/shopspring/decimal"
)

// Form is how a number is written.
type Form int

const (
	Arabic  Form = iota // 10,790.69
	Chinese             // 十四
	Capital             // 壹亿零柒佰玖拾万陆仟玖佰元整
)

// token is one number of a paragraph's text, in runes [start, end); unit
// is the word after it that says what it counts (万元, 个, %), "" if none.
type token struct {
	start, end int
	text       string // the number as written, without its unit
	unit       string
	form       Form
	value      decimal.Decimal
	grouped    bool
	decimals   int
	// skip says why the number is not data (a date, a document number);
	// "" for a number to bind.
	skip string
}

// units are the words after a number that say what it is, longest first
// so that 万元 is not read as 万 and 元.
var units = []string{"万元", "亿元", "元", "个", "条", "项", "家", "%", "％"}

// scan finds the numbers of text.
func scan(text []rune) []token {
	var out []token
	for i := 0; i < len(text); {
		var t token
		var ok bool
		switch {
		case isDigit(text[i]):
			t, ok = arabic(text, i)
		case strings.ContainsRune(capitalDigits+chineseDigits, text[i]):
			if t, ok = capitalAmount(text, i); !ok {
				t, ok = chinese(text, i)
			}
		}
		if !ok {
			i++
			continue
		}
		t.unit = unitAt(text, t.end)
		if t.form == Arabic {
			t.skip = notData(text, t)
		}
		out = append(out, t)
		i = t.end
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// arabic reads 1,234.56 or 1234 at text[i].
func arabic(text []rune, i int) (token, bool) {
	if i > 0 && (isDigit(text[i-1]) || text[i-1] == '.') {
		return token{}, false
	}
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	grouped := false
	// A comma groups only after one to three digits and before exactly
	// three; otherwise it is the text's own comma (1,2,3 is a list).
	if j-i <= 3 {
		for j+3 < len(text) && text[j] == ',' && allDigits(text[j+1:j+4]) && (j+4 == len(text) || !isDigit(text[j+4])) {
			grouped = true
			j += 4
		}
	}
	decimals := 0
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		k := j + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		decimals = k - j - 1
		j = k
	}
	s := string(text[i:j])
	v, err := decimal.NewFromString(strings.ReplaceAll(s, ",", ""))
	if err != nil {
		return token{}, false
	}
	return token{start: i, end: j, text: s, form: Arabic, value: v, grouped: grouped, decimals: decimals}, true
}

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if !isDigit(r) {
			return false
		}
	}
	return len(rs) > 0
}

func unitAt(text []rune, i int) string {
	rest := string(text[i:min(i+2, len(text))])
	for _, u := range units {
		if strings.HasPrefix(rest, u) {
			return u
		}
	}
	return ""
}

// notData says why an Arabic number is not a figure of the data: a year
// other than the document's own is left for binding, as are all others;
// dates and document numbers (财预〔2020〕10号) are not.
func notData(text []rune, t token) string {
	next := func(k int) rune {
		if t.end+k < len(text) {
			return text[t.end+k]
		}
		return 0
	}
	prev := rune(0)
	if t.start > 0 {
		prev = text[t.start-1]
	}
	lead := "-"
	if t.start <= 4 {
		lead = strings.TrimSpace(string(text[:t.start]))
	}
	switch {
	case (lead == "" && strings.ContainsRune("、.．", next(0)) || (lead == "（" || lead == "(") && strings.ContainsRune("）)", next(0))) && t.decimals == 0:
		return "序号"
	case strings.ContainsRune("〔[［【(（", prev) && strings.ContainsRune("〕]］】)）", next(0)) && len(t.text) == 4:
		return "文号"
	case next(0) == '号' && (prev == '〕' || prev == ']' || prev == '］' || prev == '第'):
		return "文号"
	case next(0) == '月' || next(0) == '日' || next(0) == '时':
		return "日期"
	case next(0) == '年' && isDigit(next(1)):
		return "日期"
	case prev == '月' && t.start >= 2 && isDigit(text[t.start-2]):
		return "日期"
	case (prev == '-' || prev == '/' || next(0) == '-' || next(0) == '/') && t.decimals == 0:
		return "日期"
	}
	return ""
}

const (
	chineseDigits = "零〇一二两三四五六七八九十百千万亿"
	capitalDigits = "零壹贰叁肆伍陆柒捌玖拾佰仟"
)

// chinese reads a number in Chinese numerals (十四, 一百二十三), taken as a
// number only when a measure word or unit follows: 一年来 is not one.
func chinese(text []rune, i int) (token, bool) {
	j := i
	for j < len(text) && strings.ContainsRune(chineseDigits, text[j]) {
		j++
	}
	if unitAt(text, j) == "" || unitAt(text, j) == "%" {
		return token{}, false
	}
	v, ok := chineseValue(text[i:j])
	if !ok {
		return token{}, false
	}
	return token{start: i, end: j, text: string(text[i:j]), form: Chinese, value: decimal.NewFromInt(v)}, true
}

func chineseValue(rs []rune) (int64, bool) {
	digit := map[rune]int64{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	scale := map[rune]int64{'十': 10, '百': 100, '千': 1000}
	big := map[rune]int64{'万': 10000, '亿': 100000000}
	var total, section, d int64
	seen := false
	for _, r := range rs {
		switch {
		case r == '零' || r == '〇':
			d = 0
		case digit[r] > 0:
			d, seen = digit[r], true
		case scale[r] > 0:
			if d == 0 {
				d = 1 // 十四 is 14
			}
			section += d * scale[r]
			d, seen = 0, true
		case big[r] > 0:
			total += (section + d) * big[r]
			section, d = 0, 0
		default:
			return 0, false
		}
	}
	return total + section + d, seen
}

// capitalAmount reads an amount in 大写 ending in 整, 角 or 分.
func capitalAmount(text []rune, i int) (token, bool) {
	const all = capitalDigits + "万亿元圆角分整"
	j := i
	for j < len(text) && strings.ContainsRune(all, text[j]) {
		j++
	}
	s := string(text[i:j])
	if !strings.ContainsAny(s, "元圆") || !(strings.HasSuffix(s, "整") || strings.HasSuffix(s, "角") || strings.HasSuffix(s, "分")) {
		return token{}, false
	}
	return token{start: i, end: j, text: s, form: Capital}, true
}

// isWordRune reports whether r carries meaning for ranking (not punctuation).
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Han, r) }
