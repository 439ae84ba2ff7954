package wordmodel

import "testing"

// TestKinsokuListsAreReadForTheDocumentsLanguage: settings.xml's lists,
// their XML escapes undone, for the document's East Asian language,
// else for 简体中文; none for a document that writes none.
func TestKinsokuListsAreReadForTheDocumentsLanguage(t *testing.T) {
	settings := `<w:settings><w:noLineBreaksAfter w:lang="ja-JP" w:val="（"/><w:noLineBreaksBefore w:lang="ja-JP" w:val="）"/>` +
		`<w:noLineBreaksAfter w:lang="zh-CN" w:val="“（"/><w:noLineBreaksBefore w:lang="zh-CN" w:val="&gt;，。"/></w:settings>`
	if k := readKinsoku(settings, ""); k == nil || k.NoStart != ">，。" || k.NoEnd != "“（" {
		t.Errorf("zh-CN lists: %+v", k)
	}
	if k := readKinsoku(settings, "ja-JP"); k == nil || k.NoStart != "）" {
		t.Errorf("ja-JP lists: %+v", k)
	}
	if k := readKinsoku(`<w:settings/>`, "zh-CN"); k != nil {
		t.Errorf("no lists: %+v", k)
	}
}

// TestLineRulesResolveThroughTheLayers: each box is off only where the
// strongest layer that writes it turns it off.
func TestLineRulesResolveThroughTheLayers(t *testing.T) {
	for _, c := range []struct {
		layers props
		want   LineRules
	}{
		{props{``}, LineRules{}},
		{props{`<w:kinsoku w:val="0"/><w:wordWrap w:val="0"/>`}, LineRules{NoKinsoku: true, BreakWords: true}},
		{props{`<w:kinsoku w:val="0"/>`, `<w:kinsoku/>`}, LineRules{}},
		{props{`<w:overflowPunct w:val="false"/>`}, LineRules{NoHang: true}},
	} {
		if got := resolveLineRules(c.layers); got != c.want {
			t.Errorf("%q: %+v, want %+v", c.layers, got, c.want)
		}
	}
}
