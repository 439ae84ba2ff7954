package definition

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// syntaxLine reads the line and message of a YAML syntax error.
var syntaxLine = regexp.MustCompile(`(?m)line (\d+): (.*)$`)

// syntaxWords say the YAML parser's messages in Chinese.
var syntaxWords = []struct{ en, zh string }{
	{"could not find expected ':'", "缺少英文冒号“:”（键和值之间应为英文冒号加空格）"},
	{"did not find expected ',' or ']'", "方括号 [ ] 没有配对，或项之间缺少英文逗号“,”"},
	{"did not find expected ',' or '}'", "花括号 { } 没有配对，或项之间缺少英文逗号“,”"},
	{"mapping values are not allowed in this context", "此处不能写“键: 值”：多半是缩进不对，或值里有英文冒号加空格（这样的值请加英文引号）"},
	{"found unexpected end of stream", "文件在引号或括号配对之前就结束了：请检查引号是否成对"},
	{"found character that cannot start any token", "有不能出现在此处的字符（如 Tab 制表符，缩进请用空格）"},
	{"did not find expected key", "缩进不对，或此处缺少“键:”"},
	{"did not find expected node content", "此处缺少值"},
	{"block sequence entries are not allowed in this context", "此处不能以“- ”开始列表：多半是缩进不对"},
	{"cannot unmarshal", "取值类型不对（应为列表的写成 [a, b]，应为数字的不加引号）"},
	{"found unknown escape character", "双引号中有不认识的转义字符 \\（路径请用 / 或改用单引号）"},
	{"found a tab character", "用了 Tab 制表符缩进，请改用空格"},
	{"did not find expected alphabetic or numeric character", "有不认识的字符（& 或 * 开头的值请加英文引号）"},
}

// fullWidth are the full-width signs that look like YAML's own and break
// its syntax when typed with a Chinese input method.
var fullWidth = map[rune]string{
	'：': "全角冒号“：”，应为英文冒号加空格“: ”",
	'，': "全角逗号“，”，应为英文逗号“,”",
	'｛': "全角花括号“｛”，应为英文“{”", '｝': "全角花括号“｝”，应为英文“}”",
	'［': "全角方括号“［”，应为英文“[”", '］': "全角方括号“］”，应为英文“]”",
	'　': "全角空格，缩进和分隔请用英文空格",
	'＂': "全角引号“＂”，应为英文引号“\"”",
}

// YAMLProblem says a YAML syntax error in Chinese, with its line: when a
// full-width sign outside quotes on that line or the two before broke the
// syntax, the line it is on, naming the sign and where it stands. ok is
// false when err is not a syntax error with a line.
func YAMLProblem(raw []byte, err error) (line int, msg string, ok bool) {
	g := syntaxLine.FindStringSubmatch(err.Error())
	if g == nil {
		return 0, "", false
	}
	line, _ = strconv.Atoi(g[1])
	msg = "YAML 格式错误：" + g[2]
	for _, w := range syntaxWords {
		if strings.HasPrefix(g[2], w.en) {
			msg = "YAML 格式错误：" + w.zh
			break
		}
	}
	lines := strings.Split(string(raw), "\n")
	// The parser names the line it stopped on, which may be the one after
	// the mistake, or, in a { } list, the one before.
	for _, l := range []int{line, line + 1, line - 1, line - 2} {
		if l < 1 || l > len(lines) {
			continue
		}
		if col, what := FullWidthSign(lines[l-1]); what != "" {
			return l, fmt.Sprintf("YAML 格式错误：第%d个字符是%s", col, what), true
		}
	}
	return line, msg, true
}

// FullWidthSign finds, in one line of YAML, the first full-width sign
// outside quotes that YAML would take for text: its position (1-based, in
// characters) and what it is and should be; "" for none. A full-width
// sign inside a quoted value, or after the key's colon in a plain value
// (单位：万元), is text and not reported; inside { } or [ ] it is not.
func FullWidthSign(line string) (int, string) {
	var quote rune
	n, depth, valueStarted := 0, 0, false
	for _, r := range line {
		n++
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
			continue
		case r == '"' || r == '\'':
			quote = r
			continue
		case r == '#':
			return 0, ""
		case r == '{' || r == '[':
			depth++
		case r == '}' || r == ']':
			depth--
		case r == ':':
			valueStarted = true
			continue
		}
		if what, bad := fullWidth[r]; bad && (!valueStarted || depth > 0 || r != '：' && r != '，') {
			return n, what
		}
	}
	return 0, ""
}
