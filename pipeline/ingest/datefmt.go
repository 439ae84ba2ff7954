package ingest

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// showDate writes a date as a cell of format code shows it: its year,
// month and day parts (yyyy, yy, m, mm, d, dd) and the literal text
// between them (年, -, /, quoted text, escapes). A code that shows more
// than a day (a time, a weekday, a month's name) is written as the
// 2023年1月5日 of a date column, never as a part guessed at.
func showDate(t time.Time, code string) string {
	plain := fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
	var b strings.Builder
	quoted := false
	for i := 0; i < len(code); {
		c := code[i]
		if quoted {
			if c == '"' {
				quoted = false
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(code[i:])
			b.WriteRune(r)
			i += n
			continue
		}
		run := 1
		for i+run < len(code) && code[i+run] == c {
			run++
		}
		switch lc := c | 0x20; {
		case c == ';':
			return b.String()
		case c == '"':
			quoted = true
			i++
			continue
		case c == '\\' && i+1 < len(code):
			r, n := utf8.DecodeRuneInString(code[i+1:])
			b.WriteRune(r)
			i += 1 + n
			continue
		case c == '[':
			if j := strings.IndexByte(code[i:], ']'); j > 0 {
				i += j + 1
				continue
			}
			return plain
		case lc == 'y':
			if run <= 2 {
				fmt.Fprintf(&b, "%02d", t.Year()%100)
			} else {
				fmt.Fprintf(&b, "%d", t.Year())
			}
		case lc == 'm' && run <= 2:
			fmt.Fprintf(&b, "%0*d", run, int(t.Month()))
		case lc == 'd' && run <= 2:
			fmt.Fprintf(&b, "%0*d", run, t.Day())
		case lc >= 'a' && lc <= 'z' || c == '0' || c == '#':
			return plain // a time, a name, a weekday: not shown by guess
		default:
			r, n := utf8.DecodeRuneInString(code[i:])
			b.WriteRune(r)
			i += n
			continue
		}
		i += run
	}
	return b.String()
}
