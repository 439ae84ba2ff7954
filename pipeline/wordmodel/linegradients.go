package wordmodel

// lineGradient reads a line's gradient (设置形状格式 → 线条 → 渐变线,
// a:ln's own a:gradFill): nil where the line has none. A rectangular
// or path gradient (path rect or shape), which a fill draws as four
// gradients each within its quarter of the box, cannot be a stroke's
// one colour source and is refused.
func (s *sheet) lineGradient(ln string) (*Gradient, string) {
	i := next(ln, "a:gradFill", 0)
	if i < 0 || (next(ln, "a:solidFill", 0) >= 0 && next(ln, "a:solidFill", 0) < i) || (next(ln, "a:noFill", 0) >= 0 && next(ln, "a:noFill", 0) < i) {
		return nil, ""
	}
	g, why := s.gradient(ln[i:end(ln, i, "a:gradFill")])
	if why != "" {
		return nil, why
	}
	if g.Path == "rect" || g.Path == "shape" {
		return nil, "的矩形或路径渐变无法显示"
	}
	if g.Tile != (Box{}) {
		return nil, "的渐变平铺无法显示"
	}
	return g, ""
}
