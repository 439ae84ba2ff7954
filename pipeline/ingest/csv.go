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
	r    *csv.Reader
	text string
	row  int
	// lastLine and lastCol are where the last record's last field starts
	// (csv.Reader.FieldPos), so that a quote still open at the end of the
	// file can be told.
	lastLine, lastCol int
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
	return &csvSheet{r: newCSVReader(text), text: text}, nil
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
		if line, open := s.openAtEnd(); open {
			return 0, nil, nil, false, failf("第 %d 行起的引号没有配对，从这里到文件末尾都会被读成一个单元格（CSV 格式错误），请检查该行的双引号", line)
		}
		return 0, nil, nil, false, nil
	}
	if err == nil && len(rec) > 0 {
		s.lastLine, s.lastCol = s.r.FieldPos(len(rec) - 1)
	}
	if err != nil {
		// encoding/csv speaks English.
		line := s.row + 1
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.StartLine
		}
		return 0, nil, nil, false, failf("第 %d 行起的引号没有配对（CSV 格式错误），请检查该行的双引号", line)
	}
	s.row++
	return s.row, rec, affixCells(rec), true, nil
}

// openAtEnd reports whether the last field began with a quote that is
// never closed: encoding/csv, reading stray quotes leniently as Excel
// users write them, then reads the rest of the file into that one field
// without an error, which would make a shorter sheet.
func (s *csvSheet) openAtEnd() (int, bool) {
	if s.lastLine == 0 {
		return 0, false
	}
	at := offsetOf(s.text, s.lastLine, s.lastCol)
	if at < 0 || at >= len(s.text) || s.text[at] != '"' {
		return 0, false
	}
	body := strings.TrimRight(s.text[at+1:], "\r\n")
	quotes := len(body) - len(strings.TrimRight(body, `"`))
	// A closed field ends in its closing quote after pairs of escaped
	// ones: an odd run.
	if quotes%2 == 1 {
		return 0, false
	}
	return s.lastLine, true
}

// offsetOf is the byte offset in text of a 1-based line and column, as
// csv.Reader.FieldPos gives them.
func offsetOf(text string, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off + col - 1
}

func (s *csvSheet) merges() []span             { return nil }
func (s *csvSheet) hiddenRow(int) bool         { return false }
func (s *csvSheet) hiddenCols() ([]int, error) { return nil, nil }
func (s *csvSheet) filtered() bool             { return false }
func (s *csvSheet) formula(int, int) string    { return "" }
func (s *csvSheet) close()                     {}
