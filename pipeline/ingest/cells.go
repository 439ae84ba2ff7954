package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"
)

// implausible is the amount above which a 万元 figure was probably typed in 元.
var implausible = money.MustParse("1000000")

// value reads column i of a data row.
func (r *tableReader) value(ref dataset.CellRef, i int, text string, formats []string) dataset.Value {
	c, f := r.def.Columns[i], r.tbl.Columns[i]
	at := ref.Cell(f.Col)
	v := dataset.Value{Ref: at, Text: text, Grade: -1, Block: ref.Row}
	if f.Col == 0 {
		v.Blank = true
		return v
	}
	if c.Blank == definition.BlankMerge {
		if tl, ok := r.coverOf(ref.Row, f.Col); ok && tl[1] == f.Col {
			v.Block = tl[0]
		}
	}
	if text == "" {
		return r.blankValue(at, i, v)
	}
	if c.Kind.Numeric() && IsNoneMark(text) {
		v.Display = strings.TrimSpace(text) // printed as the workbook shows it
		return r.blankValue(at, i, v)
	}
	format := ""
	if f.Col <= len(formats) {
		format = formats[f.Col-1]
	}
	if msg := errorValue(text); msg != "" {
		if c.Kind.Numeric() {
			r.badNumbers++
		}
		r.ps.Error(at, msg)
		return v
	}
	if c.Kind.Numeric() {
		if msg := notANumber(c, text, format); msg != "" {
			r.badNumbers++
			r.ps.Error(at, msg)
			return v
		}
		if !r.sameAffix(at, i, text, format) {
			return v
		}
	}
	switch c.Kind {
	case definition.Amount:
		r.amount(&v, c, f, format)
	case definition.Score, definition.Integer:
		r.number(&v, c, format)
	case definition.Date:
		r.date(&v, c, format)
	case definition.Text:
		// A date typed into a text column (完成时间) is stored as its
		// serial, a rate (执行率) as a fraction; the text is what the
		// workbook shows: 2023年6月30日, 91.37%.
		if isDateFormat(format) {
			if t, ok := parseDate(text, format); ok {
				v.Text = showDate(t, format)
			}
		} else if d, err := money.ParseNumber(text); err == nil && format != textFormat {
			v.Text = display(text, d, format) // 0.00% 91.37%, [DBNum2] 壹佰贰拾叁
		}
	}
	return v
}

func (r *tableReader) blankValue(at dataset.CellRef, i int, v dataset.Value) dataset.Value {
	c := r.def.Columns[i]
	v.Blank = true
	if c.Kind.Numeric() {
		if fm := r.src.formula(at.Col, at.Row); fm != "" {
			r.badNumbers++
			r.ps.Error(at, uncalculated(fm))
			return v
		}
	}
	switch c.Blank {
	case definition.BlankAbove, definition.BlankMerge:
		if r.prev != nil {
			above := r.prev[i]
			above.Ref = at
			return above // the same block as the row above
		}
	}
	if c.Kind == definition.Grade {
		return v // grade() says what is missing, with the score in mind
	}
	if c.Blank == definition.BlankAllowed {
		return v
	}
	if c.Kind == definition.Amount {
		r.badNumbers++
		r.ps.Error(at, fmt.Sprintf("%s为空，请填写数字（单位：%s）", c.Label, r.tbl.Columns[i].Unit))
		return v
	}
	r.ps.Error(at, fmt.Sprintf("“%s”为空，请填写", c.Label))
	return v
}

func (r *tableReader) amount(v *dataset.Value, c *definition.Column, f dataset.Found, format string) {
	d, err := money.ParseNumber(v.Text)
	if err != nil {
		r.ps.Error(v.Ref, fmt.Sprintf("“%s”不是有效金额，请填写数字（单位：%s）", v.Text, f.Unit))
		r.badNumbers++
		return
	}
	places, known := unitDecimals[f.Unit]
	if !known {
		places = -1
	}
	var ok bool
	if d, ok = r.plausible(v, d, format, places); !ok {
		return
	}
	v.Number = d
	v.Amount = money.In(d, f.Unit)
	r.shown(v, c, d, r.typedFormat(v, format))
	if v.Amount.IsNegative() {
		r.ps.Error(v.Ref, fmt.Sprintf("金额“%s”为负数，请填写不小于0的金额", v.Text))
	}
	if v.Amount.Cmp(implausible) > 0 {
		r.ps.Warn(v.Ref, fmt.Sprintf("金额 %s 万元超过一百亿元，是否把“元”填在了“万元”列？", v.Amount.Grouped()))
	}
}

