package ingest

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"
)

// A subtotal row (小计, 本类小计, 一、小计, or a 合计 followed by the next
// section) closes the section above it. It is no data row: its amounts
// would count twice. The printed table keeps it where the workbook has it,
// its label as written and its amounts the section's sums as computed; the
// workbook's own amounts are only checked against them, since a subtotal
// left stale after a row changed is a mistake the clerk must hear of.

// openSection is what the reader keeps of the open section.
type openSection struct {
	secSums  []money.Amount // per column, of the section's rows
	secCount int
	// statedLabel is the total row's label, for a 合计 that turns out to
	// close a section.
	statedLabel string
	// formats are the last data row's number formats, by column: a
	// subtotal shows its sum as the rows above it show theirs where its
	// own cell has none; statedFormats are the total row's, by sheet column.
	formats, statedFormats []string
	// above is the total just under the header of a table whose Stated
	// is, for now, a total under the rows; nil otherwise.
	above *statedTotal
}

// statedTotal is a total row as the workbook states it.
type statedTotal struct {
	values  []dataset.Value
	ref     dataset.CellRef
	label   string
	formats []string
}

// closeSection starts a new section's sums.
func (r *tableReader) closeSection() {
	for i := range r.secSums {
		r.secSums[i] = money.Amount{}
	}
	r.secCount = 0
}

// subtotal checks a subtotal row's stated amounts against the section's
// rows and keeps the row, computed, for printing.
func (r *tableReader) subtotal(ref dataset.CellRef, label string, stated []dataset.Value, formats []string) {
	for _, i := range r.differing(stated, r.secSums, r.secCount) {
		st := stated[i]
		diff := money.FromDecimal(st.Amount.Sub(r.secSums[i]).Decimal().Abs())
		r.ps.Error(st.Ref, fmt.Sprintf("“%s”行“%s”写的 %s 与本组各行之和 %s 万元不符（相差 %s 万元）：工作簿中的小计可能没有随各行更新，请核对",
			label, r.tbl.Columns[i].Header, st.Text, r.secSums[i].Grouped(), diff.Grouped()))
	}
	row := &dataset.Row{Ref: ref, Subtotal: label, Group: r.group, LabelSpan: r.labelSpan(ref.Row, stated), Values: make([]dataset.Value, len(r.def.Columns))}
	for i, c := range r.def.Columns {
		v := dataset.Value{Ref: stated[i].Ref, Grade: -1, Blank: true}
		switch c.Kind {
		case definition.Amount:
			v.Blank, v.Amount = false, r.secSums[i]
			v.Display = r.subtotalShown(i, r.secSums[i], stated[i], formats)
		case definition.Text, definition.Sequence:
			// A label merged across 序号 and 名称 prints once, in the
			// merge's first column, as the workbook shows it.
			if _, covered := r.coverOf(ref.Row, r.tbl.Columns[i].Col); !covered {
				v.Text, v.Blank = stated[i].Text, stated[i].Blank
			}
		}
		row.Values[i] = v
	}
	r.closeSection()
	if r.def.KeepRows {
		r.keep(row)
	}
}

// labelSpan is how many columns a subtotal row's label covers where the
// workbook merges it across the columns after it, up to the first amount;
// 0 where it is one cell.
func (r *tableReader) labelSpan(row int, stated []dataset.Value) int {
	for i, c := range r.def.Columns {
		if c.Kind != definition.Text && c.Kind != definition.Sequence || stated[i].Blank {
			continue
		}
		r.loadMerges()
		col := r.tbl.Columns[i].Col
		m, ok := r.merges.cover(row, col)
		if !ok || m.top != row || m.left != col || m.right == col {
			return 0
		}
		n := 1
		for j := i + 1; j < len(r.def.Columns) && r.def.Columns[j].Kind != definition.Amount; j++ {
			if at := r.tbl.Columns[j].Col; at <= col || at > m.right {
				break
			}
			n++
		}
		return n
	}
	return 0
}

// subtotalShown is a computed sum of column i as the workbook would show
// it, in sumFormat's format; "" where nothing says, for the definition's
// print settings to decide.
func (r *tableReader) subtotalShown(i int, sum money.Amount, stated dataset.Value, formats []string) string {
	f := r.sumFormat(i, stated, formats)
	if f == "" {
		return ""
	}
	return Display(sum.To(r.tbl.Columns[i].Unit).String(), f)
}

// sumFormat is the number format a sum of column i shows in: that of the
// row stating it (a total's, a subtotal's own cell) where the row states
// the amount, else the data rows'; for a CSV file, which has no formats,
// the decimals and grouping the amounts are written with.
func (r *tableReader) sumFormat(i int, stated dataset.Value, formats []string) string {
	col := r.tbl.Columns[i].Col
	switch {
	case stated.Blank:
	case col > 0 && col <= len(formats) && formats[col-1] != "":
		return formats[col-1]
	case len(formats) == 0:
		return writtenLike(stated.Text)
	}
	return r.formats[i]
}

