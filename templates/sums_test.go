package templates

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestSums(t *testing.T) {
	for name, c := range map[string]struct {
		data []byte
		sum  string
	}{
		"DisclosureSHA256": {Disclosure, DisclosureSHA256},
		"AttachmentSHA256": {Attachment, AttachmentSHA256},
		"GBT9704SHA256":    {GBT9704, GBT9704SHA256},
	} {
		got := sha256.Sum256(c.data)
		if hex.EncodeToString(got[:]) != c.sum {
			t.Errorf("%s is stale: set it to %x (sums.go)", name, got)
		}
	}
}
