package ingest

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/shopspring/decimal"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// shown sets a number cell's displayed text, as the workbook shows it, and
// warns, once a column, where the Word and PDF tables cannot show it so (a
// colour, a zero the format hides). A figure the format scales by a
// thousand is refused: the cell's number and the shown one differ.
func (r *tableReader) shown(v *dataset.Value, c *definition.Column, d decimal.Decimal, format string) {
	s := show(v.Text, d, format)
	v.Display, v.Format = s.text, format
	if r.formatWarned == nil {
		r.formatWarned = map[string]bool{}
	}
	warn := func(kind, msg string) {
		if key := c.Key + "\x00" + kind; !r.formatWarned[key] {
			r.formatWarned[key] = true
			r.ps.Warn(v.Ref, msg)
		}
	}
	if s.colour != "" {
		warn("colour", fmt.Sprintf("“%s”列的单元格格式（%s）以%s显示 %s：Word 和 PDF 表格中以黑色印出，Excel 附件保留原格式", c.Label, format, colourName(s.colour), s.text))
	}
	if s.scaled {
		// Excel shows 1,235 for a cell holding 1234567: which of the two
		// is in the header's unit, nothing in the workbook says.
		r.badNumbers++
		r.ps.Error(v.Ref, fmt.Sprintf("单元格格式（%s）按千位缩小显示：单元格中的数是 %s，Excel 中却显示为 %s，无法确定哪个是“%s”的数：请把单元格格式改为不缩放的格式（如 #,##0.00），并在表头写明单位", format, v.Text, s.text, c.Label))
	}
	if s.wordsOnly {
		warn("words", fmt.Sprintf("“%s”列的单元格格式（%s）不显示数字：%s 在 Excel 中显示为“%s”，Word、PDF 和 Excel 附件照此印出，请核对格式", c.Label, format, v.Text, s.text))
	}
	if c.Kind == definition.Amount && !s.wordsOnly && !c.SumsShown {
		if words := affix(s.text); words != "" && !r.formatWarned[c.Key+"\x00affix"] {
			// Each row prints as the workbook shows it; the table's 合计,
			// where it has one, prints a figure the definition prints bare:
			// said once the table is read, where it has a total row.
			r.formatWarned[c.Key+"\x00affix"] = true
			r.affixes = append(r.affixes, columnWarning{v.Ref, fmt.Sprintf("“%s”列的单元格格式（%s）在金额旁印出“%s”（%s）：Word 和 PDF 表格各行照此印出，但合计行的金额只印数字，因为文档定义中没有按工作簿显示该列合计的数字（kind: sum, of: %s, print: {decimals: as_displayed}）；请在表头写明单位（如“%s（万元）”），或在文档定义中加上这样的数字并印在模板的合计行", c.Label, format, words, s.text, c.Key, c.Label)})
		}
	}
	if s.hidden {
		warn("hidden", fmt.Sprintf("“%s”列的单元格格式（%s）不显示 %s，Excel 中为空白：Word 和 PDF 中印为 %s", c.Label, format, v.Text, s.text))
	}
}

// colourName is a format's colour in Chinese: [Red] is 红色.
func colourName(c string) string {
	names := map[string]string{"red": "红色", "blue": "蓝色", "green": "绿色", "black": "黑色", "white": "白色", "yellow": "黄色", "cyan": "青色", "magenta": "洋红色"}
	if n, ok := names[strings.ToLower(c)]; ok {
		return n
	}
	return c
}

// affix is the text a format prints beside an amount (¥, 万元, 约), with
// the digits, grouping, signs, brackets, the accounting dash and padding
// left out; "" where it prints the number alone.
func affix(text string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9', strings.ContainsRune(",.-+()", r), unicode.IsSpace(r):
			return -1
		}
		return r
	}, text))
}

// columnWarning is a warning about a column, given at its cell once the
// table is read.
type columnWarning struct {
	at  dataset.CellRef
	msg string
}

// warnAffixes says where the table's total row prints bare what its rows
// print with text beside the number; nothing for a table without one.
func (r *tableReader) warnAffixes() {
	if r.tbl.Stated == nil {
		return
	}
	for _, w := range r.affixes {
		r.ps.Warn(w.at, w.msg)
	}
}
