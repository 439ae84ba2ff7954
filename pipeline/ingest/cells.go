package ingest

import (
	"fmt"
	"hash/fnv"

	"github.com/shopspring/decimal"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/money"
)

// implausible is the amount above which a 万元 figure was probably typed in 元.
var implausible = money.MustParse("1000000")

var hundred = decimal.NewFromInt(100)

func (r *sectionReader) amount(ref dataset.CellRef, text string) money.Amount {
	at := ref.Cell(r.cols[fAmount])
	unit := r.sec.AmountUnit
	if text == "" {
		r.badAmounts++
		if f := r.src.formula(at.Col, at.Row); f != "" {
			r.ps.Error(at, uncalculated(f))
			return money.Zero
		}
		r.ps.Error(at, fmt.Sprintf("金额为空，请填写数字（单位：%s）", unit))
		return money.Zero
	}
	d, err := money.ParseNumber(text)
	if err != nil {
		r.ps.Error(at, fmt.Sprintf("“%s”不是有效金额，请填写数字（单位：%s）", text, unit))
		r.badAmounts++
		return money.Zero
	}
	a := money.In(d, unit)
	if a.IsNegative() {
		r.ps.Error(at, fmt.Sprintf("金额“%s”为负数，请填写不小于0的金额", text))
	}
	if a.Cmp(implausible) > 0 {
		r.ps.Warn(at, fmt.Sprintf("金额 %s 万元超过一百亿元，是否把“元”填在了“万元”列？", a.Grouped()))
	}
	return a
}

// uncalculated says what to do about a formula saved without its result,
// as some programs other than Excel write them.
func uncalculated(formula string) string {
	return fmt.Sprintf("单元格是公式“=%s”，但文件中没有保存计算结果。请在 Excel 或 WPS 中打开并保存后再试，或改为直接填写数字", formula)
}

func (r *sectionReader) grade(it *dataset.Item, ref dataset.CellRef, scoreText, gradeText string) {
	if scoreText == "" && r.cols[fScore] != 0 {
		if f := r.src.formula(r.cols[fScore], ref.Row); f != "" {
			r.ps.Error(ref.Cell(r.cols[fScore]), uncalculated(f))
			return
		}
	}
	if scoreText != "" {
		d, err := money.ParseNumber(scoreText)
		switch {
		case err != nil:
			r.ps.Error(ref.Cell(r.cols[fScore]), fmt.Sprintf("“%s”不是有效评分，请填写0到100之间的数字", scoreText))
		case d.IsNegative() || d.GreaterThan(hundred):
			r.ps.Error(ref.Cell(r.cols[fScore]), fmt.Sprintf("评分 %s 超出范围，应在0到100之间", scoreText))
		default:
			it.Score, it.HasScore = d, true
		}
	}
	if gradeText != "" {
		g, ok := dataset.ParseGrade(gradeText)
		if !ok {
			r.ps.Error(ref.Cell(r.cols[fGrade]), fmt.Sprintf("“%s”不是有效等级，应为 优、良、中、差（或 优秀、良好、一般、较差）", gradeText))
			return
		}
		it.Grade = g
		if it.HasScore {
			if want := r.bands.Of(it.Score); want != g {
				r.ps.Error(ref.Cell(r.cols[fGrade]), fmt.Sprintf("等级“%s”与评分 %s 不符，按评分应为“%s”（优≥%s，良≥%s，中≥%s）", gradeText, scoreText, want, r.bands.Excellent, r.bands.Good, r.bands.Fair))
			}
		}
		return
	}
	if it.HasScore && r.kind.Scored() {
		it.Grade = r.bands.Of(it.Score)
		return
	}
	if r.kind.Graded() && scoreText == "" {
		col := r.cols[fGrade]
		if col == 0 {
			col = r.cols[fScore]
		}
		if r.kind.Scored() {
			r.ps.Error(ref.Cell(col), "评分结果和评分等级都为空，请至少填写一项")
		} else {
			r.ps.Error(ref.Cell(col), "评价等级为空，请填写 优、良、中 或 差")
		}
	}
}

func (r *sectionReader) total(ref dataset.CellRef, text string) {
	at := ref.Cell(r.cols[fAmount])
	d, err := money.ParseNumber(text)
	if err != nil {
		r.ps.Error(at, fmt.Sprintf("合计金额“%s”不是有效数字", text))
		return
	}
	a := money.In(d, r.sec.AmountUnit)
	r.sec.StatedTotal = &a
	r.sec.StatedTotalRef = at
}

// checkStatedTotal accepts a 合计 within rounding of the exact sum: half a fen
// for each row, since each row may have been rounded once before adding.
func checkStatedTotal(sec *dataset.Section, ps *dataset.Problems) {
	total := sec.Total()
	diff := sec.StatedTotal.Sub(total).Decimal().Abs()
	tolerance := decimal.New(5, -3).Mul(decimal.NewFromInt(int64(sec.Count + 1)))
	if diff.GreaterThan(tolerance) {
		ps.Error(sec.StatedTotalRef, fmt.Sprintf("合计 %s 万元与各行之和 %s 万元不符（相差 %s 万元），请核对", sec.StatedTotal.Grouped(), total.Grouped(), money.FromDecimal(diff).Grouped()))
	}
}

func projectKey(name, unit string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write([]byte(unit))
	return h.Sum64()
}
