package manifest

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFreshness(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "data.xlsx")
	os.WriteFile(input, []byte("one"), 0o644)
	sources := []Source{{Key: "input", Path: input}, {Key: "template", SHA256: "abc"}}
	fresh, reason, _ := Fresh(dir, "jixiao 1", sources)
	if fresh || reason != "首次生成" {
		t.Fatalf("no manifest: %v %q", fresh, reason)
	}
	record := func() {
		inputs, key, err := Inputs("jixiao 1", sources, nil)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "out.docx"), []byte("doc"), 0o644)
		fi, err := os.Stat(filepath.Join(dir, "out.docx"))
		if err != nil {
			t.Fatal(err)
		}
		m := New("jixiao 1", inputs, key, map[string][]byte{"out.docx": []byte("doc")}, map[string]os.FileInfo{"out.docx": fi})
		os.WriteFile(filepath.Join(dir, Name), m.JSON(), 0o644)
	}
	record()
	if fresh, reason, _ := Fresh(dir, "jixiao 1", sources); !fresh {
		t.Fatalf("unchanged: %q", reason)
	}
	// Touched, same bytes: still fresh (hashed, since the time moved).
	later := time.Now().Add(time.Minute)
	os.Chtimes(input, later, later)
	if fresh, reason, _ := Fresh(dir, "jixiao 1", sources); !fresh {
		t.Errorf("touched but unchanged: %q", reason)
	}
	os.WriteFile(input, []byte("two"), 0o644)
	if fresh, _, _ := Fresh(dir, "jixiao 1", sources); fresh {
		t.Error("a changed input was taken as fresh")
	}
	record()
	if fresh, _, _ := Fresh(dir, "jixiao 2", sources); fresh {
		t.Error("a new tool version was taken as fresh")
	}
	sources[1].SHA256 = "def"
	if fresh, _, _ := Fresh(dir, "jixiao 1", sources); fresh {
		t.Error("a changed embedded template was taken as fresh")
	}
	sources[1].SHA256 = "abc"
	os.WriteFile(filepath.Join(dir, "out.docx"), []byte("edited"), 0o644)
	if fresh, reason, _ := Fresh(dir, "jixiao 1", sources); fresh || reason != "out.docx 被改动过" {
		t.Errorf("edited output: %v %q", fresh, reason)
	}
	os.Remove(filepath.Join(dir, "out.docx"))
	if fresh, reason, _ := Fresh(dir, "jixiao 1", sources); fresh || reason != "out.docx 已被删除" {
		t.Errorf("deleted output: %v %q", fresh, reason)
	}
}
