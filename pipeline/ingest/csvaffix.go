package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"
)

// A CSV file keeps each cell as the sheet showed it: an amount whose
// number format printed text beside it (0.00"万元", "¥"#,##0.00, "约 "0.0)
// arrives as 12.50万元, ¥1,254.50, 约 3.2. Such a cell is read back as the
// number and a format that shows it exactly so, as the .xlsx would have
// given them: its column then sums, and the sums print in the shown form.
// Only the affixes such formats write are read (currency signs, 元, 万元,
// 亿元, 千元, 万, 亿, 约); anything else beside a number is text, as before. A
// column must show every filled data cell in one pattern (affixPattern),
// or it is refused at the first cell that differs (tableReader.sameAffix).
var shownAffixed = regexp.MustCompile(`^(¥ ?|￥ ?|\$ ?|RMB ?|约 ?)?(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)( ?(?:元|万元|亿元|千元|万|亿))?$`)

// csvAffixed returns the number and the format a CSV cell's shown text
// was printed from, ok=false where it is no affixed number. The format
// must show the number as the cell's text, byte for byte.
func csvAffixed(text string) (raw, format string, ok bool) {
	s := strings.TrimSpace(text)
	m := shownAffixed.FindStringSubmatch(s)
	if m == nil || m[1] == "" && m[3] == "" {
		return "", "", false
	}
	num := m[2]
	format = quoteAffix(m[1]) + writtenLike(num) + quoteAffix(m[3])
	raw = strings.ReplaceAll(num, ",", "")
	if _, err := money.ParseNumber(raw); err != nil || Display(raw, format) != s {
		return "", "", false
	}
	return raw, format, true
}

func quoteAffix(a string) string {
	if a == "" {
		return ""
	}
	return `"` + a + `"`
}

// affixPattern is what a CSV-read format prints beside the number, the
// same for 12.50万元 and 3.20万元, different from 12.5万 or a bare 12.50.
func affixPattern(format string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("#0,.", r) {
			return -1
		}
		return r
	}, format)
}

// affixCells reads the affixed numbers of a CSV row in place, returning
// each cell's format (nil where no cell is affixed).
func affixCells(cells []string) []string {
	var formats []string
	for i, c := range cells {
		raw, f, ok := csvAffixed(c)
		if !ok {
			continue
		}
		if formats == nil {
			formats = make([]string, len(cells))
		}
		cells[i], formats[i] = raw, f
	}
	return formats
}

// shownCell is the first filled data cell of a numeric column of a CSV
// file, whose affix pattern the column's other cells must show.
type shownCell struct {
	at      dataset.CellRef
	text    string
	pattern string
}

// sameAffix refuses a CSV data cell shown in another pattern than the
// column's first (12.50万元 over 12.5万 or a bare 12.50): which of the two
// the column means, and so what its sums print as, nothing says.
func (r *tableReader) sameAffix(at dataset.CellRef, i int, text, format string) bool {
	if !r.fromCSV {
		return true
	}
	p := affixPattern(format)
	if r.firstShown == nil {
		r.firstShown = map[int]shownCell{}
	}
	first, seen := r.firstShown[i]
	if !seen {
		r.firstShown[i] = shownCell{at, Display(text, format), p}
		return r.sameUnit(at, i, Display(text, format), format)
	}
	if first.pattern == p {
		return true
	}
	r.badNumbers++
	firstAt := dataset.ColumnName(first.at.Col) + strconv.Itoa(first.at.Row)
	r.ps.Error(at, fmt.Sprintf("“%s”列的数写法不一致：%s 写作“%s”，这里写作“%s”。CSV 文件保存的是单元格显示的文字，同一列须以同一形式显示（同样的单位或货币符号、或都不带），才能确定合计按什么印出；请在 Excel 中把该列设为同一单元格格式后重新另存为 CSV", r.def.Columns[i].Label, firstAt, first.text, Display(text, format)))
	return false
}

// sameUnit refuses an amount column whose cells show a unit (300万) other
// than the one its header states (金额（元）): the figures would be read
// in the one and printed in the other.
func (r *tableReader) sameUnit(at dataset.CellRef, i int, shown, format string) bool {
	stated := r.tbl.Columns[i].Unit
	m := shownAffixed.FindStringSubmatch(shown)
	if r.def.Columns[i].Kind != definition.Amount || stated == money.NoUnit || m == nil || m[3] == "" {
		return true
	}
	if u, ok := money.ParseUnit(m[3]); !ok || u == stated {
		return true
	}
	r.badNumbers++
	r.ps.Error(at, fmt.Sprintf("“%s”列的表头单位是%s，单元格却显示为“%s”：请核对单位，换算后重新填写，或改正表头", r.def.Columns[i].Label, stated, shown))
	return false
}
