package dataset

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Severity tells whether a problem stops the build.
type Severity int

const (
	Error   Severity = iota // the build writes nothing
	Warning                 // printed; the build goes on
	Note                    // for information, such as a 尾差
)

func (s Severity) String() string {
	return [...]string{"错误", "警告", "提示"}[s]
}

// Problem is one thing wrong with the input, located as precisely as it can be.
type Problem struct {
	Severity Severity
	At       CellRef
	Message  string // Chinese, says what to do
}

func (p Problem) String() string {
	if p.At.File == "" {
		return p.Message
	}
	return p.At.String() + "：" + p.Message
}

// Problems collects the problems of a run. Its zero value is ready to use.
type Problems struct{ list []Problem }

// Add records a problem.
func (ps *Problems) Add(sev Severity, at CellRef, msg string) {
	ps.list = append(ps.list, Problem{sev, at, msg})
}

// Error records an error.
func (ps *Problems) Error(at CellRef, msg string) { ps.Add(Error, at, msg) }

// Warn records a warning.
func (ps *Problems) Warn(at CellRef, msg string) { ps.Add(Warning, at, msg) }

// Merge appends other's problems.
func (ps *Problems) Merge(other Problems) { ps.list = append(ps.list, other.list...) }

// HasErrors reports whether any problem is an Error.
func (ps *Problems) HasErrors() bool {
	return slices.ContainsFunc(ps.list, func(p Problem) bool { return p.Severity == Error })
}

// Sorted returns the problems ordered by file, sheet, row and column, so
// that a clerk can work down the sheet.
func (ps *Problems) Sorted() []Problem {
	out := slices.Clone(ps.list)
	slices.SortStableFunc(out, func(a, b Problem) int {
		return cmp.Or(
			cmp.Compare(a.At.File, b.At.File),
			cmp.Compare(a.At.Sheet, b.At.Sheet),
			cmp.Compare(a.At.Row, b.At.Row),
			cmp.Compare(a.At.Col, b.At.Col),
			cmp.Compare(a.Severity, b.Severity),
		)
	})
	return out
}

// Err returns the errors as one error value, or nil when there are none.
func (ps *Problems) Err() error {
	if !ps.HasErrors() {
		return nil
	}
	return &DataError{Problems: ps.Sorted()}
}

// DataError is a build stopped by bad data. Its problems are all of them,
// warnings included, in sheet order.
type DataError struct{ Problems []Problem }

func (e *DataError) Error() string {
	var b strings.Builder
	n := 0
	for _, p := range e.Problems {
		if p.Severity == Error {
			n++
		}
	}
	b.WriteString("数据有误，共 ")
	b.WriteString(strconv.Itoa(n))
	b.WriteString(" 处错误，未生成任何文件：")
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.Severity.String())
		b.WriteString(" ")
		b.WriteString(p.String())
	}
	return b.String()
}
