package wordmodel

import (
	"math/bits"
	"strconv"
	"strings"
	"testing"
)

// presetPatterns are ECMA-376's ST_PresetPatternVal (20.1.10.51), all 54.
const presetPatterns = `pct5 pct10 pct20 pct25 pct30 pct40 pct50 pct60 pct70 pct75 pct80 pct90
	horz vert ltHorz ltVert dkHorz dkVert narHorz narVert dashHorz dashVert cross
	dnDiag upDiag ltDnDiag ltUpDiag dkDnDiag dkUpDiag wdDnDiag wdUpDiag dashDnDiag dashUpDiag diagCross
	smCheck lgCheck smGrid lgGrid dotGrid smConfetti lgConfetti horzBrick diagBrick
	solidDmnd openDmnd dotDmnd plaid sphere weave divot shingle wave trellis zigZag`

// TestEveryPresetPatternHasItsCell: each of the 54 presets is drawn,
// no two alike but lgGrid and cross (Office's same grid under two
// names), and each pctN sets N% of its 64 dots to within four, as
// Office's cells do (5%: 2 dots, 40%: 24; 75% and 80% both 48), none
// lighter than the one before it.
func TestEveryPresetPatternHasItsCell(t *testing.T) {
	names := strings.Fields(presetPatterns)
	if len(names) != 54 || len(patternCells) != 54 {
		t.Fatalf("%d presets, %d cells", len(names), len(patternCells))
	}
	seen := map[[8]byte]string{}
	for _, n := range names {
		cell, ok := patternCells[n]
		if !ok {
			t.Errorf("no cell for %s", n)
			continue
		}
		if other, dup := seen[cell]; dup && !(other == "cross" && n == "lgGrid") {
			t.Errorf("%s is drawn as %s", n, other)
		}
		seen[cell] = n
	}
	prev := 0
	for _, n := range []int{5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90} {
		set := 0
		for _, row := range patternCells["pct"+strconv.Itoa(n)] {
			set += bits.OnesCount8(row)
		}
		if want := n * 64 / 100; set < want-4 || set > want+4 || set < prev {
			t.Errorf("pct%d has %d dots (want about %d, at least %d)", n, set, want, prev)
		}
		prev = set
	}
}
