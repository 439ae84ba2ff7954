package runner

import "os"

// The tests lay out PDFs with the embedded fonts only, whatever fonts the
// machine has, so that what they assert holds on any machine.
func init() { os.Setenv("JIXIAO_FONT_DIRS", "none") }
