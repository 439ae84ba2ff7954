package ofd

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
)

// children is each element's children in the order GB/T 33190-2016's
// schema gives them; a child not listed is refused. A Layer's objects may
// come in any order (nil).
var children = map[string][]string{
	"OFD":             {"DocBody"},
	"DocBody":         {"DocInfo", "DocRoot", "Versions", "Signatures"},
	"DocInfo":         {"DocID", "Title", "Author", "Subject", "Abstract", "CreationDate", "ModDate", "DocUsage", "Cover", "Keywords", "Creator", "CreatorVersion", "CustomDatas"},
	"Document":        {"CommonData", "Pages", "Outlines", "Permissions", "Actions", "VPreferences", "Bookmarks", "Annotations", "Attachments", "CustomTags", "Extensions"},
	"CommonData":      {"MaxUnitID", "PageArea", "PublicRes", "DocumentRes", "TemplatePage", "DefaultCS"},
	"PageArea":        {"PhysicalBox", "ApplicationBox", "ContentBox", "BleedBox"},
	"Area":            {"PhysicalBox", "ApplicationBox", "ContentBox", "BleedBox"},
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
	"Actions":         {"Action"},
	"Action":          {"Region", "Goto", "URI", "GotoA", "Sound", "Movie"},
	"Goto":            {"Dest", "Bookmark"},
	"Dest":            {},
	"URI":             {},
	"FillColor":       {},
	"StrokeColor":     {},
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

// checkOrder reads an XML part strictly and checks that root is its root,
// that every element is in the OFD namespace, and that each element's
// children are ones the standard allows there, in its order.
func checkOrder(name string, data []byte, root string) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	type open struct {
		name string
		at   int // index in children[name] of the last child seen
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s：XML 无法读取：%v", name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			el := t.Name.Local
			if t.Name.Space != ns {
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
				case parent.name == "Layer":
					if !slices.Contains(layerObjects, el) {
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
			stack = append(stack, open{name: el})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	return nil
}
