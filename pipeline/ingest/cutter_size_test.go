package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// sstOf is a shared-strings part of n items, as Excel writes one.
func sstOf(n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">`)
	for i := range n {
		fmt.Fprintf(&b, "<si><t>项目%d</t></si>", i)
	}
	b.WriteString("</sst>")
	return b.String()
}

// TestASmallPartIsReadInABufferOfItsSize: a part smaller than a chunk, as
// most of a workbook's are, is cut from a buffer of its own size, not of
// two chunks (half a megabyte for each sheet, its merges and its strings);
// a size that is wrong, or unknown, reads the same strings.
func TestASmallPartIsReadInABufferOfItsSize(t *testing.T) {
	for _, n := range []int{0, 3, 200, 40000} {
		part := sstOf(n)
		for _, size := range []uint64{uint64(len(part)), 0, 10, uint64(len(part)) - 1, uint64(len(part)) * 3} {
			s, err := cutStrings(strings.NewReader(part), size)
			if err != nil {
				t.Fatalf("%d items, size %d: %v", n, size, err)
			}
			if s.len() != n || n > 0 && s.at(n-1) != fmt.Sprintf("项目%d", n-1) {
				t.Fatalf("%d items, size %d: read %d", n, size, s.len())
			}
		}
		if len(part) < chunk {
			c := &cutter{rc: strings.NewReader(part), size: uint64(len(part))}
			if err := c.root("sst"); err != nil {
				t.Fatal(err)
			}
			if cap(c.store) > len(part)+1 {
				t.Errorf("%d bytes read into a buffer of %d", len(part), cap(c.store))
			}
		}
	}
}
