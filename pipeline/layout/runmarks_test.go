package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/runtest"
)

// laidDocx lays out a .docx as Word or WPS saved it, nothing of it
// listed as not drawn.
func laidDocx(t *testing.T, docx []byte) *renderer {
	t.Helper()
	_, r := laidShapes(t, docx)
	return r
}

// pathsOf are the paths drawn, filled or stroked.
func pathsOf(r *renderer) []*Path {
	var out []*Path
	for _, o := range kindOf(r, opPath) {
		out = append(out, o.path)
	}
	return out
}

// TestEmphasisMarksAreDrawnAtEachCharacter: a dot, comma or circle
// stands above each character of a run Word sets them on, a dot below for
// underDot, centred on the character, in its colour; none at a space or
// a punctuation mark, none on the plain text beside.
func TestEmphasisMarksAreDrawnAtEachCharacter(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		for _, kind := range []string{"dot", "comma", "circle", "underDot"} {
			body := runtest.Para(w.Run("", "平常"), w.Run(runtest.Em(kind)+`<w:color w:val="C00000"/>`, "重点，工作 ab"), w.Run("", "其后"))
			r := laidDocx(t, runtest.Docx(t, body, "", nil))
			paths := pathsOf(r)
			// 重 点 工 作 and a, b: the comma and the space have none.
			if len(paths) != 6 {
				t.Fatalf("%v %s: %d marks, want 6", w, kind, len(paths))
			}
			base := textOp(t, r, "重")
			size := base.size * ptToMM
			for i, p := range paths {
				x, y, pw, ph := p.Bounds()
				cy := y + ph/2
				if kind == "comma" {
					cy = y + dotSize*size/2
				}
				above := cy < base.y-0.8*size && cy > base.y-1.2*size
				below := cy > base.y && cy < base.y+0.4*size
				if kind == "underDot" && !below || kind != "underDot" && !above {
					t.Errorf("%v %s: mark %d at y %.2f, baseline %.2f, size %.2f", w, kind, i, cy, base.y, size)
				}
				if c := p.Fill + p.Stroke; c != "C00000" {
					t.Errorf("%v %s: mark in %q", w, kind, c)
				}
				if pw > 0.3*size || ph > 0.5*size {
					t.Errorf("%v %s: mark %.2f × %.2f mm for %.2f mm type", w, kind, pw, ph, size)
				}
				if i == 0 {
					if mid := x + pw/2; kind != "comma" && !near(mid, base.x+size/2) && mid-base.x-size/2 > 0.05 {
						t.Errorf("%v %s: the first mark's middle at %.2f, its character from %.2f", w, kind, mid, base.x)
					}
				}
			}
			if _, _, pw, _ := paths[5].Bounds(); paths[5].Segs[0].Pts[0].X-pw/2 < textOp(t, r, "作").x+size {
				t.Errorf("%v %s: the last mark is not past 作", w, kind)
			}
		}
	}
}

// TestTextBordersBoxTheirRuns: a run's text border is a box around it,
// in its colour, width and style, the text moved in by the border's line
// and space; two runs of the same border are one box, a run of another
// border has its own, and plain text none.
func TestTextBordersBoxTheirRuns(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		red := w.Bdr("single", 12, "FF0000", 1)
		body := runtest.Para(w.Run("", "前"), w.Run(red, "一二"), w.Run(red+"<w:b/>", "三"), w.Run(w.Bdr("double", 4, "auto", 0), "双"),
			w.Run(w.Bdr("dotted", 8, "0000FF", 0), "点"), w.Run("", "后"))
		r := laidDocx(t, runtest.Docx(t, body, "", nil))
		paths := pathsOf(r)
		if len(paths) != 4 {
			t.Fatalf("%v: %d border paths, want 4 (one red box, two strands of the double, one dotted)", w, len(paths))
		}
		before, one, three, after := textOp(t, r, "前"), textOp(t, r, "一"), textOp(t, r, "三"), textOp(t, r, "后")
		size := one.size * ptToMM
		x, y, bw, bh := paths[0].Bounds()
		pad := (1 + 1.5) * ptToMM
		switch {
		case paths[0].Stroke != "FF0000" || !near(paths[0].Width, 1.5*ptToMM) || paths[0].Dash != nil:
			t.Errorf("%v: red box %+v", w, paths[0])
		case x > one.x-pad+1.5*ptToMM || x < before.x+0.9*size:
			t.Errorf("%v: the box's left %.2f, 前 ends %.2f, 一 starts %.2f", w, x, before.x+size, one.x)
		case x+bw < three.x+size || y > one.y-0.8*size || y+bh < one.y+0.15*size:
			t.Errorf("%v: box (%.2f, %.2f) %.2f × %.2f does not hold 一二三 at %.2f–%.2f, baseline %.2f", w, x, y, bw, bh, one.x, three.x+size, one.y)
		case !near(one.x-(before.x+r.g.cell), pad):
			t.Errorf("%v: 一 at %.2f, %.2f after 前's cell, not moved in by the border's %.2f", w, one.x, one.x-before.x-r.g.cell, pad)
		case paths[1].Stroke != "000000" || paths[2].Stroke != "000000" || paths[3].Stroke != "0000FF" || paths[3].Dash == nil:
			t.Errorf("%v: double %+v %+v, dotted %+v", w, paths[1], paths[2], paths[3])
		case after.x < x+bw:
			t.Errorf("%v: 后 at %.2f inside the box ending %.2f", w, after.x, x+bw)
		}
	}
}