// sumFormats gives each amount column the format its sums show in, the
// table's total row's where it has one.
func (r *tableReader) sumFormats() {
	for i, c := range r.def.Columns {
		if c.Kind != definition.Amount {
			continue
		}
		stated := dataset.Value{Blank: true}
		if r.tbl.Stated != nil {
			stated = r.tbl.Stated[i]
		}
		f := r.sumFormat(i, stated, r.statedFormats)
		r.tbl.Columns[i].Format = f
		if a := r.above; a != nil {
			if top := r.sumFormat(i, a.values[i], a.formats); top != f {
				r.ps.Warn(a.values[i].Ref, fmt.Sprintf("“%s”行的数字格式（%s）与“%s”行（%s）不同：Word 和 PDF 中两行的合计都按“%s”行的格式印出，请核对格式",
					a.label, orGeneral(top), r.statedLabel, orGeneral(f), r.statedLabel))
			}
		}
	}
}

// orGeneral names a number format as Excel does: General where it has none.
func orGeneral(f string) string {
	if f == "" {
		return "G/通用格式"
	}
	return f
}

// keepFormats remembers a data row's amount formats for the sums; a CSV
// file's, which has none, as its texts are written.
func (r *tableReader) keepFormats(texts, formats []string) {
	for i, c := range r.def.Columns {
		col := r.tbl.Columns[i].Col
		switch {
		case c.Kind != definition.Amount || col == 0:
		case col <= len(formats):
			r.formats[i] = formats[col-1]
		case texts[i] != "":
			r.formats[i] = writtenLike(texts[i])
		}
	}
}

// writtenLike is the number format that shows numbers as text is written,
// its decimals and grouping: 1,234.50 is #,##0.00, 12 is 0.
func writtenLike(text string) string {
	_, frac, _ := strings.Cut(text, ".")
	return WrittenFormat(len(frac), strings.Contains(text, ","))
}

// WrittenFormat is the number format that shows numbers with decimals
// places, grouped or not: #,##0.00, 0.0, 0.
func WrittenFormat(decimals int, grouped bool) string {
	f := "0"
	if grouped {
		f = "#,##0"
	}
	if decimals > 0 {
		f += "." + strings.Repeat("0", decimals)
	}
	return f
}

// differing lists the amount columns whose stated value is not the sum
// of count rows, beyond half a fen for each row (each may have been
// rounded once before adding).
func (r *tableReader) differing(stated []dataset.Value, sums []money.Amount, count int) []int {
	var out []int
	tolerance := decimal.New(5, -3).Mul(decimal.NewFromInt(int64(count + 1)))
	for i, c := range r.def.Columns {
		st := stated[i]
		if c.Kind != definition.Amount || st.Blank {
			continue
		}
		if st.Amount.Sub(sums[i]).Decimal().Abs().GreaterThan(tolerance) {
			out = append(out, i)
		}
	}
	return out
}

// reopen turns the total row into the subtotal of the section it closed,
// when rows follow it in a table of sections; false where it closed none.
func (r *tableReader) reopen() bool {
	if !r.def.SectionRows || r.group == 0 {
		return false
	}
	stated, ref := r.tbl.Stated, r.tbl.StatedRow
	r.tbl.Stated, r.tbl.StatedRow = nil, dataset.CellRef{}
	r.subtotal(ref, r.statedLabel, stated, r.statedFormats)
	if a := r.above; a != nil {
		// The total above the rows is the table's again.
		r.tbl.Stated, r.tbl.StatedRow, r.tbl.StatedAbove = a.values, a.ref, true
		r.statedLabel, r.statedFormats, r.above = a.label, a.formats, nil
	}
	return true
}

// settleLast decides the last 合计 of a table of several sections: the
// last section's subtotal where its amounts are that section's and not
// the table's.
func (r *tableReader) settleLast() {
	t := r.tbl
	if t.Stated == nil || t.StatedAbove || r.group < 2 || r.secCount == 0 {
		return
	}
	if len(r.differing(t.Stated, r.secSums, r.secCount)) == 0 && len(r.differing(t.Stated, r.sums, t.Count)) > 0 {
		r.reopen()
	}
}

// closesSection says whether a 合计 under the rows of a table with a total
// above them closes the open section: not when a 小计 closed it already,
// nor when its amounts are the table's and not the section's, where it is
// the table's total at its bottom.
func (r *tableReader) closesSection(stated []dataset.Value) bool {
	if r.secCount == 0 {
		return false
	}
	return r.group < 2 || len(r.differing(stated, r.secSums, r.secCount)) == 0 || len(r.differing(stated, r.sums, r.tbl.Count)) > 0
}

// unprinted warns of a figure a total row states in a column read as text
// (33.22万元 in a column of such texts, as a CSV file writes them): no sum
// is computed there, and the printed total row leaves the cell blank.
func (r *tableReader) unprinted(stated []dataset.Value, formats []string, label int) {
	for i, c := range r.def.Columns {
		v := stated[i]
		if c.Kind != definition.Text || i == label || !strings.ContainsAny(v.Text, "0123456789") {
			continue
		}
		if col := r.tbl.Columns[i].Col; col > 0 && col <= len(formats) {
			v.Text = Display(v.Text, formats[col-1]) // as the sheet shows it
		}
		r.ps.Warn(v.Ref, fmt.Sprintf("“%s”行写的“%s”不会印出：“%s”列按文字读，不计算合计，印出的合计行这一格为空；如要印出合计，请在文档定义中把该列写成金额（kind: amount），单元格中只写数字",
			stated[label].Text, v.Text, r.tbl.Columns[i].Header))
	}
}
