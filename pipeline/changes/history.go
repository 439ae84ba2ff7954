package changes

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// HistoryName is the file that keeps every change report, newest first.
// A rebuild that changes nothing adds nothing to it and leaves Name as it
// was, so that neither is ever blanked by a forced rebuild.
const HistoryName = "变更记录.txt"

// Entry is one change report of the history.
type Entry struct {
	Number int    // 第 N 次: the N-th build that changed something
	Text   string // the report as Name had it, without the byte-order mark
}

const bom = "\uFEFF"

var marker = regexp.MustCompile(`^【第 (\d+) 次】$`)

// AddToHistory returns the history file history (empty for none) with
// report, a Text, added as the newest entry.
func AddToHistory(history []byte, county string, year int, report string) []byte {
	entries := parseHistory(string(history))
	number := 1
	if len(entries) > 0 {
		number = entries[0].Number + 1
	}
	entries = append([]Entry{{Number: number, Text: strings.TrimPrefix(report, bom)}}, entries...)
	var b strings.Builder
	b.WriteString(bom)
	fmt.Fprintf(&b, "%s%d年绩效目标情况说明：历次生成的变化记录（共 %d 次，最新的在前）\r\n", county, year, len(entries))
	for _, e := range entries {
		fmt.Fprintf(&b, "\r\n【第 %d 次】\r\n%s\r\n", e.Number, strings.TrimRight(e.Text, "\r\n"))
	}
	return []byte(b.String())
}

// History lists the change reports kept in the output folder dir, newest
// first; none when no build has changed anything yet.
func History(dir string) ([]Entry, error) {
	raw, err := os.ReadFile(filepath.Join(dir, HistoryName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read history %s: %w", filepath.Join(dir, HistoryName), err)
	}
	return parseHistory(string(raw)), nil
}

// parseHistory reads the entries back. Text before the first entry is the
// title; a file with no entry at all (written by hand) is kept whole as
// the first, so that adding to it loses nothing.
func parseHistory(text string) []Entry {
	text = strings.TrimPrefix(text, bom)
	if strings.TrimSpace(text) == "" {
		return nil
	}
	var entries []Entry
	var body []string
	flush := func() {
		if len(entries) > 0 {
			entries[len(entries)-1].Text = strings.Trim(strings.Join(body, "\r\n"), "\r\n") + "\r\n"
		}
		body = nil
	}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if m := marker.FindStringSubmatch(line); m != nil {
			flush()
			n, _ := strconv.Atoi(m[1])
			entries = append(entries, Entry{Number: n})
			continue
		}
		body = append(body, line)
	}
	flush()
	if len(entries) == 0 {
		return []Entry{{Number: 1, Text: strings.TrimRight(text, "\r\n") + "\r\n"}}
	}
	return entries
}
