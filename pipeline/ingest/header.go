package ingest

import (
	"strings"
	"unicode"

	"jixiao/pipeline/money"
	"jixiao/pipeline/suggest"

	"golang.org/x/text/unicode/norm"
)

// normalize folds the ways people type one header: NFKC turns full-width
// parentheses, letters and digits into ASCII, and spaces of every width go.
func normalize(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

type field int

const (
	fSeq field = iota
	fName
	fUnit
	fAmount
	fScore
	fGrade
	fAgency
	fieldCount
)

// names are the headers each field answers to, normalised; the first is the
// one messages use.
var names = [fieldCount][]string{
	fSeq:    {"序号"},
	fName:   {"项目名称", "二级项目名称"},
	fUnit:   {"单位", "单位名称", "预算单位", "主管部门"},
	fAmount: {"金额", "项目支出", "金额(万元)", "项目支出(万元)", "金额(元)", "项目支出(元)"},
	fScore:  {"评分结果", "评分", "得分"},
	fGrade:  {"评分等级", "评价等级", "等级"},
	fAgency: {"评价机构"},
}

var fieldLabel = [fieldCount]string{"序号", "项目名称", "单位", "金额（万元）", "评分结果", "评分等级", "评价机构"}

// matchHeader tells which field a header names, and for an amount its unit.
func matchHeader(h string) (field, money.Unit, bool) {
	n := normalize(h)
	for f, list := range names {
		for _, want := range list {
			if n == want {
				unit := money.Wan
				if strings.HasSuffix(n, "(元)") {
					unit = money.Yuan
				}
				return field(f), unit, true
			}
		}
	}
	return 0, 0, false
}

// isTotalLabel recognises the 合计 row however it is spaced.
func isTotalLabel(s string) bool {
	if !strings.ContainsAny(s, "合总") {
		return false // most cells: no need to normalise
	}
	n := normalize(s)
	return n == "合计" || n == "总计"
}

// closest returns the candidate a clerk most likely meant by want.
func closest(want string, candidates []string) string {
	return suggest.Closest(want, candidates, normalize)
}
