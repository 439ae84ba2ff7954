package ofd

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
)

// children is each element's children in the order GB/T 33190-2016's
// schema gives them; a child not listed is refused. A Layer's objects,
// and a pattern cell's, may come in any order (nil).
var children = map[string][]string{
	"OFD":             {"DocBody"},
	"DocBody":         {"DocInfo", "DocRoot", "Versions", "Signatures"},
	"DocInfo":         {"DocID", "Title", "Author", "Subject", "Abstract", "CreationDate", "ModDate", "DocUsage", "Cover", "Keywords", "Creator", "CreatorVersion", "CustomDatas"},
	"Document":        {"CommonData", "Pages", "Outlines", "Permissions", "Actions", "VPreferences", "Bookmarks", "Annotations", "Attachments", "CustomTags", "Extensions"},
	"CommonData":      {"MaxUnitID", "PageArea", "PublicRes", "DocumentRes", "TemplatePage", "DefaultCS"},
	"PageArea":        {"PhysicalBox", "ApplicationBox", "ContentBox", "BleedBox"},
	"Area":            {"PhysicalBox", "ApplicationBox", "ContentBox", "BleedBox", "Path"},
	"Pages":           {"Page"},
	"Page":            {"Template", "PageRes", "Area", "Content", "Actions"},
	"Content":         {"Layer"},
	"Res":             {"ColorSpaces", "DrawParams", "Fonts", "MultiMedias", "CompositeGraphicUnits"},
	"Fonts":           {"Font"},
	"Font":            {"FontFile"},
	"MultiMedias":     {"MultiMedia"},
	"MultiMedia":      {"MediaFile"},
	"TextObject":      {"Actions", "Clips", "FillColor", "StrokeColor", "CGTransform", "TextCode"},
	"PathObject":      {"Actions", "Clips", "StrokeColor", "FillColor", "AbbreviatedData"},
	"ImageObject":     {"Actions", "Clips", "Border"},
	"Layer":           nil,
	"PageBlock":       nil,
	"Actions":         {"Action"},
	"Action":          {"Region", "Goto", "URI", "GotoA", "Sound", "Movie"},
	"Goto":            {"Dest", "Bookmark"},
	"Dest":            {},
	"URI":             {},
	"FillColor":       {"Pattern", "AxialShd", "RadialShd"},
	"Pattern":         {"CellContent"},
	"CellContent":     nil,
	"AxialShd":        {"Segment"},
	"RadialShd":       {"Segment"},
	"Segment":         {"Color"},
	"Color":           {},
	"Clips":           {"Clip"},
	"Clip":            {"Area"},
	"Path":            {"AbbreviatedData"},
	"StrokeColor":     {"Pattern", "AxialShd", "RadialShd"},
	"TextCode":        {},
	"PhysicalBox":     {},
	"DocRoot":         {},
	"MaxUnitID":       {},
	"PublicRes":       {},
	"DocumentRes":     {},
	"FontFile":        {},
	"MediaFile":       {},
	"AbbreviatedData": {},
	"DocID":           {}, "Title": {}, "Author": {}, "CreationDate": {}, "Creator": {},
}

// layerObjects are what a Layer may hold.
var layerObjects = []string{"TextObject", "PathObject", "ImageObject"}

// open is an element walk has met and not yet closed: its name, the
// index in children[name] of the last child seen, its attributes and its
// own character data.
type open struct {
	name string
	at   int
	attr []xml.Attr
	text []byte
}

// get is the attribute named key, "" when it has none.
func (o *open) get(key string) string {
	for _, a := range o.attr {
		if a.Name.Local == key {
			return a.Value
		}
	}
	return ""
}

// visit is told of each element as it opens (start) and as it closes
// (end), the element being the stack's last, its ancestors before it.
type visit struct {
	start, end func(stack []open) error
}

// walk reads an XML part once, strictly: it checks that root is its root,
// that every element is in the OFD namespace, and that each element's
// children are ones the standard allows there, in its order, and hands
// the elements to v as it goes, so that the part is decoded in the same
// pass that checks it.
func walk(name string, data []byte, root string, v visit) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	stack := make([]open, 0, 8)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s：XML 无法读取：%v", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := allowed(name, stack, t.Name, root); err != nil {
				return err
			}
			stack = append(stack, open{name: t.Name.Local, attr: t.Attr})
			if v.start != nil {
				if err := v.start(stack); err != nil {
					return err
				}
			}
		case xml.CharData:
			if n := len(stack); n > 0 {
				stack[n-1].text = append(stack[n-1].text, t...)
			}
		case xml.EndElement:
			if v.end != nil {
				if err := v.end(stack); err != nil {
					return err
				}
			}
			stack = stack[:len(stack)-1]
		}
	}
}

// allowed checks the element el opening inside stack, and moves its
// parent's place in the standard's order on to it.
func allowed(name string, stack []open, n xml.Name, root string) error {
	el := n.Local
	if n.Space != ns {
		return fmt.Errorf("%s：元素 %s 不在 OFD 命名空间 %s 中", name, el, ns)
	}
	if len(stack) == 0 {
		if el != root {
			return fmt.Errorf("%s：根元素是 %s，应为 ofd:%s", name, el, root)
		}
	} else {
		parent := &stack[len(stack)-1]
		order, known := children[parent.name]
		switch {
		case parent.name == "Layer" || parent.name == "CellContent" || parent.name == "PageBlock":
			// A Layer is a PageBlock (CT_Layer extends CT_PageBlock), a
			// block in it holds objects as it does: a text's copies
			// (page.go).
			if !slices.Contains(layerObjects, el) && !(el == "PageBlock" && parent.name == "Layer") {
				return fmt.Errorf("%s：ofd:Layer 中不应有 ofd:%s", name, el)
			}
		case !known:
			return fmt.Errorf("%s：ofd:%s 不应有子元素", name, parent.name)
		default:
			i := slices.Index(order, el)
			if i < 0 {
				return fmt.Errorf("%s：ofd:%s 中不应有 ofd:%s", name, parent.name, el)
			}
			if i < parent.at {
				return fmt.Errorf("%s：ofd:%s 中 ofd:%s 的位置不对，应在 ofd:%s 之前", name, parent.name, el, order[parent.at])
			}
			parent.at = i
		}
	}
	if _, ok := children[el]; !ok && !slices.Contains(layerObjects, el) {
		return fmt.Errorf("%s：不认识的元素 ofd:%s", name, el)
	}
	return nil
}
