package job

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// SetKey returns the job file raw with its top-level key set to value, a
// plain YAML scalar (true, false, a number, a word). Only the value's text
// changes, or one line "key: value" is added at the end when the key is
// absent: every other line, comment, the byte-order mark and the line
// endings stay as the clerk wrote them, which re-encoding the YAML would
// not keep.
func SetKey(raw []byte, key, value string) ([]byte, error) {
	body := bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
	bom := raw[:len(raw)-len(body)]
	if !utf8.Valid(body) {
		return nil, errors.New("set key: the job file is not UTF-8")
	}
	var root yaml.Node
	if err := yaml.Unmarshal(body, &root); err != nil {
		return nil, fmt.Errorf("set key: %w", err)
	}
	if len(root.Content) == 0 {
		return join(bom, appendLine(body, key+": "+value)), nil
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode || top.Style&yaml.FlowStyle != 0 {
		return nil, errors.New("set key: the job file is not a block mapping")
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if k.Value != key {
			continue
		}
		if v.Kind != yaml.ScalarNode || v.Anchor != "" || v.Style != 0 && v.Style != yaml.TaggedStyle {
			return nil, fmt.Errorf("set key %s: its value is not a plain scalar", key)
		}
		return join(bom, replaceValue(body, k, v, value)), nil
	}
	return join(bom, appendLine(body, key+": "+value)), nil
}

// replaceValue puts value in place of v's text, on its line, before any
// comment; an empty value ("key:") gets value after the key's colon.
func replaceValue(body []byte, k, v *yaml.Node, value string) []byte {
	line, col := v.Line, v.Column
	empty := v.Tag == "!!null" && v.Value == ""
	if empty {
		line, col = k.Line, k.Column
	}
	start := lineStart(body, line)
	end := start + bytes.IndexAny(append(body[start:len(body):len(body)], '\n'), "\r\n")
	text := body[start:end]
	at := runeOffset(text, col-1)
	if empty {
		at += bytes.IndexByte(text[at:], ':') + 1
		value = " " + value
	}
	rest := text[at:]
	stop := len(rest)
	if c := bytes.Index(rest, []byte(" #")); c >= 0 {
		stop = c
	}
	if empty {
		stop = 0
	}
	tail := bytes.TrimRight(rest[:stop], " \t")
	out := append([]byte{}, body[:start+at]...)
	out = append(out, value...)
	return append(out, body[start+at+len(tail):]...)
}

// appendLine adds line at the end of body in body's line endings.
func appendLine(body []byte, line string) []byte {
	eol := "\n"
	if bytes.Contains(body, []byte("\r\n")) {
		eol = "\r\n"
	}
	out := append([]byte{}, body...)
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, eol...)
	}
	return append(out, line+eol...)
}

// lineStart is the offset of 1-based line n.
func lineStart(body []byte, n int) int {
	at := 0
	for ; n > 1; n-- {
		at += bytes.IndexByte(body[at:], '\n') + 1
	}
	return at
}

// runeOffset is the byte offset of the n-th character of text: yaml
// counts columns in characters, and a line may hold Chinese before them.
func runeOffset(text []byte, n int) int {
	at := 0
	for ; n > 0 && at < len(text); n-- {
		_, size := utf8.DecodeRune(text[at:])
		at += size
	}
	return at
}

func join(bom, body []byte) []byte { return append(append([]byte{}, bom...), body...) }
