package publish

import (
	"fmt"
	"os/exec"
	"runtime"
)

// chattr sets or clears an inode flag, where the system and the file
// system have them and the user may.
func chattr(flag, path string) error {
	if runtime.GOOS != "linux" {
		return fmt.Errorf("no chattr on %s", runtime.GOOS)
	}
	out, err := exec.Command("chattr", flag, path).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v: %s", err, out)
	}
	return nil
}
