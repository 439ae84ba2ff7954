package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// csvSheet is one sheet kept as a CSV file: UTF-8 with or without a BOM, or
// GB18030 (which covers GBK and GB2312, what Excel on a Chinese Windows
// writes), told apart without being told.
type csvSheet struct {
	r   *csv.Reader
	row int
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeCSV returns the text of a CSV file as UTF-8, and the encoding it was in.
func decodeCSV(raw []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(raw, utf8BOM):
		if rest := raw[len(utf8BOM):]; utf8.Valid(rest) {
			return string(rest), "UTF-8", nil
		}
		return "", "", fmt.Errorf("文件标明是 UTF-8 编码，但内容中有无效字符，文件可能已损坏")
	case utf8.Valid(raw):
		return string(raw), "UTF-8", nil
	}
	text, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", fmt.Errorf("既不是 UTF-8 也不是 GBK/GB18030 编码，请在 Excel 中另存为“CSV UTF-8”")
	}
	return string(text), "GB18030", nil
}

func csvSource(raw []byte) (*csvSheet, error) {
	text, _, err := decodeCSV(raw)
	if err != nil {
		return nil, err
	}
	return &csvSheet{r: newCSVReader(text)}, nil
}

// newCSVReader reads what Excel writes: rows of any length, stray quotes.
func newCSVReader(text string) *csv.Reader {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	return r
}

func (s *csvSheet) next() (int, []string, []string, bool, error) {
	rec, err := s.r.Read()
	if err == io.EOF {
		return 0, nil, nil, false, nil
	}
	if err != nil {
		// encoding/csv speaks English; with lazy quotes only a quoted
		// field left open at the end of the file is an error.
		line := s.row + 1
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.StartLine
		}
		return 0, nil, nil, false, failf("第 %d 行起的引号没有配对（CSV 格式错误），请检查该行的双引号", line)
	}
	s.row++
	return s.row, rec, nil, true, nil
}

func (s *csvSheet) merges() []span          { return nil }
func (s *csvSheet) formula(int, int) string { return "" }
func (s *csvSheet) close()                  {}
