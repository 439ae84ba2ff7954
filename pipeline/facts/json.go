package facts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unique"
)

// JSON is facts.json: indented, facts in document order, so that it diffs.
//
// It is laid out as encoding/json's indented encoder lays out the whole
// File, but encodes one element at a time into a buffer sized beforehand:
// a 100,000-row attachment's facts.json is some 180 MB, and the encoder
// would hold it twice over (compact, then indented) besides its growth.
func (f *File) JSON() []byte {
	var count jsonWriter
	f.write(&count)
	w := jsonWriter{out: make([]byte, 0, count.n)}
	f.write(&w)
	return w.out
}

// jsonWriter appends to out, or, with out nil, only counts.
type jsonWriter struct {
	out     []byte
	n       int
	scratch bytes.Buffer
	enc     *json.Encoder
}

func (w *jsonWriter) raw(s string) {
	w.n += len(s)
	if w.out != nil {
		w.out = append(w.out, s...)
	}
}

// value writes v as it would appear at the given nesting depth.
func (w *jsonWriter) value(v any, depth int) {
	if w.enc == nil {
		w.enc = json.NewEncoder(&w.scratch)
		w.enc.SetEscapeHTML(false)
	}
	w.scratch.Reset()
	w.enc.Encode(v) // the File's own fields, which always encode
	w.indent(bytes.TrimSuffix(w.scratch.Bytes(), []byte("\n")), depth)
}

// indent writes compact JSON b as encoding/json's indenter lays it out
// with a prefix of depth indents of two spaces. It is that indenter's
// layout without its validating scanner, which took a tenth of a long
// attachment's build (the encoder's output is valid, and has no white
// space outside its strings): a line break after an opening bracket
// (none inside an empty pair, {} and []) and after a comma, a space after
// a colon, and the closing bracket on a line of its own.
func (w *jsonWriter) indent(b []byte, depth int) {
	level, start := depth, 0 // b[start:i] is still to be written
	inString, escaped := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			if i+1 < len(b) && (b[i+1] == '}' || b[i+1] == ']') {
				i++
				continue
			}
			level++
			w.bytes(b[start : i+1])
			w.newline(level)
			start = i + 1
		case ',':
			w.bytes(b[start : i+1])
			w.newline(level)
			start = i + 1
		case ':':
			w.bytes(b[start : i+1])
			w.raw(" ")
			start = i + 1
		case '}', ']':
			level--
			w.bytes(b[start:i])
			w.newline(level)
			start = i
		}
	}
	w.bytes(b[start:])
}

// lineStart is a line break and the indents of up to 32 levels.
var lineStart = "\n" + strings.Repeat("  ", 32)

func (w *jsonWriter) newline(level int) {
	if 2*level < len(lineStart) {
		w.raw(lineStart[:1+2*level])
		return
	}
	w.raw("\n" + strings.Repeat("  ", level))
}

func (w *jsonWriter) bytes(b []byte) {
	w.n += len(b)
	if w.out != nil {
		w.out = append(w.out, b...)
	}
}

func (f *File) write(w *jsonWriter) {
	w.raw("{\n  \"county\": ")
	w.value(f.County, 1)
	w.raw(",\n  \"year\": ")
	w.value(f.Year, 1)
	w.raw(",\n  \"input\": ")
	w.value(f.Input, 1)
	w.raw(",\n  \"facts\": ")
	array(w, f.Facts)
	w.raw(",\n  \"checks\": ")
	array(w, f.Checks)
	w.raw(",\n  \"tables\": ")
	array(w, f.Tables)
	w.raw(",\n  \"rows\": ")
	array(w, f.Rows)
	w.raw("\n}\n")
}

// array writes a top-level field's list as the indented encoder would:
// null when nil, [] when empty, else one element after another.
func array[T any](w *jsonWriter, xs []T) {
	switch {
	case xs == nil:
		w.raw("null")
		return
	case len(xs) == 0:
		w.raw("[]")
		return
	}
	w.raw("[")
	for i := range xs {
		if i > 0 {
			w.raw(",")
		}
		w.raw("\n    ")
		w.value(&xs[i], 2)
	}
	w.raw("\n  ]")
}

