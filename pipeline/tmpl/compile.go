package tmpl

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"jixiao/pipeline/suggest"
)

// Error is a problem at a byte offset of the template source (Pos), or,
// where only the parser's line is known, on that line (Pos -1).
type Error struct {
	Pos  int
	Line int
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// Recorder names a helper that records what it prints, called as
// {{rec "FIELD" "before" (expr)}}: Compile rewrites FIELD, a field as the
// template names it (.金额 inside {{with}} or {{range}}), into its path from
// the data's root (重点评价.金额; 附件.行[].金额 inside a range over 附件.行),
// and inserts the index of the innermost enclosing range as the second
// argument (0 outside any), so the helper is called as
// rec(path string, index int, before string, v any). A recorded value then
// names the figure it prints however the template reached it.
const Recorder = "xml"

// Compile parses src and binds its field names to the type of data. Every
// unknown field is reported, not only the first.
func Compile(name, src string, data reflect.Type, funcs template.FuncMap) (*template.Template, []*Error) {
	t, err := template.New(name).Funcs(funcs).Option("missingkey=error").Parse(src)
	if err != nil {
		return nil, []*Error{parseError(err)}
	}
	if len(t.Templates()) > 1 {
		return nil, []*Error{{Pos: -1, Msg: "模板中不能使用 {{define}} 或 {{block}}"}}
	}
	w := &walker{funcs: funcs, root: data}
	if t.Tree != nil {
		w.list(t.Tree.Root, data, "")
	}
	if len(w.errs) > 0 {
		return nil, w.errs
	}
	return t, nil
}

// FieldNames lists every field path a template may use on data's type, in
// declaration order, for documentation and suggestions.
func FieldNames(data reflect.Type) []string {
	var out []string
	var walk func(t reflect.Type, prefix string, depth int)
	walk = func(t reflect.Type, prefix string, depth int) {
		t = deref(t)
		if t.Kind() == reflect.Slice {
			t = deref(t.Elem())
		}
		if t.Kind() != reflect.Struct || depth > 4 {
			return
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name := prefix + "." + tagName(f)
			out = append(out, name)
			walk(f.Type, name, depth+1)
		}
	}
	walk(data, "", 0)
	return out
}

func tagName(f reflect.StructField) string {
	if tag := f.Tag.Get("tpl"); tag != "" {
		return tag
	}
	return f.Name
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

type walker struct {
	funcs template.FuncMap
	root  reflect.Type
	vars  []variable
	errs  []*Error
	// ranges are the index variables of the enclosing ranges, innermost last.
	ranges []string
	serial int
}

type variable struct {
	name string
	typ  reflect.Type
	path string // from the root, "" where unknown
}

func (w *walker) errorf(n parse.Node, format string, args ...any) {
	w.errs = append(w.errs, &Error{Pos: int(n.Position()), Msg: fmt.Sprintf(format, args...)})
}

func (w *walker) list(l *parse.ListNode, dot reflect.Type, path string) {
	if l == nil {
		return
	}
	mark := len(w.vars)
	for _, n := range l.Nodes {
		w.node(n, dot, path)
	}
	w.vars = w.vars[:mark]
}

func (w *walker) node(n parse.Node, dot reflect.Type, path string) {
	switch n := n.(type) {
	case *parse.ActionNode:
		written := printedText(n.Pipe) // before the names become Go's
		t := w.pipe(n.Pipe, dot, path)
		if len(n.Pipe.Decl) == 0 {
			w.printable(n, written, t)
		}
	case *parse.IfNode:
		w.pipe(n.Pipe, dot, path)
		w.list(n.List, dot, path)
		w.list(n.ElseList, dot, path)
	case *parse.WithNode:
		inner := w.pipePath(n.Pipe, path) // before pipe() turns the names into Go's
		t := w.pipe(n.Pipe, dot, path)
		w.list(n.List, t, inner)
		w.list(n.ElseList, dot, path)
	case *parse.RangeNode:
		mark := len(w.vars)
		elemPath := w.pipePath(n.Pipe, path)
		written := pipeText(n.Pipe) // before the names become Go's
		if elemPath != "" {
			elemPath += "[]"
		}
		t := w.pipeNoDecl(n.Pipe, dot, path)
		key, elem := rangeTypes(t)
		if t != nil && deref(t).Kind() != reflect.Slice {
			w.errorf(n, "range 只能用于列表（如 .附件.行），%s 是%s", written, describe(deref(t)))
		}
		index := w.indexVar(n.Pipe)
		switch len(n.Pipe.Decl) {
		case 1:
			w.vars = append(w.vars, variable{n.Pipe.Decl[0].Ident[0], elem, elemPath})
		case 2:
			w.vars = append(w.vars, variable{n.Pipe.Decl[0].Ident[0], key, ""}, variable{n.Pipe.Decl[1].Ident[0], elem, elemPath})
		}
		w.ranges = append(w.ranges, index)
		w.list(n.List, elem, elemPath)
		w.ranges = w.ranges[:len(w.ranges)-1]
		w.vars = w.vars[:mark]
		w.list(n.ElseList, dot, path)
	case *parse.TemplateNode:
		w.errorf(n, "模板中不能使用 {{template}}")
	}
}

// pipeText is a pipeline as written, for messages.
func pipeText(p *parse.PipeNode) string {
	s := p.String()
	for _, d := range p.Decl {
		s = strings.TrimPrefix(s, d.String()+", ")
	}
	return s
}

// indexVar makes sure the range declares its index as a variable, and
// returns its name ("" where the range assigns rather than declares).
func (w *walker) indexVar(p *parse.PipeNode) string {
	if p.IsAssign {
		return ""
	}
	if len(p.Decl) == 2 {
		return p.Decl[0].Ident[0]
	}
	w.serial++
	idx := &parse.VariableNode{NodeType: parse.NodeVariable, Ident: []string{fmt.Sprintf("$jx%d", w.serial)}}
	if len(p.Decl) == 0 {
		elem := &parse.VariableNode{NodeType: parse.NodeVariable, Ident: []string{fmt.Sprintf("$jx%de", w.serial)}}
		p.Decl = []*parse.VariableNode{idx, elem}
	} else {
		p.Decl = []*parse.VariableNode{idx, p.Decl[0]}
	}
	return idx.Ident[0]
}

// pipePath is the path from the root of what a pipeline of one field yields.
func (w *walker) pipePath(p *parse.PipeNode, dot string) string {
	if len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return ""
	}
	return w.argPath(p.Cmds[0].Args[0], dot)
}

func (w *walker) argPath(n parse.Node, dot string) string {
	join := func(base string, idents []string) string {
		parts := append([]string{}, idents...)
		if base != "" {
			parts = append([]string{base}, parts...)
		}
		return strings.Join(parts, ".")
	}
	switch n := n.(type) {
	case *parse.FieldNode:
		return join(dot, n.Ident)
	case *parse.DotNode:
		return dot
	case *parse.VariableNode:
		base := ""
		if n.Ident[0] != "$" {
			v, ok := w.lookupVar(n.Ident[0])
			if !ok || v.path == "" {
				return ""
			}
			base = v.path
		}
		return join(base, n.Ident[1:])
	}
	return ""
}

func (w *walker) lookupVar(name string) (variable, bool) {
	for i := len(w.vars) - 1; i >= 0; i-- {
		if w.vars[i].name == name {
			return w.vars[i], true
		}
	}
	return variable{}, false
}

// record rewrites a Recorder call's field into its path from the root, and
// passes the innermost range's index.
func (w *walker) record(c *parse.CommandNode, dot string) {
	if len(c.Args) != 4 {
		return
	}
	field, ok := c.Args[1].(*parse.StringNode)
	if !ok {
		return
	}
	path := ""
	switch f := field.Text; {
	case f == ".":
		path = dot
	case strings.HasPrefix(f, "."):
		path = w.argPath(&parse.FieldNode{Ident: strings.Split(f[1:], ".")}, dot)
	case strings.HasPrefix(f, "$"):
		path = w.argPath(&parse.VariableNode{Ident: strings.Split(f, ".")}, dot)
	}
	var index parse.Node = &parse.NumberNode{NodeType: parse.NodeNumber, IsInt: true, Text: "0"}
	if len(w.ranges) > 0 && w.ranges[len(w.ranges)-1] != "" {
		index = &parse.VariableNode{NodeType: parse.NodeVariable, Ident: []string{w.ranges[len(w.ranges)-1]}}
	}
	c.Args = []parse.Node{c.Args[0], &parse.StringNode{NodeType: parse.NodeString, Quoted: strconv.Quote(path), Text: path}, index, c.Args[2], c.Args[3]}
}

func rangeTypes(t reflect.Type) (key, elem reflect.Type) {
	t = deref(t)
	if t == nil {
		return nil, nil
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return reflect.TypeFor[int](), t.Elem()
	case reflect.Map:
		return t.Key(), t.Elem()
	case reflect.Int:
		return reflect.TypeFor[int](), reflect.TypeFor[int]()
	}
	return nil, nil
}

func (w *walker) pipe(p *parse.PipeNode, dot reflect.Type, path string) reflect.Type {
	at := w.pipePath(p, path)
	t := w.pipeNoDecl(p, dot, path)
	for _, d := range p.Decl {
		if p.IsAssign {
			continue
		}
		w.vars = append(w.vars, variable{d.Ident[0], t, at})
	}
	return t
}

func (w *walker) pipeNoDecl(p *parse.PipeNode, dot reflect.Type, path string) reflect.Type {
	var t reflect.Type
	for i, c := range p.Cmds {
		var piped []reflect.Type
		if i > 0 {
			piped = []reflect.Type{t} // {{.金额 | 万元}}: the value is the last argument
		}
		t = w.command(c, dot, path, piped)
	}
	return t
}

func (w *walker) command(c *parse.CommandNode, dot reflect.Type, path string, piped []reflect.Type) reflect.Type {
	ident, isCall := c.Args[0].(*parse.IdentifierNode)
	if isCall && ident.Ident == Recorder {
		w.record(c, path)
	}
	var args []reflect.Type
	for _, a := range c.Args[1:] {
		args = append(args, w.arg(a, dot, path))
	}
	if isCall {
		if ident.Ident == Recorder && len(args) > 0 {
			return args[len(args)-1] // what it prints
		}
		w.call(c, ident.Ident, append(args, piped...))
		return w.funcResult(ident.Ident)
	}
	if len(piped) > 0 || len(c.Args) > 1 {
		w.errorf(c, "%s 不是函数，不能带参数", c.Args[0])
	}
	return w.arg(c.Args[0], dot, path)
}

func (w *walker) arg(n parse.Node, dot reflect.Type, path string) reflect.Type {
	switch n := n.(type) {
	case *parse.FieldNode:
		return w.fields(n, n.Ident, dot, "")
	case *parse.ChainNode:
		base := w.arg(n.Node, dot, path)
		return w.fields(n, n.Field, base, "(…)")
	case *parse.VariableNode:
		base := w.variable(n.Ident[0])
		return w.fields(n, n.Ident[1:], base, n.Ident[0])
	case *parse.DotNode:
		return dot
	case *parse.PipeNode:
		return w.pipe(n, dot, path)
	case *parse.IdentifierNode:
		w.call(n, n.Ident, nil)
		return w.funcResult(n.Ident)
	case *parse.StringNode:
		return reflect.TypeFor[string]()
	case *parse.BoolNode:
		return reflect.TypeFor[bool]()
	case *parse.NumberNode:
		if n.IsInt {
			return reflect.TypeFor[int]()
		}
		return reflect.TypeFor[float64]()
	}
	return nil
}

func (w *walker) variable(name string) reflect.Type {
	if name == "$" {
		return w.root
	}
	for i := len(w.vars) - 1; i >= 0; i-- {
		if w.vars[i].name == name {
			return w.vars[i].typ
		}
	}
	return nil
}

var builtinResults = map[string]reflect.Type{
	"eq": reflect.TypeFor[bool](), "ne": reflect.TypeFor[bool](), "lt": reflect.TypeFor[bool](),
	"le": reflect.TypeFor[bool](), "gt": reflect.TypeFor[bool](), "ge": reflect.TypeFor[bool](),
	"not": reflect.TypeFor[bool](), "len": reflect.TypeFor[int](),
	"print": reflect.TypeFor[string](), "printf": reflect.TypeFor[string](), "println": reflect.TypeFor[string](),
	"html": reflect.TypeFor[string](), "js": reflect.TypeFor[string](), "urlquery": reflect.TypeFor[string](),
}

func (w *walker) funcResult(name string) reflect.Type {
	if fn, ok := w.funcs[name]; ok {
		ft := reflect.TypeOf(fn)
		if ft.Kind() == reflect.Func && ft.NumOut() > 0 {
			return ft.Out(0)
		}
		return nil
	}
	return builtinResults[name]
}

// fields resolves a chain of field names from t, rewriting each Chinese name
// into its Go name in place. An unknown type (nil) is not checked.
func (w *walker) fields(n parse.Node, idents []string, t reflect.Type, prefix string) reflect.Type {
	path := prefix
	for i, name := range idents {
		t = deref(t)
		if t == nil {
			return nil
		}
		switch {
		case t.Kind() == reflect.Map:
			t = t.Elem()
			path += "." + name
			continue
		case t.Kind() == reflect.Interface:
			return nil
		case t.Kind() == reflect.Slice:
			w.errorf(n, "%s 是列表，要用 {{range %s}}…{{end}} 逐行填写，不能直接写 .%s", orDot(path), orDot(path), name)
			return nil
		case leaf(t):
			w.errorf(n, "字段 %s 没有下级字段 .%s", orDot(path), name)
			return nil
		}
		f, ok := lookup(t, name)
		if !ok {
			msg := fmt.Sprintf("未知字段 %s.%s", path, name)
			if near := closestField(t, name); near != "" {
				msg += fmt.Sprintf("，是否应为 %s.%s？", path, near)
			} else {
				msg += "。可用的字段有：" + strings.Join(fieldTags(t, path), "、")
			}
			w.errorf(n, "%s", msg)
			return nil
		}
		if why := f.Tag.Get("refused"); why != "" {
			w.errorf(n, "字段 %s.%s %s", path, name, why)
			return nil
		}
		idents[i] = f.Name
		path += "." + name
		t = f.Type
	}
	return t
}

func orDot(path string) string {
	if path == "" {
		return "."
	}
	return path
}

func lookup(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.IsExported() && (f.Tag.Get("tpl") == name || f.Name == name) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func fieldTags(t reflect.Type, path string) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.IsExported() {
			out = append(out, path+"."+tagName(f))
		}
	}
	return out
}

func closestField(t reflect.Type, name string) string {
	var tags []string
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.IsExported() {
			tags = append(tags, tagName(f))
		}
	}
	return suggest.Closest(name, tags, nil)
}
