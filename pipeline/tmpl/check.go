package tmpl

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"text/template/parse"

	"jixiao/pipeline/document"
)

// The template language is text/template cut down to what the README
// documents: fields; if, with and range (over lists); the comparisons, and,
// or, not and len; and the helpers, each with typed arguments. Everything
// else text/template offers (printf, index, slice, call, html, js,
// urlquery, print, println, template, define, block) is refused before any
// data is read, with a message in Chinese.

// kind is what a helper's parameter accepts.
type kind int

const (
	anyKind   kind = iota
	numberArg      // a count, an amount or a score
	moneyArg       // an amount
	intArg         // a whole number
	seqArg         // a whole number, or a row's 序号
	textArg        // text
	mergeArg       // a merge column's state
	listArg        // a list of rows
)

var kindWords = map[kind]string{numberArg: "数字或金额", moneyArg: "金额", intArg: "整数", seqArg: "整数或序号", textArg: "文字", mergeArg: "合并状态（如 .机构合并）", listArg: "列表（如 .附件.行）"}

// signatures are the helpers' parameters; alternatives lists other
// accepted forms (日期 takes one text or three numbers).
var signatures = map[string][][]kind{
	"千分位":  {{numberArg}},
	"万元":   {{moneyArg}},
	"大写":   {{moneyArg}},
	"中文数字": {{intArg}},
	"中文写法": {{intArg, textArg}},
	"百分比":  {{numberArg, numberArg}},
	"日期":   {{textArg}, {intArg, intArg, intArg}},
	"编号":   {{intArg, seqArg}},
	"纵向合并": {{mergeArg}},
	"len":  {{listArg}},
	"not":  {{anyKind}},
}