// baselines are those of the lines of 预算, in order.
func baselines(r *renderer) []float64 {
	var out []float64
	for _, o := range kindOf(r, opText) {
		if !strings.ContainsAny(o.text, "预算") {
			continue
		}
		if len(out) == 0 || !near(out[len(out)-1], o.y) {
			out = append(out, o.y)
		}
	}
	return out
}

// TestScaleAndSpacingSetTextWiderOrNarrower: a run scaled to 150% is
// drawn stretched and takes half as much room again, so that a paragraph
// that fills one line at 100% takes two; at 66% it is narrower; spacing
// puts its points after each character; and the lines break where the
// widths say.
func TestScaleAndSpacingSetTextWiderOrNarrower(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		text := strings.Repeat("预算", 14) // 28 characters: one full line of the template's body
		lay := func(rPr string) *renderer {
			return laidDocx(t, runtest.Docx(t, runtest.Para(w.Run(rPr, text)), "", nil))
		}
		plain := lay("")
		if n := len(baselines(plain)); n != 1 {
			t.Fatalf("%v: the plain text takes %d lines", w, n)
		}
		wide, narrow := lay(runtest.Scale(150)), lay(runtest.Scale(66))
		if n := len(baselines(wide)); n != 2 {
			t.Errorf("%v: at 150%% the text takes %d lines, want 2", w, n)
		}
		first := kindOf(wide, opText)
		if first[0].hscale != 1.5 || first[1].x-first[0].x < 1.49*(kindOf(plain, opText)[1].x-kindOf(plain, opText)[0].x) {
			t.Errorf("%v: 150%%: scale %v, characters %.2f apart", w, first[0].hscale, first[1].x-first[0].x)
		}
		ns := kindOf(narrow, opText)
		if n := ns[len(text)/3-1]; len(baselines(narrow)) != 1 || kindOf(narrow, opText)[0].hscale != 0.66 || n.x > plain.left()+plain.width()*0.7 {
			t.Errorf("%v: at 66%% %d lines, the last character at %.2f", w, len(baselines(narrow)), n.x)
		}
		spaced := lay(runtest.Spacing(60)) // 3 pt after each character
		ts := kindOf(spaced, opText)
		pt := kindOf(plain, opText)
		if d, d0 := ts[1].x-ts[0].x, pt[1].x-pt[0].x; !near(d, d0+3*ptToMM) || len(baselines(spaced)) != 2 {
			t.Errorf("%v: spaced 3 pt: characters %.2f apart (plain %.2f), %d lines", w, d, d0, len(baselines(spaced)))
		}
		condensed := lay(runtest.Spacing(-20) + runtest.Scale(100))
		if ts := kindOf(condensed, opText); !near(ts[1].x-ts[0].x, pt[1].x-pt[0].x-ptToMM) {
			t.Errorf("%v: condensed 1 pt: characters %.2f apart", w, ts[1].x-ts[0].x)
		}
	}
}

// TestEmphasisMarksMakeTheirLineTaller: a single-spaced line holding
// emphasis marks above its text is a quarter of a line taller over it,
// one of underDot marks as much under it, off the grid and in a table
// cell; a line of an exact height keeps it.
func TestEmphasisMarksMakeTheirLineTaller(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		para := func(rule, rPr, text string) string {
			return strings.Replace(runtest.Para(w.Run(rPr, text)), `<w:pStyle w:val="Normal"/>`, `<w:pStyle w:val="Normal"/><w:snapToGrid w:val="0"/><w:spacing w:line="`+rule+`"/>`, 1)
		}
		auto := `240" w:lineRule="auto`
		exact := `400" w:lineRule="exact`
		body := para(auto, "", "甲") + para(auto, "", "乙") + para(auto, runtest.Em("dot"), "丙") + para(auto, "", "丁") +
			para(auto, runtest.Em("underDot"), "戊") + para(auto, "", "己") + para(exact, "", "庚") + para(exact, runtest.Em("dot"), "辛") + para(exact, "", "壬") +
			runtest.Table([]int{3000, 3000}, w.Cell(3000, "", "", para(auto, "", "子"), para(auto, runtest.Em("dot"), "丑"), para(auto, "", "寅")),
				w.Cell(3000, "", "", para(auto, "", "卯"), para(auto, "", "辰"), para(auto, "", "巳")))
		r := laidDocx(t, runtest.Docx(t, body, "", nil))
		y := func(s string) float64 { return textOp(t, r, s).y }
		line := y("乙") - y("甲")
		room := markRoom * textOp(t, r, "甲").size * ptToMM * singleLine
		for _, c := range []struct {
			a, b string
			want float64
		}{{"乙", "丙", line + room}, {"丙", "丁", line}, {"丁", "戊", line}, {"戊", "己", line + room},
			{"庚", "辛", twips(400)}, {"辛", "壬", twips(400)}, {"子", "丑", line + room}, {"丑", "寅", line}} {
			if got := y(c.b) - y(c.a); !nearly(got, c.want, 0.01) {
				t.Errorf("%v: %s %.2f mm under %s, want %.2f", w, c.b, got, c.a, c.want)
			}
		}
		// The plain cell beside keeps its lines.
		if d := y("巳") - y("卯"); !nearly(d, 2*line, 0.01) {
			t.Errorf("%v: the plain cell's lines %.2f apart, want %.2f", w, d/2, line)
		}
	}
}
