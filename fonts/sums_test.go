package fonts

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
		"SerifRegularSHA256": {SerifRegular, SerifRegularSHA256},
		"SerifBoldSHA256":    {SerifBold, SerifBoldSHA256},
		"HeiSHA256":          {Hei, HeiSHA256},
	} {
		got := sha256.Sum256(c.data)
		if hex.EncodeToString(got[:]) != c.sum {
			t.Errorf("%s is stale: set it to %x (sums.go)", name, got)
		}
	}
}
