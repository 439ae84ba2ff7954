package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"jixiao/pipeline/opc"
)

// finish rewrites the workbook excelize wrote: each formula cell gets its
// computed value as a number, and the zip entries get a fixed order and no
// timestamps.
func finish(raw []byte, formulas []placed) ([]byte, error) {
	parts, err := sheetParts(raw)
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

// sheetParts maps each sheet's name to its part (xl/worksheets/sheet1.xml),
// through the workbook and its relationships.
func sheetParts(raw []byte) (map[string]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, err
	}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	for name, v := range map[string]any{"xl/workbook.xml": &book, "xl/_rels/workbook.xml.rels": &rels} {
		f, err := zr.Open(name)
		if err != nil {
			return nil, err
		}
		err = xml.NewDecoder(f).Decode(v)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		t := strings.TrimPrefix(r.Target, "/")
		if !strings.HasPrefix(t, "xl/") {
			t = "xl/" + t
		}
		target[r.ID] = t
	}
	out := map[string]string{}
	for _, s := range book.Sheets {
		out[s.Name] = target[s.ID]
	}
	return out, nil
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