func (r *tableReader) number(v *dataset.Value, c *definition.Column, format string) {
	d, err := money.ParseNumber(v.Text)
	what := "有效数字"
	if c.Kind == definition.Score {
		what = "有效评分"
	}
	if err != nil {
		r.badNumbers++
		r.ps.Error(v.Ref, fmt.Sprintf("“%s”不是%s，请填写%s", v.Text, what, rangeText(c)))
		return
	}
	var ok bool
	if d, ok = r.plausible(v, d, format, -1); !ok {
		return
	}
	if c.Kind == definition.Integer && !d.IsInteger() {
		r.badNumbers++
		r.ps.Error(v.Ref, fmt.Sprintf("“%s”不是整数，%s应为整数", v.Text, c.Label))
		return
	}
	if c.Min != nil && d.LessThan(*c.Min) || c.Max != nil && d.GreaterThan(*c.Max) {
		name := c.Label
		if c.Kind == definition.Score {
			name = "评分"
		}
		r.ps.Error(v.Ref, fmt.Sprintf("%s %s 超出范围，应%s", name, v.Text, bounds(c)))
		return
	}
	v.Number = d
	r.shown(v, c, d, r.typedFormat(v, format))
}

func rangeText(c *definition.Column) string {
	switch {
	case c.Min != nil && c.Max != nil:
		return fmt.Sprintf("%s到%s之间的数字", c.Min, c.Max)
	case c.Min != nil:
		return fmt.Sprintf("不小于%s的数字", c.Min)
	case c.Max != nil:
		return fmt.Sprintf("不大于%s的数字", c.Max)
	}
	return "数字"
}

// unitDecimals is how many decimals an amount in each unit can have: to
// the fen.
var unitDecimals = map[money.Unit]int{money.Yuan: 2, money.Wan: 6, money.Yi: 10}

// tooLarge is the first number with more than 15 digits before the point.
var tooLarge = decimal.New(1, 15)

// textFormat marks a cell stored as text, not as a number.
const textFormat = "@"

// plausible checks a number as typed: text with an exponent (1e5), more
// than the 15 significant digits a spreadsheet keeps, or more decimals
// than its unit has (a fen) are errors at the cell. A number cell is first
// taken at the 15 digits Excel shows, since its stored binary value often
// has a few more (1424.7400000000002).
func (r *tableReader) plausible(v *dataset.Value, d decimal.Decimal, format string, decimals int) (decimal.Decimal, bool) {
	typed := format == "" || format == textFormat
	fail := func(msg string) (decimal.Decimal, bool) {
		r.badNumbers++
		r.ps.Error(v.Ref, msg)
		return d, false
	}
	if typed && strings.ContainsAny(v.Text, "eE") {
		return fail(fmt.Sprintf("“%s”是科学计数法，请直接写出数字", v.Text))
	}
	if !typed {
		d = significant(d, 15)
	}
	if digits(d) > 15 || d.Abs().GreaterThanOrEqual(tooLarge) {
		return fail(fmt.Sprintf("“%s”超过 15 位有效数字，表格软件无法精确保存，请核对", v.Text))
	}
	if decimals >= 0 && -d.Exponent() > int32(decimals) && !d.Equal(d.Round(int32(decimals))) && !typed && binaryNoise(d, decimals) {
		d = d.Round(int32(decimals))
	}
	if decimals >= 0 && -d.Exponent() > int32(decimals) && !d.Equal(d.Round(int32(decimals))) {
		return fail(fmt.Sprintf("“%s”的小数位数多于该单位所能有的（%d 位，即精确到分），请核对单位或数字", v.Text, decimals))
	}
	return d, true
}

// binaryNoise reports whether a number cell's decimals beyond its unit's
// are no more than the last of the 15 digits a spreadsheet keeps: a
// formula's result (=B2*10) stored as 31613.8999999999 by a writer that
// cuts at 15 digits, which the workbook shows as 31,613.90. A number
// typed with a digit too many (2.501 元) differs by far more and is
// still refused.
func binaryNoise(d decimal.Decimal, decimals int) bool {
	if d.IsZero() {
		return false
	}
	lead := int32(len(d.Abs().Truncate(0).String()))
	if d.Abs().LessThan(decimal.New(1, 0)) {
		lead = 0
	}
	// One unit of the 15th significant digit; below 1 the digits counted
	// are the fraction's, which the decimals check already bounds.
	ulp := decimal.New(1, lead-15)
	return d.Sub(d.Round(int32(decimals))).Abs().LessThanOrEqual(ulp)
}

