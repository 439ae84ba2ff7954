package docx

import (
	"regexp"
	"strings"

	"jixiao/pipeline/wordxml"
)

// tagPattern finds tags, as typed with a Chinese input method too:
// ｛｛.县｝｝ is {{.县}}.
var tagPattern = regexp.MustCompile(`(?:\{\{|｛｛).*?(?:\}\}|｝｝)`)

// smartQuotes undoes Word's AutoCorrect inside tags, so that
// {{if eq .等级 “优”}} still has a Go string in it.
var smartQuotes = strings.NewReplacer("“", `"`, "”", `"`, "‘", `"`, "’", `"`, "＂", `"`)

// halfWidth are the full-width characters a Chinese input method types in
// place of a tag's punctuation, and what they stand for outside quotes.
var halfWidth = map[rune]rune{'\u3000': ' ', '．': '.', '｜': '|', '＄': '$', '（': '(', '）': ')', '＝': '=', '：': ':', '－': '-'}

// normalizeTag makes a tag typed with a Chinese input method into the one
// meant: full-width braces, dots, spaces and quotes become ASCII; inside a
// quoted string nothing changes, so {{if eq .等级 "中（一般）"}} keeps its
// full-width parentheses.
func normalizeTag(tag string) string {
	tag = smartQuotes.Replace(tag)
	if strings.HasPrefix(tag, "｛｛") {
		tag = "{{" + strings.TrimPrefix(tag, "｛｛")
	}
	if strings.HasSuffix(tag, "｝｝") {
		tag = strings.TrimSuffix(tag, "｝｝") + "}}"
	}
	var b strings.Builder
	quoted := false
	for _, r := range tag {
		if r == '"' {
			quoted = !quoted
		}
		if h, ok := halfWidth[r]; ok && !quoted {
			r = h
		}
		b.WriteRune(r)
	}
	return b.String()
}

// fullWidth finds a full-width punctuation mark left outside quotes in a
// normalised tag, which the clerk has to retype; 0 when there is none.
func fullWidth(tag string) rune {
	quoted := false
	for _, r := range tag {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r >= 0xFF01 && r <= 0xFF5E, r >= 0x3000 && r <= 0x303F, r == '“' || r == '”' || r == '…' || r == '—':
			return r
		}
	}
	return 0
}

// edit replaces s[Start:End] with text.
type edit struct {
	Start, End int
	text       string
}

func applyEdits(s string, edits []edit) string {
	out := make([]wordxml.Edit, len(edits))
	for i, e := range edits {
		out[i] = wordxml.Edit{Start: e.Start, End: e.End, Text: e.text}
	}
	return wordxml.Apply(s, out)
}

// mergeSplitTags moves every tag that Word split across runs into the run
// where the tag starts. It works on the w:t contents alone, so proofing
// marks, bookmarks and revision ids between the runs stay where they were
// and the tag keeps its first run's formatting.
func mergeSplitTags(s string, paragraphs []span) string {
	var edits []edit
	for _, p := range paragraphs {
		nodes := texts(s, p.Start, p.End)
		if len(nodes) == 0 {
			continue
		}
		owner := make([]int, 0, 64) // node index of each byte of full
		var full strings.Builder
		for i, n := range nodes {
			full.WriteString(n.text)
			for range len(n.text) {
				owner = append(owner, i)
			}
		}
		text := full.String()
		if !strings.Contains(text, "{{") {
			continue
		}
		changed := false
		newOwner := append([]int(nil), owner...)
		tagText := map[int]string{} // tag start in full → normalised tag
		for _, m := range tagPattern.FindAllStringIndex(text, -1) {
			for k := m[0]; k < m[1]; k++ {
				newOwner[k] = owner[m[0]]
			}
			tag := text[m[0]:m[1]]
			if fixed := normalizeTag(tag); fixed != tag || owner[m[0]] != owner[m[1]-1] {
				changed = true
				tagText[m[0]] = fixed
			}
		}
		if !changed {
			continue
		}
		parts := make([]strings.Builder, len(nodes))
		for k := 0; k < len(text); {
			if t, ok := tagText[k]; ok {
				parts[newOwner[k]].WriteString(t)
				k += len(tagPattern.FindString(text[k:]))
				continue
			}
			parts[newOwner[k]].WriteByte(text[k])
			k++
		}
		for i, n := range nodes {
			nt := parts[i].String()
			if nt == n.text {
				continue
			}
			edits = append(edits, edit{n.tagStart, n.contentEnd, `<w:t xml:space="preserve">` + escapeText(nt)})
		}
	}
	return applyEdits(s, edits)
}
