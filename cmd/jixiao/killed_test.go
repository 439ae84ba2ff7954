package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/publish"

	"github.com/xuri/excelize/v2"
)

// TestKilledWhilePublishing kills a real build, as kill -9 or a power cut
// would, once its temporary files or its journal show in the output
// folder, and shows that the folder then holds one whole version, the
// old one or the new, once the next command has recovered it. Where in
// publishing the kill lands is the machine's timing; what is asserted
// holds wherever it lands (publish's own tests stop at each operation).
func TestKilledWhilePublishing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	f, _ := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	f.SetCellStr("重点绩效评价结果", "B2", "改过的项目名称")
	changed := filepath.Join(dir, "changed.xlsx")
	f.SaveAs(changed)
	f.Close()
	original := writeJob(t, t.TempDir(), abs(t, "../../data/qinyuan-2023.xlsx"), out)
	edited := writeJob(t, dir, changed, out)
	for _, trigger := range []string{".jixiao-*.tmp", publish.Journal, ".jixiao-*.tmp", publish.Journal} {
		built(t, original)
		cmd := child("build", "-q", "--force", edited)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		killed := false
	watching:
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); {
			select {
			case <-exited:
				break watching
			default:
			}
			if m, _ := filepath.Glob(filepath.Join(out, trigger)); len(m) > 0 {
				cmd.Process.Kill()
				<-exited
				killed = true
				break
			}
		}
		if err := publish.Recover(out); err != nil {
			t.Fatal(err)
		}
		whole(t, out)
		if left, _ := filepath.Glob(filepath.Join(out, ".jixiao-*")); len(left) != 0 {
			t.Errorf("killed at %s (%v): left behind %v", trigger, killed, left)
		}
		newSet := strings.Contains(readText(t, out, "facts.json"), "改过的项目名称")
		if _, err := os.Stat(filepath.Join(out, publish.Journal)); err == nil || (!killed && !newSet) {
			t.Errorf("killed at %s (%v): the journal stays, or a build that ended did not publish", trigger, killed)
		}
		t.Logf("trigger %s: killed %v, new set %v", trigger, killed, newSet)
	}
}
