package ingest

import (
	"testing"

	"github.com/shopspring/decimal"
)

// Any format code a styles part may hold, with any number, shows some
// text without a panic: the code is the workbook's, not ours.
func FuzzRender(f *testing.F) {
	for _, c := range []string{"0.00", builtinFormats[43], "# ?/?", "0.00E+00", "[DBNum2]General", `[>=90]"优"0;0`, "?/8", "#,##0,", "0;;", "[DBNum1]0%%%%%", "E+", "/", "[", `"`, "\\", "_", "*"} {
		f.Add(c, 1234.5)
	}
	f.Fuzz(func(t *testing.T, code string, v float64) {
		if v != v || v > 1e15 || v < -1e15 {
			return
		}
		d := decimal.NewFromFloat(v)
		render(d, code)
		render(d.Neg(), code)
		render(decimal.Zero, code)
	})
}
