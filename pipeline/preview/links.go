package preview

import (
	"fmt"
	"html"
	"strings"

	"jixiao/pipeline/layout"
)

// PageID is the id of the SVG of page number (from 1), which a link to a
// place in the document goes to.
func PageID(number int) string { return fmt.Sprintf("jixiao-page-%d", number) }

// svgLink is a Link item as an <a> over its box. An address opens in a
// new tab; a link to a bookmark (#name) goes to its page's SVG when the
// layout knows the page (a Head layout knows none: the words stay, not
// clickable). Only web and mail addresses are links: a javascript: or
// file: target in a document is never made clickable on the page.
func svgLink(o layout.Item, laid *layout.Laid) string {
	href, extra := "", ` target="_blank" rel="noopener noreferrer"`
	if name, ok := strings.CutPrefix(o.Text, "#"); ok {
		page, _, known := laid.Dest(name)
		if !known {
			return ""
		}
		href, extra = "#"+PageID(page), ""
	} else if safeTarget(o.Text) {
		href = o.Text
	} else {
		return ""
	}
	return fmt.Sprintf(`<a href="%s"%s><rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="transparent"/></a>`,
		html.EscapeString(href), extra, o.X, o.Y, o.W, o.H)
}

// safeTarget reports whether an address is one a page may link to.
func safeTarget(target string) bool {
	lower := strings.ToLower(strings.TrimSpace(target))
	for _, scheme := range []string{"http://", "https://", "mailto:"} {
		if strings.HasPrefix(lower, scheme) {
			return true
		}
	}
	return false
}
