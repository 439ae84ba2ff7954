package wordmodel

import (
	"html"
	"strings"
)

// Ruby is 拼音指南 (w:ruby): the guide text (w:rt) Word sets over the base
// text (w:rubyBase) of the runs it marks. Run is the guide's text and its
// formatting, its Size the guide's (w:hps); Raise is how far its baseline
// stands above the base's, in pt (w:hpsRaise: Word sets the guide with
// an EQ field's \up of that many points); Align places it over the base
// (w:rubyAlign: center, Word's default, left, right, distributeLetter,
// distributeSpace).
type Ruby struct {
	Run
	Raise float64
	Align string
}

// readRuby reads the w:ruby el, in a paragraph whose style's layers are
// layers (key its styleKey): its guide, and the offset in el where its
// base's runs start, which the paragraph reads as its own; -1 for a ruby
// of no base.
func (s *sheet) readRuby(key string, layers props, el string) (*Ruby, int) {
	base := next(el, "w:rubyBase", 0)
	if base < 0 {
		return nil, -1
	}
	pr, _ := cutElement(el, "w:rubyPr")
	prs := props{pr}
	ruby := &Ruby{Align: "center"}
	if v, ok := prs.val("w:rubyAlign"); ok && v != "" {
		ruby.Align = v
	}
	half := func(name string) (float64, bool) {
		v, ok := prs.val(name)
		n, err := parseFloat(v)
		return n / 2, ok && err == nil
	}
	if rt := next(el, "w:rt", 0); rt >= 0 && rt < base {
		guide := el[rt:end(el, rt, "w:rt")]
		var text strings.Builder
		for r := next(guide, "w:r", 0); r >= 0; r = next(guide, "w:r", r+1) {
			run := guide[r:end(guide, r, "w:r")]
			f := s.format(key, layers, run)
			if f.hidden {
				continue
			}
			if text.Len() == 0 {
				ruby.Run = f.run
			}
			text.WriteString(runText(run))
		}
		ruby.Text = text.String()
	}
	if n, ok := half("w:hps"); ok && n > 0 {
		ruby.Size = n
	}
	if n, ok := half("w:hpsRaise"); ok {
		ruby.Raise = n
	}
	return ruby, base
}

// rubyOverField lists a 拼音指南 over a field's result (a page number).
const rubyOverField = "拼音指南（加在域上的拼音无法显示，请把拼音加在普通文字上）"

// hasField reports whether the runs of x hold a field.
func hasField(x string) bool {
	return next(x, "w:fldChar", 0) >= 0 || next(x, "w:fldSimple", 0) >= 0 || next(x, "w:instrText", 0) >= 0
}

// runText is the text of a run's w:t elements.
func runText(run string) string {
	var b strings.Builder
	for t := next(run, "w:t", 0); t >= 0; t = next(run, "w:t", t+1) {
		gt := t + strings.IndexByte(run[t:], '>')
		if run[gt-1] == '/' {
			continue
		}
		if e := strings.Index(run[gt:], "</w:t>"); e > 0 {
			b.WriteString(html.UnescapeString(run[gt+1 : gt+e]))
		}
	}
	return b.String()
}
