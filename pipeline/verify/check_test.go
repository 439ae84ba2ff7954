package verify_test

import (
	"errors"
	"strings"
	"testing"

	"jixiao/pipeline/docx"
	"jixiao/pipeline/output"
	"jixiao/pipeline/verify"
)

// plain is a file of a format verify knows nothing of, whose reading is
// text alone.
type plain string

func (p plain) ReadBack() (output.Reading, error) { return p, nil }

func (p plain) Text() string { return string(p) }

// broken is a file that cannot be read back.
type broken string

func (b broken) ReadBack() (output.Reading, error) { return nil, errors.New(string(b)) }

// CheckFiles checks whatever files it is given, by what their readings
// say: a file it cannot read back, or whose text holds a template mark,
// fails the check, named, whatever its format.
func TestCheckFilesChecksAFormatItDoesNotKnow(t *testing.T) {
	out, o := sample(t)
	o = withPlacements(t, o)
	i, _, _ := find[*docx.Output](t, o)
	word := o[i]
	ok := verify.File{Name: "副本.txt", Output: plain("沁源县")}
	if err := verify.CheckFiles(out.Facts, []verify.File{word, ok}); err != nil {
		t.Fatalf("a clean text file fails: %v", err)
	}
	unreadable := verify.File{Name: "副本.txt", Output: broken("文件已损坏")}
	marked := verify.File{Name: "标记.txt", Output: plain("共组织{{.项目数}}个")}
	err := verify.CheckFiles(out.Facts, []verify.File{word, unreadable, marked})
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
