// Command presetgen writes presetgeom.txt, the preset shapes' geometry
// wordmodel embeds, from ECMA-376 Part 1's presetShapeDefinitions.xml.
//
// That file is the standard's annex (ECMA-376 Part 1, Annex D, file
// OfficeOpenXML-DrawingMLGeometries.zip in the Part 1 download at
// https://ecma-international.org/publications-and-standards/standards/ecma-376/),
// which Ecma publishes free of charge for anyone to copy and use. It is
// not kept in the repository; download it and run, in pipeline/wordmodel,
//
//	go run ./presetgen -in path/to/presetShapeDefinitions.xml
//
// Each shape becomes one line: its name, a tab, and its a:avLst, a:gdLst,
// a:rect and a:pathLst as DrawingML writes them in a:custGeom (prefixed,
// no whitespace, handles and connection sites left out), so that one
// reader reads a preset and a document's own custGeom alike.
package main

import (
	"bufio"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	in := flag.String("in", "", "presetShapeDefinitions.xml")
	out := flag.String("out", "presetgeom.txt", "the table to write")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	b := bufio.NewWriter(w)
	if err := convert(xml.NewDecoder(f), b); err != nil {
		log.Fatal(err)
	}
	if err := b.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
}

// kept are the parts of a definition the drawing needs.
var kept = map[string]bool{"avLst": true, "gdLst": true, "rect": true, "pathLst": true}

// errata are the standard's slips, corrected as Office draws the shape:
// pie's text rectangle names its top and right guides the wrong way
// round (it would stand outside the pie).
var errata = [][2]string{
	{`<a:rect l="il" t="ir" r="it" b="ib"/>`, `<a:rect l="il" t="it" r="ir" b="ib"/>`},
}

func convert(d *xml.Decoder, w io.Writer) error {
	depth, keep := 0, 0
	open := false // the last token written is a start tag
	var line strings.Builder
	for {
		tok, err := d.Token()
		// Only blanks between a start tag and its end leave it empty.
		wasOpen := open
		if _, blank := tok.(xml.CharData); !blank {
			open = false
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("presetgen: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case depth == 2:
				line.Reset()
				line.WriteString(t.Name.Local + "\t")
			case depth == 3 && kept[t.Name.Local], keep > 0:
				keep++
				line.WriteString("<a:" + t.Name.Local)
				for _, a := range t.Attr {
					if a.Name.Space == "" && a.Name.Local != "xmlns" {
						fmt.Fprintf(&line, ` %s="%s"`, a.Name.Local, a.Value)
					}
				}
				line.WriteString(">")
				open = true
			}
		case xml.EndElement:
			if keep > 0 {
				keep--
				// An empty element closes itself.
				if wasOpen {
					body := line.String()
					line.Reset()
					line.WriteString(body[:len(body)-1] + "/>")
				} else {
					line.WriteString("</a:" + t.Name.Local + ">")
				}
			}
			if depth == 2 {
				fixed := line.String()
				for _, e := range errata {
					fixed = strings.Replace(fixed, e[0], e[1], 1)
				}
				if _, err := fmt.Fprintln(w, fixed); err != nil {
					return err
				}
			}
			depth--
		}
	}
}
