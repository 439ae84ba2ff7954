package layout

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Key says everything a layout's options are, as a comparable value: two
// writers whose options have the same key lay a document out alike and
// may share one Laid. Fonts are told apart by their parsed font, which
// the process shares among every copy of the same file.
func (o Options) Key() (string, error) {
	var b strings.Builder
	if o.Preset != nil {
		fmt.Fprintf(&b, "%+v", *o.Preset)
	}
	font := func(role string, raw []byte) error {
		l, err := parsed(raw)
		if err != nil {
			return fmt.Errorf("字体 %s（%s）：%v", role, o.Fonts.Names[role], err)
		}
		fmt.Fprintf(&b, "|%s=%p", role, l)
		return nil
	}
	for _, role := range slices.Sorted(maps.Keys(o.Fonts.Roles)) {
		if err := font(role, o.Fonts.Roles[role]); err != nil {
			return "", err
		}
	}
	if err := font("fallback", o.Fonts.Fallback); err != nil {
		return "", err
	}
	return b.String(), nil
}
