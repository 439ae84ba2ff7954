package ingest

import (
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
)

// A heading written in a CSV file's first cell, the rest of its row
// empty (as Excel saves a heading merged across the row), is the section
// heading it was; a numbered text elsewhere in the row, or beside other
// values, is not.
func TestCSVHeadingInTheFirstCell(t *testing.T) {
	tbl, ps := readSubtotals(t, "序号,项目名称,金额（万元）\r\n\"一、专项,资金\",,\r\n1,甲,3\r\n（二）转移支付,,\r\n1,丙,7\r\n合计,,10\r\n")
	if got := messages(ps, dataset.Error); len(got) != 0 {
		t.Fatalf("errors %q", got)
	}
	var heads []string
	for _, r := range tbl.Rows {
		if r.Heading != "" {
			heads = append(heads, r.Values[0].Text+"|"+r.Heading)
		}
	}
	if strings.Join(heads, " ") != "一、|专项,资金 （二）|转移支付" {
		t.Errorf("headings %q", heads)
	}
	tbl, _ = readSubtotals(t, "序号,项目名称,金额（万元）\n1,甲,3\n,一、专项,\n")
	for _, r := range tbl.Rows {
		if r.Heading != "" {
			t.Errorf("a numbered name in the name column alone read as a heading: %s", r.Ref)
		}
	}
}

// MergedHeading takes a row whose one value is in the table's first
// column as a heading across it, unmerged or merged across; a merge
// from that cell short of the table's last column is none.
func TestHeadingAcrossUnmergedOrMerged(t *testing.T) {
	cells := []string{"一、教育", "", ""}
	for _, c := range []struct {
		merges [][4]int
		want   bool
	}{{nil, true}, {[][4]int{{3, 1, 3, 3}}, true}, {[][4]int{{3, 1, 3, 2}}, false}} {
		if _, title, ok := MergedHeading(c.merges, 3, 1, 3, cells); ok != c.want || ok && title != "教育" {
			t.Errorf("merges %v: %q %t, want %t", c.merges, title, ok, c.want)
		}
	}
	if _, _, ok := MergedHeading(nil, 3, 2, 4, cells); ok {
		t.Errorf("a value before the table's first column read as its heading")
	}
}
