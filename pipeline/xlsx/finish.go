package xlsx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/opc"
)

// finish rewrites the workbook excelize wrote: each formula cell gets its
// computed value as a number, and the zip entries get a fixed order and no
// timestamps.
func finish(raw []byte, formulas []placed) ([]byte, error) {
	parts, err := ingest.SheetParts(raw)
	if err != nil {
		return nil, err
	}
	values := map[string]map[string]string{} // by part, then formula
	for _, f := range formulas {
		part := parts[f.sheet]
		if values[part] == nil {
			values[part] = map[string]string{}
		}
		var b strings.Builder
		xml.EscapeText(&b, []byte(f.text))
		values[part][b.String()] = f.value
	}
	// Parts excelize compressed and that need no change are copied as
	// they are: no second deflate.
	rewrite := func(name string) bool {
		return values[name] != nil || name == "[Content_Types].xml"
	}
	edit := func(name string, body []byte) []byte {
		if name == "[Content_Types].xml" {
			return sortedContentTypes(body)
		}
		return formulaValues(body, values[name])
	}
	return opc.Rewrite(raw, rewrite, edit, entryRank)
}

// entryRank orders zip entries as Excel writes them: content types first.
func entryRank(name string) string {
	switch name {
	case "[Content_Types].xml":
		return "0"
	case "_rels/.rels":
		return "1"
	}
	return "2" + name
}

var formulaCell = regexp.MustCompile(`<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="str"><f>([^<]*)</f>(?:<v>[^<]*</v>)?</c>`)

func formulaValues(sheet []byte, values map[string]string) []byte {
	return formulaCell.ReplaceAllFunc(sheet, func(m []byte) []byte {
		g := formulaCell.FindSubmatch(m)
		v, ok := values[string(g[3])]
		if !ok {
			return m
		}
		return fmt.Appendf(nil, `<c r="%s"%s><f>%s</f><v>%s</v></c>`, g[1], g[2], g[3], v)
	})
}

var contentType = regexp.MustCompile(`<(Default|Override) [^>]*?(?:/>|></(?:Default|Override)>)`)

// sortedContentTypes puts the content-type entries in a fixed order;
// excelize adds some of them from a map.
func sortedContentTypes(body []byte) []byte {
	locs := contentType.FindAllIndex(body, -1)
	if len(locs) == 0 {
		return body
	}
	entries := make([]string, len(locs))
	for i, l := range locs {
		entries[i] = string(body[l[0]:l[1]])
	}
	sort.Strings(entries)
	var out bytes.Buffer
	out.Write(body[:locs[0][0]])
	out.WriteString(strings.Join(entries, ""))
	out.Write(body[locs[len(locs)-1][1]:])
	return out.Bytes()
}
