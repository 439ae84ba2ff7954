package pdf

import (
	"fmt"
	"maps"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestDamagedTemplatesAreReadWithoutCrashing damages every fixture of the
// corpus as a failed copy or a careless tool does — document.xml and each
// of its other parts (headers, footers, notes, numbering) cut short
// inside a tag or between two, one tag taken out — and reads and lays out
// each: the run refuses the file or draws what is left, but never panics
// and never loops (a damaged tag once made the reader spin for ever, and
// with it the server).
func TestDamagedTemplatesAreReadWithoutCrashing(t *testing.T) {
	for _, f := range allFeatures(t) {
		for i, damaged := range damagedVersions(f) {
			name := fmt.Sprintf("%s/%d", f.name, i)
			func() {
				defer func() {
					if e := recover(); e != nil {
						t.Errorf("%s: panic: %v\n%s", name, e, debug.Stack())
					}
				}()
				doc, err := wordmodel.Read(damaged.docx(t))
				if err != nil || i%8 != 0 {
					return // laying out every eighth is enough to reach the layout's readers
				}
				Render(doc, testOptions(t))
			}()
		}
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// damagedVersions are f with one part damaged in one way each: cut at
// twelve places spread over it (inside a tag where the place falls in
// one), or with one of twelve of its tags taken out.
func damagedVersions(f feature) []feature {
	var out []feature
	damage := func(s string, set func(feature, string) feature) {
		for k := 1; k <= 12; k++ {
			out = append(out, set(f, s[:len(s)*k/13]))
		}
		tags := tagRE.FindAllStringIndex(s, -1)
		for k := 0; k < 12 && len(tags) > 0; k++ {
			t := tags[len(tags)*k/12]
			out = append(out, set(f, s[:t[0]]+s[t[1]:]))
		}
	}
	damage(f.body, func(f feature, s string) feature { f.body = s; return f })
	for _, name := range slices.Sorted(maps.Keys(f.parts)) {
		if !strings.HasSuffix(name, ".xml") {
			continue
		}
		damage(f.parts[name], func(f feature, s string) feature {
			f.parts = maps.Clone(f.parts)
			f.parts[name] = s
			return f
		})
	}
	return out
}
