package suggest

// Closest returns the candidate nearest to want, or "" when none is near
// enough to be a likely typo (more than about half the characters differ).
// fold, if not nil, is applied to both sides before comparing.
func Closest(want string, candidates []string, fold func(string) string) string {
	if fold == nil {
		fold = func(s string) string { return s }
	}
	w := fold(want)
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := Distance(w, fold(c)); d < bestD {
			best, bestD = c, d
		}
	}
	if bestD <= (len([]rune(w))+1)/2 {
		return best
	}
	return ""
}

// Distance is the Levenshtein distance between a and b, in runes.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
