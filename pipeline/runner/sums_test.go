package runner

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"jixiao/fonts"
	"jixiao/templates"
)

// TestEmbeddedSums keeps the precomputed hashes of the embedded templates
// and fonts true; the up-to-date check trusts them instead of hashing
// megabytes on every run.
func TestEmbeddedSums(t *testing.T) {
	for name, c := range map[string]struct {
		data []byte
		sum  string
	}{
		"fonts.FangSongSHA256":       {fonts.FangSong, fonts.FangSongSHA256},
		"fonts.KaiSHA256":            {fonts.Kai, fonts.KaiSHA256},
		"fonts.SerifRegularSHA256":   {fonts.SerifRegular, fonts.SerifRegularSHA256},
		"fonts.SerifBoldSHA256":      {fonts.SerifBold, fonts.SerifBoldSHA256},
		"fonts.HeiSHA256":            {fonts.Hei, fonts.HeiSHA256},
		"templates.DisclosureSHA256": {templates.Disclosure, templates.DisclosureSHA256},
		"templates.AttachmentSHA256": {templates.Attachment, templates.AttachmentSHA256},
		"templates.GBT9704SHA256":    {templates.GBT9704, templates.GBT9704SHA256},
		"templates.DefinitionSHA256": {templates.Definition, templates.DefinitionSHA256},
	} {
		got := sha256.Sum256(c.data)
		if hex.EncodeToString(got[:]) != c.sum {
			t.Errorf("%s is stale: set it to %x (sums.go)", name, got)
		}
	}
}
