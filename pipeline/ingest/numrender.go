package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// A shown number is a number as Excel shows it in a cell of some format,
// with what the Word table cannot reproduce of it: a colour.
type shown struct {
	text string
	// colour is the [Red] (or [红色]) of the section that showed the
	// number; the Word and PDF tables print it in black.
	colour string
	// scaled is set when the format divides the number by a thousand
	// (#,##0,): the shown figure is not in the column's unit.
	scaled bool
	// hidden is set when the section that shows the number is empty
	// (0.00;-0.00; shows no zero): the text is then the number in General.
	hidden bool
	// wordsOnly is set when the section shows a number other than zero
	// with no digit of it (a format of text alone, "优"): the figure is
	// not in what prints.
	wordsOnly bool
}

// fmtToken is one piece of a format section: a literal text, or a
// placeholder the number fills.
type fmtToken struct {
	kind byte // 'l' literal, '0' '#' '?' digit, '.', ',', '%', 'E' exponent, '/', 'G' General
	text string
}

// fmtSection is one ;-separated part of a format code.
type fmtSection struct {
	tokens []fmtToken
	colour string
	cond   string // "<", ">", "=", "<=", ">=", "<>" with condValue
	condV  decimal.Decimal
	dbnum  int // [DBNum1] 一二三, [DBNum2] 壹贰叁, [DBNum3] １２３
}

// sections splits a format code at its unquoted semicolons and parses each.
func sections(code string) []fmtSection {
	var out []fmtSection
	cur := fmtSection{}
	lit := func(s string) { cur.tokens = append(cur.tokens, fmtToken{kind: 'l', text: s}) }
	for i := 0; i < len(code); {
		r, n := utf8.DecodeRuneInString(code[i:])
		i += n
		switch {
		case r == ';':
			out = append(out, cur)
			cur = fmtSection{}
		case r == '"':
			j := strings.IndexByte(code[i:], '"')
			if j < 0 {
				j = len(code) - i
			}
			lit(code[i : i+j])
			i = min(len(code), i+j+1)
		case r == '\\' && i < len(code):
			r, n = utf8.DecodeRuneInString(code[i:])
			lit(string(r))
			i += n
		case r == '_' && i < len(code):
			// Padding the width of the next character: a space here,
			// trimmed at the ends where it only aligns the column.
			_, n = utf8.DecodeRuneInString(code[i:])
			lit(" ")
			i += n
		case r == '*' && i < len(code):
			_, n = utf8.DecodeRuneInString(code[i:]) // a fill repeats to the column's width: nothing in a Word cell
			i += n
		case r == '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				j = len(code) - i
			}
			cur.bracket(code[i : i+j])
			i = min(len(code), i+j+1)
		case strings.HasPrefix(strings.ToLower(code[i-n:]), "general"):
			cur.tokens = append(cur.tokens, fmtToken{kind: 'G'})
			i += len("general") - n
		case strings.HasPrefix(code[i-n:], "G/通用格式"):
			cur.tokens = append(cur.tokens, fmtToken{kind: 'G'})
			i += len("G/通用格式") - n
		case strings.ContainsRune("0#?.,%/", r):
			cur.tokens = append(cur.tokens, fmtToken{kind: byte(r)})
		case (r == 'E' || r == 'e') && i < len(code) && (code[i] == '+' || code[i] == '-'):
			cur.tokens = append(cur.tokens, fmtToken{kind: 'E', text: code[i : i+1]})
			i++
		case r == '@':
		default:
			lit(string(r))
		}
	}
	return append(out, cur)
}

// bracket reads one [..] of a section: a colour, a condition, a Chinese
// numeral style or a currency ([$¥-804] shows ¥, [$-804] nothing).
func (s *fmtSection) bracket(b string) {
	lower := strings.ToLower(b)
	switch {
	case strings.HasPrefix(lower, "dbnum") && len(b) == 6:
		s.dbnum = int(b[5] - '0')
	case strings.HasPrefix(b, "$"):
		if sym, _, _ := strings.Cut(b[1:], "-"); sym != "" {
			s.tokens = append(s.tokens, fmtToken{kind: 'l', text: sym})
		}
	case b != "" && strings.ContainsRune("<>=", rune(b[0])):
		op := strings.TrimRight(b[:min(2, len(b))], "0123456789.-+ ")
		if v, err := decimal.NewFromString(strings.TrimSpace(b[len(op):])); err == nil {
			s.cond, s.condV = op, v
		}
	case colourNames[lower] || strings.HasPrefix(lower, "color"):
		s.colour = b
	}
}

