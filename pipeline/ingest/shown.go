package ingest

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// shown sets a number cell's displayed text, as the workbook shows it, and
// warns, once a column, where the Word and PDF tables cannot show it so
// or where what Excel shows is not the number itself: a colour, a figure
// scaled by a thousand, a zero the format hides.
func (r *tableReader) shown(v *dataset.Value, c *definition.Column, d decimal.Decimal, format string) {
	s := show(v.Text, d, format)
	v.Display = s.text
	warn := func(kind, msg string) {
		if r.formatWarned == nil {
			r.formatWarned = map[string]bool{}
		}
		if key := c.Key + "\x00" + kind; !r.formatWarned[key] {
			r.formatWarned[key] = true
			r.ps.Warn(v.Ref, msg)
		}
	}
	if s.colour != "" {
		warn("colour", fmt.Sprintf("“%s”列的单元格格式（%s）以%s显示 %s：Word 和 PDF 表格中以黑色印出，Excel 附件保留原格式", c.Label, format, colourName(s.colour), s.text))
	}
	if s.scaled {
		warn("scaled", fmt.Sprintf("“%s”列的单元格格式（%s）按千位缩小显示：%s 印为 %s，与 Excel 中看到的一致，但不是该列单位下的数，请核对表头单位", c.Label, format, v.Text, s.text))
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
