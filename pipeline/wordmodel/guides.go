package wordmodel

import (
	"math"
	"strconv"
)

// guideValues are the guides evaluated so far, by name.
type guideValues map[string]float64

// guides are the built-in guides of a shape w by h (ECMA-376 20.1.10.56
// ST_ShapeType's shape guides): its edges, centre, fractions of its
// sides and the angles of a quarter turn, in 60,000ths of a degree.
func guides(w, h float64) guideValues {
	ss, ls := min(w, h), max(w, h)
	g := guideValues{"l": 0, "t": 0, "r": w, "b": h, "w": w, "h": h, "hc": w / 2, "vc": h / 2, "ss": ss, "ls": ls,
		"cd2": 10800000, "cd4": 5400000, "cd8": 2700000, "3cd4": 16200000, "3cd8": 8100000, "5cd8": 13500000, "7cd8": 18900000}
	for _, n := range []int{2, 3, 4, 5, 6, 8, 10, 12, 16, 32} {
		s := strconv.Itoa(n)
		g["wd"+s], g["hd"+s], g["ssd"+s] = w/float64(n), h/float64(n), ss/float64(n)
	}
	return g
}

// value is a formula's argument: a guide's value or a number.
func (g guideValues) value(s string) float64 {
	if v, ok := g[s]; ok {
		return v
	}
	return number(s)
}

func number(s string) float64 {
	v, _ := parseFloat(s)
	return v
}

// formula evaluates one guide's formula (ECMA-376 20.1.9.11): op with its
// arguments; an angle is in 60,000ths of a degree.
func (g guideValues) formula(op string, args []string) float64 {
	var a [3]float64
	for i := range min(len(args), 3) {
		a[i] = g.value(args[i])
	}
	rad := func(v float64) float64 { return v / 60000 * math.Pi / 180 }
	switch op {
	case "val":
		return a[0]
	case "*/":
		if a[2] == 0 {
			return 0
		}
		return a[0] * a[1] / a[2]
	case "+-":
		return a[0] + a[1] - a[2]
	case "+/":
		if a[2] == 0 {
			return 0
		}
		return (a[0] + a[1]) / a[2]
	case "?:":
		if a[0] > 0 {
			return a[1]
		}
		return a[2]
	case "abs":
		return math.Abs(a[0])
	case "max":
		return max(a[0], a[1])
	case "min":
		return min(a[0], a[1])
	case "pin":
		return min(max(a[1], a[0]), a[2])
	case "sqrt":
		return math.Sqrt(a[0])
	case "mod":
		return math.Sqrt(a[0]*a[0] + a[1]*a[1] + a[2]*a[2])
	case "sin":
		return a[0] * math.Sin(rad(a[1]))
	case "cos":
		return a[0] * math.Cos(rad(a[1]))
	case "tan":
		return a[0] * math.Tan(rad(a[1]))
	case "at2":
		return math.Atan2(a[1], a[0]) * 180 / math.Pi * 60000
	case "cat2":
		return a[0] * math.Cos(math.Atan2(a[2], a[1]))
	case "sat2":
		return a[0] * math.Sin(math.Atan2(a[2], a[1]))
	}
	return 0
}
