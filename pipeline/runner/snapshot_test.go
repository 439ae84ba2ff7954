package runner

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/manifest"
)

// TestManifestRecordsTheBytesRead: the manifest describes the input by
// the snapshot the build read, so that a file saved after the reading is
// a change the next run sees, and never a version the outputs claim
// without having been built from it.
func TestManifestRecordsTheBytesRead(t *testing.T) {
	data, err := os.ReadFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "input.xlsx")
	os.WriteFile(path, data, 0o644)
	in, err := ingest.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, append(slices.Clone(data), "saved later"...), 0o644)
	sources := []manifest.Source{{Key: "job", SHA256: "j"}, {Key: "input", Path: path}}
	inputs, _, err := manifest.Inputs("t", withSnapshot(sources, in), nil)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if got := inputs["input"]; got.SHA256 != hex.EncodeToString(sum[:]) || got.Size != int64(len(data)) {
		t.Errorf("manifest records %s (%d bytes), the build read %x (%d)", got.SHA256, got.Size, sum, len(data))
	}
	if inputs["job"].SHA256 != "j" {
		t.Errorf("other sources lost: %v", inputs)
	}
	changed, err := manifest.Changed("t", sources, inputs)
	if err != nil || !slices.Equal(changed, []string{"input"}) {
		t.Errorf("changed = %v, %v", changed, err)
	}
}