var colourNames = map[string]bool{
	"black": true, "blue": true, "cyan": true, "green": true, "magenta": true, "red": true, "white": true, "yellow": true,
	"黑色": true, "蓝色": true, "青色": true, "绿色": true, "洋红": true, "红色": true, "白色": true, "黄色": true,
}

func (s fmtSection) holds(d decimal.Decimal) bool {
	c := d.Cmp(s.condV)
	switch s.cond {
	case "<":
		return c < 0
	case ">":
		return c > 0
	case "=":
		return c == 0
	case "<=":
		return c <= 0
	case ">=":
		return c >= 0
	case "<>":
		return c != 0
	}
	return false
}

// pick is the section that shows d and whether it shows d's magnitude
// (the section writes its own sign or brackets), by Excel's rules: one
// section shows all numbers, two show positive and zero, then negative,
// three positive, negative, zero; conditions ([>=90]) choose first.
func pick(secs []fmtSection, d decimal.Decimal) (fmtSection, bool) {
	if secs[0].cond != "" {
		for i, s := range secs {
			if i < 2 && s.cond != "" && s.holds(d) {
				return s, false
			}
		}
		for i, s := range secs {
			if i > 0 && s.cond == "" {
				return s, false
			}
		}
		return secs[0], false
	}
	switch {
	case d.IsNegative() && len(secs) >= 2:
		return secs[1], true
	case d.IsZero() && len(secs) >= 3:
		return secs[2], false
	}
	return secs[0], false
}

// render is a number as a cell of this format code shows it.
func render(d decimal.Decimal, code string) shown {
	secs := sections(code)
	sec, own := pick(secs, d)
	v := d
	if own || d.IsNegative() {
		v = d.Abs()
	}
	out, scaled := sec.number(v)
	out = strings.Trim(out, " ")
	if d.IsNegative() && !own {
		out = "-" + out
	}
	if len(sec.tokens) == 0 {
		return shown{text: general(d), hidden: true}
	}
	digits := false
	for _, t := range sec.tokens {
		digits = digits || strings.IndexByte("0#?G", t.kind) >= 0
	}
	return shown{text: out, colour: sec.colour, scaled: scaled, wordsOnly: !digits && !d.IsZero()}
}

// number writes v (not negative) into the section's placeholders.
func (s fmtSection) number(v decimal.Decimal) (string, bool) {
	kinds := ""
	for _, t := range s.tokens {
		kinds += string(t.kind)
	}
	var out string
	scaled := false
	switch {
	case strings.Contains(kinds, "G"):
		out = s.fill(map[int]string{strings.IndexByte(kinds, 'G'): s.digits(general(v), "")})
	case strings.Contains(kinds, "E"):
		out = s.scientific(v, kinds)
	case s.isFraction(kinds):
		out = s.fraction(v, kinds)
	case strings.ContainsAny(kinds, "0#?"):
		out, scaled = s.fixed(v, kinds)
	default:
		out = s.fill(nil) // text alone: "-" for zero in 会计专用
	}
	return out, scaled
}

// isFraction reports whether the section writes a fraction: digit
// placeholders before a slash, and placeholders or a denominator after.
func (s fmtSection) isFraction(kinds string) bool {
	slash := strings.IndexByte(kinds, '/')
	if slash <= 0 || strings.IndexByte("0#?", kinds[slash-1]) < 0 || slash+1 >= len(kinds) {
		return false
	}
	next := s.tokens[slash+1]
	return next.kind != 'l' || next.text >= "1" && next.text <= "9"
}

