package wordmodel

import (
	"math/bits"
	"strconv"
	"testing"
)

// TestPercentPatternsHaveTheirShare: each pctN pattern has N% of its 64
// dots set (to the nearest dot), each share's dots among the next's.
func TestPercentPatternsHaveTheirShare(t *testing.T) {
	var prev [8]byte
	for _, n := range []int{5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90} {
		cell := patternCells["pct"+strconv.Itoa(n)]
		set := 0
		for y, row := range cell {
			set += bits.OnesCount8(row)
			if row&prev[y] != prev[y] {
				t.Errorf("pct%d drops a dot of the share before it in row %d", n, y)
			}
		}
		if want := (n*64 + 50) / 100; set != want {
			t.Errorf("pct%d has %d dots, want %d", n, set, want)
		}
		prev = cell
	}
}
