package pdf

import (
	"strings"
	"testing"
)

func TestTextReadsBackWhatWasDrawn(t *testing.T) {
	out := renderDoc(t, textDoc("2023年，我县（含“开发区”）共组织14个项目，涉及金额10790.69万元。"), false)
	pages, err := Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 {
		t.Fatalf("%d pages", len(pages))
	}
	got := strings.ReplaceAll(pages[0], "\n", "")
	if !strings.Contains(got, "2023年，我县（含“开发区”）共组织14个项目，涉及金额10790.69万元。") || !strings.Contains(got, "—1—") {
		t.Errorf("text = %q", pages[0])
	}
}

func TestStreamEndingInCarriageReturn(t *testing.T) {
	data := []byte("x\x01\x02\r") // compressed data may end in \r
	withLength := append([]byte("\n<</Length 4>>\nstream\n"), append(data, []byte("\nendstream\n")...)...)
	got, err := streamOf(withLength)
	if err != nil || string(got) != string(data) {
		t.Errorf("with /Length: %q %v", got, err)
	}
	without := append([]byte("\n<<>>\nstream\n"), append(data, []byte("\nendstream\n")...)...)
	got, err = streamOf(without)
	if err != nil || string(got) != string(data) {
		t.Errorf("without /Length: %q %v", got, err)
	}
}
