package dataset

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Grade is an evaluation grade under 财预〔2020〕10号.
type Grade int

const (
	NoGrade   Grade = iota
	Excellent       // 优
	Good            // 良
	Fair            // 中
	Poor            // 差
)

// Grades lists the grades in the order the narrative names them.
var Grades = []Grade{Excellent, Good, Fair, Poor}

func (g Grade) String() string {
	switch g {
	case Excellent:
		return "优"
	case Good:
		return "良"
	case Fair:
		return "中"
	case Poor:
		return "差"
	}
	return ""
}

// ParseGrade reads the short or the long form (优 or 优秀, 中 or 一般, …).
func ParseGrade(s string) (Grade, bool) {
	switch strings.Join(strings.Fields(s), "") {
	case "优", "优秀":
		return Excellent, true
	case "良", "良好":
		return Good, true
	case "中", "一般", "中等":
		return Fair, true
	case "差", "较差":
		return Poor, true
	}
	return NoGrade, false
}

// Bands are the lowest scores of 优, 良 and 中; below the last is 差.
type Bands struct {
	Excellent, Good, Fair decimal.Decimal
}

// DefaultBands are those of 财预〔2020〕10号: 90, 80, 60.
var DefaultBands = Bands{
	Excellent: decimal.NewFromInt(90),
	Good:      decimal.NewFromInt(80),
	Fair:      decimal.NewFromInt(60),
}

// Of returns the grade a score earns.
func (b Bands) Of(score decimal.Decimal) Grade {
	switch {
	case score.GreaterThanOrEqual(b.Excellent):
		return Excellent
	case score.GreaterThanOrEqual(b.Good):
		return Good
	case score.GreaterThanOrEqual(b.Fair):
		return Fair
	}
	return Poor
}
