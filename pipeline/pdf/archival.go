package pdf

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// srgb is the ICC's sRGB v2 profile (icc/LICENSE: copied, embedded and
// distributed without restriction). PDF/A-1 takes ICC profiles up to
// version 2, so the v4 profile and the larger v2 ones of colour packages
// are not used.
//
//go:embed icc/sRGB2014.icc
var srgb []byte

// archival makes the document PDF/A-1b's: an sRGB output intent, under which
// the DeviceRGB and DeviceGray colours drawn are defined, and XMP metadata
// that says what the document information says. The rest (the CIDSet of
// each font, the trailer's ID, no empty name tree) is done on the written
// file by finishFile, where fpdf gives no hook.
func archival(pdf *fpdf.Fpdf, opt Options) {
	pdf.AddOutputIntent(fpdf.OutputIntentType{
		SubtypeIdent:              fpdf.OutputIntent_GTS_PDFA1,
		OutputConditionIdentifier: "sRGB IEC61966-2.1",
		Info:                      "sRGB IEC61966-2.1",
		ICCProfile:                srgb,
	})
	pdf.SetXmpMetadata([]byte(xmpPacket(opt)))
}

// Creator and producer written into the document information and the XMP.
const producer = "jixiao"

// xmpPacket is the XMP metadata of a document: the information
// dictionary's title, author, creator, producer and dates, in the forms the
// validators compare them in, and the PDF/A-1b claim. The dates are the
// job's, in UTC, as fpdf writes them into the information dictionary.
func xmpPacket(opt Options) string {
	date := opt.Date.UTC().Truncate(time.Second).Format("2006-01-02T15:04:05Z")
	esc := html.EscapeString
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/">` + "\n")
	b.WriteString(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	// fpdf leaves an empty title or author out of the information, and
	// the XMP must not say more than it does.
	b.WriteString(`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf</dc:format>`)
	if opt.Title != "" {
		fmt.Fprintf(&b, `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>`, esc(opt.Title))
	}
	if opt.Author != "" {
		fmt.Fprintf(&b, `<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>`, esc(opt.Author))
	}
	b.WriteString("</rdf:Description>\n")
	fmt.Fprintf(&b, `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`+
		`<xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate>`+
		`<xmp:ModifyDate>%s</xmp:ModifyDate><xmp:MetadataDate>%s</xmp:MetadataDate>`+
		"</rdf:Description>\n", producer, date, date, date)
	fmt.Fprintf(&b, `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`+
		`<pdf:Producer>%s</pdf:Producer></rdf:Description>`+"\n", producer)
	b.WriteString(`<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">` +
		`<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>` + "\n")
	b.WriteString("</rdf:RDF>\n</x:xmpmeta>\n")
	// Room for an editor to rewrite the packet in place, as XMP asks.
	b.WriteString(strings.Repeat(strings.Repeat(" ", 99)+"\n", 20))
	b.WriteString(`<?xpacket end="w"?>`)
	return b.String()
}

// opaque is a picture as PDF/A-1 can hold it: without a soft mask, which
// fpdf would write for transparency, and without CMYK, which the sRGB
// output intent does not define. A transparent PNG is drawn over white
// with a colour-key mask (masks.go); a CMYK JPEG is written again as an
// RGB PNG; any other is kept as it is.
func opaque(data []byte, format string) ([]byte, string, error) {
	var img image.Image
	switch format {
	case "PNG":
		if !pngTransparent(data) {
			return data, format, nil
		}
		src, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, "", err
		}
		out, err := keyed(src)
		return out, "PNG", err
	case "JPEG", "JPG":
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return nil, "", err
		}
		if cfg.ColorModel != color.CMYKModel {
			return data, format, nil
		}
		if img, err = jpeg.Decode(bytes.NewReader(data)); err != nil {
			return nil, "", err
		}
	default:
		return data, format, nil
	}
	dst := image.NewRGBA(img.Bounds())
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(dst, dst.Bounds(), img, img.Bounds().Min, draw.Over)
	var buf bytes.Buffer
	if err := png.Encode(&buf, dst); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), "PNG", nil
}

// pngTransparent says whether a PNG has an alpha channel (colour types 4
// and 6) or a tRNS chunk, which fpdf turns into a soft mask.
func pngTransparent(data []byte) bool {
	if len(data) < 33 {
		return false
	}
	if ct := data[25]; ct == 4 || ct == 6 {
		return true
	}
	for p := 8; p+8 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[p:]))
		switch string(data[p+4 : p+8]) {
		case "tRNS":
			return true
		case "IDAT", "IEND":
			return false
		}
		p += 12 + n
	}
	return false
}