// significant rounds d to n significant digits.
func significant(d decimal.Decimal, n int) decimal.Decimal {
	k := digits(d)
	if k <= n {
		return d
	}
	return d.Round(-(d.Exponent() + int32(k-n)))
}

// digits is the number of significant digits of d, trailing zeros of its
// fraction not counted.
func digits(d decimal.Decimal) int {
	s := strings.TrimLeft(d.Abs().Coefficient().String(), "0")
	if d.Exponent() < 0 {
		s = strings.TrimRight(s, "0")
	}
	if s == "" {
		return 0
	}
	return len(s)
}

// bounds words a column's range for a number outside it: 在0到100之间.
func bounds(c *definition.Column) string {
	switch {
	case c.Min != nil && c.Max != nil:
		return fmt.Sprintf("在%s到%s之间", c.Min, c.Max)
	case c.Min != nil:
		return fmt.Sprintf("不小于%s", c.Min)
	}
	return fmt.Sprintf("不大于%s", c.Max)
}

// uncalculated says what to do about a formula saved without its result,
// as some programs other than Excel write them.
func uncalculated(formula string) string {
	return fmt.Sprintf("单元格是公式“=%s”，但文件中没有保存计算结果。请在 Excel 或 WPS 中打开并保存后再试，或改为直接填写数字", formula)
}

// grade reads the grade of column i, computing it from the score column
// where the cell is empty and checking it against the score where not.
func (r *tableReader) grade(row *dataset.Row, i int) {
	c := r.def.Columns[i]
	v := &row.Values[i]
	src := r.scoreOf(c)
	var score *dataset.Value
	if src >= 0 && r.tbl.Columns[src].Col != 0 && !row.Values[src].Blank {
		score = &row.Values[src]
	}
	if score != nil && score.Display == "" || src >= 0 && score == nil && r.tbl.Columns[src].Col != 0 && r.src.formula(r.tbl.Columns[src].Col, row.Ref.Row) != "" {
		return // the score is reported already
	}
	if !v.Blank && errorValue(v.Text) != "" {
		return // reported as the error value it is
	}
	if !v.Blank && IsNoneMark(v.Text) {
		// No grade, as written (—, 无): printed so and counted in none;
		// beside a score, which grade the project has is unclear.
		switch {
		case score != nil:
			r.ps.Error(v.Ref, fmt.Sprintf("等级写作“%s”（没有等级），但%s为 %s：请填写等级，或删去%s", strings.TrimSpace(v.Text), r.def.Columns[src].Label, score.Text, r.def.Columns[src].Label))
		case c.Required:
			r.ps.Error(v.Ref, fmt.Sprintf("%s为空（写作“%s”），请填写 %s", c.Label, strings.TrimSpace(v.Text), strings.Join(c.Scale.Names(), "、")))
		}
		return
	}
	if !v.Blank {
		g := c.Scale.Find(v.Text)
		if g < 0 {
			r.ps.Error(v.Ref, fmt.Sprintf("“%s”不是有效等级，应为 %s", v.Text, spellings(c.Scale)))
			return
		}
		v.Grade = g
		if score != nil {
			if want := c.Scale.Of(score.Number); want != g {
				r.ps.Error(v.Ref, fmt.Sprintf("等级“%s”与评分 %s 不符，按评分应为“%s”（%s）", v.Text, score.Text, c.Scale.Grades[want].Name, bands(c.Scale)))
			}
		}
		return
	}
	if score != nil && score.Display != "" {
		v.Grade, v.GradeComputed = c.Scale.Of(score.Number), true
		v.Text = c.Scale.Grades[v.Grade].Name
		return
	}
	if !c.Required || r.tbl.Columns[i].Col == 0 && (src < 0 || r.tbl.Columns[src].Col == 0) {
		return // not needed, or the header's missing column is reported once
	}
	at := v.Ref
	if r.tbl.Columns[i].Col == 0 && src >= 0 {
		at = row.Ref.Cell(r.tbl.Columns[src].Col)
	}
	if src >= 0 {
		r.ps.Error(at, fmt.Sprintf("%s和%s都为空，请至少填写一项", r.def.Columns[src].Label, c.Label))
		return
	}
	r.ps.Error(at, fmt.Sprintf("%s为空，请填写 %s", c.Label, strings.Join(c.Scale.Names(), "、")))
}

