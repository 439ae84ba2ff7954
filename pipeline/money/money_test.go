package money

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseNumber(t *testing.T) {
	good := map[string]string{
		"2272.47":    "2272.47",
		" 2,272.47 ": "2272.47",
		"１，２７２．５":    "1272.5",
		"13,954.79":  "13954.79",
		"1E-3":       "0.001",
		"-5":         "-5",
		"1 000":      "1000",
	}
	for in, want := range good {
		got, err := ParseNumber(in)
		if err != nil || !got.Equal(decimal.RequireFromString(want)) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "12,3a4", "#DIV/0!", "1,23", "abc", "1.2.3", "=A1"} {
		if _, err := ParseNumber(bad); err == nil {
			t.Errorf("ParseNumber(%q) accepted", bad)
		}
	}
}

func TestYuanToWanIsExact(t *testing.T) {
	a := In(decimal.RequireFromString("22724660"), Yuan)
	if a.Decimal().String() != "2272.466" {
		t.Fatalf("22724660元 = %s万元", a.Decimal())
	}
	if a.Plain() != "2272.47" || a.Grouped() != "2,272.47" {
		t.Fatalf("prints %s / %s", a.Plain(), a.Grouped())
	}
}

func TestRoundHalfAwayFromZero(t *testing.T) {
	cases := map[string]string{
		"0.005": "0.01", "0.015": "0.02", "2.675": "2.68", "-0.005": "-0.01",
		"0.0049": "0.00", "1234567.125": "1234567.13",
	}
	for in, want := range cases {
		if got := MustParse(in).Plain(); got != want {
			t.Errorf("%s prints %s, want %s", in, got, want)
		}
	}
	if got := MustParse("1234567.125").Grouped(); got != "1,234,567.13" {
		t.Errorf("Grouped = %s", got)
	}
	if got := MustParse("-1234.5").Grouped(); got != "-1,234.50" {
		t.Errorf("Grouped negative = %s", got)
	}
	if got := MustParse("400").Grouped(); got != "400.00" {
		t.Errorf("Grouped small = %s", got)
	}
}

func TestTail(t *testing.T) {
	// Two rows that each print rounded up, whose exact total prints one fen lower.
	rows := []Amount{MustParse("1.004"), MustParse("1.004"), MustParse("0.005")}
	total := Sum(rows...)
	if total.Plain() != "2.01" {
		t.Fatalf("total prints %s", total.Plain())
	}
	if tail := Tail(rows, total); tail.Plain() != "0.00" {
		t.Fatalf("tail = %s, want 0.00", tail.Plain())
	}
	rows = []Amount{MustParse("1.005"), MustParse("1.005")}
	if tail := Tail(rows, Sum(rows...)); tail.Plain() != "0.01" {
		t.Fatalf("tail = %s, want 0.01 (1.01+1.01 printed vs 2.01)", tail.Plain())
	}
}
