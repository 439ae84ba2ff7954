package docx

import (
	"fmt"
	"text/template"

	"jixiao/pipeline/document"
	"jixiao/pipeline/money"
)

// mergeMark brackets a cell's merge instruction in the executed XML. The
// private-use characters cannot come from data, which is escaped text.
const (
	mergeStart    = "\uE000vmerge:restart\uE001"
	mergeContinue = "\uE000vmerge:continue\uE001"
)

// funcs are the helpers templates may call. The README lists them.
var funcs = template.FuncMap{
	"xml": func(field, before string, v any) string { return escapeText(fmt.Sprint(v)) },
	// 千分位 prints an amount as the table does: 2,272.47.
	"千分位": func(a money.Amount) string { return a.Grouped() },
	// 万元 prints an amount as the narrative does: 10790.69.
	"万元": func(a money.Amount) string { return a.Plain() },
	// 大写 writes an amount of 万元 in 中文大写 of 元: 壹亿零柒佰玖拾万陆仟玖佰元整.
	"大写": capital,
	// 百分比 is a/b as a percentage: {{百分比 .重点评价.优 .重点评价.项目数}} → 16.67%.
	"百分比": percent,
	// 日期 writes 2023年12月31日 from year, month, day or from "2023-12-31".
	"日期": date,
	// 编号 writes heading numbers: {{编号 1 3}} → 三、, level 2 （三）, 3 → 3., 4 → （3）.
	"编号": numbering,
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
}
