package verify_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/verify"
)

// Punctuation that an empty figure leaves between its template's marks
// fails the check, as a leftover {{ does, naming the place.
func TestPunctuationDebrisFailsTheCheck(t *testing.T) {
	for _, mark := range []string{"，。", "。。", "，，", "、、", "，、", "，；", "（）", "()", "“”", "（ ）"} {
		_, o := sample(t)
		o = replacedInDocx(t, o, "我县积极构建", "我县"+mark+"积极构建")
		err := verify.CheckFiles(factsOf(t), withPlacements(t, o))
		if err == nil || !strings.Contains(err.Error(), "有标点残留") || !strings.Contains(err.Error(), "我县") {
			t.Errorf("%s: err = %v", mark, err)
		}
	}
	// A project named with empty brackets is data, not debris.
	_, o := sample(t)
	o = withPlaced(t, withPlacements(t, o), "春节物资救助资金（）")
	o = replacedInDocx(t, o, "春节物资救助资金", "春节物资救助资金（）")
	if err := verify.CheckFiles(factsOf(t), o); err != nil && strings.Contains(err.Error(), "有标点残留") {
		t.Errorf("data with brackets: %v", err)
	}
}
