package manifest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// Name is the manifest's file name in the output folder.
const Name = "jixiao-manifest.json"

// Source is one thing the outputs depend on: a file on disk, or something
// embedded in the binary, known by the hash it was embedded with.
type Source struct {
	Key  string // what it is, such as "input" or "template.docx"
	Path string // a file, or "" for something embedded
	// SHA256 is the hash of the embedded thing, or of a file as the build
	// read it, whose Size and ModTime are then those it had when read.
	SHA256  string
	Size    int64
	ModTime int64
}

// Entry is what the manifest knows of one file.
type Entry struct {
	Path    string `json:"path,omitempty"`
	Size    int64  `json:"size,omitempty"`
	ModTime int64  `json:"mtime_ns,omitempty"`
	SHA256  string `json:"sha256"`
}

// Manifest is the content of jixiao-manifest.json.
type Manifest struct {
	Tool    string           `json:"tool"`
	Key     string           `json:"key"` // over the tool and every input
	Inputs  map[string]Entry `json:"inputs"`
	Outputs map[string]Entry `json:"outputs"`
}

// Load reads the manifest of an output folder; a missing one is (nil, nil).
func Load(dir string) (*Manifest, error) {
	raw, err := os.ReadFile(filepath.Join(dir, Name))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, nil // a damaged manifest only means a rebuild
	}
	return &m, nil
}

// JSON is the manifest as written: sorted keys, indented.
func (m *Manifest) JSON() []byte {
	b, _ := json.MarshalIndent(m, "", "  ")
	return append(b, '\n')
}

func hashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// entry describes a file, reusing known's hash when size and time match.
func entry(path string, known Entry) (Entry, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Entry{}, err
	}
	e := Entry{Path: path, Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
	if known.SHA256 != "" && known.Size == e.Size && known.ModTime == e.ModTime {
		e.SHA256 = known.SHA256
		return e, nil
	}
	e.SHA256, err = hashFile(path)
	return e, err
}

// Inputs describes the sources, reusing the hashes of old where files have
// not moved, and returns the key over all of them and tool.
func Inputs(tool string, sources []Source, old *Manifest) (map[string]Entry, string, error) {
	out := map[string]Entry{}
	for _, s := range sources {
		var known Entry
		if old != nil {
			known = old.Inputs[s.Key]
		}
		if s.Path == "" {
			out[s.Key] = Entry{SHA256: s.SHA256}
			continue
		}
		if s.SHA256 != "" {
			out[s.Key] = Entry{Path: s.Path, Size: s.Size, ModTime: s.ModTime, SHA256: s.SHA256}
			continue
		}
		e, err := entry(s.Path, known)
		if err != nil {
			return nil, "", err
		}
		out[s.Key] = e
	}
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := sha256.New()
	fmt.Fprintf(h, "tool %s\n", tool)
	for _, k := range keys {
		fmt.Fprintf(h, "%s %s\n", k, out[k].SHA256)
	}
	return out, hex.EncodeToString(h.Sum(nil)), nil
}

// Fresh reports whether the outputs in dir are those the sources would
// give: same key, and every recorded output present and untouched. The
// reason says, in Chinese, why not.
func Fresh(dir, tool string, sources []Source) (fresh bool, reason string, err error) {
	old, err := Load(dir)
	if err != nil {
		return false, "", err
	}
	if old == nil {
		return false, "首次生成", nil
	}
	_, key, err := Inputs(tool, sources, old)
	if err != nil {
		return false, "", err
	}
	if key != old.Key {
		return false, "数据、模板或任务文件有变化", nil
	}
	names := make([]string, 0, len(old.Outputs))
	for n := range old.Outputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		want := old.Outputs[name]
		got, err := entry(filepath.Join(dir, name), want)
		if errors.Is(err, os.ErrNotExist) {
			return false, name + " 已被删除", nil
		}
		if err != nil {
			return false, "", err
		}
		if got.SHA256 != want.SHA256 {
			return false, name + " 被改动过", nil
		}
	}
	return true, "", nil
}

// New describes a build: its inputs, as described before the build read
// them (key is "" when an input changed while the build ran, so that
// nothing is certified), and the outputs by the bytes the build wrote, with
// the size and time their files have (a rename keeps both).
func New(tool string, inputs map[string]Entry, key string, outputs map[string][]byte, stats map[string]os.FileInfo) *Manifest {
	m := &Manifest{Tool: tool, Key: key, Inputs: inputs, Outputs: map[string]Entry{}}
	for name, data := range outputs {
		e := Entry{Size: int64(len(data)), SHA256: hashBytes(data)}
		if fi, ok := stats[name]; ok && fi.Size() == e.Size {
			e.ModTime = fi.ModTime().UnixNano()
		}
		m.Outputs[name] = e
	}
	return m
}

// Changed reports which inputs differ from what before described: the
// files a build read while they were being saved.
func Changed(tool string, sources []Source, before map[string]Entry) ([]string, error) {
	after, _, err := Inputs(tool, sources, &Manifest{Inputs: before})
	if err != nil {
		return nil, err
	}
	var changed []string
	for k, e := range after {
		if b, ok := before[k]; !ok || b.SHA256 != e.SHA256 {
			changed = append(changed, k)
		}
	}
	sort.Strings(changed)
	return changed, nil
}
