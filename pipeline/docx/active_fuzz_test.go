package docx

import (
	"strings"
	"testing"
)

// FuzzActiveInStory: any part, however broken, is read to its end without
// a panic, and a DDEAUTO field in simple form is always found.
func FuzzActiveInStory(f *testing.F) {
	for _, form := range fieldForms {
		f.Add(form(` DDEAUTO cmd `))
		f.Add(form(`INCLUDETEXT "x"`))
	}
	f.Add(`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>`)
	f.Add(`<w:fldSimple w:instr='`)
	// Found by fuzzing: its end tag came before its start tag ended. Kept
	// here, not in testdata/, whose folders are the golden cases.
	f.Add(`<w:instrText </0>`)
	f.Fuzz(func(t *testing.T, s string) {
		activeInStory("word/document.xml", s)
		probe := `<w:p><w:fldSimple w:instr="DDEAUTO cmd"/></w:p>`
		if strings.Count(s, "<") == strings.Count(s, ">") && !strings.Contains(s, "<w:fldChar") && !strings.Contains(s, "<!") {
			if got := activeInStory("word/document.xml", s+probe); len(got) == 0 {
				t.Errorf("%q: the appended DDEAUTO field was missed", s)
			}
		}
	})
}
