package verify_test

import (
	"errors"
	"strings"
	"testing"

	"jixiao/pipeline/docx"
	"jixiao/pipeline/verify"
)

// plain is a reading of a format verify knows nothing of: text alone.
type plain string

func (p plain) Text() string { return string(p) }

// CheckFiles checks whatever files it is given, by what their readings
// say: a file it cannot read back, or whose text holds a template mark,
// fails the check, named, whatever its format.
func TestCheckFilesChecksAFormatItDoesNotKnow(t *testing.T) {
	out, o := sample(t)
	o = withPlacements(t, o)
	word := verify.File{Name: o.DocxName, Read: func() (verify.Reading, error) {
		return (&docx.Output{Data: o.Docx, Placed: o.Placed}).ReadBack()
	}}
	ok := verify.File{Name: "副本.txt", Read: func() (verify.Reading, error) { return plain("沁源县"), nil }}
	if err := verify.CheckFiles(out.Facts, []verify.File{word, ok}); err != nil {
		t.Fatalf("a clean text file fails: %v", err)
	}
	broken := verify.File{Name: "副本.txt", Read: func() (verify.Reading, error) { return nil, errors.New("文件已损坏") }}
	marked := verify.File{Name: "标记.txt", Read: func() (verify.Reading, error) { return plain("共组织{{.项目数}}个"), nil }}
	err := verify.CheckFiles(out.Facts, []verify.File{word, broken, marked})
	var ve *verify.Error
	if !errors.As(err, &ve) || len(ve.Mismatches) != 3 { // the unreadable file, and {{ and }} in the other
		t.Fatalf("err = %v", err)
	}
	if m := ve.Mismatches[0].String(); !strings.Contains(m, "副本.txt") || !strings.Contains(m, "核对时无法读取：文件已损坏") {
		t.Errorf("the unreadable file: %s", m)
	}
	if m := ve.Mismatches[1].String(); !strings.Contains(m, "标记.txt") || !strings.Contains(m, "{{") {
		t.Errorf("the marked file: %s", m)
	}
}
