package ofd

import (
	"fmt"
	"path"
	"strconv"
	"strings"
)

// The parts as the reader takes them from walk, in the one pass that
// checks their elements. A number that does not read is refused, as
// encoding/xml refuses it; an absent one is 0.

// under reports whether the stack ends with the elements names.
func under(stack []open, names ...string) bool {
	if len(stack) < len(names) {
		return false
	}
	for i, n := range names {
		if stack[len(stack)-len(names)+i].name != n {
			return false
		}
	}
	return true
}

func integer(part, what, s string) (int, error) {
	if s = strings.TrimSpace(s); s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%s：%s %q 不是整数", part, what, s)
	}
	return n, nil
}

func decimal(part, what, s string) (float64, error) {
	if s = strings.TrimSpace(s); s == "" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%s：%s %q 不是数", part, what, s)
	}
	return v, nil
}

// root reads OFD.xml: the document's information and where its root is.
func (r *reader) root() (*Document, string, error) {
	doc := &Document{}
	var bodies int
	var docRoot string
	err := r.part("OFD.xml", "OFD", visit{
		start: func(st []open) error {
			if under(st, "OFD", "DocBody") && len(st) == 2 {
				bodies++
			}
			return nil
		},
		end: func(st []open) error {
			text := string(st[len(st)-1].text)
			switch {
			case len(st) == 4 && under(st, "DocBody", "DocInfo", "DocID"):
				doc.DocID = text
			case len(st) == 4 && under(st, "DocBody", "DocInfo", "Title"):
				doc.Title = text
			case len(st) == 4 && under(st, "DocBody", "DocInfo", "Author"):
				doc.Author = text
			case len(st) == 4 && under(st, "DocBody", "DocInfo", "CreationDate"):
				doc.CreationDate = text
			case len(st) == 3 && under(st, "DocBody", "DocRoot"):
				docRoot = text
			}
			return nil
		},
	})
	if err != nil {
		return nil, "", err
	}
	if bodies != 1 {
		return nil, "", fmt.Errorf("OFD.xml：应有一个 ofd:DocBody，实有 %d 个", bodies)
	}
	return doc, strings.TrimPrefix(docRoot, "/"), nil
}

// documentPart is what Document.xml says: the highest ID, the resource
// parts, and the pages.
type documentPart struct {
	maxID int
	res   []string
	pages []pageRef
}

func (r *reader) document(name string) (*documentPart, error) {
	d := &documentPart{}
	var public, document []string
	err := r.part(name, "Document", visit{
		start: func(st []open) error {
			if len(st) == 3 && under(st, "Document", "Pages", "Page") {
				p := &st[2]
				id, err := integer(name, "ofd:Page 的 ID", p.get("ID"))
				d.pages = append(d.pages, pageRef{id: id, loc: p.get("BaseLoc")})
				return err
			}
			return nil
		},
		end: func(st []open) (err error) {
			if len(st) != 3 || !under(st, "Document", "CommonData", st[2].name) {
				return nil
			}
			text := string(st[2].text)
			switch st[2].name {
			case "MaxUnitID":
				d.maxID, err = integer(name, "ofd:MaxUnitID", text)
			case "PublicRes":
				public = append(public, text)
			case "DocumentRes":
				document = append(document, text)
			}
			return err
		},
	})
	d.res = append(public, document...)
	return d, err
}

// res reads a resource part: each font and picture is declared once and
// its file is in the package.
func (r *reader) res(name string) error {
	var base, file string
	var id int
	return r.part(name, "Res", visit{
		start: func(st []open) (err error) {
			switch {
			case len(st) == 1:
				base = path.Join(path.Dir(name), st[0].get("BaseLoc"))
			case len(st) == 3 && (under(st, "Res", "Fonts", "Font") || under(st, "Res", "MultiMedias", "MultiMedia")):
				file = ""
				id, err = integer(name, "ofd:"+st[2].name+" 的 ID", st[2].get("ID"))
			}
			return err
		},
		end: func(st []open) error {
			var what string
			seen := r.fonts
			switch {
			case len(st) == 4 && (under(st, "Font", "FontFile") || under(st, "MultiMedia", "MediaFile")):
				file = string(st[3].text)
				return nil
			case len(st) == 3 && under(st, "Res", "Fonts", "Font"):
				what = fmt.Sprintf("字体 %d", id)
			case len(st) == 3 && under(st, "Res", "MultiMedias", "MultiMedia"):
				what, seen = fmt.Sprintf("图片 %d", id), r.media
			default:
				return nil
			}
			if err := r.id(id, what); err != nil {
				return err
			}
			if _, ok := r.files[path.Join(base, file)]; !ok {
				return fmt.Errorf("%s：%s 的文件 %s 不在包中", name, what, path.Join(base, file))
			}
			seen[strconv.Itoa(id)] = true
			return nil
		},
	})
}
