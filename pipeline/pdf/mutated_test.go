package pdf

import (
	"math/rand"
	"runtime/debug"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestMutatedTemplatesAreReadWithoutCrashing reads and lays out 400
// templates made from the corpus's fixtures by the edits a careless tool
// or an attacker makes — a span deleted, duplicated or moved, a number
// made huge, negative or zero, an attribute emptied, an end tag dropped,
// a piece of another fixture spliced in — to document.xml and now and
// then to a header or a note. None may panic; a loop shows as the test's
// timeout. The edits are drawn from a fixed seed, so a failure repeats;
// FuzzRender goes on from here with the fuzzer's own.
func TestMutatedTemplatesAreReadWithoutCrashing(t *testing.T) {
	features := allFeatures(t)
	var spares []string
	for _, f := range features {
		spares = append(spares, f.body)
	}
	r := rand.New(rand.NewSource(23))
	for n := range 400 {
		f := features[r.Intn(len(features))]
		f.body = mutate(r, f.body, spares)
		for name, part := range f.parts {
			if strings.HasSuffix(name, ".xml") && r.Intn(4) == 0 {
				parts := map[string]string{}
				for k, v := range f.parts {
					parts[k] = v
				}
				parts[name] = mutate(r, part, spares)
				f.parts = parts
				break
			}
		}
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Errorf("mutation %d of %s: panic: %v\n%s", n, f.name, e, debug.Stack())
				}
			}()
			doc, err := wordmodel.Read(f.docx(t))
			if err == nil {
				Render(doc, testOptions(t))
			}
		}()
	}
}

// mutate makes one to three edits to s.
func mutate(r *rand.Rand, s string, spares []string) string {
	b := []byte(s)
	for range 1 + r.Intn(3) {
		if len(b) == 0 {
			break
		}
		p := r.Intn(len(b))
		switch r.Intn(8) {
		case 0: // a span deleted
			b = append(b[:p:p], b[min(len(b), p+r.Intn(40)):]...)
		case 1: // a number made extreme
			if i := strings.IndexAny(string(b[p:]), "0123456789"); i >= 0 {
				i += p
				j := i
				for j < len(b) && b[j] >= '0' && b[j] <= '9' {
					j++
				}
				v := []string{"0", "-1", "99999999", "-99999", "100000000000", "1e9"}[r.Intn(6)]
				b = append(b[:i:i], append([]byte(v), b[j:]...)...)
			}
		case 2: // a span duplicated
			q := min(len(b), p+r.Intn(200))
			b = append(b[:q:q], append(append([]byte{}, b[p:q]...), b[q:]...)...)
		case 3: // cut short
			b = b[:p]
		case 4: // an attribute emptied
			if i := strings.Index(string(b[p:]), `="`); i >= 0 {
				if j := strings.IndexByte(string(b[p+i+2:]), '"'); j >= 0 {
					b = append(b[:p+i+2:p+i+2], b[p+i+2+j:]...)
				}
			}
		case 5: // a span moved
			q := min(len(b), p+r.Intn(300))
			span := append([]byte{}, b[p:q]...)
			rest := append(b[:p:p], b[q:]...)
			at := r.Intn(len(rest) + 1)
			b = append(rest[:at:at], append(span, rest[at:]...)...)
		case 6: // a piece of another fixture spliced in
			o := spares[r.Intn(len(spares))]
			if len(o) > 0 {
				a := r.Intn(len(o))
				b = append(b[:p:p], append([]byte(o[a:min(len(o), a+r.Intn(600))]), b[p:]...)...)
			}
		case 7: // an end tag dropped
			if i := strings.Index(string(b[p:]), "</"); i >= 0 {
				if j := strings.IndexByte(string(b[p+i:]), '>'); j >= 0 {
					b = append(b[:p+i:p+i], b[p+i+j+1:]...)
				}
			}
		}
	}
	return string(b)
}
