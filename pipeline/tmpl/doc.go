// Package tmpl compiles templates written in Go's text/template syntax with
// Chinese field names, such as {{.事前评价.项目数}}, against a typed model.
//
// Go exports only fields whose names start with an upper-case letter, which
// Chinese characters never are, so text/template cannot see a field named
// 项目数. Compile therefore parses the template, walks it with the static type
// of the data (following range and with into element and field types), and
// rewrites every Chinese field name into the Go name whose tpl tag it is.
// A name that matches no field is an error found before any data is seen,
// with the closest known name as a suggestion:
//
//	未知字段 .事前评价.项目总数，是否应为 .事前评价.项目数？
//
// A value tag may print only a single value: one that names a section, a
// row, a list or a yes/no ({{.}}, {{.事前评价}}, {{.附件.行}}) would print Go's
// own dump of the data or true/false, and is refused with the fields it
// could name instead (print.go).
//
// Go field names work as well, so {{.PreEvaluation.Count}} and
// {{.事前评价.项目数}} are the same field.
package tmpl
