package wordmodel

import (
	"strings"

	"jixiao/pipeline/wordxml"
)

// theme is the document theme's fonts, by the names rFonts' *Theme
// attributes use (minorEastAsia, majorHAnsi …).
type theme map[string]string

// readTheme reads the major and minor fonts of theme1.xml: the Latin
// typeface, and the East Asian one, which Word's themes leave empty and
// name per script instead (Hans, 简体中文).
func readTheme(raw string) theme {
	t := theme{}
	for _, kind := range []string{"major", "minor"} {
		i := wordxml.Next(raw, "a:"+kind+"Font", 0, len(raw))
		if i < 0 {
			continue
		}
		part := raw[i:end(raw, i, "a:"+kind+"Font")]
		face := func(name string) string {
			j := wordxml.Next(part, name, 0, len(part))
			if j < 0 {
				return ""
			}
			return attr(part[j:j+strings.IndexByte(part[j:], '>')], "typeface")
		}
		latin, ea := face("a:latin"), face("a:ea")
		if ea == "" {
			for _, sp := range wordxml.Elements(part, "a:font", 0, len(part)) {
				if tag := part[sp.Start : sp.Start+strings.IndexByte(part[sp.Start:], '>')]; attr(tag, "script") == "Hans" {
					ea = attr(tag, "typeface")
				}
			}
		}
		t[kind+"EastAsia"] = ea
		t[kind+"HAnsi"], t[kind+"Ascii"] = latin, latin
		t[kind+"Bidi"] = face("a:cs")
	}
	return t
}

// font is the typeface the strongest layer names for a script: attr is
// w:eastAsia or w:ascii; a theme reference in the same layer wins over a
// name, as in Word.
func (t theme) font(layers props, attr_ string) string {
	themed := attr_ + "Theme"
	if attr_ == "w:cs" {
		themed = "w:cstheme" // so ECMA-376 spells it
	}
	tag := strongestWith(layers, "w:rFonts", []string{attr_, themed})
	if v := attr(tag, themed); v != "" {
		return t[v]
	}
	return attr(tag, attr_)
}
