package runner

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"time"

	"jixiao/pipeline/job"
	"jixiao/pipeline/publish"
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