// fill writes the section's literals, with at[i] in place of token i.
func (s fmtSection) fill(at map[int]string) string {
	var b strings.Builder
	for i, t := range s.tokens {
		if x, ok := at[i]; ok {
			b.WriteString(x)
		} else if t.kind == 'l' {
			b.WriteString(t.text)
		} else if strings.IndexByte("%/.,", t.kind) >= 0 {
			b.WriteByte(t.kind) // outside the number's placeholders, as written
		}
	}
	return b.String()
}

// fixed writes v with the section's decimals, grouping, percent and
// thousands scaling (a comma after the last digit placeholder).
func (s fmtSection) fixed(v decimal.Decimal, kinds string) (string, bool) {
	point := strings.IndexByte(kinds, '.')
	intEnd := point
	if point < 0 {
		intEnd = len(kinds)
	}
	lastDigit := strings.LastIndexAny(kinds[:intEnd], "0#?")
	grouped, scale := false, 0
	for i := 0; i < intEnd; i++ {
		if kinds[i] == ',' {
			if i > lastDigit || strings.IndexAny(kinds[i:intEnd], "0#?") < 0 {
				scale++
			} else if strings.ContainsAny(kinds[:i], "0#?") {
				grouped = true
			}
		}
	}
	if point >= 0 {
		// Commas right after the fraction's digits scale too (0.0,).
		for i := point + 1; i < len(kinds); i++ {
			if kinds[i] == ',' && strings.IndexAny(kinds[i:], "0#?") < 0 {
				scale++
			}
		}
	}
	v = v.Shift(int32(2*min(strings.Count(kinds, "%"), 5) - 3*min(scale, 5)))
	frac := ""
	if point >= 0 {
		for _, k := range kinds[point+1:] {
			if k == '0' || k == '#' || k == '?' {
				frac += string(k)
			}
		}
	}
	frac = frac[:min(len(frac), maxDecimals)]
	text := v.StringFixed(int32(len(frac)))
	intPart, fracPart, _ := strings.Cut(text, ".")
	intPh := strings.Map(func(r rune) rune {
		if strings.ContainsRune("0#?", r) {
			return r
		}
		return -1
	}, kinds[:intEnd])
	if intPart == "0" && !strings.Contains(intPh, "0") {
		intPart = "" // #.00 shows .50
	}
	if need := strings.Count(intPh, "0"); len(intPart) < need {
		intPart = strings.Repeat("0", need-len(intPart)) + intPart
	}
	// Trailing zeros of the fraction: # drops them, ? leaves their room.
	for i := len(frac) - 1; i >= 0 && fracPart[i] == '0' && frac[i] != '0'; i-- {
		fracPart = fracPart[:i]
	}
	at := map[int]string{}
	if first := strings.IndexAny(kinds[:intEnd], "0#?"); first >= 0 {
		at[first] = s.digits(intPart, "")
		if grouped && s.dbnum == 0 {
			at[first] = groupDigits(intPart)
		}
		for i := first + 1; i < intEnd; i++ {
			if strings.IndexByte("0#?,", kinds[i]) >= 0 {
				at[i] = ""
			}
		}
	}
	if point >= 0 {
		at[point] = "." + s.digits("", fracPart)
		for i := point + 1; i < len(kinds); i++ {
			if strings.IndexByte("0#?,", kinds[i]) >= 0 {
				at[i] = ""
			}
		}
	}
	return s.fill(at), scale > 0
}

func groupDigits(intPart string) string {
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// digits writes an integer part and a fraction's digits in the section's
// numerals: Arabic, or the Chinese of [DBNum1] to [DBNum3].
func (s fmtSection) digits(intPart, frac string) string {
	if s.dbnum < 1 || s.dbnum > 3 {
		return intPart + frac
	}
	if intPart != "" && frac == "" && strings.Contains(intPart, ".") {
		i, f, _ := strings.Cut(intPart, ".") // General's 12.5
		return chineseInteger(i, s.dbnum) + "." + chineseDigits(f, s.dbnum)
	}
	if intPart == "" {
		return chineseDigits(frac, s.dbnum)
	}
	return chineseInteger(intPart, s.dbnum)
}