// spellings lists a scale's grades as a clerk may write them: 优、良、中、差（或 优秀、良好、中等、较差）.
func spellings(s *definition.Scale) string {
	var long []string
	for _, g := range s.Grades {
		if len(g.Spellings) > 0 {
			long = append(long, g.Spellings[0])
		}
	}
	out := strings.Join(s.Names(), "、")
	if len(long) > 0 {
		out += "（或 " + strings.Join(long, "、") + "）"
	}
	return out
}

// bands words a scale's lowest scores: 优≥90，良≥80，中≥60.
func bands(s *definition.Scale) string {
	var parts []string
	for _, g := range s.Grades {
		if g.Min != nil {
			parts = append(parts, g.Name+"≥"+g.Min.String())
		}
	}
	return strings.Join(parts, "，")
}

// total keeps the total row's values, stated at column label; one above
// any data row is the table's total printed under the header.
func (r *tableReader) total(ref dataset.CellRef, texts, formats []string, label int) {
	stated := r.stated(ref, texts, "合计")
	r.unprinted(stated, formats, label)
	if r.tbl.StatedAbove && r.def.SectionRows && r.group > 0 && r.closesSection(stated) {
		// Under a total above the data, a 合计 closes its section.
		r.subtotal(ref, texts[label], stated, formats)
		return
	}
	if r.tbl.Stated != nil && (!r.tbl.StatedAbove || r.tbl.Count == 0 && r.group == 0 && r.secCount == 0) {
		r.ps.Error(ref, fmt.Sprintf("表格有两个“%s”行（另一个在第%d行），请删除其中一个", texts[label], r.tbl.StatedRow.Row))
		return
	}
	if r.tbl.Stated != nil {
		// A total under the rows of a table with one above them: the
		// table's total at its bottom, both printed and checked, unless
		// rows follow it or its sums are its section's (reopen).
		r.above = &statedTotal{r.tbl.Stated, r.tbl.StatedRow, r.statedLabel, r.statedFormats}
	}
	r.tbl.StatedRow = ref
	r.tbl.StatedAbove = r.tbl.Count == 0 && r.group == 0 && r.secCount == 0
	r.tbl.Stated = stated
	r.statedLabel, r.statedFormats = texts[label], slices.Clone(formats)
}

// stated reads a total's or a subtotal's row as the workbook states it:
// its amounts parsed, to be checked against the rows.
func (r *tableReader) stated(ref dataset.CellRef, texts []string, what string) []dataset.Value {
	out := make([]dataset.Value, len(r.def.Columns))
	for i, c := range r.def.Columns {
		at := ref.Cell(r.tbl.Columns[i].Col)
		v := dataset.Value{Ref: at, Text: texts[i], Blank: texts[i] == "", Grade: -1}
		if c.Kind == definition.Amount && !v.Blank {
			d, err := money.ParseNumber(texts[i])
			if err != nil {
				r.ps.Error(at, fmt.Sprintf("%s金额“%s”不是有效数字", what, texts[i]))
				v.Blank = true
			} else {
				v.Number, v.Amount = d, money.In(d, r.tbl.Columns[i].Unit)
				v.Display = texts[i]
			}
		}
		out[i] = v
	}
	return out
}

// checkStated accepts a stated total within rounding of the exact sum: half
// a fen for each row, since each row may have been rounded once before adding.
func (r *tableReader) checkStated(stated []dataset.Value) {
	for _, i := range r.differing(stated, r.sums, r.tbl.Count) {
		st, total := stated[i], r.sums[i]
		diff := money.FromDecimal(st.Amount.Sub(total).Decimal().Abs())
		r.ps.Error(st.Ref, fmt.Sprintf("合计 %s 万元与各行之和 %s 万元不符（相差 %s 万元），请核对", st.Amount.Grouped(), total.Grouped(), diff.Grouped()))
	}
}

func (r *tableReader) date(v *dataset.Value, c *definition.Column, format string) {
	t, ok := parseDate(v.Text, format)
	if !ok {
		r.ps.Error(v.Ref, fmt.Sprintf("“%s”不是有效日期，请写成 2023-12-31 或 2023年12月31日", v.Text))
		return
	}
	v.Text = fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
	v.Display = v.Text
}
