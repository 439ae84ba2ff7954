package wordmodel

import (
	"errors"
	"math"
	"strconv"
)

var errNotFinite = errors.New("not a finite number")

// parseFloat reads a number as strconv.ParseFloat does but refuses NaN,
// the infinities and what overflows to them (1e309): a damaged or
// crafted template writes them where Word only ever writes a finite
// number, and one NaN position kept the layout looking for room below a
// float for ever. The callers read the refusal as they read any other
// unreadable number.
func parseFloat(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, errNotFinite
	}
	return f, nil
}
