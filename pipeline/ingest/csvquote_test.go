package ingest

import (
	"strings"
	"testing"
)

// TestAQuoteOpenAtTheEndIsAnError: encoding/csv, reading leniently, takes
// a quoted field never closed as running to the end of the file, which
// would make a shorter sheet; it is an error naming the line. Fields that
// are closed, however their quotes are escaped, read as written.
func TestAQuoteOpenAtTheEndIsAnError(t *testing.T) {
	for _, c := range []struct {
		text string
		rows int
		open int // the line named, 0 for none
	}{
		{"名称,金额\n甲,1\n\"乙,2\n丙,3\n", 0, 3},
		{"名称,金额\n甲,1\n乙,\"2\n", 0, 3},
		{"名称,金额\n甲,\"1\"\"\n", 0, 2},
		{"名称,金额\n甲,1\n乙,\"2\"\n", 3, 0},
		{"名称,金额\n甲,1\n乙,\"2\"", 3, 0},
		{"名称,金额\n甲,1\n乙,\"\"\r\n", 3, 0},
		{"名称,金额\n甲,1\n乙,\"说\"\"明\"\"\"\n", 3, 0},
		{"名称,金额\n\"甲\n（续）\",1\n", 2, 0},
		{"名称,金额\n5\"寸,1\n", 2, 0},
	} {
		sheet, err := csvSource([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		rows := 0
		var got error
		for {
			_, _, _, ok, err := sheet.next()
			if err != nil {
				got = err
				break
			}
			if !ok {
				break
			}
			rows++
		}
		switch {
		case c.open > 0 && (got == nil || !strings.Contains(got.Error(), "第 "+string(rune('0'+c.open))+" 行起的引号没有配对")):
			t.Errorf("%q: %v", c.text, got)
		case c.open == 0 && (got != nil || rows != c.rows):
			t.Errorf("%q: %d rows, %v", c.text, rows, got)
		}
	}
}
