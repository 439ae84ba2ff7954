package tmpl

import (
	"reflect"
	"strings"
	"text/template/parse"
)

// A value tag prints its value with Go's default format, which for a
// section, a row, a list or a yes/no is Go's own dump ({0 … {1 true}}) or
// true/false: never what a disclosure should say. Only scalars print.

// printedText is what a value tag prints, as the clerk wrote it: the
// expression a Recorder call wraps, or the whole pipeline.
func printedText(p *parse.PipeNode) string {
	if len(p.Cmds) == 1 {
		c := p.Cmds[0]
		if id, ok := c.Args[0].(*parse.IdentifierNode); ok && id.Ident == Recorder && len(c.Args) == 4 {
			return c.Args[3].String()
		}
	}
	return pipeText(p)
}

// printable refuses printing a value of static type t that is no scalar.
func (w *walker) printable(n parse.Node, written string, t reflect.Type) {
	t = deref(t)
	if t == nil {
		return
	}
	tag := "{{" + written + "}}"
	switch {
	case t.Kind() == reflect.Bool:
		w.errorf(n, "%s 是“是/否”，打印出来是英文 true/false；它只能用作条件，如 {{if %s}}…{{end}}", tag, written)
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map:
		w.errorf(n, "%s 是一个列表，打印出来是程序内部的格式；请用 {{range %s}}…{{end}} 逐行写出其中的字段", tag, written)
	case t.Kind() == reflect.Struct && !leaf(t):
		prefix := strings.TrimSuffix(written, ".")
		if strings.ContainsAny(prefix, " ()|") {
			prefix = ""
		}
		fields := fieldTags(t, prefix)
		if len(fields) > 3 {
			fields = append(fields[:3], "…")
		}
		w.errorf(n, "%s 是一组字段（整个部分），打印出来是程序内部的格式，不是文字；请写出其中要打印的字段，如 %s", tag, strings.Join(fields, "、"))
	}
}
