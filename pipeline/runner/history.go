package runner

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"time"

	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/preview"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/wordmodel"
)

// HistoryName is the log of a job's builds and uploads, kept in its output
// folder: one JSON object a line.
const HistoryName = ".jixiao-history.jsonl"

// Event is one line of the history: who did what, when, to which file.
type Event struct {
	Time   time.Time `json:"time"`
	User   string    `json:"user"`
	Action string    `json:"action"` // 上传数据, 上传模板, 生成, 自动生成
	File   string    `json:"file,omitempty"`
	SHA256 string    `json:"sha256,omitempty"`
	Result string    `json:"result"` // 已生成, 已是最新, 失败：…
	// Changes is how many figures or rows changed since the build before.
	Changes int `json:"changes,omitempty"`
}

var historyMu sync.Mutex

// Record appends e to j's history.
func Record(j *job.Job, e Event) error {
	historyMu.Lock()
	defer historyMu.Unlock()
	if err := os.MkdirAll(j.Output, 0o755); err != nil {
		return &publish.Error{Op: "创建输出目录", Path: j.Output, Err: err}
	}
	f, err := os.OpenFile(filepath.Join(j.Output, HistoryName), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return &publish.Error{Op: "写入", Path: filepath.Join(j.Output, HistoryName), Err: err}
	}
	defer f.Close()
	b, _ := json.Marshal(e)
	if _, err := f.Write(append(b, '\n')); err != nil {
		return &publish.Error{Op: "写入", Path: filepath.Join(j.Output, HistoryName), Err: err}
	}
	return nil
}

// History reads j's history, newest first, at most n events.
func History(j *job.Job, n int) []Event {
	f, err := os.Open(filepath.Join(j.Output, HistoryName))
	if err != nil {
		return nil
	}
	defer f.Close()
	var all []Event
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e Event
		if json.Unmarshal(sc.Bytes(), &e) == nil {
			all = append(all, e)
		}
	}
	out := make([]Event, 0, min(n, len(all)))
	for i := len(all) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, all[i])
	}
	return out
}

// Preview lays out j's published Word file as its PDF is laid out, and
// returns the pages as SVG, at most max of them: only those are laid out.
// The pages are kept until the file changes, so that a page view after
// the first costs a look at the file's size and time rather than a reading
// of a 100,000-row document.
func Preview(j *job.Job, max int) (_ []string, err error) {
	defer Guard(j, &err)
	path := filepath.Join(j.Output, j.DocxName)
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	key := previewKey{path: path, size: info.Size(), mtime: info.ModTime().UnixNano(), max: max}
	if pages, ok := previews.get(key); ok {
		return pages, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := wordmodel.Read(raw)
	if err != nil {
		return nil, err
	}
	l, err := loadPDFLayout(j)
	if err != nil {
		return nil, err
	}
	pages, err := preview.Preview(doc, layout.Options{Preset: l.preset, Fonts: l.fonts}, max)
	if err == nil {
		previews.put(key, pages)
	}
	return pages, err
}

// previewKey is a published Word file as it was when previewed.
type previewKey struct {
	path        string
	size, mtime int64
	max         int
}

// previewCache is the last preview of each file, by path.
type previewCache struct {
	mu sync.Mutex
	m  map[string]previewEntry
}

type previewEntry struct {
	key   previewKey
	pages []string
}

var previews = &previewCache{m: map[string]previewEntry{}}

func (c *previewCache) get(k previewKey) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[k.path]
	return e.pages, ok && e.key == k
}

// watched is the number of pages last previewed of path, if any has been
// since the process started.
func (c *previewCache) watched(path string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[path]
	return e.key.max, ok
}

// nextPreview lays out the preview of the Word file a build made while the
// build still holds its document, when the web page has shown the job's
// preview before (a build on the command line never has): the first view
// after the build does not read the file back. The returned function keeps
// the pages once the file is published.
func (s *state) nextPreview() (keep func()) {
	path := filepath.Join(s.j.Output, s.j.DocxName)
	max, ok := previews.watched(path)
	var doc *wordmodel.Document
	for _, r := range s.rendered {
		if r != nil && r.Filled != nil {
			doc = r.Filled
		}
	}
	if !ok || doc == nil {
		return func() {}
	}
	l, err := loadPDFLayout(s.j)
	if err != nil {
		return func() {}
	}
	pages, err := preview.Preview(doc, layout.Options{Preset: l.preset, Fonts: l.fonts}, max)
	if err != nil {
		return func() {}
	}
	return func() {
		if info, err := os.Stat(path); err == nil {
			previews.put(previewKey{path: path, size: info.Size(), mtime: info.ModTime().UnixNano(), max: max}, pages)
		}
	}
}

func (c *previewCache) put(k previewKey, pages []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k.path] = previewEntry{key: k, pages: pages}
}
