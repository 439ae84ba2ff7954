package docx

import (
	"fmt"
	"text/template"

	"jixiao/pipeline/document"
	"jixiao/pipeline/tmpl"
)

// mergeMark brackets a cell's merge instruction in the executed XML. The
// private-use characters cannot come from data, which is escaped text.
const (
	mergeStart    = "\uE000vmerge:restart\uE001"
	mergeContinue = "\uE000vmerge:continue\uE001"
)

// funcs are the helpers Word templates may call: the template language's
// (tmpl.Helpers), and 纵向合并. The README lists them.
var funcs = tmpl.WithHelpers(template.FuncMap{
	tmpl.Recorder: func(field string, index int, before string, v any) string { return escapeText(fmt.Sprint(v)) },
	// 纵向合并 makes the table cell it stands in part of a vertical merge.
	"纵向合并": func(m document.Merge) string {
		switch m {
		case document.Starts:
			return mergeStart
		case document.Continues:
			return mergeContinue
		}
		return ""
	},
})