// comparisons take two values of one comparable kind.
var comparisons = map[string]bool{"eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true}

// allowed reports whether a function may be called at all: the
// language's own and the helpers the caller gives.
func (w *walker) allowed(name string) bool {
	if comparisons[name] || name == "and" || name == "or" || name == "not" || name == "len" || name == Recorder {
		return true
	}
	_, ok := w.funcs[name]
	return ok
}

var (
	moneyType  = reflect.TypeFor[document.Money]()
	numberType = reflect.TypeFor[document.Number]()
	mergeType  = reflect.TypeFor[document.Merge]()
)

// accepts reports whether a value of static type t (nil: unknown) fits k.
func accepts(k kind, t reflect.Type) bool {
	if t == nil || k == anyKind {
		return true
	}
	switch k {
	case numberArg:
		return t == moneyType || t == numberType || isInt(t) || t.Kind() == reflect.Float64
	case moneyArg:
		return t == moneyType
	case intArg:
		return isInt(t)
	case seqArg:
		return isInt(t) || t.Kind() == reflect.String
	case textArg:
		return t.Kind() == reflect.String
	case mergeArg:
		return t == mergeType
	case listArg:
		return t.Kind() == reflect.Slice
	}
	return false
}

func isInt(t reflect.Type) bool { return t.Kind() == reflect.Int && t != mergeType }

// describe names a static type for a clerk.
func describe(t reflect.Type) string {
	switch {
	case t == nil:
		return "未知"
	case t == moneyType:
		return "金额"
	case t == numberType:
		return "评分或数字"
	case t == mergeType:
		return "合并状态"
	case isInt(t):
		return "整数"
	case t.Kind() == reflect.String:
		return "文字"
	case t.Kind() == reflect.Bool:
		return "是/否"
	case t.Kind() == reflect.Slice:
		return "列表"
	case t.Kind() == reflect.Struct:
		return "一组字段"
	}
	return t.String()
}

// call checks a call of name with arguments of the given static types.
func (w *walker) call(n parse.Node, name string, args []reflect.Type) {
	if !w.allowed(name) {
		w.errorf(n, "不能使用 %s：模板中只能用字段、{{if}}、{{with}}、{{range}}、比较（eq ne lt le gt ge）、and、or、not、len 和 README 列出的辅助函数", name)
		return
	}
	switch {
	case name == Recorder, name == "and", name == "or":
		if (name == "and" || name == "or") && len(args) < 2 {
			w.errorf(n, "%s 需要至少两个条件", name)
		}
		return
	case comparisons[name]:
		if len(args) != 2 {
			w.errorf(n, "%s 需要两个值，如 {{if %s .重点评价.项目数 8}}", name, name)
			return
		}
		a, b := args[0], args[1]
		if a == nil || b == nil {
			return
		}
		if !comparable(a, b, name) {
			w.errorf(n, "%s 不能比较%s和%s：只能比较两个整数、两段文字或两个是/否（金额和评分请比较项目数等整数）", name, describe(a), describe(b))
		}
		return
	}
	forms, declared := signatures[name]
	if !declared {
		w.callGo(n, name, args)
		return
	}
	for _, form := range forms {
		if len(form) != len(args) {
			continue
		}
		ok := true
		for i, k := range form {
			ok = ok && accepts(k, args[i])
		}
		if ok {
			return
		}
	}
	var want []string
	for _, form := range forms {
		var parts []string
		for _, k := range form {
			parts = append(parts, kindWords[k])
		}
		want = append(want, strconv.Itoa(len(form))+" 个参数（"+strings.Join(parts, "、")+"）")
	}
	var got []string
	for _, a := range args {
		got = append(got, describe(a))
	}
	w.errorf(n, "%s 需要 %s，这里给了 %d 个（%s）", name, strings.Join(want, "，或 "), len(args), strings.Join(got, "、"))
}

// callGo checks a call of a helper given as a Go function, by its type.
func (w *walker) callGo(n parse.Node, name string, args []reflect.Type) {
	ft := reflect.TypeOf(w.funcs[name])
	if ft == nil || ft.Kind() != reflect.Func {
		return
	}
	in := ft.NumIn()
	if ft.IsVariadic() && len(args) < in-1 || !ft.IsVariadic() && len(args) != in {
		w.errorf(n, "%s 需要 %d 个参数，这里给了 %d 个", name, in, len(args))
		return
	}
	for i, a := range args {
		p := ft.In(min(i, in-1))
		if ft.IsVariadic() && i >= in-1 {
			p = p.Elem()
		}
		if a != nil && p.Kind() != reflect.Interface && !a.AssignableTo(p) {
			w.errorf(n, "%s 的第 %d 个参数应为%s，这里是%s", name, i+1, describe(p), describe(a))
		}
	}
}

func comparable(a, b reflect.Type, op string) bool {
	switch {
	case isInt(a) && isInt(b), a.Kind() == reflect.String && b.Kind() == reflect.String:
		return true
	case a.Kind() == reflect.Bool && b.Kind() == reflect.Bool:
		return op == "eq" || op == "ne"
	}
	return false
}

// leaf reports whether values of t print as they are and have no fields
// a template may name: amounts, numbers, merges, text.
func leaf(t reflect.Type) bool {
	return t == moneyType || t == numberType || t == mergeType || t.Kind() != reflect.Struct
}

var goError = regexp.MustCompile(`^template: [^:]*:(\d+)(?::\d+)?: (.*)$`)

// parseError says in Chinese what text/template's parser found, and on
// which line of the source.
func parseError(err error) *Error {
	msg := err.Error()
	line := 0
	if m := goError.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	return &Error{Pos: -1, Line: line, Msg: translate(msg)}
}

var translations = []struct {
	re  *regexp.Regexp
	say func([]string) string
}{
	{regexp.MustCompile(`function "([^"]*)" not defined`), func(m []string) string {
		return fmt.Sprintf("不认识的函数 %s：模板中只能用 README 列出的辅助函数", m[1])
	}},
	{regexp.MustCompile(`undefined variable "([^"]*)"`), func(m []string) string { return fmt.Sprintf("变量 %s 没有定义", m[1]) }},
	{regexp.MustCompile(`unexpected EOF|unclosed action`), func([]string) string { return "标签没有写完：缺少 }} 或 {{end}}" }},
	{regexp.MustCompile(`unexpected \{\{end\}\}`), func([]string) string {
		return "多余的 {{end}}，前面没有对应的 {{if}}、{{with}} 或 {{range}}"
	}},
	{regexp.MustCompile(`unexpected \{\{else\}\}`), func([]string) string { return "{{else}} 前面没有对应的 {{if}}" }},
	{regexp.MustCompile(`missing value for (\w+)`), func(m []string) string { return fmt.Sprintf("{{%s}} 后面缺少条件或字段", m[1]) }},
	{regexp.MustCompile(`bad character U\+([0-9A-F]+)`), func(m []string) string {
		r, _ := strconv.ParseUint(m[1], 16, 32)
		return fmt.Sprintf("标签中有不能出现的字符“%c”，请删除或改用英文（半角）输入法重新输入", rune(r))
	}},
	{regexp.MustCompile(`unterminated (quoted string|raw quoted string)`), func([]string) string { return "标签中的引号没有成对，请检查 \"…\"" }},
	{regexp.MustCompile(`unexpected "(.)" in`), func(m []string) string { return fmt.Sprintf("标签中多了或少了“%s”", m[1]) }},
}

// translate says a parser message in Chinese; one it does not know
// becomes a general one, not Go's English.
func translate(msg string) string {
	for _, t := range translations {
		if m := t.re.FindStringSubmatch(msg); m != nil {
			return t.say(m)
		}
	}
	return "标签写法有误，请对照 README 检查这一段中的 {{…}}"
}