// Parse reads a facts.json.
func Parse(raw []byte) (*File, error) {
	var f File
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("facts.json 无法读取：%w", err)
	}
	return &f, nil
}

// IsRowID reports whether id names a cell of a printed row (RowID), rather
// than a figure of the narrative: it begins section.rows[k]. (what
// ^[^.]+\.[^.\[]+\[[0-9]+\]\. matches), looked at without an expression
// because reading an earlier build asks it of every fact.
func IsRowID(id string) bool {
	i := strings.IndexByte(id, '.')
	if i <= 0 {
		return false
	}
	rest := id[i+1:]
	j := strings.IndexAny(rest, ".[")
	if j <= 0 || rest[j] != '[' {
		return false
	}
	rest = rest[j+1:]
	k := 0
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	return k > 0 && strings.HasPrefix(rest[k:], "].")
}

// leadingID is the id of a fact whose JSON begins with it, as facts.json
// writes every fact ({"id": "…", …), where it has no escapes; ok is false
// for any other beginning, and the fact is then decoded whole.
func leadingID(raw []byte) (id string, ok bool) {
	s := raw
	for _, want := range []string{"{", `"id"`, ":", `"`} {
		if s, ok = bytes.CutPrefix(bytes.TrimLeft(s, " \t\r\n"), []byte(want)); !ok {
			return "", false
		}
	}
	end := bytes.IndexByte(s, '"')
	if end < 0 || bytes.IndexByte(s[:end], '\\') >= 0 {
		return "", false
	}
	return string(s[:end]), true
}

// ReadPrevious reads an earlier build's facts.json for the change report,
// one element at a time, leaving out the facts of printed rows: the report
// compares rows by their Rows entry, and a long attachment's row facts
// would otherwise be read whole beside the new build's.
func ReadPrevious(r io.Reader) (*File, error) {
	f, err := readPrevious(json.NewDecoder(r))
	if err != nil {
		return nil, fmt.Errorf("facts.json 无法读取：%w", err)
	}
	return f, nil
}

func readPrevious(dec *json.Decoder) (*File, error) {
	var f File
	if err := expect(dec, '{'); err != nil {
		return nil, err
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		switch t {
		case "facts":
			// A printed row's fact, most of a long attachment's, is known
			// by its id and passed over undecoded.
			var raw json.RawMessage
			err = elements(dec, func() error {
				if err := dec.Decode(&raw); err != nil {
					return err
				}
				if id, ok := leadingID(raw); ok && IsRowID(id) {
					return nil
				}
				var x Fact
				if err := json.Unmarshal(raw, &x); err != nil || IsRowID(x.ID) {
					return err
				}
				f.Facts = append(f.Facts, x)
				return nil
			})
		case "rows":
			err = elements(dec, func() error {
				var x Row
				if err := dec.Decode(&x); err != nil {
					return err
				}
				// Every row repeats its section's and columns' names.
				x.Section = unique.Make(x.Section).Value()
				for i := range x.Cells {
					x.Cells[i].Column = unique.Make(x.Cells[i].Column).Value()
				}
				f.Rows = append(f.Rows, x)
				return nil
			})
		case "county":
			err = dec.Decode(&f.County)
		case "year":
			err = dec.Decode(&f.Year)
		case "input":
			err = dec.Decode(&f.Input)
		case "checks":
			err = dec.Decode(&f.Checks)
		case "tables":
			err = dec.Decode(&f.Tables)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return nil, err
		}
	}
	return &f, expect(dec, '}')
}

// elements calls each for every element of the array the decoder is at; a
// null is an empty array.
func elements(dec *json.Decoder, each func() error) error {
	t, err := dec.Token()
	if err != nil || t == nil {
		return err
	}
	if t != json.Delim('[') {
		return fmt.Errorf("应为数组，而不是 %v", t)
	}
	for dec.More() {
		if err := each(); err != nil {
			return err
		}
	}
	return expect(dec, ']')
}

func expect(dec *json.Decoder, d json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if t != d {
		return fmt.Errorf("应为 %v，而不是 %v", d, t)
	}
	return nil
}
